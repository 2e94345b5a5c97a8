"""The views of the deadline report (``report deadlines``) and of ``kecli today``: the
deadline types, the item every format shows, and the day's lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Final, NamedTuple, TypedDict

# --- report deadlines ---------------------------------------------------------------

PRELIMINARY_REPLY: Final = "preliminary_reply"
EXPECTED_DECISION: Final = "expected_decision"
DECISION_UNSENT: Final = "decision_unsent"
APPEAL_WINDOW: Final = "appeal_window"
APPEAL_FORWARDING: Final = "appeal_forwarding"
PLAN_EVALUATION: Final = "plan_evaluation"
TURNS_18: Final = "turns_18"

DEADLINE_TYPES: Final = (
    PRELIMINARY_REPLY,
    EXPECTED_DECISION,
    DECISION_UNSENT,
    APPEAL_WINDOW,
    APPEAL_FORWARDING,
    PLAN_EVALUATION,
    TURNS_18,
)
"""Every deadline type, in the order they are documented."""

ITEM_KEYS: Final = (
    "case_id",
    "type",
    "due",
    "days_left",
    "overdue",
    "person",
    "assignee",
    "handler",
    "kind",
    "detail",
    "estimated",
)
"""The keys of a deadline item, in JSON and CSV column order."""


class DeadlineItemView(TypedDict):
    """A deadline item as JSON and CSV give it: exactly :data:`ITEM_KEYS`."""

    case_id: str
    type: str
    due: str
    days_left: int
    overdue: bool
    person: str
    assignee: str
    handler: str
    kind: str
    detail: str
    estimated: bool


class DeadlineItem(NamedTuple):
    """One deadline as the report shows it (a tuple: a nightly report over a big unit
    makes tens of thousands of them; the renderers read it as it is)."""

    case_id: str
    type: str
    due: dt.date
    days_left: int
    overdue: bool
    person: str
    assignee: str
    kind: str
    since: dt.date | None
    """What the due date is counted from, for the human detail (see :attr:`detail`)."""
    ref: int | None
    """The appeal id (appeal_forwarding) or plan version (plan_evaluation)."""
    reopened: bool = False
    """preliminary_reply only: counted from an ``opphevet`` appeal, not from receipt."""
    estimated: bool = False
    """appeal_window only: the deadline is counted from the posting day + postal_days, as
    the day the letter reached the person is not recorded (pbrl § 7-5)."""
    handler: str = ""
    """The caseworker (saksbehandler) who handles the case; ``assignee`` is its active
    coordinator, or the handler when it has none."""

    @property
    def detail(self) -> str:
        """A short, language-neutral note on where the due date comes from."""
        since = self.since.isoformat() if self.since else ""
        if self.type == PRELIMINARY_REPLY:
            return f"opphevet_on={since}" if self.reopened else f"received_on={since}"
        if self.type == EXPECTED_DECISION:
            return f"replied_on={since}"
        if self.type == DECISION_UNSENT:
            return f"decided_on={since}"
        if self.type == APPEAL_WINDOW:
            return f"sent_on={since} estimated" if self.estimated else f"notified_on={since}"
        if self.type == APPEAL_FORWARDING:
            return f"appeal_id={self.ref} filed_on={since}"
        if self.type == PLAN_EVALUATION:
            return f"plan_version={self.ref}"
        return f"granted_on={since}"

    def as_dict(self) -> DeadlineItemView:
        """The item for JSON and CSV: exactly :data:`ITEM_KEYS`, dates in ISO form."""
        return {
            "case_id": self.case_id,
            "type": self.type,
            "due": self.due.isoformat(),
            "days_left": self.days_left,
            "overdue": self.overdue,
            "person": self.person,
            "assignee": self.assignee,
            "handler": self.handler,
            "kind": self.kind,
            "detail": self.detail,
            "estimated": self.estimated,
        }


@dataclass(frozen=True)
class DeadlineReport:
    """``report deadlines``: every item due on or before ``horizon``, in the report's order."""

    as_of: dt.date
    within: int
    horizon: dt.date
    types: tuple[str, ...]
    items: list[DeadlineItem]

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.items if item.overdue)


# --- kecli today --------------------------------------------------------------------


class WaitingView(TypedDict):
    """A case waiting for its assessment (``kecli today``): received, no current decision."""

    case_id: str
    person: str
    kind: str
    received_on: str
    days_waiting: int
    handler: str
    decision_expected: str | None
    """The date a foreløpig svar promised a decision by, while it counts."""


class MeetingView(TypedDict):
    """A meeting of a case's individuell plan (``kecli today``: this week's)."""

    case_id: str
    person: str
    date: str
    purpose: str | None
    handler: str


class UnsentView(TypedDict):
    """A current decision not yet sent (``kecli today``)."""

    case_id: str
    person: str
    kind: str
    outcome: str
    decided_on: str
    days_since: int
    handler: str


@dataclass(frozen=True)
class TodayReport:
    """``kecli today``: a caseworker's day (or the unit's, ``all``), as of ``day``."""

    user: str
    day: dt.date
    all: bool
    week: tuple[dt.date, dt.date]
    overdue: list[DeadlineItem]
    due_soon: list[DeadlineItem]
    unassessed: list[WaitingView]
    meetings: list[MeetingView]
    unsent: list[UnsentView]

    def as_dict(self) -> dict[str, Any]:
        """The JSON of ``kecli today --json``."""
        return {
            "user": self.user,
            "date": self.day.isoformat(),
            "all": self.all,
            "overdue": [item.as_dict() for item in self.overdue],
            "due_soon": [item.as_dict() for item in self.due_soon],
            "unassessed": self.unassessed,
            "meetings": self.meetings,
            "unsent": self.unsent,
        }
