"""Reading an import file: its format, the file opened as UTF-8 text, the CSV header, and
the records of a CSV or JSONL file as typed rows (:class:`.rows.Row`) with the line each
begins on.

A bad record is added to the problems and skipped; what stops the reading (not UTF-8,
broken CSV quoting) is raised as a :class:`.problems.FileProblem`. A record's line is
the physical line of the file where it begins (the header is line 1), so that a quoted
field that spans lines does not shift the count.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kecli.domain.exchange import NAMES, REQUIRED, TYPED_POSITIONS
from kecli.domain.spreadsheet import restored
from kecli.errors import InvalidInput
from kecli.i18n.errors import importing as E
from kecli.services.importing.problems import (
    FileProblem,
    Problems,
    RowError,
    bad,
    not_utf8,
)
from kecli.services.importing.rows import (
    BOOLEAN_POSITIONS,
    INTEGER_POSITIONS,
    LIST_POSITIONS,
    WIDTH,
    Row,
)

#: What no text may hold (JSON can spell both as escapes): NUL and lone surrogates.
_BAD_TEXT = re.compile("[\\x00\\ud800-\\udfff]")

#: The formats an import reads.
FORMATS = ("csv", "jsonl")

#: (line, row) per record of a file.
Records = Iterator[tuple[int, Row]]


def format_of(path: Path, fmt: str | None) -> str:
    """``--format`` checked, else the format the file name's suffix says."""
    if fmt is not None:
        chosen = fmt.strip().lower()
        if chosen not in FORMATS:
            raise InvalidInput(E.INVALID_VALUE, E.IMPORT_READS_CSV_JSONL, fmt=fmt)
        return chosen
    suffix = path.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    if suffix == "ndjson":
        return "jsonl"
    raise InvalidInput(E.CANNOT_TELL_FORMAT_FROM, E.PASS_CSV_JSONL_JSON, path_name=path.name)


def open_text(path: Path) -> IO[str]:
    """The file as UTF-8 text (a byte-order mark skipped), or InvalidInput saying why not."""
    try:
        return open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115
    except FileNotFoundError:
        raise InvalidInput(E.FILE_NOT_FOUND, path=path) from None
    except IsADirectoryError:
        raise InvalidInput(E.PATH_IS_FOLDER, path=path) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise InvalidInput(E.CANNOT_READ_FILE, path=path, reason=reason) from None


