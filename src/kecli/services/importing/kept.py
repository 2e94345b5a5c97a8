"""What the checks keep: the rows to write for the current chunk (:class:`Kept`), the
counts so far, and the import's result (:class:`ImportResult`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from kecli.store.staging import CASE_COLUMNS

Progress = Callable[[str, int, int], None]
"""Told (stage, done, total): stage ``check`` counts bytes read; ``write`` (when worker
processes checked the file) the cases written from their staging files."""

#: Where a kept case row (in :data:`kecli.store.staging.CASE_COLUMNS` order) has its id,
#: kind, status and fødselsnummer.
CASE_ID, CASE_KIND, CASE_STATUS, CASE_FNR = (
    CASE_COLUMNS.index(name) for name in ("id", "kind", "status", "fnr")
)


@dataclass
class ImportResult:
    """What an import wrote (or, with ``dry_run``, would write)."""

    file: str
    format: str
    rows: int
    dry_run: bool
    cases: int = 0
    decisions: int = 0
    coordinators_created: int = 0
    appointments: int = 0
    appeals: int = 0
    plans: int = 0
    #: Rows whose appeal_deadline was not the law's (an older kecli stored a file's date
    #: as it was): the law's date is stored instead; and the first such line.
    deadlines_corrected: int = 0
    first_corrected_line: int | None = None

    def view(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Kept:
    """What the checks keep: the tuples of the current chunk, in the column order of
    the tables they go to (written, then dropped), the counts so far, and the compact
    keys every later row of the chunk is checked against."""

    #: In :data:`kecli.store.staging.CASE_COLUMNS` order, and the line of each.
    cases: list[tuple[Any, ...]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    #: In the order :data:`kecli.store.staging.STAGED` gives for each table.
    decisions: list[tuple[Any, ...]] = field(default_factory=list)
    appointments: list[tuple[Any, ...]] = field(default_factory=list)
    appeals: list[tuple[Any, ...]] = field(default_factory=list)
    #: (case id, next evaluation or None, consent given) per plan.
    plans: list[tuple[str, str | None, bool]] = field(default_factory=list)
    #: Coordinator ids first seen in the current chunk.
    new_coordinators: list[int] = field(default_factory=list)
    #: int(fnr) * 2 + (1 for barnekoordinator) -> line of the open case (this chunk's;
    #: earlier chunks' are in the database's temporary tables, store.staging.SeenKeys).
    open_people: dict[int, int] = field(default_factory=dict)
    #: year * 1_000_000 + seq -> line (the id ÅÅÅÅ-NNNN… as one int; this chunk's).
    ids: dict[int, int] = field(default_factory=dict)
    # Totals kept so far, the current chunk included.
    case_count: int = 0
    decision_count: int = 0
    appointment_count: int = 0
    appeal_count: int = 0
    plan_count: int = 0
    deadlines_corrected: int = 0
    first_corrected_line: int | None = None

    def corrected(self, line: int) -> None:
        """A row's appeal_deadline was not the law's: the law's is kept."""
        self.deadlines_corrected += 1
        if self.first_corrected_line is None or line < self.first_corrected_line:
            self.first_corrected_line = line

    def drop_chunk(self) -> None:
        """The chunk has been handed on: its rows go (the counts and keys stay)."""
        self.cases.clear()
        self.lines.clear()
        self.decisions.clear()
        self.appointments.clear()
        self.appeals.clear()
        self.plans.clear()
        self.new_coordinators.clear()

    def result(self, name: str, fmt: str, rows: int, *, dry_run: bool) -> ImportResult:
        """What was kept, as the import's result (coordinators are counted elsewhere)."""
        return ImportResult(
            file=name,
            format=fmt,
            rows=rows,
            dry_run=dry_run,
            cases=self.case_count,
            decisions=self.decision_count,
            appointments=self.appointment_count,
            appeals=self.appeal_count,
            plans=self.plan_count,
            deadlines_corrected=self.deadlines_corrected,
            first_corrected_line=self.first_corrected_line,
        )
