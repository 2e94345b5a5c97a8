"""Deadlines and plan meetings as an iCalendar file (RFC 5545) for a calendar program.

One all-day event per item, in the caseworker's language, with a UID that stays the same
from one run to the next (so a calendar that subscribes to the file, or imports it again,
updates an event instead of adding a second one). What an event says is what the report
or plan shows: the case id, the type and the person's name as ``report deadlines`` shows
it — never a fødselsnummer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Any

from kecli.i18n import tt

PRODID = "-//kecli//koordinerende enhet//NB"
TIMEZONE = "Europe/Oslo"


def uid(*parts: object) -> str:
    """A UID from what names the item (not its date, which may move): stable across runs."""
    digest = hashlib.sha256("/".join(str(p) for p in parts).encode()).hexdigest()[:24]
    return f"{digest}@kecli"


def _calendar(name: str) -> Any:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TIMEZONE)
    return calendar


def _event(uid_: str, day: dt.date, summary: str, description: str, stamp: dt.datetime) -> Any:
    from icalendar import Event

    event = Event()
    event.add("uid", uid_)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)  # a date: an all-day event
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")  # an alarm, not a busy hour
    return event


def deadlines_ics(items: Iterable[Any], *, stamp: dt.datetime) -> bytes:
    """The deadline items (``report deadlines``) as a calendar."""
    from kecli.render.reports import detail_text, type_label

    calendar = _calendar(tt("kecli: frister", "kecli: deadlines"))
    for item in items:
        label = type_label(item.type)
        summary = f"{label}: {item.case_id}"
        if item.estimated:
            summary += tt(" (anslått)", " (estimated)")
        lines = [
            f"{tt('Sak', 'Case')}: {item.case_id}",
            f"{tt('Type', 'Type')}: {label}",
            f"{tt('Navn', 'Name')}: {item.person}",
            f"{tt('Grunnlag', 'Counted from')}: {detail_text(item)}",
        ]
        if item.assignee:
            lines.append(f"{tt('Ansvarlig', 'Responsible')}: {item.assignee}")
        lines.append(f"kecli case show {item.case_id}")
        calendar.add_component(
            _event(
                uid(item.case_id, item.type, item.ref if item.ref is not None else ""),
                item.due,
                summary,
                "\n".join(lines),
                stamp,
            )
        )
    return bytes(calendar.to_ical())


def plan_ics(case_id: str, document: dict[str, Any], *, stamp: dt.datetime) -> bytes:
    """A plan's meetings and its next evaluation (``plan show --format ics``)."""
    calendar = _calendar(tt(f"Individuell plan {case_id}", f"Individual plan {case_id}"))
    for number, meeting in enumerate(document.get("meetings") or [], start=1):
        if not meeting.get("date"):
            continue
        purpose = meeting.get("purpose") or ""
        summary = tt(f"Planmøte {case_id}", f"Plan meeting {case_id}")
        if purpose:
            summary += f": {purpose}"
        calendar.add_component(
            _event(
                uid(case_id, "meeting", meeting.get("id") or number),
                dt.date.fromisoformat(meeting["date"]),
                summary,
                f"{tt('Sak', 'Case')}: {case_id}\nkecli plan show {case_id}",
                stamp,
            )
        )
    if document.get("next_evaluation"):
        calendar.add_component(
            _event(
                uid(case_id, "plan_evaluation"),
                dt.date.fromisoformat(document["next_evaluation"]),
                tt(f"Evaluere plan {case_id}", f"Plan evaluation {case_id}"),
                f"{tt('Sak', 'Case')}: {case_id}\nkecli plan show {case_id}",
                stamp,
            )
        )
    return bytes(calendar.to_ical())
