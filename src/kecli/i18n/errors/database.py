"""The error messages and hints of database (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- services/database.py ---

TRY_AGAIN_CHECK_DISK: Final = Template(
    "Prøv igjen; sjekk disken og mappen om det gjentar seg.",
    "Try again; check the disk and the folder if it happens again.",
)
DISK_FULL_FREE_SOME: Final = Template(
    "Disken er full: frigjør plass, eller skriv kopien til en annen disk.",
    "The disk is full: free some space, or write the copy to another disk.",
)
DB_BACKUP_COPIES_SQLITE: Final = Template(
    "db backup kopierer bare SQLite-databaser.", "db backup copies SQLite databases only."
)
POSTGRESQL_PG_DUMP_CUSTOM: Final = Template(
    "For PostgreSQL: pg_dump {f[format]}=custom {f[file]}=kecli.dump DATABASE",
    "For PostgreSQL: pg_dump {f[format]}=custom {f[file]}=kecli.dump DATABASE",
)
CANNOT_COPY_DATABASE_ONTO: Final = Template(
    "Kan ikke kopiere databasen til seg selv.", "Cannot copy the database onto itself."
)
COPY_FAILED_SQLITES_CHECK: Final = Template(
    "Kopien besto ikke SQLites kontroll (quick_check: {found}); ingenting ble lagret.",
    "The copy failed SQLite's check (quick_check: {found}); nothing was kept.",
)
DATABASE_ITSELF_MAY_DAMAGED: Final = Template(
    "Databasen selv kan være skadet: kjør sqlite3 DATABASE 'PRAGMA integrity_check', og hent en eldre kopi om den melder feil.",
    "The database itself may be damaged: run sqlite3 DATABASE 'PRAGMA integrity_check', and restore an older copy if it finds faults.",
)
COPY_COULD_WRITTEN_NOTHING: Final = Template(
    "Kopien kunne ikke skrives: {reason}. Ingenting ble lagret.",
    "The copy could not be written: {reason}. Nothing was kept.",
)
