"""The exchange format: the columns of ``export cases`` and ``import cases``, in order.

The one definition of the file format. The export's SELECT (one expression per column,
in :mod:`kecli.store.exports`), the writers (:mod:`kecli.render.writers`), the
importer's typed row (:mod:`kecli.services.importing.rows`) and the benchmark's sqlite3
baseline are made from it or checked against it, and a test keeps the documented
columns table equal to it: a column is added here (and given its SELECT expression,
its check and its line in the table).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ColumnKind(StrEnum):
    """What a column holds (its value's word in the documented columns table)."""

    TEXT = "text"
    #: ``YYYY-MM-DD``.
    DATE = "date"
    #: ``true``/``false`` in CSV, a JSON boolean in JSON.
    BOOLEAN = "boolean"
    #: Texts joined with ``; `` in CSV and XLSX, a JSON array in JSON.
    LIST = "list"
    #: A whole number (a JSON number is read as its digits).
    INTEGER = "integer"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the exchange file."""

    name: str
    kind: ColumnKind = ColumnKind.TEXT
    #: An import file must have it (in its header, or as a key of every JSONL object).
    required: bool = False
    #: What people typed (a name, a note, a reason), not a code or a number kecli checks:
    #: in CSV such a cell a spreadsheet would run is marked as text (domain.spreadsheet).
    typed: bool = False


_DATE, _BOOLEAN, _LIST, _INTEGER = (
    ColumnKind.DATE,
    ColumnKind.BOOLEAN,
    ColumnKind.LIST,
    ColumnKind.INTEGER,
)

COLUMNS: tuple[Column, ...] = (
    Column("id", required=True),
    Column("kind", required=True),
    Column("status", required=True),
    Column("received_on", _DATE, required=True),
    Column("channel"),
    Column("name", required=True, typed=True),
    Column("fnr"),
    Column("birth_date", _DATE),
    Column("expected_birth_date", _DATE),
    Column("guardians", _LIST, typed=True),
    Column("note", typed=True),
    Column("wants_ip", _BOOLEAN),
    Column("closed_on", _DATE),
    Column("close_reason", typed=True),
    Column("decision_outcome"),
    Column("decided_on", _DATE),
    Column("sent_on", _DATE),
    Column("sent_via"),
    Column("notified_on", _DATE),
    Column("appeal_deadline", _DATE),
    Column("appeal_deadline_estimated", _BOOLEAN),
    Column("failed_criteria", _LIST),
    Column("legal_basis"),
    Column("coordinator_id", _INTEGER),
    Column("coordinator_name", typed=True),
    Column("coordinator_since", _DATE),
    Column("appeal_status"),
    Column("appeal_filed_on", _DATE),
    Column("appeal_timely", _BOOLEAN),
    Column("appeal_unit_outcome"),
    Column("appeal_final_outcome"),
    Column("next_evaluation", _DATE),
    Column("plan_consent", _BOOLEAN),
    Column("created_by", typed=True),
    Column("handler", typed=True),
)

#: The column names, in order: the header of a CSV file, the keys of a JSON object.
NAMES: tuple[str, ...] = tuple(column.name for column in COLUMNS)
#: The columns an import file must have.
REQUIRED: tuple[str, ...] = tuple(column.name for column in COLUMNS if column.required)


def names_of(kind: ColumnKind) -> frozenset[str]:
    """The names of the columns of ``kind``."""
    return frozenset(column.name for column in COLUMNS if column.kind is kind)


def positions_of(kind: ColumnKind) -> tuple[int, ...]:
    """The positions (from 0, in :data:`COLUMNS` order) of the columns of ``kind``."""
    return tuple(i for i, column in enumerate(COLUMNS) if column.kind is kind)


#: The positions of the typed columns (:attr:`Column.typed`).
TYPED_POSITIONS: tuple[int, ...] = tuple(i for i, column in enumerate(COLUMNS) if column.typed)

DATE_COLUMNS = names_of(ColumnKind.DATE)
BOOLEAN_COLUMNS = names_of(ColumnKind.BOOLEAN)
LIST_COLUMNS = names_of(ColumnKind.LIST)
