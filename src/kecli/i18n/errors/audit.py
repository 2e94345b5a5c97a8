"""The error messages and hints of audit (templates: ``kecli.errors.Template``)."""

from __future__ import annotations

from typing import Final

from kecli.errors import Template

# --- services/audit.py ---

CONTENT_CHANGED: Final = Template("innholdet er endret", "its content was changed")
LINK_PREVIOUS_ENTRY_BROKEN: Final = Template(
    "lenken til forrige oppføring er brutt", "its link to the previous entry is broken"
)
ENTRIES_BEFORE_WERE_REMOVED: Final = Template(
    "oppføringer foran den er fjernet", "entries before it were removed"
)
ENTRIES_AFTER_WERE_REMOVED: Final = Template(
    "oppføringer etter den er fjernet (loggen er kuttet)",
    "entries after it were removed (the log was cut short)",
)
NEWEST_HASH_MISSING: Final = Template("den siste hashen mangler", "the newest hash is missing")
ADDED_AFTER_LOGS_LAST: Final = Template(
    "den er lagt til etter loggens siste kjente oppføring",
    "it was added after the log's last known entry",
)
LOG_EMPTY_BUT_DATABASE: Final = Template(
    "loggen er tom, men databasen har saker (loggen er slettet)",
    "the log is empty but the database has cases (the log was wiped)",
)
EXPECTED_HASH_NOT_IN_CHAIN: Final = Template(
    "hashen gitt med {f[expect]} finnes ikke i kjeden (loggen er skrevet om)",
    "the hash given with {f[expect]} is not in the chain (the log was rewritten)",
)
AUDIT_LOG_BROKEN_ENTRY: Final = Template(
    "Revisjonsloggen er brutt ved oppføring {where}: {reason}.",
    "The audit log is broken at entry {where}: {reason}.",
)
EXAMINE_DATABASE_BACKUPS_REPORT: Final = Template(
    "Undersøk databasen og sikkerhetskopiene; meld avviket.",
    "Examine the database and its backups; report the breach.",
)
TO_BEFORE_FROM: Final = Template("{f[to]} er før {f[from]}.", "{f[to]} is before {f[from]}.")
LIMIT_AT_LEAST_ONE: Final = Template(
    "{f[limit]} må være minst 1.", "{f[limit]} must be at least 1."
)
EXPECT_NOT_A_HASH: Final = Template(
    "{f[expect]} må være en hash fra audit verify (64 heksadesimale tegn).",
    "{f[expect]} must be a hash from audit verify (64 hexadecimal digits).",
)
GUARDS_MISSING: Final = Template(
    "databasens vern mot endring av loggen mangler eller er endret",
    "the database's guards against changing the log are missing or altered",
)
LOG_NOT_PROTECTED: Final = Template(
    "Revisjonsloggen er ikke vernet: {reason} ({names}).",
    "The audit log is not protected: {reason} ({names}).",
)
RESTORE_GUARDS: Final = Template(
    "Kjør kecli db upgrade for å lage vernet på nytt, og meld avviket.",
    "Run kecli db upgrade to restore them, and report the breach.",
)
