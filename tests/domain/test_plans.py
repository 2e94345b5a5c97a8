"""The plan document: shape, checks and normal form (forskrift om IP § 19; SPEC § 5)."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kecli.domain.plans import (
    LIST_KEYS,
    LISTS,
    TOP_KEYS,
    consent_given,
    empty_plan,
    has_statutory_ip_right,
    normalize_plan,
    plan_counts,
    plan_is_active,
    plan_is_kept,
    plan_outcome,
    same_content,
)
from kecli.errors import InvalidInput

TODAY = date(2026, 11, 28)
CASE = "2026-0001"


def norm(raw: Any, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    return normalize_plan(raw, case_id=CASE, today=TODAY, previous=previous)


def refusal(raw: Any) -> str:
    with pytest.raises(InvalidInput) as caught:
        norm(raw)
    assert caught.value.exit_code == 2
    return caught.value.message.en  # type: ignore[union-attr]


# --- the normal form ---------------------------------------------------------------------


def test_an_empty_object_is_an_empty_plan_with_every_key():
    doc = norm({})
    assert list(doc) == list(TOP_KEYS)
    assert doc == empty_plan(CASE)
    assert doc["case_id"] == CASE
    assert doc["version"] is None
    assert doc["period"] == {"from": None, "to": None}
    assert doc["consent"] == {"given": False, "on": None, "by": None, "share_information": False}
    assert all(doc[key] == [] for key in LIST_KEYS)


def test_every_entry_carries_every_field_in_order_with_id_first():
    raw = {key: [{spec.required: "x"}] for key, spec in LISTS.items()}
    doc = norm(raw)
    for key, spec in LISTS.items():
        assert list(doc[key][0]) == ["id", *(name for name, _ in spec.fields)]


def test_texts_are_stripped_and_empty_texts_become_null():
    doc = norm({"own_contribution": "  Practise daily \n", "needs": "   ", "resources": ""})
    assert doc["own_contribution"] == "Practise daily"
    assert doc["needs"] is None
    assert doc["resources"] is None


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("2027-06-01", "2027-06-01"),
        ("01.06.2027", "2027-06-01"),
        ("1.6.2027", "2027-06-01"),
        ("today", "2026-11-28"),
        ("", None),
        (None, None),
    ],
)
def test_dates_are_accepted_in_the_input_forms_and_stored_iso(given, stored):
    doc = norm({"goals": [{"text": "g", "target_date": given}]})
    assert doc["goals"][0]["target_date"] == stored


def test_a_goal_is_active_unless_told_otherwise():
    doc = norm({"goals": [{"text": "a"}, {"text": "b", "status": "achieved"}]})
    assert [g["status"] for g in doc["goals"]] == ["active", "achieved"]


def test_future_dates_are_fine_except_for_consent():
    future = (TODAY + timedelta(days=400)).isoformat()
    doc = norm(
        {
            "goals": [{"text": "g", "target_date": future}],
            "measures": [{"text": "m", "start": future, "end": future}],
            "meetings": [{"purpose": "p", "date": future}],
            "evaluations": [{"summary": "s", "date": future}],
            "next_evaluation": future,
            "period": {"from": future, "to": future},
            "consent": {"given": True, "on": TODAY.isoformat()},
        }
    )
    assert doc["next_evaluation"] == future


# --- ids -------------------------------------------------------------------------------


def test_entries_without_an_id_are_numbered_after_the_highest_id_in_their_list():
    doc = norm(
        {
            "goals": [{"text": "a"}, {"id": 7, "text": "b"}, {"text": "c"}],
            "measures": [{"text": "m"}],
        }
    )
    assert [g["id"] for g in doc["goals"]] == [8, 7, 9]
    assert [m["id"] for m in doc["measures"]] == [1]


def test_a_removed_entry_does_not_lend_its_id_to_a_new_one():
    stored = norm({"goals": [{"text": "a"}, {"text": "b"}, {"text": "c"}]})
    edited = norm({"goals": [{"id": 1, "text": "a"}, {"text": "new"}]}, previous=stored)
    assert [g["id"] for g in edited["goals"]] == [1, 4]


def test_ids_keep_their_entries_when_entries_are_reordered():
    stored = norm({"goals": [{"text": "a"}, {"text": "b"}]})
    swapped = norm({"goals": list(reversed(stored["goals"]))}, previous=stored)
    assert [(g["id"], g["text"]) for g in swapped["goals"]] == [(2, "b"), (1, "a")]


# --- refusals: each names the JSON path --------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "path", "words"),
    [
        ([], "$", "must be an object, not array"),
        ({"goal": []}, "goal", "unknown key"),
        ({"goals": {}}, "goals", "must be a list, not object"),
        ({"goals": ["x"]}, "goals[0]", "must be an object, not string"),
        ({"goals": [{"text": "a"}, {"text": "b", "when": 1}]}, "goals[1].when", "unknown key"),
        ({"goals": [{"text": "a", "target_date": "2026-02-30"}]}, "goals[0].target_date",
         "is not a day in the calendar"),
        ({"goals": [{"text": "a"}, {"text": "b", "target_date": "2026-02-30"}]},
         "goals[1].target_date", "not a day in the calendar"),
        ({"goals": [{"text": "a", "target_date": "next week"}]}, "goals[0].target_date",
         "Invalid date"),
        ({"goals": [{"text": "a", "target_date": 20270101}]}, "goals[0].target_date",
         "must be a date (YYYY-MM-DD) or null, not number"),
        ({"goals": [{"text": "a", "status": "done"}]}, "goals[0].status",
         "must be active, achieved or dropped, not 'done'"),
        ({"goals": [{"text": "a", "status": True}]}, "goals[0].status", "must be active"),
        ({"goals": [{"target_date": "2027-01-01"}]}, "goals[0].text", "is required"),
        ({"goals": [{"text": "   "}]}, "goals[0].text", "is required"),
        ({"goals": [{"text": 5}]}, "goals[0].text", "must be text or null, not number"),
        ({"goals": [{"id": 0, "text": "a"}]}, "goals[0].id", "must be a whole number from 1"),
        ({"goals": [{"id": "1", "text": "a"}]}, "goals[0].id", "not string"),
        ({"goals": [{"id": True, "text": "a"}]}, "goals[0].id", "not boolean"),
        ({"goals": [{"id": 1.5, "text": "a"}]}, "goals[0].id", "not number"),
        ({"goals": [{"id": 2, "text": "a"}, {"id": 2, "text": "b"}]}, "goals[1].id",
         "id 2 is used earlier"),
        ({"measures": [{"text": "m", "start": "2027-01-02", "end": "2027-01-01"}]},
         "measures[0].end", "2027-01-01 is before start (2027-01-02)"),
        ({"measures": [{"text": "m", "end": "31.04.2027"}]}, "measures[0].end",
         "not a day in the calendar"),
        ({"participants": [{"role": "mor"}]}, "participants[0].name", "is required"),
        ({"participants": [{"name": "A", "phone": "1"}]}, "participants[0].phone", "unknown key"),
        ({"participants": [{"name": "A", "contact": 99887766}]}, "participants[0].contact",
         "must be text or null, not number"),
        ({"cooperation_partners": [{"role": "NAV"}]}, "cooperation_partners[0].name",
         "is required"),
        ({"meetings": [{"date": "2027-01-01"}]}, "meetings[0].purpose", "is required"),
        ({"evaluations": [{"date": "2027-01-01"}]}, "evaluations[0].summary", "is required"),
        ({"period": {"from": "2027-01-01", "to": "2026-12-31"}}, "period.to",
         "is before the start of the period"),
        ({"period": {"start": "2027-01-01"}}, "period.start", "unknown key"),
        ({"period": []}, "period", "must be an object, not array"),
        ({"next_evaluation": "2026-13-01"}, "next_evaluation", "Invalid date"),
        ({"consent": {"on": "2026-11-29"}}, "consent.on", "2026-11-29 is after today (2026-11-28)"),
        ({"consent": {"given": "yes"}}, "consent.given", "must be true or false, not string"),
        ({"consent": {"share_information": 1}}, "consent.share_information",
         "must be true or false, not number"),
        ({"consent": {"when": "2026-01-01"}}, "consent.when", "unknown key"),
        ({"consent": "given"}, "consent", "must be an object, not string"),
        ({"own_contribution": ["a"]}, "own_contribution", "must be text or null, not array"),
        ({"version": "3"}, "version", "must be a whole number from 1, not string"),
        ({"version": 0}, "version", "must be a whole number from 1"),
        ({"version": True}, "version", "not boolean"),
        ({"case_id": "2026-0002"}, "case_id", "the document is for case 2026-0002, not 2026-0001"),
        ({"case_id": 1}, "case_id", "must be text or null, not number"),
    ],
)  # fmt: skip
def test_a_bad_document_is_refused_naming_the_path(raw, path, words):
    message = refusal(raw)
    assert message.startswith(f"{path}: "), message
    assert words in message, message
    assert "\n" not in message


def test_nothing_of_the_input_is_changed_by_normalising():
    raw = {"goals": [{"text": " a "}], "consent": {"given": True}}
    kept = copy.deepcopy(raw)
    norm(raw)
    assert raw == kept


# --- helpers -----------------------------------------------------------------------------


def test_same_content_ignores_the_version_only():
    a = norm({"version": 1, "goals": [{"text": "a"}]})
    assert same_content(a, {**a, "version": 2})
    assert not same_content(a, norm({"version": 1, "goals": [{"text": "b"}]}))


def test_counts_cover_every_list():
    doc = norm({"goals": [{"text": "a"}, {"text": "b"}], "meetings": [{"purpose": "p"}]})
    assert plan_counts(doc) == dict.fromkeys(LIST_KEYS, 0) | {"goals": 2, "meetings": 1}


@pytest.mark.parametrize(
    ("kind", "answers", "right"),
    [
        ("koordinator", {"long_term": True, "complex": True}, True),
        ("koordinator", {"long_term": True, "complex": False}, True),
        ("koordinator", {"long_term": False, "complex": True}, False),
        ("barnekoordinator", {"complex_needs": True}, True),
    ],
)
def test_a_koordinator_granted_on_a_complex_need_only_gives_no_ip_right(kind, answers, right):
    assert has_statutory_ip_right(kind, answers) is right


# --- properties --------------------------------------------------------------------------

TEXT = st.one_of(st.none(), st.text(max_size=20))
REQUIRED = st.text(min_size=1, max_size=20).filter(str.strip)
DAY = st.dates(date(1990, 1, 1), date(2040, 12, 31))
PAST_DAY = st.dates(date(1990, 1, 1), TODAY)


def date_text(day: st.SearchStrategy[date]) -> st.SearchStrategy[str | None]:
    return st.one_of(
        st.none(),
        st.just(""),
        day.map(date.isoformat),
        day.map(lambda d: f"{d.day}.{d.month}.{d.year}"),
        day.map(lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}"),
    )


@st.composite
def entry(draw: st.DrawFn, key: str) -> dict[str, Any]:
    spec = LISTS[key]
    item: dict[str, Any] = {}
    dates: dict[str, str | None] = {}
    for name, kind in spec.fields:
        if name == spec.required:
            item[name] = draw(REQUIRED)
        elif kind == "text":
            if draw(st.booleans()):
                item[name] = draw(TEXT)
        elif kind == "status":
            if draw(st.booleans()):
                item[name] = draw(st.sampled_from(["active", "achieved", "dropped", None]))
        else:
            dates[name] = draw(date_text(DAY))
    if spec.span is not None:  # keep end on or after start
        start, end = spec.span
        first, last = sorted(draw(st.lists(DAY, min_size=2, max_size=2)))
        dates[start] = draw(st.sampled_from([None, first.isoformat()]))
        dates[end] = draw(st.sampled_from([None, last.isoformat()]))
    item.update({k: v for k, v in dates.items() if v is not None or draw(st.booleans())})
    return item


@st.composite
def entries(draw: st.DrawFn, key: str) -> list[dict[str, Any]]:
    items = draw(st.lists(entry(key), max_size=4))
    ids = draw(st.lists(st.integers(1, 50), unique=True, min_size=len(items), max_size=len(items)))
    for item, item_id in zip(items, ids, strict=True):
        if draw(st.booleans()):
            item["id"] = item_id
    return items


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for key in LIST_KEYS:
        if draw(st.booleans()):
            doc[key] = draw(entries(key))
    for key in ("resources", "needs", "own_contribution"):
        if draw(st.booleans()):
            doc[key] = draw(TEXT)
    if draw(st.booleans()):
        doc["next_evaluation"] = draw(date_text(DAY))
    if draw(st.booleans()):
        start, end = sorted(draw(st.lists(DAY, min_size=2, max_size=2)))
        doc["period"] = {
            "from": start.isoformat(),
            "to": draw(st.sampled_from([None, end.isoformat()])),
        }
    if draw(st.booleans()):
        doc["consent"] = {
            "given": draw(st.booleans()),
            "on": draw(date_text(PAST_DAY)),
            "by": draw(TEXT),
            "share_information": draw(st.booleans()),
        }
    if draw(st.booleans()):
        doc["version"] = draw(st.integers(1, 1000))
    if draw(st.booleans()):
        doc["case_id"] = CASE
    return doc


@settings(max_examples=150)
@given(documents())
def test_normalising_twice_is_normalising_once(raw):
    once = norm(raw)
    assert norm(once) == once
    assert norm(once, previous=once) == once


@settings(max_examples=100)
@given(documents())
def test_the_normal_form_survives_a_json_round_trip(raw):
    once = norm(raw)
    assert json.loads(json.dumps(once, ensure_ascii=False)) == once


@settings(max_examples=100)
@given(documents())
def test_every_entry_gets_a_unique_id_and_given_ids_are_kept(raw):
    once = norm(raw)
    for key in LIST_KEYS:
        ids = [item["id"] for item in once[key]]
        assert len(set(ids)) == len(ids)
        assert all(isinstance(i, int) and i >= 1 for i in ids)
        given_ids = [item.get("id") for item in raw.get(key) or []]
        assert [g for g in given_ids if g is not None] == [
            i for i, g in zip(ids, given_ids, strict=True) if g is not None
        ]


@settings(max_examples=100)
@given(documents(), st.sampled_from(LIST_KEYS), st.data())
def test_an_impossible_date_anywhere_is_refused_naming_its_place(raw, key, data):
    date_fields = [name for name, kind in LISTS[key].fields if kind == "date"]
    if not date_fields:
        return
    name = data.draw(st.sampled_from(date_fields))
    items = list(raw.get(key) or [])
    items.append({LISTS[key].required: "x", name: "2026-02-30"})
    message = refusal({**raw, key: items})
    assert message.startswith(f"{key}[{len(items) - 1}].{name}: ")


@pytest.mark.parametrize(
    ("outcome", "wants_ip", "consented", "active"),
    [
        ("innvilget", True, True, True),
        ("innvilget", True, False, False),  # no consent: a draft, not in use
        ("innvilget", False, True, False),  # granted, but the person does not want a plan
        ("avslag", True, True, False),
        ("avslag", False, False, False),
        (None, True, True, False),  # the decision was set aside (opphevet): none is current
    ],
)
def test_a_plan_is_active_while_the_case_is_granted_a_plan_wanted_and_consent_given(
    outcome: str | None, wants_ip: bool, consented: bool, active: bool
) -> None:
    assert plan_is_active(outcome, wants_ip, consented) is active
    # Kept (editable, exported) whatever the consent: a draft is still the case's plan.
    assert plan_is_kept(outcome, wants_ip) is (outcome == "innvilget" and wants_ip)


@pytest.mark.parametrize(
    ("document", "given"),
    [
        (None, False),
        ({}, False),
        ({"consent": None}, False),
        ({"consent": {"given": False, "on": "2026-11-20"}}, False),
        ({"consent": {"given": "true"}}, False),  # only a real yes, never a word for one
        ({"consent": {"given": True}}, True),
    ],
)
def test_consent_is_given_only_when_the_document_says_so(document: Any, given: bool) -> None:
    assert consent_given(document) is given


def test_an_empty_plan_records_no_consent_and_a_normalised_one_what_was_given() -> None:
    assert consent_given(empty_plan(CASE)) is False
    assert consent_given(norm({"consent": {"given": True, "on": "2026-11-20"}})) is True
    assert consent_given(norm({"consent": {"given": False}})) is False


def test_an_id_removed_two_versions_ago_is_not_given_again():
    first = norm({"goals": [{"text": "Walk"}, {"text": "Read"}]})
    second = norm({"goals": [{"id": 1, "text": "Walk"}]}, previous=first)
    third = normalize_plan(
        {"goals": [{"id": 1, "text": "Walk"}, {"text": "Swim"}]},
        case_id=CASE,
        today=TODAY,
        previous=second,
        earlier=[first],
    )
    assert [(g["id"], g["text"]) for g in third["goals"]] == [(1, "Walk"), (3, "Swim")]


K_ALL = dict.fromkeys(("services", "long_term", "complex", "coordination", "consent"), True)


@pytest.mark.parametrize(
    ("outcome", "failed", "kind", "answers", "expected"),
    [
        ("innvilget", [], "koordinator", K_ALL, "innvilget"),
        # only the municipality's practice refused, the need long-term: the IP right stands
        ("avslag", ["participation"], "koordinator", K_ALL, "innvilget"),
        # complex need only: the statute gives no IP right to keep
        ("avslag", ["participation"], "koordinator", K_ALL | {"long_term": False}, "avslag"),
        # the statute refused too
        ("avslag", ["services", "participation"], "koordinator", K_ALL, "avslag"),
        ("avslag", ["consent"], "koordinator", K_ALL, "avslag"),
        ("avslag", ["consent"], "barnekoordinator", {}, "avslag"),
        (None, [], "koordinator", K_ALL, None),
    ],
)
def test_the_outcome_a_plan_rests_on(outcome, failed, kind, answers, expected):
    assert plan_outcome(outcome, failed, kind, answers) == expected