def first_line_not_utf8(raw: IO[bytes]) -> int | None:
    """The first physical line of a binary file that is not UTF-8, or None: the decoder
    reads the file in blocks, so where it failed is not where the bad bytes are."""
    raw.seek(0)
    for number, line in enumerate(raw, 1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            return number
    return None


def header_order(names: list[str], problems: Problems) -> list[int]:
    """For each exchange column, its position in the file's records (-1: not in the
    file); an unknown, repeated or missing column is a problem of line 1."""
    positions = {}
    for position, raw in enumerate(names):
        name = raw.strip()
        if name not in NAMES:
            problems.add(1, E.UNKNOWN_COLUMN.fill(name=name[:40]))
        elif name in positions:
            problems.add(1, E.COLUMN_APPEARS_TWICE.fill(name=name))
        else:
            positions[name] = position
    missing = [c for c in REQUIRED if c not in positions]
    if missing:
        problems.add(
            1,
            E.MISSING_COLUMNS.fill(value=", ".join(missing)),
        )
    return [positions.get(c, -1) for c in NAMES]


#: The longest line an import reads (in characters): a record is a few hundred; a longer
#: line is not one, and is not read on (a file without line ends, /dev/zero).
MAX_LINE = 1 << 20


def bounded_lines(handle: IO[str], first: int = 1) -> Iterator[str]:
    """The lines of ``handle`` (line ``first`` of the file first), each read no further
    than MAX_LINE characters: a longer line, or one holding NUL (not a text file), is a
    FileProblem of its line."""
    readline = handle.readline
    line = first
    while True:
        text = readline(MAX_LINE + 1)
        if not text:
            return
        if "\0" in text:
            raise FileProblem(
                line,
                E.LINE_HOLDS_NUL,
            )
        if len(text) > MAX_LINE:
            raise FileProblem(
                line,
                E.LINE_OVER_MIB,
            )
        yield text
        line += 1


def sniff_delimiter(handle: IO[str]) -> str:
    """The delimiter the header line has most of (``,``, ``;`` or tab); ``,`` if none."""
    first = handle.readline(MAX_LINE + 1)
    handle.seek(0)
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def csv_rows(handle: IO[str], delimiter: str | None, problems: Problems) -> Records:
    """(line, row) for each record of a CSV file (none if its header has problems)."""
    try:
        sep = delimiter or sniff_delimiter(handle)
    except UnicodeDecodeError:
        raise not_utf8(1) from None
    reader = csv.reader(bounded_lines(handle), delimiter=sep, strict=True)
    try:
        header = next(reader, None)
    except UnicodeDecodeError:
        raise not_utf8(1) from None
    except csv.Error as exc:
        raise FileProblem(1, f"CSV: {exc}") from None
    if not header:
        raise FileProblem(
            1,
            E.HEADER_ROW_MISSING_FILE,
        )
    order = header_order(header, problems)
    if problems.count:
        return
    yield from csv_records(reader, order, len(header), reader.line_num + 1, problems)


def csv_records(
    reader: Any, order: list[int], width: int, first: int, problems: Problems
) -> Records:
    """(line, row) for each record a csv reader has after the header (``order``: as
    :func:`header_order` gives it), its next record beginning on line ``first``."""
    identity = order == list(range(WIDTH))
    lists, typed = LIST_POSITIONS, TYPED_POSITIONS
    offset = first - 1 - reader.line_num  # line_num counts the lines this reader has read
    start = first
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            raise not_utf8(start) from None
        except csv.Error as exc:
            raise FileProblem(start, f"CSV: {exc}") from None
        line, start = start, offset + reader.line_num + 1
        if not record:
            continue  # a blank line
        if len(record) != width:
            problems.add(
                line,
                E.FIELDS_HEADER_CHECK_QUOTES.fill(value=len(record), width=width),
            )
            continue
        values: list[Any] = (
            [x or None for x in record]
            if identity
            else [record[j] or None if j >= 0 else None for j in order]
        )
        for i in typed:  # a cell an export marked as text (domain.spreadsheet): unmarked
            text = values[i]
            if text is not None and text[0] == "'":
                values[i] = restored(text)
        for i in lists:
            text = values[i]
            values[i] = (
                [] if text is None else [p for p in (s.strip() for s in text.split(";")) if p]
            )
        yield line, Row(*values)


_JSON_TYPES = {
    str: "string",
    bool: "boolean",
    int: "number",
    float: "number",
    list: "array",
    dict: "object",
}


def jsonl_rows(handle: IO[str], problems: Problems, first: int = 1) -> Records:
    """(line, row) for each JSON object of a JSONL file (or of a part of it whose first
    line is line ``first`` of the file)."""
    index = {name: i for i, name in enumerate(NAMES)}
    booleans = set(BOOLEAN_POSITIONS)
    lists = set(LIST_POSITIONS)
    integers = set(INTEGER_POSITIONS)
    line = first - 1
    iterator = bounded_lines(handle, first)
    while True:
        try:
            text = next(iterator)
        except StopIteration:
            break
        except UnicodeDecodeError:
            raise not_utf8(line + 1) from None
        line += 1
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except ValueError as exc:
            problems.add(line, E.NOT_VALID_JSON.fill(exc=exc))
            continue
        if not isinstance(obj, dict):
            problems.add(line, E.NOT_JSON_OBJECT)
            continue
        values: list[Any] = [None] * WIDTH
        try:
            for key, value in obj.items():
                i = index.get(key)
                if i is None:
                    raise RowError(E.UNKNOWN_KEY.fill(key=key[:40]))
                values[i] = json_value(key, value, i in booleans, i in lists, i in integers)
            for i in lists:
                if values[i] is None:
                    values[i] = []
        except RowError as error:
            problems.add(line, error.message)
            continue
        missing = [c for c in REQUIRED if c not in obj]
        if missing:
            problems.add(
                line,
                E.MISSING_KEYS.fill(value=", ".join(missing)),
            )
            continue
        yield line, Row(*values)


def json_value(key: str, value: Any, is_bool: bool, is_list: bool, is_int: bool) -> Any:
    """A JSON value as the row holds it: text (booleans and whole numbers as their text),
    a list of texts, or None; RowError when the value is not of the column's kind."""
    if value is None:
        return None
    if is_list:
        if isinstance(value, list) and all(isinstance(x, str) for x in value):
            for item in value:
                json_value(key, item, False, False, False)
            return [x.strip() for x in value if x.strip()]
        raise bad(key, E.NOT_LIST_OF_STRINGS)
    if is_bool:
        if isinstance(value, bool):
            return "true" if value else "false"
        raise bad(key, E.NOT_TRUE_OR_FALSE)
    if is_int and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        if _BAD_TEXT.search(value) is not None:  # a \u0000 or a lone \udcff escape
            raise bad(key, E.HOLDS_NUL_OR_NOT_UTF8)
        return value if value.strip() else None
    kind = _JSON_TYPES.get(type(value), type(value).__name__)
    raise bad(key, E.NOT_A_STRING.fill(kind=kind))
