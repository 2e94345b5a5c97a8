"""``report deadlines``: what is due, overdue first.

Read-only. The queries in :mod:`kecli.store.reports` fetch a superset of the
candidates over indexed columns; the exact due dates, lifetimes and order are
decided here with the domain's functions (DOMAIN § 5).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from kecli.domain.cases import check_choice
from kecli.domain.config import settings_from
from kecli.domain.dates import add_months, eighteenth_birthday
from kecli.domain.deadlines import (
    appeal_forwarding_due,
    check_within,
    days_left,
    decision_unsent_due,
    preliminary_reply_due,
)
from kecli.domain.identity import mask_in_text
from kecli.errors import InvalidInput
from kecli.i18n.errors import deadlines as E
from kecli.services.context import Ctx
from kecli.store.deadline_sql import Dated, SqliteDeadlines
from kecli.views.deadlines import (
    APPEAL_FORWARDING,
    APPEAL_WINDOW,
    DEADLINE_TYPES,
    DECISION_UNSENT,
    EXPECTED_DECISION,
    PLAN_EVALUATION,
    PRELIMINARY_REPLY,
    TURNS_18,
    DeadlineItem,
    DeadlineReport,
)

if TYPE_CHECKING:
    from kecli.store.db import Connection

# SQLAlchemy (a third of a nightly report's time) is imported only where it is used: a
# deadline report on an SQLite file at this kecli's schema runs on the sqlite3 module.

DEFAULT_WITHIN_DAYS = 14

_MIN_MONTH_DAYS = 28
"""One calendar month is never shorter than this: the coarse cut-off for a +1 month due date."""


def check_types(types: Iterable[str]) -> tuple[str, ...]:
    """The requested types, checked (InvalidInput naming the valid ones); all when none given."""
    chosen: list[str] = []
    for value in types:
        checked = check_choice(value, DEADLINE_TYPES, "type")
        if checked not in chosen:
            chosen.append(checked)
    return tuple(t for t in DEADLINE_TYPES if t in chosen) if chosen else DEADLINE_TYPES


_TYPE_ORDER = {type_: n for n, type_ in enumerate(DEADLINE_TYPES)}


def sort_key(item: DeadlineItem) -> tuple[Any, ...]:
    """Overdue first, then by due date, case id in number order, type (DOMAIN § 5 order),
    and reference.

    An id is ÅÅÅÅ-NNNN, the number zero-padded to four digits and never more, so within
    a year a longer id is a higher number (2026-10000 after 2026-9999) and ids of one
    length sort as text: one flat tuple, no parsing (a big report sorts tens of
    thousands of items)."""
    case_id = item.case_id
    return (
        not item.overdue,
        item.due,
        case_id[:4],
        len(case_id),
        case_id,
        _TYPE_ORDER[item.type],
        item.ref or 0,
    )


def _item(
    found: Dated,
    type_: str,
    due: dt.date,
    as_of: dt.date,
    *,
    since: dt.date | None,
    ref: int | None = None,
    reopened: bool = False,
    never_overdue: bool = False,
    estimated: bool = False,
) -> DeadlineItem:
    left = days_left(due, as_of)
    return DeadlineItem(
        found.case_id,
        type_,
        due,
        left,
        left < 0 and not never_overdue,
        mask_in_text(found.person),  # a fødselsnummer typed into the name
        found.coordinator or found.handler,
        found.kind,
        since,
        ref,
        reopened,
        estimated,
        found.handler,
    )


class _Source(Protocol):
    """Where the deadline candidates come from: SQLite through the sqlite3 module
    (:class:`kecli.store.deadline_sql.SqliteDeadlines`) or any database through SQLAlchemy."""

    def candidates(self, name: str, *days: dt.date) -> list[Dated]: ...

    def config_values(self) -> dict[str, str]: ...


class _CoreSource:
    """The deadline queries of :mod:`kecli.store.reports` on an SQLAlchemy connection."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def candidates(self, name: str, *days: dt.date) -> list[Dated]:
        from kecli.store import reports as store

        found: list[Dated] = getattr(store, f"{name}_candidates")(self.conn, *days)
        return found

    def config_values(self) -> dict[str, str]:
        from kecli.store.reads import config_values

        return config_values(self.conn)


def _preliminary_reply(source: _Source, as_of: dt.date, horizon: dt.date) -> list[DeadlineItem]:
    """Due one month after receipt, or after the newest ``opphevet`` (fvl § 11 a; DOMAIN § 5)."""
    items = []
    cutoff = horizon - dt.timedelta(days=_MIN_MONTH_DAYS)
    due_of: dict[dt.date, dt.date] = {}  # a big unit receives hundreds of cases a day
    for found in source.candidates("preliminary_reply", cutoff):
        reopened = found.other is not None
        since = found.other if found.other is not None else found.start
        due = due_of.get(since)
        if due is None:
            due = due_of[since] = preliminary_reply_due(since)
        if due <= horizon:
            items.append(
                _item(found, PRELIMINARY_REPLY, due, as_of, since=since, reopened=reopened)
            )
    return items


def _expected_decision(source: _Source, as_of: dt.date, horizon: dt.date) -> list[DeadlineItem]:
    """The date a foreløpig svar promised a decision by (fvl § 11 a; DOMAIN § 5)."""
    return [
        _item(found, EXPECTED_DECISION, found.start, as_of, since=found.other)
        for found in source.candidates("expected_decision", horizon)
    ]


