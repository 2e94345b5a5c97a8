"""Errors that reach the user: a message, a hint and an exit code.

Everything below the CLI raises one of these kinds; ``kecli.cli.errors`` turns
them into one or two lines on stderr and the exit code of SPEC § 3.
Messages are bilingual (:class:`Msg`) so that the layer that knows the
user's language picks the text; they never contain a full fødselsnummer.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from typing import NamedTuple

#: Eleven digits in a row (a space allowed after the sixth, as a fødselsnummer may be
#: typed): anything that could be a fødselsnummer or D-nummer.
_ELEVEN_DIGITS = re.compile(r"(?<!\d)(\d{6}) ?\d{5}(?!\d)")


def redact(text: str) -> str:
    """``text`` with anything that looks like a fødselsnummer masked as ``DDMMYY*****``:
    for what the user typed or a file held, echoed in a message, a warning or the log
    (DOMAIN § 6: never a full number in error messages, log lines or file names)."""
    return _ELEVEN_DIGITS.sub(r"\1*****", text)


#: What a terminal would act on rather than show: C0 and C1 control characters (ESC begins
#: the sequences that change a window's title or clear the screen), DEL, the line and
#: paragraph separators, and the marks that reverse the direction of text.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _shown(found: re.Match[str]) -> str:
    char = found.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str, *, lines: bool = False) -> str:
    """``text`` as typed, for a screen: a control character or a mark that would change
    what the terminal does is shown as its escape (``\\x1b``, ``\\n``) — a stored value
    never clears a screen, retitles a window or breaks a one-line message. ``lines``: a
    line break stays one (a table cell, a plan's minutes: never a message's line)."""
    if _CONTROL.search(text) is None:
        return text
    if lines:
        return "\n".join(_CONTROL.sub(_shown, line) for line in text.split("\n"))
    return _CONTROL.sub(_shown, text)


class Msg(NamedTuple):
    """A user-facing text in Norwegian bokmål and English."""

    nb: str
    en: str

    def pick(self, lang: str) -> str:
        return self.nb if lang == "nb" else self.en

    def __str__(self) -> str:  # logs and tracebacks are in English
        return self.en


class Template(Msg):
    """A message of the error catalogue (``kecli.i18n.errors``): a :class:`Msg` whose
    named ``{placeholders}`` the error that raises it fills when it is shown —
    ``{field}`` the error's field and ``{f[received_on]}`` any other field, each under
    the name the presenter gives it (a flag at the command line, a column in an import
    file); the others from the error's values (``{value}``, ``{limit}``, ``{case}``…)."""

    __slots__ = ()

    def fill(self, **values: object) -> Template:
        """The template with ``values`` in its placeholders, in both languages; its fields
        (``{field}``, ``{f[name]}``) are left for the error that raises it to name."""
        return Template(*(_fill_values(text, lang, values) for text, lang in _BOTH(self)))


