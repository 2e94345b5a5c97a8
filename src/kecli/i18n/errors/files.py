"""The error messages and hints of files written (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- files.py ---

GIVE_FILE_NAME_WITH: Final = Template(
    "Gi et filnavn med {field}.", "Give a file name with {field}."
)
GIVE_FILE_NAME: Final = Template(
    "Gi et filnavn, f.eks. kecli-kopi.db.", "Give a file name, e.g. kecli-copy.db."
)
TARGET_IS_FOLDER: Final = Template("{path} er en mappe.", "{path} is a directory.")
TARGET_NOT_REGULAR_FILE: Final = Template(
    "{path} er ikke en vanlig fil.", "{path} is not a regular file."
)
FOLDER_MISSING: Final = Template(
    "Mappen {folder} finnes ikke.", "The folder {folder} does not exist."
)
CREATE_FOLDER_OR_PICK_ANOTHER: Final = Template(
    "Lag mappen først, eller velg en annen.", "Create the folder first, or pick another."
)
FILE_NOT_WRITTEN_NOTHING_SAVED: Final = Template(
    "{path} kunne ikke skrives: {reason}. Ingenting ble lagret.",
    "{path} could not be written: {reason}. Nothing was saved.",
)
FILE_EXISTS: Final = Template("{path} finnes allerede.", "{path} already exists.")
OTHER_NAME_OR_FORCE: Final = Template(
    "Velg et annet navn, eller skriv over med --force.",
    "Choose another name, or overwrite with --force.",
)
CANNOT_WRITE_FILE: Final = Template(
    "Kan ikke skrive {path}: {reason}.", "Cannot write {path}: {reason}."
)
CHECK_FOLDER_PERMISSIONS: Final = Template(
    "Sjekk mappen og rettighetene.", "Check the folder and the permissions."
)
DISK_OR_QUOTA_FULL: Final = Template(
    "Disken (eller kvoten) er full: frigjør plass, eller skriv til en annen disk.",
    "The disk (or the quota) is full: free some space, or write to another disk.",
)
FILE_TOO_LARGE_FOR_SYSTEM: Final = Template(
    "Filen ble større enn systemet tillater (ulimit -f).",
    "The file grew past the size the system allows (ulimit -f).",
)
FILE_SYSTEM_READ_ONLY: Final = Template(
    "Filsystemet er skrivebeskyttet: velg en mappe som kan skrives.",
    "The file system is read-only: pick a folder that can be written.",
)
FOLDER_NOT_WRITABLE: Final = Template(
    "Du har ikke rett til å skrive i den mappen: velg en annen, eller sjekk rettighetene.",
    "You may not write in that folder: pick another, or check its permissions.",
)
