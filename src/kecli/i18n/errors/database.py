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

# --- store/db.py ---

CANNOT_USE_DATABASE: Final = Template(
    "Kan ikke bruke databasen: {kind}", "Cannot use the database: {kind}"
)
CHECK_DB_OPTION: Final = Template("Sjekk --db / KECLI_DB.", "Check --db / KECLI_DB.")
UPGRADE_WOULD_BREAK_REFERENCE: Final = Template(
    "Oppgraderingen ville brutt en referanse i {table}; ingenting ble endret.",
    "The upgrade would break a reference in {table}; nothing was changed.",
)
SCHEMA_VERSION_UNKNOWN: Final = Template(
    "Databasens skjemaversjon «{revision}» er ukjent for denne kecli (siste kjente: {head}).",
    "The database's schema version '{revision}' is unknown to this kecli "
    "(the newest it knows: {head}).",
)
USE_KECLI_THAT_MADE_IT: Final = Template(
    "Bruk kecli-versjonen som laget databasen, eller sjekk --db.",
    "Use the kecli version that made the database, or check --db.",
)

# --- store/location.py ---

DATABASE_FOLDER_MISSING: Final = Template(
    "Mappen for databasen finnes ikke: {folder}",
    "The database's folder does not exist: {folder}",
)
CREATE_FOLDER_OR_OTHER_DB: Final = Template(
    "Opprett mappen, eller gi en annen sti med --db.",
    "Create the folder, or give another path with --db.",
)
