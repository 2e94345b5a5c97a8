"""What is wrong with an import file: the error a row's check raises (:class:`RowError`),
the trouble that stops the reading (:class:`FileProblem`), the bad rows kept for the
listing (:class:`Problems`), and :class:`BadRows`, what the import raises when any row
is bad (nothing is written then)."""

from __future__ import annotations

from typing import Final

from kecli.errors import InvalidInput, KecliError, Msg, Text
from kecli.i18n.errors import importing as E

#: How many bad rows are listed; the rest are counted.
LISTED_PROBLEMS = 50


class BadRows(InvalidInput):
    """Rows of an import file that cannot be imported; nothing was written."""

    def __init__(self, file_name: str, problems: list[tuple[int, Text]], total: int) -> None:
        self.file_name = file_name
        self.problems = problems
        self.total = total
        noun_en = "bad row" if total == 1 else "bad rows"
        noun_nb = "feil rad" if total == 1 else "feil rader"
        super().__init__(
            E.NOTHING_IMPORTED.fill(total=total, noun=Msg(noun_nb, noun_en), file_name=file_name)
        )


class RowError(Exception):
    """A row that cannot be imported, and why (one line, naming the column)."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.message = message


def bad(column: str, problem: Msg) -> RowError:
    """A row error about ``column``: ``problem``, a template of the catalogue."""
    return RowError(E.ROW_PROBLEM.fill(column=column, text=problem))


#: The fields whose column is named otherwise (every other field is its exchange column's
#: name, kecli.domain.exchange.COLUMNS).
COLUMNS: Final[dict[str, str]] = {}


def column(field: str) -> str:
    """The column of the import file that gives ``field``."""
    return COLUMNS.get(field, field)


def prefixed(column_name: str, error: KecliError) -> RowError:
    """A rule's error (worded for any input) as a row error about ``column_name``."""
    return RowError(error.found_in(column_name).shown(column)[0])


def as_columns(error: KecliError) -> RowError:
    """A rule's error as a row error: the fields it names shown as columns."""
    return RowError(error.shown(column)[0])


class FileProblem(Exception):
    """The file cannot be read on from this line (not UTF-8, broken CSV quoting)."""

    def __init__(self, line: int, message: Text, *, not_utf8: bool = False) -> None:
        super().__init__(str(message))
        self.line = line
        self.message = message
        #: The text decoder failed: it reads ahead, so ``line`` is where the reader was,
        #: not necessarily where the bad bytes are (see reading.first_line_not_utf8).
        self.not_utf8 = not_utf8


def not_utf8(line: int) -> FileProblem:
    """The file is not UTF-8 from about ``line`` on."""
    return FileProblem(
        line,
        E.NOT_UTF8_FROM_HERE,
        not_utf8=True,
    )


class Problems:
    """The bad rows: all counted, the first LISTED_PROBLEMS by line kept for the listing.

    ``group`` orders problems of one line: the row's own (0), then those found against
    the database (1: the case, 2: its coordinator)."""

    def __init__(self) -> None:
        self.kept: list[tuple[int, int, int, Text]] = []
        self.count = 0
        self._worst: tuple[int, int, int, Text] | None = None

    def add(self, line: int, message: Text, group: int = 0) -> None:
        self.count += 1
        item = (line, group, self.count, message)
        kept = self.kept
        if len(kept) < LISTED_PROBLEMS:
            kept.append(item)
            return
        worst = self._worst or max(kept)
        if item[:3] < worst[:3]:
            kept.remove(worst)
            kept.append(item)
            self._worst = max(kept)
        else:
            self._worst = worst

    def listed(self) -> list[tuple[int, Text]]:
        return [(line, message) for line, _, _, message in sorted(self.kept, key=_order)]


def _order(item: tuple[int, int, int, Text]) -> tuple[int, int, int]:
    return item[:3]
