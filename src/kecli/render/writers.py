"""Writers for ``export cases``: CSV, JSON, JSONL and XLSX, fed one chunk of rows at a time.

Every writer takes the flat rows of the exchange columns
(:data:`kecli.domain.exchange.COLUMNS`, in that order: ISO date strings, bools,
lists of strings, an int coordinator id, None for empty) and keeps nothing but
the chunk in hand, so memory stays flat however many cases there are. A file is
written as every output is (:mod:`kecli.files`): private to the user (0600), under a
fresh name until :meth:`publish` puts it in place (an existing file only replaced when
the caller says so); a writer that fails is aborted, which removes the half-written file.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from typing import IO, Any, Protocol, cast

from kecli.domain.exchange import COLUMNS, NAMES, TYPED_POSITIONS, ColumnKind, positions_of
from kecli.domain.spreadsheet import FORMULA_START
from kecli.files import PrivateFile

LIST_SEPARATOR = "; "

#: Column widths in the XLSX sheet (characters); others get the default.
XLSX_WIDTHS = {
    "id": 11,
    "kind": 17,
    "status": 10,
    "channel": 9,
    "name": 28,
    "fnr": 13,
    "guardians": 30,
    "note": 40,
    "close_reason": 30,
    "decision_outcome": 11,
    "failed_criteria": 28,
    "legal_basis": 26,
    "coordinator_name": 24,
    "appeal_status": 20,
    "appeal_unit_outcome": 15,
    "appeal_final_outcome": 14,
    "created_by": 14,
    "handler": 14,
}
XLSX_DATE_WIDTH = 12
XLSX_DEFAULT_WIDTH = 10


class RowWriter(Protocol):
    """Where export rows go."""

    def write(self, rows: Sequence[Sequence[Any]]) -> None: ...

    def close(self) -> None: ...

    def publish(self) -> None: ...

    def abort(self) -> None: ...


class _Target:
    """A binary stream: a private file put in place when whole (:mod:`kecli.files`), or
    stdout (never closed here)."""

    def __init__(self, path: str | None, force: bool, mode: str = "wb") -> None:
        self.path = path
        self.file: PrivateFile | None = None
        self.stream: IO[bytes]
        if path is None:
            sys.stdout.flush()
            buffer = getattr(sys.stdout, "buffer", None)
            self.stream = (
                buffer if buffer is not None else cast(IO[bytes], _TextAsBytes(sys.stdout))
            )
        else:
            self.file = PrivateFile(path, force=force, mode=mode)
            self.stream = self.file.stream

    def close(self) -> None:
        """Everything written and synced; a file is not yet in place (:meth:`publish`)."""
        self.stream.flush()
        if self.file is not None:
            os.fsync(self.stream.fileno())

    def publish(self) -> None:
        if self.file is not None:
            self.file.publish()

    def abort(self) -> None:
        if self.file is None:
            try:
                self.stream.flush()
            except (OSError, ValueError):
                pass
            return
        self.file.discard()


class _TextAsBytes(io.RawIOBase):
    """Bytes into a text stream that has no ``buffer`` (some test runners' stdout)."""

    def __init__(self, text: IO[str]) -> None:
        self.text = text

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.text.write(bytes(data).decode("utf-8"))
        return len(data)

    def flush(self) -> None:
        self.text.flush()


class _TextWriter:
    def __init__(self, path: str | None, force: bool) -> None:
        self.target = _Target(path, force)
        self.text = io.TextIOWrapper(self.target.stream, encoding="utf-8", newline="")

    def _finish(self) -> None:
        self.text.flush()
        self.text.detach()  # the target closes (or keeps) the binary stream

    def close(self) -> None:
        self._finish()
        self.target.close()

    def publish(self) -> None:
        self.target.publish()

    def abort(self) -> None:
        try:
            self._finish()
        except (OSError, ValueError):
            pass
        self.target.abort()


class CsvWriter(_TextWriter):
    """RFC 4180: CRLF line ends, fields quoted when they hold the delimiter, a quote or a
    line break; UTF-8 with a byte-order mark so that Excel shows æ, ø and å. A cell of
    typed text that a spreadsheet would run as a formula begins with an apostrophe
    (domain.spreadsheet; ``import cases`` takes it off)."""

    def __init__(
        self,
        path: str | None,
        *,
        force: bool = False,
        delimiter: str = ",",
    ) -> None:
        super().__init__(path, force)
        self.bools = positions_of(ColumnKind.BOOLEAN)
        self.lists = positions_of(ColumnKind.LIST)
        self.texts = TYPED_POSITIONS
        self.text.write("\ufeff")
        self.writer = csv.writer(
            self.text, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL
        )
        self.writer.writerow(NAMES)

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        bools, lists, texts, sep = self.bools, self.lists, self.texts, LIST_SEPARATOR
        formula = FORMULA_START
        cells = [list(row) for row in rows]
        for row in cells:
            for i in bools:
                value = row[i]
                if value is not None:
                    row[i] = "true" if value else "false"
            for i in lists:
                row[i] = sep.join(row[i])
            for i in texts:
                value = row[i]
                if value and value[0] in formula:
                    row[i] = "'" + value
        self.writer.writerows(cells)


def object_encoder() -> Callable[[dict[str, Any]], str]:
    """``json.dumps(obj, ensure_ascii=False)`` for an export row, byte for byte.

    The C encoder is made once, not once per row as ``json.dumps`` makes it, and
    without the circular-reference check a flat row cannot need: a third less time
    for a million rows."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator
        return partial(json.dumps, ensure_ascii=False)
    encode = make(None, None, json.encoder.encode_basestring, None, ": ", ", ", False, False, True)
    return lambda obj: encode(obj, 0)[0]


class JsonLinesWriter(_TextWriter):
    """One JSON object per line (LF), keys in column order."""

    def __init__(self, path: str | None, *, force: bool = False) -> None:
        super().__init__(path, force)
        self.columns = NAMES
        self.encode = object_encoder()

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        columns, encode = self.columns, self.encode
        self.text.write(
            "".join(encode(dict(zip(columns, row, strict=True))) + "\n" for row in rows)
        )


class JsonArrayWriter(JsonLinesWriter):
    """One JSON array of the row objects, one object per line."""

    def __init__(self, path: str | None, *, force: bool = False) -> None:
        super().__init__(path, force=force)
        self.first = True
        self.text.write("[")

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        columns, encode = self.columns, self.encode
        lead = "\n" if self.first else ",\n"
        self.first = False
        self.text.write(
            lead + ",\n".join(encode(dict(zip(columns, row, strict=True))) for row in rows)
        )

    def close(self) -> None:
        self.text.write("]\n" if self.first else "\n]\n")
        super().close()


#: The first day Excel shows as a date (before it, its 1900 calendar has a 29 February
#: that never was, and no day before 1900 at all): earlier dates stay ISO text cells.
EXCEL_FIRST_DAY = "1900-03-01"


class XlsxWriter:
    """One sheet through openpyxl's write-only mode: a bold, frozen header row with a filter,
    column widths, dates as date cells, and text never taken for a formula."""

    def __init__(self, path: str, *, force: bool = False) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self.target = _Target(path, force, "w+b")
        self.workbook = Workbook(write_only=True)
        self.sheet = self.workbook.create_sheet("cases")
        self.cell = WriteOnlyCell
        self.illegal = ILLEGAL_CHARACTERS_RE
        self.columns = NAMES
        self.dates = positions_of(ColumnKind.DATE)
        self.lists = positions_of(ColumnKind.LIST)
        self.rows = 0
        #: Cells whose control characters were left out (XLSX cannot hold them).
        self.cleaned = 0
        self.last_column = get_column_letter(len(COLUMNS))
        for number, column in enumerate(COLUMNS, 1):
            width = XLSX_WIDTHS.get(
                column.name,
                XLSX_DATE_WIDTH if column.kind is ColumnKind.DATE else XLSX_DEFAULT_WIDTH,
            )
            self.sheet.column_dimensions[get_column_letter(number)].width = width
        self.sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for name in self.columns:
            cell = WriteOnlyCell(self.sheet, value=name)
            cell.font = bold
            header.append(cell)
        self.sheet.append(header)
        self._days: dict[str, dt.date] = {}

    def _day(self, value: str) -> dt.date:
        day = self._days.get(value)
        if day is None:
            if len(self._days) > 50_000:
                self._days.clear()
            day = self._days[value] = dt.date.fromisoformat(value)
        return day

    def _text(self, value: str) -> Any:
        if self.illegal.search(value):
            # XLSX cannot hold control characters: left out, and counted (a warning).
            value = self.illegal.sub("", value)
            self.cleaned += 1
        if value[:1] == "=":  # openpyxl would store it as a formula
            cell = self.cell(self.sheet, value=value)
            cell.data_type = "s"
            return cell
        return value

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        dates, lists, sheet = self.dates, self.lists, self.sheet
        for row in rows:
            cells = list(row)
            for i in dates:
                if cells[i] is not None and cells[i] >= EXCEL_FIRST_DAY:
                    cells[i] = self._day(cells[i])
            for i in lists:
                cells[i] = LIST_SEPARATOR.join(cells[i]) or None
            for i, value in enumerate(cells):
                if value.__class__ is str:
                    cells[i] = self._text(value)
            sheet.append(cells)
        self.rows += len(rows)

    def close(self) -> None:
        self.sheet.auto_filter.ref = f"A1:{self.last_column}{self.rows + 1}"
        self.workbook.save(self.target.stream)
        self.target.close()

    def publish(self) -> None:
        self.target.publish()

    def abort(self) -> None:
        # openpyxl keeps the sheet's rows (fødselsnumre too) in a temporary file of its
        # own until it saves: stop its writer here, quietly, and remove that file (left to
        # the garbage collector, a full disk printed a traceback and the file stayed).
        writer = getattr(self.sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.xf.close()
            with contextlib.suppress(Exception):
                os.unlink(writer.out)
        self.target.abort()


def open_writer(
    fmt: str, path: str | None, *, force: bool = False, delimiter: str = ","
) -> RowWriter:
    """The writer of the exchange columns for ``fmt``, to ``path`` (a new 0600 file) or
    to stdout when None."""
    if fmt == "csv":
        return CsvWriter(path, force=force, delimiter=delimiter)
    if fmt == "jsonl":
        return JsonLinesWriter(path, force=force)
    if fmt == "json":
        return JsonArrayWriter(path, force=force)
    assert fmt == "xlsx" and path is not None
    return XlsxWriter(path, force=force)
