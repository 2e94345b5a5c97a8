"""Pure rules of ``case edit``: the changes an edit makes, the values it refuses, and where a
correction contradicts a recorded decision."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kecli.domain.contacts import clean_contact_value, postal_lines
from kecli.domain.edits import (
    CaseEdit,
    CaseFacts,
    DecisionFacts,
    contradictions,
    plan_edit,
)
from kecli.errors import InvalidInput
from tests.fnr import ADULT, CHILD, with_controls

TODAY = dt.date(2026, 11, 28)

CHILD_CASE = CaseFacts(
    id="2026-0001",
    kind="barnekoordinator",
    name="Lille Ola",
    fnr=None,
    birth_date=None,
    expected_birth_date=dt.date(2027, 1, 10),
    received_on=dt.date(2026, 11, 1),
    channel="skjema",
    guardians=("Mor A", "Far B"),
    contact={},
    guardian_contacts={},
    note=None,
)
ADULT_CASE = replace(
    CHILD_CASE,
    kind="koordinator",
    name="Kari",
    fnr=ADULT,
    birth_date=dt.date(1980, 1, 1),
    expected_birth_date=None,
    guardians=(),
)


def plan(facts: CaseFacts, **edit: object):
    return plan_edit(facts, CaseEdit(**edit), today=TODAY, allow_synthetic=False)  # type: ignore[arg-type]


def fields(facts: CaseFacts, **edit: object) -> list[tuple[str, object, object]]:
    return [(c.field, c.old, c.new) for c in plan(facts, **edit).changes]


def test_a_birth_date_records_the_birth_of_an_expected_child():
    assert fields(CHILD_CASE, birth_date=dt.date(2026, 11, 20)) == [
        ("birth_date", None, dt.date(2026, 11, 20)),
        ("expected_birth_date", dt.date(2027, 1, 10), None),
    ]


def test_a_fodselsnummer_records_the_birth_and_its_date():
    changes = plan(CHILD_CASE, fnr=CHILD).changes
    assert [c.field for c in changes] == ["fnr", "birth_date", "expected_birth_date"]
    assert changes[1].new == dt.date(2015, 6, 15)


def test_the_fodselsnummer_is_masked_in_the_log_entry():
    entry = plan(ADULT_CASE, fnr=with_controls("020280120")).changes[0].logged()
    assert entry == {"field": "fnr", "old": "010180*****", "new": "020280*****"}


def test_a_number_whose_birth_date_differs_replaces_the_registered_birth_date():
    other = with_controls("020280120")
    assert ("birth_date", dt.date(1980, 1, 1), dt.date(1980, 2, 2)) in fields(ADULT_CASE, fnr=other)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ({"birth_date": dt.date(1981, 1, 1)}, "does not agree"),  # the stored number says 1980
        ({"fnr": CHILD, "birth_date": dt.date(2015, 6, 16)}, "does not agree"),
        ({"birth_date": dt.date(2026, 11, 29)}, "after today"),
        ({"received_on": dt.date(2026, 11, 29)}, "after today"),
        ({"fnr": "123"}, "Invalid fødselsnummer"),
        ({"name": "  "}, "cannot be empty"),
        ({"channel": "fax"}, "Invalid value for channel"),
        ({"remove_guardians": ["Ukjent"]}, "not a guardian"),
        ({"add_guardians": ["mor  a"]}, "already a guardian"),
        ({"add_guardians": ["A;B"]}, "cannot contain"),
        ({"guardian_contacts": [("Ukjent", "phone", "91234567")]}, "not a guardian"),
        ({"contact": {"postcode": "150"}}, "Invalid postcode for postcode"),
        ({"contact": {"phone": "12"}}, "Invalid phone number"),
        ({"contact": {"email": "kari"}}, "Invalid e-mail"),
        ({"name": "Lille Ola"}, "Nothing to change"),
        ({}, "Nothing to change"),
    ],
)
def test_bad_values_and_no_change_are_refused(edit, message):
    facts = CHILD_CASE if "fnr" not in edit and "birth_date" not in edit else ADULT_CASE
    if edit.get("fnr") == CHILD:
        facts = CHILD_CASE
    with pytest.raises(InvalidInput) as caught:
        plan(facts, **edit)
    assert message in str(caught.value)


def test_guardians_are_added_and_removed_and_a_removed_ones_details_go():
    facts = replace(CHILD_CASE, guardian_contacts={"Far B": {"phone": "91234567"}})
    result = plan(facts, remove_guardians=["far b"], add_guardians=["Ny C"])
    assert [(c.field, c.old, c.new) for c in result.changes] == [
        ("guardians", ("Mor A", "Far B"), ("Mor A", "Ny C"))
    ]
    assert result.after.guardian_contacts == {}


def test_a_guardians_contact_is_matched_by_name_and_an_empty_value_clears_it():
    facts = replace(CHILD_CASE, guardian_contacts={"Far B": {"phone": "91234567"}})
    result = plan(
        facts,
        guardian_contacts=[("mor a", "address", " Vei  2 "), ("Far B", "phone", "")],
    )
    assert [(c.field, c.guardian, c.old, c.new) for c in result.changes] == [
        ("address", "Mor A", None, "Vei 2"),
        ("phone", "Far B", "91234567", None),
    ]
    assert result.after.guardian_contacts == {"Mor A": {"address": "Vei 2"}}


@pytest.mark.parametrize(
    ("field", "raw", "stored"),
    [
        ("address", " Storgata  1 ", "Storgata 1"),
        ("postcode", "0150", "0150"),
        ("city", "Oslo", "Oslo"),
        ("phone", "+47 912 34 567", "+47 912 34 567"),
        ("phone", "(+47) 22-33-44-55", "(+47) 22-33-44-55"),
        ("email", "kari@example.no", "kari@example.no"),
        ("email", "", None),
    ],
)
def test_contact_values_are_tidied(field, raw, stored):
    assert clean_contact_value(field, raw, f"--{field}") == stored


@pytest.mark.parametrize(
    ("contact", "lines"),
    [
        ({"address": "Vei 2", "postcode": "1337", "city": "Sandvika"}, ("Vei 2", "1337 Sandvika")),
        ({"address": "Vei 2"}, ("Vei 2",)),
        ({"postcode": "1337", "city": "Sandvika"}, ()),  # no street: no postal address
        ({}, ()),
    ],
)
def test_the_postal_lines_of_a_letter(contact, lines):
    assert postal_lines(contact) == lines


GRANTED_AT_16 = DecisionFacts(
    dt.date(2026, 11, 28),
    {"child_age": True, "serious_condition": True, "complex_needs": True, "consent": True},
    False,
    "pbrl § 2-5 c, hol § 7-2 a",
)


@pytest.mark.parametrize(
    ("birth", "decision", "contradicts"),
    [
        (dt.date(2008, 11, 28), GRANTED_AT_16, True),  # 18 on the decision day
        (dt.date(2008, 11, 29), GRANTED_AT_16, False),  # 18 the day after
        (dt.date(2012, 1, 1), GRANTED_AT_16, False),
        (dt.date(2008, 1, 1), replace(GRANTED_AT_16, set_aside=True), False),
        (  # continued past 18 by the municipality's choice
            dt.date(2008, 1, 1),
            replace(
                GRANTED_AT_16,
                legal_basis="pbrl § 2-5 c, hol § 7-2 a; videreført etter 18 år etter kommunens valg",
            ),
            False,
        ),
        (  # refused as 18, now under 18
            dt.date(2012, 1, 1),
            replace(GRANTED_AT_16, answers={**GRANTED_AT_16.answers, "child_age": False}),
            True,
        ),
    ],
)
def test_a_birth_date_that_changes_the_childs_age_on_the_decision_contradicts_it(
    birth, decision, contradicts
):
    before = replace(CHILD_CASE, birth_date=dt.date(2010, 1, 1), expected_birth_date=None)
    after = replace(before, birth_date=birth)
    assert bool(contradictions(before, after, [decision])) is contradicts


def test_a_received_date_after_a_decision_contradicts_it():
    decision = replace(GRANTED_AT_16, decided_on=dt.date(2026, 11, 10))
    before = CHILD_CASE
    assert contradictions(before, replace(before, received_on=dt.date(2026, 11, 11)), [decision])
    assert not contradictions(
        before, replace(before, received_on=dt.date(2026, 11, 10)), [decision]
    )
    assert not contradictions(before, replace(before, received_on=dt.date(2026, 11, 11)), [])


def test_a_koordinator_case_has_no_age_criterion_to_contradict():
    decision = replace(GRANTED_AT_16, answers={"services": True})
    after = replace(ADULT_CASE, birth_date=dt.date(1970, 1, 1))
    assert contradictions(ADULT_CASE, after, [decision]) == []


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=TODAY))
def test_recording_any_birth_of_an_expected_child_clears_the_expected_date(birth):
    after = plan(CHILD_CASE, birth_date=birth).after
    assert after.birth_date == birth and after.expected_birth_date is None
