"""Eligibility: the criterion catalogue (SPEC § 6) and the rule (DOMAIN § 2)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kecli.domain.eligibility import (
    APPEAL_LEGAL_BASIS,
    CRITERIA,
    IP_LEGAL_BASIS,
    Assessment,
    Criterion,
    Kind,
    criteria_for,
    criterion_codes,
    derived_child_age,
    eighteenth_birthday,
    evaluate,
    legal_basis,
    parse_answer,
)
from kecli.errors import InvalidInput, Msg

K = Kind.KOORDINATOR
B = Kind.BARNEKOORDINATOR

# Written out from SPEC § 6, not read from the module under test.
KOORDINATOR_CODES = (
    "services",
    "long_term",
    "complex",
    "coordination",
    "consent",
    "participation",
)
BARNEKOORDINATOR_CODES = ("child_age", "serious_condition", "complex_needs", "consent")
CODES = {K: KOORDINATOR_CODES, B: BARNEKOORDINATOR_CODES}


def expected_koordinator(a: dict[str, bool]) -> tuple[str, tuple[str, ...], bool]:
    """DOMAIN § 2 spelled out literally: (outcome, failed, ip_statutory_right)."""
    failed: list[str] = []
    if not a["services"]:
        failed.append("services")
    if not a["long_term"] and not a["complex"]:
        failed.append("long_term")
        failed.append("complex")
    if not a["coordination"]:
        failed.append("coordination")
    if not a["consent"]:
        failed.append("consent")
    if not a["participation"]:
        failed.append("participation")
    if failed:
        return "avslag", tuple(failed), False
    return "innvilget", (), a["long_term"]


def expected_barnekoordinator(a: dict[str, bool]) -> tuple[str, tuple[str, ...], bool]:
    """DOMAIN § 2 spelled out literally: (outcome, failed, ip_statutory_right)."""
    failed = [code for code in BARNEKOORDINATOR_CODES if a[code] is False]
    if failed:
        return "avslag", tuple(failed), False
    return "innvilget", (), True


def all_answers(codes: tuple[str, ...]) -> list[dict[str, bool]]:
    return [
        dict(zip(codes, values, strict=True))
        for values in itertools.product([True, False], repeat=len(codes))
    ]


def case_id(answers: dict[str, bool]) -> str:
    return "-".join(f"{code}={'y' if value else 'n'}" for code, value in answers.items())


KOORDINATOR_ROWS = all_answers(KOORDINATOR_CODES)
BARNEKOORDINATOR_ROWS = all_answers(BARNEKOORDINATOR_CODES)


# --- the catalogue -----------------------------------------------------------


def test_kind_values_are_the_exact_words() -> None:
    assert [kind.value for kind in Kind] == ["koordinator", "barnekoordinator"]
    assert Kind("koordinator") is K
    assert Kind("barnekoordinator") is B


@pytest.mark.parametrize("kind", list(Kind))
def test_criterion_codes_are_those_of_spec_6_in_order(kind: Kind) -> None:
    assert criterion_codes(kind) == CODES[kind]
    assert tuple(c.code for c in criteria_for(kind)) == CODES[kind]
    assert criteria_for(kind) == CRITERIA[kind]


@pytest.mark.parametrize("criterion", [c for cs in CRITERIA.values() for c in cs], ids=repr)
def test_every_criterion_has_bilingual_texts_and_cites_pbrl(criterion: Criterion) -> None:
    for text in (criterion.question, criterion.detail):
        assert isinstance(text, Msg)
        assert text.nb.strip() and text.en.strip()
        assert text.nb != text.en
    assert "?" in criterion.question.nb and "?" in criterion.question.en
    assert "pbrl" in criterion.source


@pytest.mark.parametrize("kind", list(Kind))
def test_every_criterion_belongs_to_its_kind(kind: Kind) -> None:
    assert all(c.kind is kind for c in criteria_for(kind))


def test_koordinator_criteria_cite_pbrl_2_5_b_and_never_2_5_a() -> None:
    for c in criteria_for(K):
        assert c.source.startswith("pbrl § 2-5 b")
        assert "2-5 a" not in c.source and "§ 2-5 a" not in c.detail.nb
        assert "komplekse eller langvarige og koordinerte tjenester" in c.detail.nb


@pytest.mark.parametrize(
    ("code", "local"),
    [
        ("services", True),
        ("long_term", True),
        ("complex", False),
        ("coordination", False),
        ("consent", True),
        ("participation", True),
    ],
)
def test_koordinator_criteria_from_local_practice_say_so(code: str, local: bool) -> None:
    (c,) = [c for c in criteria_for(K) if c.code == code]
    assert ("local practice" in c.source) is local
    assert ("Lokal praksis" in c.detail.nb) is local
    assert ("Local practice" in c.detail.en) is local


def test_barnekoordinator_criteria_quote_pbrl_2_5_c() -> None:
    for c in criteria_for(B):
        assert c.source == "pbrl § 2-5 c"
        assert "med alvorlig sykdom, skade eller nedsatt funksjonsevne" in c.detail.nb
        assert (
            "vil ha behov for langvarige og komplekse eller koordinerte helse- og "
            "omsorgstjenester og andre velferdstjenester" in c.detail.nb
        )
        assert "venter" in c.detail.nb and "expecting" in c.detail.en


def test_criteria_are_frozen() -> None:
    c = criteria_for(K)[0]
    with pytest.raises(AttributeError):
        c.code = "other"  # type: ignore[misc]


# --- legal basis -------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "text"),
    [(K, "pbrl § 2-5 b, hol § 7-2"), (B, "pbrl § 2-5 c, hol § 7-2 a")],
)
def test_legal_basis_cites_the_right_and_the_duty(kind: Kind, text: str) -> None:
    assert legal_basis(kind) == text


def test_ip_and_appeal_legal_bases_are_the_paragraphs_of_domain_2() -> None:
    assert IP_LEGAL_BASIS == "pbrl § 2-5, hol § 7-1"
    assert APPEAL_LEGAL_BASIS == "pbrl §§ 7-2, 7-5"


# --- every combination ---------------------------------------------------------


def test_the_combination_tables_are_complete() -> None:
    assert len(KOORDINATOR_ROWS) == 2**6
    assert len(BARNEKOORDINATOR_ROWS) == 2**4
    assert len({case_id(a) for a in KOORDINATOR_ROWS}) == 64


@pytest.mark.parametrize("answers", KOORDINATOR_ROWS, ids=case_id)
def test_every_koordinator_combination_follows_domain_2(answers: dict[str, bool]) -> None:
    outcome, failed, ip = expected_koordinator(answers)
    assert evaluate(K, answers) == Assessment(outcome, failed, "pbrl § 2-5 b, hol § 7-2", ip)


@pytest.mark.parametrize("answers", BARNEKOORDINATOR_ROWS, ids=case_id)
def test_every_barnekoordinator_combination_follows_domain_2(
    answers: dict[str, bool],
) -> None:
    outcome, failed, ip = expected_barnekoordinator(answers)
    assert evaluate(B, answers) == Assessment(outcome, failed, "pbrl § 2-5 c, hol § 7-2 a", ip)


def test_exactly_three_koordinator_combinations_are_granted() -> None:
    # services, coordination, consent, participation yes; long_term/complex not both no.
    granted = [a for a in KOORDINATOR_ROWS if evaluate(K, a).outcome == "innvilget"]
    assert len(granted) == 3


def test_exactly_one_barnekoordinator_combination_is_granted() -> None:
    granted = [a for a in BARNEKOORDINATOR_ROWS if evaluate(B, a).outcome == "innvilget"]
    assert granted == [dict.fromkeys(BARNEKOORDINATOR_CODES, True)]


# --- notable rows, written out by hand -----------------------------------------


def k(**no: bool) -> dict[str, bool]:
    """Koordinator answers: all yes except those given."""
    return {**dict.fromkeys(KOORDINATOR_CODES, True), **no}


def b(**no: bool) -> dict[str, bool]:
    """Barnekoordinator answers: all yes except those given."""
    return {**dict.fromkeys(BARNEKOORDINATOR_CODES, True), **no}


@pytest.mark.parametrize(
    ("kind", "answers", "outcome", "failed", "ip"),
    [
        pytest.param(K, k(), "innvilget", (), True, id="koordinator-all-yes"),
        pytest.param(K, k(long_term=False), "innvilget", (), False, id="koordinator-only-complex"),
        pytest.param(K, k(complex=False), "innvilget", (), True, id="koordinator-only-long-term"),
        pytest.param(
            K,
            k(long_term=False, complex=False),
            "avslag",
            ("long_term", "complex"),
            False,
            id="koordinator-neither-long-term-nor-complex",
        ),
        pytest.param(
            K,
            k(services=False),
            "avslag",
            ("services",),
            False,
            id="koordinator-one-service",
        ),
        pytest.param(
            K,
            k(consent=False, long_term=False),
            "avslag",
            ("consent",),
            False,
            id="koordinator-no-consent-complex-need",
        ),
        pytest.param(
            K,
            k(participation=False, coordination=False),
            "avslag",
            ("coordination", "participation"),
            False,
            id="koordinator-two-failures-in-catalogue-order",
        ),
        pytest.param(
            K,
            dict.fromkeys(KOORDINATOR_CODES, False),
            "avslag",
            KOORDINATOR_CODES,
            False,
            id="koordinator-all-no",
        ),
        pytest.param(
            K,
            {**dict.fromkeys(KOORDINATOR_CODES, False), "complex": True},
            "avslag",
            ("services", "coordination", "consent", "participation"),
            False,
            id="koordinator-only-complex-yes",
        ),
        pytest.param(B, b(), "innvilget", (), True, id="barnekoordinator-all-yes"),
        pytest.param(
            B,
            b(child_age=False),
            "avslag",
            ("child_age",),
            False,
            id="barnekoordinator-adult",
        ),
        pytest.param(
            B,
            b(complex_needs=False, serious_condition=False),
            "avslag",
            ("serious_condition", "complex_needs"),
            False,
            id="barnekoordinator-no-condition-no-needs",
        ),
        pytest.param(
            B,
            dict.fromkeys(BARNEKOORDINATOR_CODES, False),
            "avslag",
            BARNEKOORDINATOR_CODES,
            False,
            id="barnekoordinator-all-no",
        ),
    ],
)
def test_notable_rows_give_the_written_result(
    kind: Kind, answers: dict[str, bool], outcome: str, failed: tuple[str, ...], ip: bool
) -> None:
    result = evaluate(kind, answers)
    assert result.outcome == outcome
    assert result.failed_criteria == failed
    assert result.ip_statutory_right is ip


def test_answers_in_any_order_give_the_same_result() -> None:
    answers = k(long_term=False, consent=False)
    reversed_answers = dict(reversed(list(answers.items())))
    assert evaluate(K, reversed_answers) == evaluate(K, answers)


def test_assessment_is_frozen() -> None:
    result = evaluate(K, k())
    with pytest.raises(AttributeError):
        result.outcome = "avslag"  # type: ignore[misc]


# --- property-based ------------------------------------------------------------


@given(st.fixed_dictionaries({code: st.booleans() for code in KOORDINATOR_CODES}))
def test_koordinator_is_granted_exactly_when_nothing_failed(answers: dict[str, bool]) -> None:
    result = evaluate(K, answers)
    assert (result.outcome == "innvilget") == (result.failed_criteria == ())
    assert set(result.failed_criteria) <= {c for c, v in answers.items() if not v}
    assert list(result.failed_criteria) == sorted(
        result.failed_criteria, key=KOORDINATOR_CODES.index
    )
    if result.ip_statutory_right:
        assert result.outcome == "innvilget" and answers["long_term"]


@given(
    st.fixed_dictionaries({code: st.booleans() for code in KOORDINATOR_CODES}),
    st.sampled_from(KOORDINATOR_CODES),
)
def test_turning_one_koordinator_answer_to_yes_never_hurts(
    answers: dict[str, bool], code: str
) -> None:
    before = evaluate(K, answers)
    after = evaluate(K, {**answers, code: True})
    assert set(after.failed_criteria) <= set(before.failed_criteria)
    if before.outcome == "innvilget":
        assert after.outcome == "innvilget"


@given(st.fixed_dictionaries({code: st.booleans() for code in BARNEKOORDINATOR_CODES}))
def test_barnekoordinator_fails_exactly_the_no_answers(answers: dict[str, bool]) -> None:
    result = evaluate(B, answers)
    assert set(result.failed_criteria) == {c for c, v in answers.items() if not v}
    assert result.ip_statutory_right is (result.outcome == "innvilget")


# --- bad answer sets -----------------------------------------------------------


def test_an_unknown_code_is_refused_naming_it_and_listing_valid_codes() -> None:
    with pytest.raises(InvalidInput) as info:
        evaluate(K, {**k(), "child_age": True})
    error = info.value
    assert error.exit_code == 2
    assert isinstance(error.message, Msg) and isinstance(error.hint, Msg)
    assert "child_age" in error.message.nb and "child_age" in error.message.en
    for code in KOORDINATOR_CODES:
        assert code in error.hint.nb and code in error.hint.en


def test_a_koordinator_code_is_unknown_for_barnekoordinator() -> None:
    with pytest.raises(InvalidInput) as info:
        evaluate(B, {**b(), "services": True})
    assert "services" in str(info.value)
    assert isinstance(info.value.hint, Msg)
    assert "serious_condition" in info.value.hint.en


@pytest.mark.parametrize(
    ("kind", "missing"), [(kind, code) for kind, codes in CODES.items() for code in codes]
)
def test_a_missing_code_is_refused_naming_it(kind: Kind, missing: str) -> None:
    answers = {code: True for code in CODES[kind] if code != missing}
    with pytest.raises(InvalidInput) as info:
        evaluate(kind, answers)
    assert isinstance(info.value.message, Msg)
    assert missing in info.value.message.nb and missing in info.value.message.en


def test_all_missing_codes_are_named_together() -> None:
    with pytest.raises(InvalidInput) as info:
        evaluate(B, {"consent": True})
    for code in ("child_age", "serious_condition", "complex_needs"):
        assert code in str(info.value)


def test_an_empty_answer_set_is_refused() -> None:
    with pytest.raises(InvalidInput):
        evaluate(K, {})


# --- child_age -----------------------------------------------------------------


NOV_30_2008 = date(2008, 11, 30)


@pytest.mark.parametrize(
    ("birth", "expected", "decided_on", "result"),
    [
        pytest.param(NOV_30_2008, None, date(2026, 11, 29), True, id="day-before-18"),
        pytest.param(NOV_30_2008, None, date(2026, 11, 30), False, id="on-18th-birthday"),
        pytest.param(NOV_30_2008, None, date(2026, 12, 1), False, id="day-after-18"),
        pytest.param(NOV_30_2008, None, NOV_30_2008, True, id="newborn"),
        pytest.param(date(2008, 2, 29), None, date(2026, 2, 28), True, id="leap-day-28-feb"),
        pytest.param(date(2008, 2, 29), None, date(2026, 3, 1), False, id="leap-day-1-mar"),
        pytest.param(date(2012, 2, 29), None, date(2030, 2, 28), True, id="leap-2012-28-feb"),
        pytest.param(date(2012, 2, 29), None, date(2030, 3, 1), False, id="leap-2012-1-mar"),
        pytest.param(None, date(2026, 6, 1), date(2026, 3, 1), True, id="expecting"),
        pytest.param(None, date(2026, 1, 1), date(2026, 3, 1), True, id="expected-date-past"),
        pytest.param(date(2000, 1, 1), date(2026, 6, 1), date(2026, 3, 1), False, id="birth-wins"),
        pytest.param(None, None, date(2026, 3, 1), None, id="nothing-known"),
    ],
)
def test_child_age_is_derived_from_the_known_dates(
    birth: date | None, expected: date | None, decided_on: date, result: bool | None
) -> None:
    assert derived_child_age(birth, expected, decided_on) is result


@pytest.mark.parametrize(
    ("birth", "eighteenth"),
    [
        (NOV_30_2008, date(2026, 11, 30)),
        (date(2008, 2, 29), date(2026, 3, 1)),
        (date(2014, 2, 28), date(2032, 2, 28)),
        (date(2010, 2, 28), date(2028, 2, 28)),
        (date(2010, 3, 1), date(2028, 3, 1)),
        (date(2010, 12, 31), date(2028, 12, 31)),
        (date(2010, 1, 1), date(2028, 1, 1)),
    ],
)
def test_the_18th_birthday_is_the_same_day_18_years_later(birth: date, eighteenth: date) -> None:
    assert eighteenth_birthday(birth) == eighteenth


def test_a_29_february_child_always_turns_18_on_1_march() -> None:
    # A leap year plus 18 is 2 mod 4, so the 18th year is never a leap year.
    for year in range(1904, 2100, 4):
        assert eighteenth_birthday(date(year, 2, 29)) == date(year + 18, 3, 1)


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2080, 12, 31)),
    st.integers(min_value=-800, max_value=800),
)
def test_child_age_turns_false_exactly_on_the_18th_birthday(birth: date, offset: int) -> None:
    turns_18 = eighteenth_birthday(birth)
    decided_on = turns_18 + timedelta(days=offset)
    assert derived_child_age(birth, None, decided_on) is (offset < 0)
    assert turns_18.year == birth.year + 18
    assert (turns_18.month, turns_18.day) == (
        (birth.month, birth.day) if (birth.month, birth.day) != (2, 29) else (3, 1)
    )


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2080, 12, 31)),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2080, 12, 31)),
)
def test_an_expected_child_without_a_birth_date_is_always_under_18(
    expected: date, decided_on: date
) -> None:
    assert derived_child_age(None, expected, decided_on) is True


# --- yes/no answers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("yes", True),
        ("y", True),
        ("ja", True),
        ("j", True),
        ("true", True),
        ("YES", True),
        ("Ja", True),
        ("True", True),
        (" y ", True),
        ("no", False),
        ("n", False),
        ("nei", False),
        ("false", False),
        ("NO", False),
        ("Nei", False),
        ("FALSE", False),
    ],
)
def test_parse_answer_reads_yes_and_no_in_both_languages(text: str, value: bool) -> None:
    assert parse_answer(text) is value


@pytest.mark.parametrize("text", ["", "maybe", "kanskje", "1", "0", "yess", "nope", "ne"])
def test_parse_answer_refuses_anything_else_quoting_it(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_answer(text)
    assert isinstance(info.value.message, Msg)
    assert repr(text) in info.value.message.nb and repr(text) in info.value.message.en
    assert isinstance(info.value.hint, Msg)
    assert "`yes`" in info.value.hint.en and "`no`" in info.value.hint.en
    assert info.value.exit_code == 2
