"""The views of settings, the audit log, the database and ``report stats``: the JSON of
``config``, ``audit``, ``db`` and the statistics (see :mod:`kecli.views`)."""

from __future__ import annotations

from typing import NotRequired, TypedDict

# --- settings, the log, the database ---------------------------------------------------


class ConfigEntryView(TypedDict):
    """One setting in ``config show``: the stored value, or the default."""

    key: str
    value: str | None
    default: str | None
    is_default: bool
    type: str
    help_nb: str
    help_en: str


class ConfigChangeView(TypedDict):
    """``config set``: the value stored and the one before."""

    key: str
    value: str | None
    previous: str | None


class AuditCheckView(TypedDict):
    """``audit verify``: ``ok``, the entries read, and where and why the chain first breaks
    (``broken_at`` None when the break is at the head)."""

    ok: bool
    entries: int
    head: NotRequired[str | None]
    """The newest entry's hash: kept elsewhere, ``--expect`` checks it is still there."""
    broken_at: NotRequired[int | None]
    reason: NotRequired[str]
    missing_guards: NotRequired[list[str]]
    """The database's guards of the log that are missing or altered (``db upgrade``
    restores them)."""


class UpgradeView(TypedDict):
    """``db upgrade``: the schema revision before and after."""

    before: str | None
    after: str | None
    restored: list[str]
    """The guards of the audit log that were missing or altered, created again."""


class BackupView(TypedDict):
    """``db backup``: where the copy is, how big, and SQLite's check of it (``ok``)."""

    target: str
    bytes: int
    quick_check: str


# --- report stats -------------------------------------------------------------------


class DaysToDecisionView(TypedDict):
    """Days from the inquiry to the first decision: median and nearest-rank 90th percentile."""

    count: int
    median: int | float | None
    p90: int | None


class CaseloadView(TypedDict):
    coordinator_id: int
    name: str
    active_cases: int
    max_cases: int | None


StatsView = TypedDict(
    "StatsView",
    {
        "from": str | None,
        "to": str | None,
        "cases": int,
        "cases_by_kind": dict[str, int],
        "cases_by_status": dict[str, int],
        "cases_by_month": dict[str, int],
        "decisions": dict[str, int],
        "appeals_by_outcome": dict[str, int],
        "days_to_decision": DaysToDecisionView,
        "caseload": list[CaseloadView],
    },
)
"""``report stats``: counts of the cases received in the period (``from``/``to`` None: open
ended), their current decisions and appeals, time to decision, every caseload today."""