def _decision_unsent(source: _Source, as_of: dt.date, horizon: dt.date) -> list[DeadlineItem]:
    """Send the decision: decided + config send_target_days; until it is sent or has reached
    the person, no appeal deadline runs (pbrl § 7-5)."""
    target = settings_from(source.config_values()).send_target_days
    cutoff = horizon - dt.timedelta(days=target)
    return [
        _item(
            found,
            DECISION_UNSENT,
            decision_unsent_due(found.start, target),
            as_of,
            since=found.start,
            ref=found.ref,
        )
        for found in source.candidates("decision_unsent", cutoff)
    ]


def _appeal_window(source: _Source, as_of: dt.date, horizon: dt.date) -> list[DeadlineItem]:
    """The family's appeal deadline (pbrl § 7-5): shown until it has passed, never overdue;
    estimated while a posted letter's arrival is not recorded."""
    return [
        _item(
            found,
            APPEAL_WINDOW,
            found.start,
            as_of,
            since=found.other,
            never_overdue=True,
            estimated=bool(found.flag),
        )
        for found in source.candidates("appeal_window", as_of, horizon)
    ]


def _appeal_forwarding(source: _Source, as_of: dt.date, horizon: dt.date) -> list[DeadlineItem]:
    """Forward an appeal the unit does not grant: filed + config forwarding_target_days."""
    target = settings_from(source.config_values()).forwarding_target_days
    cutoff = horizon - dt.timedelta(days=target)
    return [
        _item(
            found,
            APPEAL_FORWARDING,
            appeal_forwarding_due(found.start, target),
            as_of,
            since=found.start,
            ref=found.ref,
        )
        for found in source.candidates("appeal_forwarding", cutoff)
    ]


def _plan_evaluation(source: _Source, as_of: dt.date, horizon: dt.date) -> list[DeadlineItem]:
    """The active plan's next evaluation date (hol § 7-1; the plan sets it)."""
    return [
        _item(found, PLAN_EVALUATION, found.start, as_of, since=None, ref=found.ref)
        for found in source.candidates("plan_evaluation", horizon)
    ]


def _turns_18(source: _Source, as_of: dt.date, horizon: dt.date) -> list[DeadlineItem]:
    """The 18th birthday of a child with a granted barnekoordinator (pbrl § 2-5 c)."""
    # Born after this day, a child is not yet 18 on the horizon (the extra day covers
    # 29 February, whose birthday falls on 1 March in other years).
    cutoff = add_months(horizon, -18 * 12) + dt.timedelta(days=1)
    items = []
    for found in source.candidates("turns_18", cutoff):
        due = eighteenth_birthday(found.start)
        if due <= horizon:
            items.append(_item(found, TURNS_18, due, as_of, since=found.other))
    return items


_COLLECTORS: dict[str, Callable[[_Source, dt.date, dt.date], list[DeadlineItem]]] = {
    PRELIMINARY_REPLY: _preliminary_reply,
    EXPECTED_DECISION: _expected_decision,
    DECISION_UNSENT: _decision_unsent,
    APPEAL_WINDOW: _appeal_window,
    APPEAL_FORWARDING: _appeal_forwarding,
    PLAN_EVALUATION: _plan_evaluation,
    TURNS_18: _turns_18,
}


def items_due(conn: Connection, day: dt.date, horizon: dt.date) -> list[DeadlineItem]:
    """Every type's items due on or before ``horizon`` (overdue ones included), read on the
    caller's connection, in the report's order."""
    source = _CoreSource(conn)
    items = [item for type_ in DEADLINE_TYPES for item in _COLLECTORS[type_](source, day, horizon)]
    items.sort(key=sort_key)
    return items


def deadline_report(
    ctx: Ctx,
    *,
    as_of: dt.date | None = None,
    within: int = DEFAULT_WITHIN_DAYS,
    types: Sequence[str] = (),
) -> DeadlineReport:
    """Every deadline due on or before ``as_of + within`` (overdue ones included), overdue
    first, then by due date (DOMAIN § 5)."""
    chosen = check_types(types)
    check_within(within)
    day = as_of or ctx.today
    items: list[DeadlineItem] = []
    try:
        horizon = day + dt.timedelta(days=within)
    except OverflowError:  # (the number itself is not repeated: it may be any digits)
        raise InvalidInput(E.TOO_LARGE_FROM_GOES, E.GIVE_SMALLER, day=day.isoformat()) from None
    try:
        fast = SqliteDeadlines.open(ctx.db_url)
        if fast is not None:
            try:
                for type_ in chosen:
                    items.extend(_COLLECTORS[type_](fast, day, horizon))
            finally:
                fast.close()
        else:
            from kecli.store.db import read_scope

            with read_scope(ctx.db_url) as conn:
                source = _CoreSource(conn)
                for type_ in chosen:
                    items.extend(_COLLECTORS[type_](source, day, horizon))
    except (OverflowError, ValueError):  # a date counted back from one near year 1
        raise InvalidInput(E.TOO_EARLY_DEADLINES_WOULD, E.GIVE_LATER, day=day.isoformat()) from None
    items.sort(key=sort_key)
    return DeadlineReport(as_of=day, within=within, horizon=horizon, types=chosen, items=items)