def _fill_values(text: str, lang: str, values: dict[str, object]) -> str:
    out: list[str] = []
    for literal, name, spec, conversion in string.Formatter().parse(text):
        out.append(literal.replace("{", "{{").replace("}", "}}"))
        if name is None:
            continue
        if name == "field" or name.startswith("f[") or name not in values:
            out.append(
                "{"
                + name
                + (f"!{conversion}" if conversion else "")
                + (f":{spec}" if spec else "")
                + "}"
            )
            continue
        one = (
            "{0" + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
        ).format(_value(values[name], lang, _own_name))
        out.append(one.replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def _value(
    value: object,
    lang: str,
    names: Names,
    field: str | None = None,
    values: dict[str, object] | None = None,
) -> object:
    if isinstance(value, Template):  # a part of the message: the error's values fill it too
        plain = {k: v for k, v in (values or {}).items() if not isinstance(v, Template)}
        return _fill(value.pick(lang), lang, names, field, plain)
    if isinstance(value, Msg):
        value = value.pick(lang)
    return visible(value) if isinstance(value, str) else value


Text = Msg | str


def named(text: Text, names: Names) -> Text:
    """A text a command shows that is not an error's (a warning): a template's fields
    named by ``names``."""
    if isinstance(text, Template):
        return Msg(*(_fill(part, lang, names, None, {}) for part, lang in _BOTH(text)))
    return text


#: How a presenter names a field (``decided_on``): ``--decided-on``, ``decided_on``.
Names = Callable[[str], str]


def _own_name(field: str) -> str:
    return field


def _BOTH(text: Msg) -> tuple[tuple[str, str], tuple[str, str]]:
    return ((text.nb, "nb"), (text.en, "en"))


class _Fields:
    """``{f[name]}`` in a template: a field under the presenter's name for it."""

    def __init__(self, names: Names) -> None:
        self._names = names

    def __getitem__(self, field: str) -> str:
        return self._names(field)


def _fill(text: str, lang: str, names: Names, field: str | None, values: dict[str, object]) -> str:
    filled = {key: _value(value, lang, names, field, values) for key, value in values.items()}
    return text.format(field=names(field) if field else "", f=_Fields(names), **filled)


def pick(text: Text, lang: str) -> str:
    """The text in ``lang`` (a plain ``str`` is the same in both languages)."""
    return text.pick(lang) if isinstance(text, Msg) else text


_UNSET = object()


class KecliError(Exception):
    """A failure the user can act on: a message and a hint, catalogue templates filled
    when shown (:meth:`shown`). ``field`` names the value it is about (``decided_on``,
    ``received_on``) where one is; the presenter names it as its user knows it (a flag,
    a column). ``value``, ``limit`` and the other keywords fill the templates' named
    placeholders."""

    exit_code = 1

    def __init__(
        self,
        message: Text,
        hint: Text | None = None,
        *,
        field: str | None = None,
        value: object = _UNSET,
        limit: object = _UNSET,
        **more: object,
    ) -> None:
        self.template = message
        self.hint_template = hint
        self.field = field
        self.values: dict[str, object] = {
            key: v for key, v in {"value": value, "limit": limit, **more}.items() if v is not _UNSET
        }
        #: A label shown before the message (``--on: ``, ``decided_on: ``): where a value
        #: worded for any input was found.
        self.within: str | None = None
        super().__init__(str(self.message))

    def _text(self, text: Text | None, names: Names) -> Text | None:
        if isinstance(text, Template):
            text = Msg(
                *(_fill(part, lang, names, self.field, self.values) for part, lang in _BOTH(text))
            )
        return text

    def shown(self, names: Names = _own_name) -> tuple[Text, Text | None]:
        """The message and the hint, the fields named by ``names``."""
        message = self._text(self.template, names)
        assert message is not None
        if self.within is not None:
            label = self.within
            message = (
                Msg(*(f"{label}: {part}" for part in message))
                if isinstance(message, Msg)
                else f"{label}: {message}"
            )
        return message, self._text(self.hint_template, names)

    @property
    def message(self) -> Text:
        """The message, fields by their own names (``decided_on``)."""
        return self.shown()[0]

    @property
    def hint(self) -> Text | None:
        return self.shown()[1]

    def found_in(self, label: str) -> KecliError:
        """This error, said to be about ``label`` (an option, a column, a path in a file)."""
        self.within = label
        self.args = (str(self.message),)
        return self


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

#: SQLite's primary result codes that the hints tell apart (an extended code's low byte).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26

_CHECK_DB = Msg(
    "Sjekk --db / KECLI_DB, og at databasen er tilgjengelig.",
    "Check --db / KECLI_DB and that the database is reachable.",
)


def database_error(exc: BaseException, path: str | None = None) -> KecliError:
    """The database driver's error as one line, and a hint that says what is wrong: a
    lock held too long, a full disk, a read-only folder or file, a role or server that
    takes no changes, a damaged file ('database disk image is malformed'); --db only
    where the database could not be found or reached. ``path``: the SQLite file."""
    message = redact(str(exc).splitlines()[0]) if str(exc) else type(exc).__name__
    return KecliError(
        Msg(f"Databasefeil: {message}", f"Database error: {message}"), _database_hint(exc, path)
    )


def _database_hint(exc: BaseException, path: str | None) -> Msg:
    sqlstate = getattr(exc, "sqlstate", None)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if sqlstate == "25006":
        return Msg(
            "Serveren tar ikke imot endringer (en standby, eller skrivebeskyttet som standard): "
            "bruk primærserveren.",
            "The server takes no changes (a standby, or read-only by default): use the "
            "primary server.",
        )
    if sqlstate == "42501":
        return Msg(
            "Databaserollen din har ikke rett til dette (den kan bare lese, eller mangler en "
            "tildeling): spør databasens eier (se docs/postgresql.md).",
            "Your database role may not do this (it may only read, or lacks a grant): ask "
            "the database's owner (see docs/postgresql.md).",
        )
    if sqlstate in ("55P03", "40P01") or primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return Msg(
            "En annen prosess holdt databasen låst lenger enn kecli venter (30 s): prøv igjen "
            "når den er ferdig.",
            "Another process held the database locked longer than kecli waits (30 s): try "
            "again when it is done.",
        )
    if sqlstate in ("53100", "53200") or primary == _SQLITE_FULL:
        return Msg(
            "Disken med databasen er full: frigjør plass og prøv igjen.",
            "The disk that holds the database is full: free some space and try again.",
        )
    if primary == _SQLITE_CORRUPT:
        return Msg(
            "Databasefilen er skadet: hent den siste kopien fra kecli db backup, og meld fra "
            "om feilen.",
            "The database file is damaged: restore the latest copy made by kecli db backup, "
            "and report the fault.",
        )
    if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN) and path:
        found = _file_hint(path)
        if found is not None:
            return found
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return Msg(
            "Databasen tar ikke imot endringer herfra (åpnet skrivebeskyttet, eller en "
            "skrivebeskyttet fil eller disk): bruk en som kan skrives.",
            "The database takes no changes from here (opened read-only, or a read-only file "
            "or disk): use one that may be written.",
        )
    if primary == _SQLITE_IOERR:
        return Msg(
            "Disken kunne ikke leses eller skrives (full, en grense for filstørrelse, eller "
            "en feil på disken): sjekk den og prøv igjen.",
            "The disk could not be read or written (full, a file size limit, or a failing "
            "disk): check it and try again.",
        )
    return _CHECK_DB


def _file_hint(path: str) -> Msg | None:
    """What stops SQLite at ``path``: a folder or a file this user may not write.

    SQLite writes beside the database (its -wal and -shm files) even to read it."""
    import os

    folder = os.path.dirname(os.path.abspath(path))
    if not os.access(folder, os.W_OK):
        return Msg(
            f"Mappen {folder} er skrivebeskyttet for deg, og SQLite må skrive filer ved siden "
            "av databasen (-wal, -shm) selv for å lese: gjør mappen skrivbar, eller kopier "
            "databasen til en mappe som er det.",
            f"The folder {folder} is read-only to you, and SQLite must write files beside "
            "the database (-wal, -shm) even to read it: make the folder writable, or copy "
            "the database to a folder that is.",
        )
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return Msg(
            f"Du har ikke skrivetilgang til databasefilen {os.path.basename(path)}: sjekk "
            "rettighetene (ls -l), eller bruk en kopi.",
            f"You may not write the database file {os.path.basename(path)}: check its "
            "permissions (ls -l), or use a copy.",
        )
    return None
