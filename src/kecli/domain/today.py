"""What a caseworker's day holds, from the records: pure functions over plain values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

DUE_SOON_DAYS = 7
"""``kecli today`` lists the deadlines due within this many days (and every overdue one)."""


def meetings_between(
    document: Mapping[str, Any], first: dt.date, last: dt.date
) -> Iterable[tuple[dt.date, str | None]]:
    """(date, purpose) of the plan's meetings dated from ``first`` to ``last``."""
    for meeting in document.get("meetings") or ():
        raw = meeting.get("date") if isinstance(meeting, Mapping) else None
        if not isinstance(raw, str):
            continue
        try:
            day = dt.date.fromisoformat(raw)
        except ValueError:
            continue
        if first <= day <= last:
            yield day, meeting.get("purpose")
