"""The case journal's rules: kinds, text, the day a note is about."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kecli.domain.journal import NOTE_KINDS, NOTE_MAX, check_note, note_kind
from kecli.errors import InvalidInput

TODAY = dt.date(2026, 11, 28)
RECEIVED = dt.date(2026, 11, 1)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("telefon", "telefon"),
        ("Møte", "mote"),
        ("mote", "mote"),
        ("e-post", "epost"),
        ("EPOST", "epost"),
        (" brev ", "brev"),
        ("annet", "annet"),
    ],
)
def test_a_kind_is_stored_as_its_code_however_it_is_spelled(typed, stored):
    assert note_kind(typed) == stored


@pytest.mark.parametrize("typed", ["sms", "", "møter", "phone"])
def test_an_unknown_kind_names_the_kinds(typed):
    with pytest.raises(InvalidInput) as caught:
        note_kind(typed)
    assert "telefon|mote|epost|brev|annet" in str(caught.value.hint)


@pytest.mark.parametrize(
    ("text", "on", "message"),
    [
        ("   ", TODAY, "cannot be empty"),
        ("x" * (NOTE_MAX + 1), TODAY, "longer than 10000"),
        ("Ringte", TODAY + dt.timedelta(days=1), "after today"),
        ("Ringte", RECEIVED - dt.timedelta(days=1), "before the inquiry"),
    ],
)
def test_a_note_that_cannot_be_is_bad_input(text, on, message):
    with pytest.raises(InvalidInput) as caught:
        check_note(text, "telefon", on, received_on=RECEIVED, today=TODAY)
    assert message in str(caught.value)


@given(
    text=st.text(min_size=1, max_size=200).filter(lambda t: t.strip()),
    days=st.integers(0, (TODAY - RECEIVED).days),
    kind=st.sampled_from(NOTE_KINDS),
)
def test_any_text_on_any_day_from_the_inquiry_to_today_is_kept_stripped(text, days, kind):
    on = RECEIVED + dt.timedelta(days=days)
    assert check_note(text, kind, on, received_on=RECEIVED, today=TODAY) == (text.strip(), kind)
