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

# --- errors.py: the database driver's errors (database_error) ---

DATABASE_ERROR: Final = Template("Databasefeil: {detail}", "Database error: {detail}")
CHECK_DB_REACHABLE: Final = Template(
    "Sjekk --db / KECLI_DB, og at databasen er tilgjengelig.",
    "Check --db / KECLI_DB and that the database is reachable.",
)
SERVER_TAKES_NO_CHANGES: Final = Template(
    "Serveren tar ikke imot endringer (en standby, eller skrivebeskyttet som standard): "
    "bruk primærserveren.",
    "The server takes no changes (a standby, or read-only by default): use the primary server.",
)
ROLE_MAY_NOT: Final = Template(
    "Databaserollen din har ikke rett til dette (den kan bare lese, eller mangler en "
    "tildeling): spør databasens eier (se docs/postgresql.md).",
    "Your database role may not do this (it may only read, or lacks a grant): ask "
    "the database's owner (see docs/postgresql.md).",
)
DATABASE_LOCKED_TOO_LONG: Final = Template(
    "En annen prosess holdt databasen låst lenger enn kecli venter (30 s): prøv igjen "
    "når den er ferdig.",
    "Another process held the database locked longer than kecli waits (30 s): try "
    "again when it is done.",
)
DATABASE_DISK_FULL: Final = Template(
    "Disken med databasen er full: frigjør plass og prøv igjen.",
    "The disk that holds the database is full: free some space and try again.",
)
DATABASE_FILE_DAMAGED: Final = Template(
    "Databasefilen er skadet: hent den siste kopien fra kecli db backup, og meld fra om feilen.",
    "The database file is damaged: restore the latest copy made by kecli db backup, "
    "and report the fault.",
)
DATABASE_READ_ONLY: Final = Template(
    "Databasen tar ikke imot endringer herfra (åpnet skrivebeskyttet, eller en "
    "skrivebeskyttet fil eller disk): bruk en som kan skrives.",
    "The database takes no changes from here (opened read-only, or a read-only file "
    "or disk): use one that may be written.",
)
DATABASE_DISK_FAILED: Final = Template(
    "Disken kunne ikke leses eller skrives (full, en grense for filstørrelse, eller "
    "en feil på disken): sjekk den og prøv igjen.",
    "The disk could not be read or written (full, a file size limit, or a failing "
    "disk): check it and try again.",
)
DATABASE_FOLDER_READ_ONLY: Final = Template(
    "Mappen {folder} er skrivebeskyttet for deg, og SQLite må skrive filer ved siden "
    "av databasen (-wal, -shm) selv for å lese: gjør mappen skrivbar, eller kopier "
    "databasen til en mappe som er det.",
    "The folder {folder} is read-only to you, and SQLite must write files beside "
    "the database (-wal, -shm) even to read it: make the folder writable, or copy "
    "the database to a folder that is.",
)
DATABASE_FILE_NOT_WRITABLE: Final = Template(
    "Du har ikke skrivetilgang til databasefilen {file}: sjekk rettighetene (ls -l), eller "
    "bruk en kopi.",
    "You may not write the database file {file}: check its permissions (ls -l), or use a copy.",
)
