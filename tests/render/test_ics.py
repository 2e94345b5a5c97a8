"""Deadlines and plan meetings as iCalendar: all-day events a calendar can subscribe to."""

from __future__ import annotations

import datetime as dt

import pytest

from kecli.render.ics import deadlines_ics, plan_ics
from kecli.views.deadlines import DeadlineItem

STAMP = dt.datetime(2026, 12, 1, 6, 0, tzinfo=dt.UTC)


def item(due: dt.date = dt.date(2026, 12, 24), **changes):
    values = {
        "case_id": "2026-0001",
        "type": "appeal_window",
        "due": due,
        "days_left": 10,
        "overdue": False,
        "person": "Kari Nordmann",
        "assignee": "Anne Berg",
        "kind": "koordinator",
        "since": dt.date(2026, 11, 26),
        "ref": 3,
    }
    values.update(changes)
    return DeadlineItem(**values)


def events(data: bytes):
    from icalendar import Calendar

    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_each_item_is_one_all_day_event_on_its_due_date(monkeypatch):
    monkeypatch.setenv("KECLI_LANG", "nb")
    [event] = events(deadlines_ics([item(estimated=True)], stamp=STAMP))
    assert event.decoded("dtstart") == dt.date(2026, 12, 24)
    assert event.decoded("dtend") == dt.date(2026, 12, 25)
    assert str(event["summary"]) == "Klagefrist løper: 2026-0001 (anslått)"
    description = str(event["description"])
    assert "Sak: 2026-0001" in description and "Kari Nordmann" in description
    assert "appeal_window" not in description


def test_the_uid_stays_when_the_date_moves_so_a_calendar_updates_the_event():
    first = events(deadlines_ics([item()], stamp=STAMP))[0]["uid"]
    moved = events(deadlines_ics([item(due=dt.date(2026, 12, 28))], stamp=STAMP))[0]["uid"]
    other = events(deadlines_ics([item(case_id="2026-0002")], stamp=STAMP))[0]["uid"]
    assert first == moved != other


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_plan_calendar_has_its_meetings_and_the_next_evaluation(monkeypatch, lang):
    monkeypatch.setenv("KECLI_LANG", lang)
    document = {
        "meetings": [
            {"id": 1, "date": "2027-01-10", "purpose": "Oppstart"},
            {"id": 2, "date": None, "purpose": "Uten dato"},
        ],
        "next_evaluation": "2027-06-01",
    }
    found = events(plan_ics("2026-0002", document, stamp=STAMP))
    assert [e.decoded("dtstart") for e in found] == [dt.date(2027, 1, 10), dt.date(2027, 6, 1)]
    meeting = {"nb": "Planmøte 2026-0002: Oppstart", "en": "Plan meeting 2026-0002: Oppstart"}
    assert str(found[0]["summary"]) == meeting[lang]


@pytest.mark.parametrize(
    "person",
    [
        "Åse Ødegård-Ærø " * 12,  # folded inside multi-byte letters
        "Ola, Nordmann; \\ med «tegn»\nog to linjer",  # what RFC 5545 escapes
        "x" * 300,
    ],
)
def test_any_name_reads_back_exactly_and_no_line_is_over_75_octets(person):
    data = deadlines_ics([item(person=person)], stamp=STAMP)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    [event] = events(data)
    assert f"Name: {person}\n" in str(event["description"])
