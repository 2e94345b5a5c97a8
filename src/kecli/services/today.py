"""``kecli today``: the acting caseworker's day — what is overdue, what falls due within a
week, the inquiries not yet assessed, this week's plan meetings, the decisions not yet sent
— for the cases they handle, or for the whole unit. Read-only, in one read transaction. A
fødselsnummer typed into a name or a meeting's purpose is masked."""

from __future__ import annotations

import datetime as dt

from kecli.domain.dates import week_of
from kecli.domain.identity import mask_in_text
from kecli.domain.today import DUE_SOON_DAYS, meetings_between
from kecli.services.context import Ctx
from kecli.services.deadlines import items_due
from kecli.store import today as store
from kecli.store.db import read_scope
from kecli.views.deadlines import MeetingView, TodayReport, UnsentView, WaitingView


def _iso(day: dt.date) -> str:
    return day.isoformat()


def todays_work(ctx: Ctx, *, all_cases: bool = False) -> TodayReport:
    """The day of ``ctx.user`` (every handler's with ``all_cases``) as of ``ctx.today``."""
    day = ctx.today
    handler = None if all_cases else ctx.user
    monday, sunday = week_of(day)
    with read_scope(ctx.db_url) as conn:
        items = [
            i
            for i in items_due(conn, day, day + dt.timedelta(days=DUE_SOON_DAYS))
            if handler is None or i.handler == handler
        ]
        unassessed: list[WaitingView] = [
            {
                "case_id": case_id,
                "person": mask_in_text(name),
                "kind": kind,
                "received_on": _iso(received),
                "days_waiting": (day - received).days,
                "handler": who,
                "decision_expected": None if expect is None else _iso(expect),
            }
            for case_id, name, kind, received, who, expect in store.waiting_cases(conn, handler)
        ]
        unsent: list[UnsentView] = [
            {
                "case_id": case_id,
                "person": mask_in_text(name),
                "kind": kind,
                "outcome": outcome,
                "decided_on": _iso(decided),
                "days_since": (day - decided).days,
                "handler": who,
            }
            for case_id, name, kind, who, outcome, decided in store.unsent_decisions(conn, handler)
        ]
        meetings: list[MeetingView] = sorted(
            (
                {
                    "case_id": case_id,
                    "person": mask_in_text(name),
                    "date": _iso(on),
                    "purpose": purpose,
                    "handler": who,
                }
                for case_id, name, who, document in store.plans_of_open_cases(conn, handler)
                for on, purpose in meetings_between(document or {}, monday, sunday)
            ),
            key=lambda m: (m["date"], m["case_id"]),
        )
    return TodayReport(
        user=ctx.user,
        day=day,
        all=all_cases,
        week=(monday, sunday),
        overdue=[i for i in items if i.overdue],
        due_soon=[i for i in items if not i.overdue],
        unassessed=unassessed,
        meetings=meetings,
        unsent=unsent,
    )
