"""Deadlines and plan meetings as an iCalendar file (RFC 5545) for a calendar program.

One all-day event per item, in the caseworker's language, with a UID that stays the same
from one run to the next (so a calendar that subscribes to the file, or imports it again,
updates an event instead of adding a second one). What an event says is what the report
or plan shows: the case id, the type and the person's name as ``report deadlines`` shows
it — never a fødselsnummer.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import Any

from kecli.env import language_held
from kecli.i18n import labels as L
from kecli.i18n import results as R
from kecli.i18n import t, tf

PRODID = "-//kecli//koordinerende enhet//NB"
TIMEZONE = "Europe/Oslo"


def uid(*parts: object) -> str:
    """A UID from what names the item (the case, the type, what it belongs to; not its date,
    which may move): the same in every run, so a calendar updates the event."""
    return ".".join(str(p) for p in parts) + "@kecli"


def _text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 § 3.3.11 asks (backslash, ``;``, ``,``, newline)."""
    if not any(c in value for c in _SPECIAL):  # most names: nothing to escape
        return value
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


_SPECIAL = ("\\", ";", ",", "\n", "\r")


def _fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 5545 § 3.1), never inside a character."""
    if line.isascii():
        if len(line) <= 75:
            return line
        return "\r\n ".join([line[:75], *(line[i : i + 74] for i in range(75, len(line), 74))])
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:  # a UTF-8 continuation byte
            cut -= 1
        parts.append(data[:cut].decode("utf-8"))
        data = data[cut:]
        limit = 74  # the following lines begin with a space
    parts.append(data.decode("utf-8"))
    return "\r\n ".join(parts)


_ONE_DAY = dt.timedelta(days=1)


@functools.cache
def _day(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"  # a few hundred days, 30,000 events


class _Calendar:
    """An iCalendar file written line by line: kecli's events are all of one shape, and a
    unit's nightly file holds tens of thousands of them (a general iCalendar library
    took 25 s for 31,000; the tests read every file back with the ``icalendar`` package)."""

    def __init__(self, name: str, stamp: dt.datetime | None) -> None:
        """``stamp``: when the file is made (DTSTAMP), now unless given."""
        made = stamp or dt.datetime.now(dt.UTC)
        self.stamp = made.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        self.lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:{PRODID}",
            "CALSCALE:GREGORIAN",
            _fold(f"X-WR-CALNAME:{_text(name)}"),
            f"X-WR-TIMEZONE:{TIMEZONE}",
        ]

    def event(self, uid_: str, day: dt.date, summary: str, description: list[str]) -> None:
        """One all-day event, marked free (an alarm, not a busy hour); ``description`` is
        its lines."""
        # The calendar's last day has no day after it: without DTEND an all-day event
        # lasts its one day all the same (RFC 5545, 3.6.1).
        end = [] if day == dt.date.max else [f"DTEND;VALUE=DATE:{_day(day + _ONE_DAY)}"]
        self.lines += [
            "BEGIN:VEVENT",
            f"UID:{uid_}",
            f"DTSTAMP:{self.stamp}",
            f"DTSTART;VALUE=DATE:{_day(day)}",
            *end,
            _fold(f"SUMMARY:{_text(summary)}"),
            _fold("DESCRIPTION:" + "\\n".join([_text(line) for line in description])),
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]

    def to_ical(self) -> bytes:
        return ("\r\n".join([*self.lines, "END:VCALENDAR"]) + "\r\n").encode("utf-8")


def deadlines_ics(items: Iterable[Any], *, stamp: dt.datetime | None = None) -> bytes:
    """The deadline items (``report deadlines``) as a calendar."""

    with language_held():
        return _deadlines(items, stamp)


def _deadlines(items: Iterable[Any], stamp: dt.datetime | None) -> bytes:
    from kecli.render.reports import detail_text, type_label

    calendar = _Calendar(t(R.CALENDAR_DEADLINES), stamp)
    case_word, type_word, name_word = t(L.CASE), t(L.KIND), t(L.NAME)
    basis_word, responsible = t(L.BASIS), t(L.ASSIGNEE)
    labels: dict[str, str] = {}
    for item in items:
        label = labels.get(item.type) or labels.setdefault(item.type, type_label(item.type))
        summary = f"{label}: {item.case_id}"
        if item.estimated:
            summary = tf(R.ESTIMATED_DUE, due=summary)
        lines = [
            f"{case_word}: {item.case_id}",
            f"{type_word}: {label}",
            f"{name_word}: {item.person}",
            f"{basis_word}: {detail_text(item)}",
        ]
        if item.assignee:
            lines.append(f"{responsible}: {item.assignee}")
        lines.append(f"kecli case show {item.case_id}")
        calendar.event(
            uid(item.case_id, item.type, item.ref if item.ref is not None else ""),
            item.due,
            summary,
            lines,
        )
    return calendar.to_ical()


def plan_ics(case_id: str, document: dict[str, Any], *, stamp: dt.datetime | None = None) -> bytes:
    """A plan's meetings and its next evaluation (``plan show --format ics``)."""
    calendar = _Calendar(f"{t(L.INDIVIDUELL_PLAN)} {case_id}", stamp)
    about = [f"{t(L.CASE)}: {case_id}", f"kecli plan show {case_id}"]
    for number, meeting in enumerate(document.get("meetings") or [], start=1):
        if not meeting.get("date"):
            continue
        purpose = meeting.get("purpose") or ""
        summary = tf(R.PLAN_MEETING, case=case_id)
        if purpose:
            summary += f": {purpose}"
        calendar.event(
            uid(case_id, "meeting", meeting.get("id") or number),
            dt.date.fromisoformat(meeting["date"]),
            summary,
            about,
        )
    if document.get("next_evaluation"):
        calendar.event(
            uid(case_id, "plan_evaluation"),
            dt.date.fromisoformat(document["next_evaluation"]),
            f"{t(L.DEADLINE_TYPE['plan_evaluation'])} {case_id}",
            about,
        )
    return calendar.to_ical()
