"""Errors that reach the user: a message, a hint and an exit code.

Everything below the CLI raises one of these kinds; ``kecli.cli.errors`` turns
them into one or two lines on stderr and the exit code of SPEC § 3.
Messages are bilingual (:class:`Msg`) so that the layer that knows the
user's language picks the text; they never contain a full fødselsnummer.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: Eleven digits in a row (a space allowed after the sixth, as a fødselsnummer may be
#: typed): anything that could be a fødselsnummer or D-nummer.
_ELEVEN_DIGITS = re.compile(r"(?<!\d)(\d{6}) ?\d{5}(?!\d)")


def redact(text: str) -> str:
    """``text`` with anything that looks like a fødselsnummer masked as ``DDMMYY*****``:
    for what the user typed or a file held, echoed in a message, a warning or the log
    (DOMAIN § 6: never a full number in error messages, log lines or file names)."""
    return _ELEVEN_DIGITS.sub(r"\1*****", text)


class Msg(NamedTuple):
    """A user-facing text in Norwegian bokmål and English."""

    nb: str
    en: str

    def pick(self, lang: str) -> str:
        return self.nb if lang == "nb" else self.en

    def __str__(self) -> str:  # logs and tracebacks are in English
        return self.en


Text = Msg | str


def pick(text: Text, lang: str) -> str:
    """The text in ``lang`` (a plain ``str`` is the same in both languages)."""
    return text.pick(lang) if isinstance(text, Msg) else text


class KecliError(Exception):
    """A failure the user can act on; ``field`` names the value it is about (``decided_on``,
    ``received_on``) where one is, for a caller that shows it under its own name."""

    exit_code = 1

    def __init__(
        self, message: Text, hint: Text | None = None, *, field: str | None = None
    ) -> None:
        super().__init__(str(message))
        self.message = message
        self.hint = hint
        self.field = field


class NotFound(KecliError):
    """A case, coordinator or other record that does not exist."""


class RuleViolation(KecliError):
    """A rule of the domain forbids what was asked."""


class Conflict(KecliError):
    """Someone else changed the data, or it already exists."""


class InvalidInput(KecliError):
    """Malformed or impossible input: a bad date, number, code or file."""

    exit_code = 2


class MissingInput(InvalidInput):
    """A required value was not given and cannot be asked for."""


class Overdue(KecliError):
    """Something is overdue (``report deadlines --fail-on-overdue``)."""

    exit_code = 3


#: PostgreSQL's refusals of a role or server that may not write: insufficient_privilege
#: (a role granted SELECT only), read_only_sql_transaction (a standby, a read-only default).
REFUSED_SQLSTATES = frozenset({"42501", "25006"})


def database_error(exc: BaseException) -> KecliError:
    """The database driver's error as one line, and where to look: a database that may not
    be written from here says so, a damaged SQLite file ('database disk image is
    malformed') points to the backup, anything else to --db."""
    message = redact(str(exc).splitlines()[0]) if str(exc) else type(exc).__name__
    code = getattr(exc, "sqlite_errorcode", None)
    if getattr(exc, "sqlstate", None) in REFUSED_SQLSTATES or (
        isinstance(code, int) and code & 0xFF == 8  # SQLITE_READONLY
    ):
        hint = Msg(
            "Databasen tar ikke imot endringer herfra (en rolle med bare lesetilgang, en "
            "skrivebeskyttet fil eller server): bruk en som kan skrive.",
            "The database takes no changes from here (a role that may only read, a "
            "read-only file or server): use one that may write.",
        )
    elif isinstance(code, int) and code & 0xFF == 11:
        hint = Msg(
            "Databasefilen er skadet: hent den siste kopien fra kecli db backup, og meld fra "
            "om feilen.",
            "The database file is damaged: restore the latest copy made by kecli db backup, "
            "and report the fault.",
        )
    else:
        hint = Msg(
            "Sjekk --db / KECLI_DB, og at databasen er tilgjengelig.",
            "Check --db / KECLI_DB and that the database is reachable.",
        )
    return KecliError(Msg(f"Databasefeil: {message}", f"Database error: {message}"), hint)
