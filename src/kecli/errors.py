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
            out.append(_placeholder(name, conversion, spec))
            continue
        one = _placeholder("0", conversion, spec).format(_value(values[name], lang, _own_name))
        out.append(one.replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def _placeholder(name: str, conversion: str | None, spec: str | None) -> str:
    """``{name!r:>5}`` as the template wrote it."""
    return (
        "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
    )


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


def database_error(exc: BaseException, path: str | None = None) -> KecliError:
    """The database driver's error as one line, and a hint that says what is wrong: a
    lock held too long, a full disk, a read-only folder or file, a role or server that
    takes no changes, a damaged file ('database disk image is malformed'); --db only
    where the database could not be found or reached. ``path``: the SQLite file."""
    from kecli.i18n.errors import database as E  # here: kecli.i18n imports this module

    detail = redact(str(exc).splitlines()[0]) if str(exc) else type(exc).__name__
    return KecliError(E.DATABASE_ERROR, _database_hint(exc, path), detail=detail)


def _database_hint(exc: BaseException, path: str | None) -> Template:
    from kecli.i18n.errors import database as E

    sqlstate = getattr(exc, "sqlstate", None)
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if sqlstate == "25006":
        return E.SERVER_TAKES_NO_CHANGES
    if sqlstate == "42501":
        return E.ROLE_MAY_NOT
    if sqlstate in ("55P03", "40P01") or primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return E.DATABASE_LOCKED_TOO_LONG
    if sqlstate in ("53100", "53200") or primary == _SQLITE_FULL:
        return E.DATABASE_DISK_FULL
    if primary == _SQLITE_CORRUPT:
        return E.DATABASE_FILE_DAMAGED
    if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN) and path:
        found = _file_hint(path)
        if found is not None:
            return found
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return E.DATABASE_READ_ONLY
    if primary == _SQLITE_IOERR:
        return E.DATABASE_DISK_FAILED
    return E.CHECK_DB_REACHABLE


def _file_hint(path: str) -> Template | None:
    """What stops SQLite at ``path``: a folder or a file this user may not write.

    SQLite writes beside the database (its -wal and -shm files) even to read it."""
    import os

    from kecli.i18n.errors import database as E

    folder = os.path.dirname(os.path.abspath(path))
    if not os.access(folder, os.W_OK):
        return E.DATABASE_FOLDER_READ_ONLY.fill(folder=folder)
    if os.path.exists(path) and not os.access(path, os.W_OK):
        return E.DATABASE_FILE_NOT_WRITABLE.fill(file=os.path.basename(path))
    return None
