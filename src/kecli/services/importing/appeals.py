"""A row's appeal (its case's newest), checked as the appeal steps would have brought it
where the row says it stands, and against the row's decision where it can tell."""

from __future__ import annotations

from typing import Any

from kecli.domain import deadlines
from kecli.domain.appeals import AppealStatus, FinalOutcome, UnitOutcome, reachable_states
from kecli.i18n.errors import importing as E
from kecli.services.importing.decisions import Decided
from kecli.services.importing.problems import bad
from kecli.services.importing.rows import Row
from kecli.services.importing.values import Day, Days, as_bool, before, choice

_APPEAL_STATUSES = tuple(str(s) for s in AppealStatus)
_UNIT_OUTCOMES = tuple(str(s) for s in UnitOutcome)
_FINAL_OUTCOMES = tuple(str(s) for s in FinalOutcome)
#: (status, unit outcome, final outcome) of every state an appeal can be in, as text.
_APPEAL_STATES = frozenset(
    tuple(None if value is None else str(value) for value in state) for state in reachable_states()
)


def check_set_aside_appeal(row: Row, case_id: str, received: Day, days: Days) -> tuple[Any, ...]:
    """An appeal whose decision statsforvalteren set aside (``opphevet``), on a row
    without a decision (none made since): stored without that decision and its
    deadline, as the file gives it (appeal_timely is required: it cannot be counted).
    In the staged order of ``appeals``, against no decision of the file."""
    status, filed = _filed(row, received, days)
    timely = as_bool(row.appeal_timely, "appeal_timely")
    if timely is None:
        raise bad(
            "appeal_timely",
            E.MISSING_DECISION_APPEALED_SET,
        )
    unit = _unit_outcome(row)
    _check_state(status, unit, "opphevet")
    return (case_id, filed[1], None, timely, status, unit, "opphevet", None)


def check_appeal(row: Row, case_id: str, decided: Decided, days: Days) -> tuple[Any, ...]:
    """The row's appeal, in the staged order of ``appeals`` but with, last, whether it
    is against the row's decision (the caller puts that decision's index there).

    Not checked against decided_on: after medhold or omgjort the current decision is the
    new one, made after the appeal that led to it; and the unit may have assessed the
    case again after an appeal ended."""
    status, filed = _filed(row, decided.received, days)
    unit = _unit_outcome(row)
    final = (
        choice(row.appeal_final_outcome, _FINAL_OUTCOMES, "appeal_final_outcome")
        if row.appeal_final_outcome is not None
        else None
    )
    if final is not None and status != AppealStatus.CLOSED:
        raise bad(
            "appeal_final_outcome",
            E.ONLY_GIVEN_WHEN_APPEAL.fill(status=status),
        )
    _check_state(status, unit, final)
    against_row = _is_against(decided, filed, unit, final)
    timely = as_bool(row.appeal_timely, "appeal_timely")
    if not against_row:
        # Against a decision the export does not carry: stored without it and its
        # deadline, with the timeliness the file gives (it cannot be counted).
        if timely is None:
            raise bad(
                "appeal_timely",
                E.MISSING_APPEAL_AGAINST_EARLIER,
            )
        return (case_id, filed[1], None, timely, status, unit, final, False)
    # As ``appeal file`` counts it: the decision's deadline (none while not sent).
    deadline = decided.deadline
    if timely is None:
        timely = deadlines.appeal_is_timely(filed[0], deadline)
    deadline_iso = deadline.isoformat() if deadline is not None else None
    return (case_id, filed[1], deadline_iso, timely, status, unit, final, True)


def _filed(row: Row, received: Day, days: Days) -> tuple[str, Day]:
    """An appeal's status and filing date (present, not before the case was received)."""
    status = choice(row.appeal_status, _APPEAL_STATUSES, "appeal_status")
    filed = days.past(row.appeal_filed_on, "appeal_filed_on")
    if filed is None:
        raise bad("appeal_filed_on", E.VALUE_MISSING)
    if filed[0] < received[0]:
        raise before(filed, "appeal_filed_on", received, "received_on")
    return status, filed


def _unit_outcome(row: Row) -> str | None:
    return (
        choice(row.appeal_unit_outcome, _UNIT_OUTCOMES, "appeal_unit_outcome")
        if row.appeal_unit_outcome is not None
        else None
    )


def _is_against(decided: Decided, filed: Day, unit: str | None, final: str | None) -> bool:
    """Whether a row's appeal is against the row's decision, as the flat row lets one tell:
    after statsforvalteren's ``omgjort`` an ``innvilget`` is the decision it made (kept
    linked, so that it stays final: fvl § 28); after the unit's ``medhold`` the decision
    is its result or a later one; otherwise the decision was there when the appeal was
    filed, or it is a new assessment made after the appeal ended."""
    if final == FinalOutcome.OMGJORT:
        return decided.outcome == "innvilget"
    if unit == UnitOutcome.MEDHOLD:
        return False
    return decided.decided[0] <= filed[0]


def _check_state(status: str, unit: str | None, final: str | None) -> None:
    """A state the appeal steps can reach (:func:`kecli.domain.appeals.reachable_states`)."""
    if (status, unit, final) not in _APPEAL_STATES:
        raise bad(
            "appeal_status",
            E.APPEAL_CANNOT_APPEAL_UNIT.fill(
                status=status,
                unit=unit or E.VALUE_EMPTY,
                final=final or E.VALUE_EMPTY,
            ),
        )
