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
    ChildAge,
    Criterion,
    Kind,
    child_age_on,
    continued_past_18,
    criteria_for,
    criterion_codes,
    derived_child_age,
    eighteenth_birthday,
    evaluate,
    in_force,
    legal_basis,
    local_grounds,
    parse_answer,
    refused_only_by_local_practice,
    source_text,
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


def expected_koordinator(
    a: dict[str, bool], participation_required: bool
) -> tuple[str, tuple[str, ...], bool]:
    """DOMAIN § 2 spelled out literally: (outcome, failed, ip_statutory_right). The IP
    right is the statute's (pbrl § 2-5): the municipality's practice cannot take it."""
    statute = a["services"] and a["coordination"] and a["consent"]
    ip = statute and a["long_term"]
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
    if not a["participation"] and participation_required:
        failed.append("participation")
    if failed:
        return "avslag", tuple(failed), ip
    return "innvilget", (), ip


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
def test_every_criterion_has_bilingual_texts_and_a_source(criterion: Criterion) -> None:
    for text in (criterion.question, criterion.detail):
        assert isinstance(text, Msg)
        assert text.nb.strip() and text.en.strip()
        assert text.nb != text.en
    assert "?" in criterion.question.nb and "?" in criterion.question.en
    assert criterion.source.strip()


@pytest.mark.parametrize("kind", list(Kind))
def test_every_criterion_belongs_to_its_kind(kind: Kind) -> None:
    assert all(c.kind is kind for c in criteria_for(kind))


# DOMAIN § 2: services and coordination are the statute as Helsedirektoratet's veileder
# reads it; long_term and complex the statute; consent general law; participation alone
# is the municipality's own practice.
KOORDINATOR_SOURCES = {
    "services": "pbrl § 2-5 b; Helsedirektoratets veileder",
    "long_term": "pbrl § 2-5 b",
    "complex": "pbrl § 2-5 b",
    "coordination": "pbrl § 2-5 b; Helsedirektoratets veileder",
    "consent": "pbrl § 2-5 b; samtykke (pbrl § 4-1)",
    "participation": "kommunens praksis",
}


@pytest.mark.parametrize(("code", "source"), KOORDINATOR_SOURCES.items())
def test_each_koordinator_criterion_names_where_it_comes_from(code: str, source: str) -> None:
    (c,) = [c for c in criteria_for(K) if c.code == code]
    assert c.source == source
    assert "local practice" not in c.source and "lokal praksis" not in c.source


def test_only_participation_is_the_municipalitys_practice_and_it_says_it_is_not_the_law() -> None:
    local = [c for c in criteria_for(K) if "praksis" in c.source]
    assert [c.code for c in local] == ["participation"]
    (c,) = local
    assert "ikke et vilkår i loven" in c.detail.nb
    assert "not a condition of the statute" in c.detail.en
    # The statute's text is not quoted as if it asked for participation.
    assert "har rett til koordinator" not in c.detail.nb


def test_statutory_koordinator_criteria_quote_pbrl_2_5_b_and_never_2_5_a() -> None:
    for c in criteria_for(K):
        assert "2-5 a" not in c.source and "§ 2-5 a" not in c.detail.nb
        if c.code != "participation":
            assert c.source.startswith("pbrl § 2-5 b")
            assert "komplekse eller langvarige og koordinerte tjenester" in c.detail.nb


@pytest.mark.parametrize(
    ("source", "english"),
    [
        ("kommunens praksis", "the municipality's practice (kommunens praksis)"),
        (
            "pbrl § 2-5 b; Helsedirektoratets veileder",
            "pbrl § 2-5 b; Helsedirektoratet's guidance (veileder)",
        ),
        ("pbrl § 2-5 b; samtykke (pbrl § 4-1)", "pbrl § 2-5 b; consent (pbrl § 4-1)"),
        (
            "pbrl § 2-5 b, hol § 7-2; kommunens praksis (aktiv deltakelse)",
            "pbrl § 2-5 b, hol § 7-2; the municipality's practice (kommunens praksis): "
            "active participation",
        ),
        (
            "pbrl § 2-5 c, hol § 7-2 a; videreført etter 18 år etter kommunens valg",
            "pbrl § 2-5 c, hol § 7-2 a; continued after 18 by the municipality's choice",
        ),
        ("pbrl § 2-5 c", "pbrl § 2-5 c"),
    ],
)
def test_sources_and_legal_bases_read_in_english_and_stay_as_written_in_bokmal(
    source: str, english: str
) -> None:
    assert source_text(source, "en") == english
    assert source_text(source, "nb") == source


def test_barnekoordinator_criteria_quote_pbrl_2_5_c() -> None:
    for c in criteria_for(B):
        assert c.source == "pbrl § 2-5 c"
        assert "med alvorlig sykdom, skade eller nedsatt funksjonsevne" in c.detail.nb
        assert (
            "vil ha behov for langvarige og sammensatte eller koordinerte helse- og "
            "omsorgstjenester og andre velferdstjenester" in c.detail.nb
        )
        assert "long-term and composite (sammensatte), or coordinated," in c.detail.en
        assert "venter" in c.detail.nb and "expecting" in c.detail.en
        assert "1. august 2022" in c.detail.nb and "1 August 2022" in c.detail.en


def _barnekoordinator_texts() -> list[str]:
    texts = [legal_basis(B), legal_basis(B, continued_past_18=True)]
    for c in criteria_for(B):
        texts += [c.question.nb, c.question.en, c.detail.nb, c.detail.en, c.source]
    return texts


@pytest.mark.parametrize("text", _barnekoordinator_texts())
def test_no_barnekoordinator_text_says_komplekse_or_complex(text: str) -> None:
    # pbrl § 2-5 c says "sammensatte"; "komplekse" is § 2-5 b's word (koordinator).
    assert "kompleks" not in text.lower()
    assert "complex" not in text.lower()


def test_the_complex_needs_question_quotes_sammensatte_in_both_languages() -> None:
    (c,) = [c for c in criteria_for(B) if c.code == "complex_needs"]
    assert "langvarige og sammensatte, eller koordinerte" in c.question.nb
    assert "long-term and composite (sammensatte), or coordinated" in c.question.en


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


def test_legal_basis_cites_the_municipalitys_practice_and_its_choice_past_18() -> None:
    assert (
        legal_basis(K, local_practice=True)
        == "pbrl § 2-5 b, hol § 7-2; kommunens praksis (aktiv deltakelse)"
    )
    assert (
        legal_basis(B, continued_past_18=True)
        == "pbrl § 2-5 c, hol § 7-2 a; videreført etter 18 år etter kommunens valg"
    )


def test_ip_and_appeal_legal_bases_are_the_paragraphs_of_domain_2() -> None:
    assert IP_LEGAL_BASIS == "pbrl § 2-5, hol § 7-1"
    assert APPEAL_LEGAL_BASIS == "pbrl §§ 7-2, 7-5"


# --- every combination ---------------------------------------------------------


def test_the_combination_tables_are_complete() -> None:
    assert len(KOORDINATOR_ROWS) == 2**6
    assert len(BARNEKOORDINATOR_ROWS) == 2**4
    assert len({case_id(a) for a in KOORDINATOR_ROWS}) == 64


@pytest.mark.parametrize("required", [False, True], ids=["participation-free", "required"])
@pytest.mark.parametrize("answers", KOORDINATOR_ROWS, ids=case_id)
def test_every_koordinator_combination_follows_domain_2(
    answers: dict[str, bool], required: bool
) -> None:
    outcome, failed, ip = expected_koordinator(answers, required)
    basis = "pbrl § 2-5 b, hol § 7-2"
    if "participation" in failed:
        basis += "; kommunens praksis (aktiv deltakelse)"
    assert evaluate(K, answers, participation_required=required) == Assessment(
        outcome, failed, basis, ip
    )


@pytest.mark.parametrize("answers", BARNEKOORDINATOR_ROWS, ids=case_id)
def test_every_barnekoordinator_combination_follows_domain_2(
    answers: dict[str, bool],
) -> None:
    outcome, failed, ip = expected_barnekoordinator(answers)
    assert evaluate(B, answers) == Assessment(outcome, failed, "pbrl § 2-5 c, hol § 7-2 a", ip)


@pytest.mark.parametrize(("required", "count"), [(False, 6), (True, 3)])
def test_how_many_koordinator_combinations_are_granted(required: bool, count: int) -> None:
    # services, coordination, consent yes; long_term/complex not both no; participation
    # either way unless the municipality requires it.
    granted = [
        a
        for a in KOORDINATOR_ROWS
        if evaluate(K, a, participation_required=required).outcome == "innvilget"
    ]
    assert len(granted) == count


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
    ("kind", "answers", "required", "outcome", "failed", "ip"),
    [
        pytest.param(K, k(), False, "innvilget", (), True, id="koordinator-all-yes"),
        pytest.param(
            K, k(long_term=False), False, "innvilget", (), False, id="koordinator-only-complex"
        ),
        pytest.param(
            K, k(complex=False), False, "innvilget", (), True, id="koordinator-only-long-term"
        ),
        pytest.param(
            K,
            k(participation=False),
            False,
            "innvilget",
            (),
            True,
            id="koordinator-no-participation-not-required",
        ),
        pytest.param(
            K,
            k(participation=False),
            True,
            "avslag",
            ("participation",),
            True,
            id="koordinator-no-participation-required-keeps-ip-right",
        ),
        pytest.param(
            K,
            k(long_term=False, complex=False),
            False,
            "avslag",
            ("long_term", "complex"),
            False,
            id="koordinator-neither-long-term-nor-complex",
        ),
        pytest.param(
            K,
            k(services=False),
            False,
            "avslag",
            ("services",),
            False,
            id="koordinator-one-service",
        ),
        pytest.param(
            K,
            k(consent=False, long_term=False),
            False,
            "avslag",
            ("consent",),
            False,
            id="koordinator-no-consent-complex-need",
        ),
        pytest.param(
            K,
            k(participation=False, coordination=False),
            True,
            "avslag",
            ("coordination", "participation"),
            False,
            id="koordinator-two-failures-in-catalogue-order",
        ),
        pytest.param(
            K,
            k(participation=False, coordination=False),
            False,
            "avslag",
            ("coordination",),
            False,
            id="koordinator-participation-not-listed-when-not-required",
        ),
        pytest.param(
            K,
            dict.fromkeys(KOORDINATOR_CODES, False),
            True,
            "avslag",
            KOORDINATOR_CODES,
            False,
            id="koordinator-all-no",
        ),
        pytest.param(
            K,
            {**dict.fromkeys(KOORDINATOR_CODES, False), "complex": True},
            True,
            "avslag",
            ("services", "coordination", "consent", "participation"),
            False,
            id="koordinator-only-complex-yes",
        ),
        pytest.param(B, b(), False, "innvilget", (), True, id="barnekoordinator-all-yes"),
        pytest.param(
            B,
            b(child_age=False),
            True,
            "avslag",
            ("child_age",),
            False,
            id="barnekoordinator-adult",
        ),
        pytest.param(
            B,
            b(complex_needs=False, serious_condition=False),
            False,
            "avslag",
            ("serious_condition", "complex_needs"),
            False,
            id="barnekoordinator-no-condition-no-needs",
        ),
        pytest.param(
            B,
            dict.fromkeys(BARNEKOORDINATOR_CODES, False),
            False,
            "avslag",
            BARNEKOORDINATOR_CODES,
            False,
            id="barnekoordinator-all-no",
        ),
    ],
)
def test_notable_rows_give_the_written_result(
    kind: Kind,
    answers: dict[str, bool],
    required: bool,
    outcome: str,
    failed: tuple[str, ...],
    ip: bool,
) -> None:
    result = evaluate(kind, answers, participation_required=required)
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


K_ANSWERS = st.fixed_dictionaries({code: st.booleans() for code in KOORDINATOR_CODES})


@given(K_ANSWERS, st.booleans())
def test_koordinator_is_granted_exactly_when_nothing_failed(
    answers: dict[str, bool], required: bool
) -> None:
    result = evaluate(K, answers, participation_required=required)
    assert (result.outcome == "innvilget") == (result.failed_criteria == ())
    assert set(result.failed_criteria) <= {c for c, v in answers.items() if not v}
    assert list(result.failed_criteria) == sorted(
        result.failed_criteria, key=KOORDINATOR_CODES.index
    )
    if result.ip_statutory_right:
        assert answers["long_term"]
        assert set(result.failed_criteria) <= {"participation"}


@given(K_ANSWERS)
def test_with_the_setting_off_participation_never_changes_the_decision(
    answers: dict[str, bool],
) -> None:
    yes = evaluate(K, {**answers, "participation": True})
    no = evaluate(K, {**answers, "participation": False})
    assert yes == no
    assert "participation" not in no.failed_criteria
    assert "praksis" not in no.legal_basis


@given(K_ANSWERS)
def test_with_the_setting_on_participation_no_refuses_citing_the_municipalitys_practice(
    answers: dict[str, bool],
) -> None:
    result = evaluate(K, {**answers, "participation": False}, participation_required=True)
    assert result.outcome == "avslag"
    assert "participation" in result.failed_criteria
    assert result.legal_basis.endswith("; kommunens praksis (aktiv deltakelse)")
    # The statute's part of the decision is what it would be without the practice.
    statute = evaluate(K, {**answers, "participation": False})
    assert [c for c in result.failed_criteria if c != "participation"] == list(
        statute.failed_criteria
    )
    assert refused_only_by_local_practice(result) is (statute.outcome == "innvilget")


@given(K_ANSWERS, st.booleans())
def test_the_individuell_plan_right_never_depends_on_participation(
    answers: dict[str, bool], required: bool
) -> None:
    # pbrl § 2-5: a local practice cannot take a statutory right away (DOMAIN § 2).
    yes = evaluate(K, {**answers, "participation": True}, participation_required=required)
    no = evaluate(K, {**answers, "participation": False}, participation_required=required)
    assert yes.ip_statutory_right == no.ip_statutory_right


@given(K_ANSWERS, st.sampled_from(KOORDINATOR_CODES), st.booleans())
def test_turning_one_koordinator_answer_to_yes_never_hurts(
    answers: dict[str, bool], code: str, required: bool
) -> None:
    before = evaluate(K, answers, participation_required=required)
    after = evaluate(K, {**answers, code: True}, participation_required=required)
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


# --- child_age past 18: the municipality's choice -------------------------------


@pytest.mark.parametrize(
    ("birth", "expected", "decided_on", "past_18", "result"),
    [
        pytest.param(NOV_30_2008, None, date(2026, 11, 29), False, ChildAge(True, False),
                     id="under-18-off"),
        pytest.param(NOV_30_2008, None, date(2026, 11, 29), True, ChildAge(True, False),
                     id="under-18-on-is-the-statute"),
        pytest.param(NOV_30_2008, None, date(2026, 11, 30), False, ChildAge(False, False),
                     id="18th-birthday-off"),
        pytest.param(NOV_30_2008, None, date(2026, 11, 30), True, ChildAge(True, True),
                     id="18th-birthday-on-continued"),
        pytest.param(NOV_30_2008, None, date(2030, 1, 1), True, ChildAge(True, True),
                     id="years-after-on-continued"),
        pytest.param(date(2008, 2, 29), None, date(2026, 2, 28), True, ChildAge(True, False),
                     id="leap-day-still-17"),
        pytest.param(date(2008, 2, 29), None, date(2026, 3, 1), True, ChildAge(True, True),
                     id="leap-day-18-on-1-march"),
        pytest.param(None, date(2026, 6, 1), date(2026, 3, 1), True, ChildAge(True, False),
                     id="expecting-on"),
        pytest.param(None, None, date(2026, 3, 1), True, ChildAge(None, False),
                     id="nothing-known-on-must-be-asked"),
        pytest.param(None, None, date(2026, 3, 1), False, ChildAge(None, False),
                     id="nothing-known-off"),
    ],
)  # fmt: skip
def test_child_age_on_the_decision_date_with_the_setting_on_and_off(
    birth: date | None, expected: date | None, decided_on: date, past_18: bool, result: ChildAge
) -> None:
    assert child_age_on(birth, expected, decided_on, past_18=past_18) == result


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31)),
    st.integers(min_value=-800, max_value=800),
    st.booleans(),
)
def test_past_18_the_answer_is_the_setting_and_before_18_the_statute(
    birth: date, offset: int, past_18: bool
) -> None:
    decided_on = eighteenth_birthday(birth) + timedelta(days=offset)
    child = child_age_on(birth, None, decided_on, past_18=past_18)
    if offset < 0:  # under 18: the right itself, whatever the setting
        assert child == ChildAge(True, False)
    else:
        assert child == ChildAge(past_18, past_18)
    assert child.continued_past_18 is continued_past_18(birth, decided_on, allowed=past_18)


def test_a_continued_barnekoordinator_is_granted_citing_the_municipalitys_choice() -> None:
    result = evaluate(B, b(), continued_past_18=True)
    assert result.outcome == "innvilget"
    assert result.legal_basis == (
        "pbrl § 2-5 c, hol § 7-2 a; videreført etter 18 år etter kommunens valg"
    )
    # A koordinator has no child_age: the flag cannot reach its legal basis.
    assert evaluate(K, k(), continued_past_18=True).legal_basis == "pbrl § 2-5 b, hol § 7-2"


# --- the barnekoordinator right began on 1 August 2022 ---------------------------


@pytest.mark.parametrize(
    ("kind", "decided_on", "result"),
    [
        (B, date(2022, 7, 31), False),
        (B, date(2022, 8, 1), True),
        (B, date(2020, 1, 1), False),
        (B, date(2026, 11, 28), True),
        (K, date(2022, 7, 31), True),
        (K, date(2012, 1, 1), True),
    ],
)
def test_a_barnekoordinator_exists_only_from_1_august_2022(
    kind: Kind, decided_on: date, result: bool
) -> None:
    assert in_force(kind, decided_on) is result


# --- where the municipality's choice shaped a stored decision --------------------


@pytest.mark.parametrize(
    ("answers", "failed", "basis", "grounds"),
    [
        pytest.param(k(), [], "pbrl § 2-5 b, hol § 7-2", {}, id="all-yes"),
        pytest.param(
            k(participation=False), [], "pbrl § 2-5 b, hol § 7-2",
            {"participation": "not_deciding"}, id="participation-no-not-required",
        ),
        pytest.param(
            k(participation=False), ["participation"],
            "pbrl § 2-5 b, hol § 7-2; kommunens praksis (aktiv deltakelse)",
            {"participation": "local_practice"}, id="participation-refused-by-practice",
        ),
        pytest.param(
            k(participation=False), ["participation"], "pbrl § 2-5 b, hol § 7-2",
            {"participation": "local_practice"}, id="older-kecli-refusal-as-it-was-stored",
        ),
        pytest.param(
            b(), [], "pbrl § 2-5 c, hol § 7-2 a; videreført etter 18 år etter kommunens valg",
            {"child_age": "continued_past_18"}, id="continued-past-18",
        ),
        pytest.param(b(), [], "pbrl § 2-5 c, hol § 7-2 a", {}, id="under-18"),
        pytest.param(
            b(child_age=False), ["child_age"], "pbrl § 2-5 c, hol § 7-2 a", {}, id="adult-refused"
        ),
    ],
)  # fmt: skip
def test_local_grounds_are_read_from_what_a_decision_stores(
    answers: dict[str, bool], failed: list[str], basis: str, grounds: dict[str, str]
) -> None:
    assert local_grounds(answers, failed, basis) == grounds


@given(K_ANSWERS, st.booleans())
def test_a_new_decision_shows_participation_as_it_counted(
    answers: dict[str, bool], required: bool
) -> None:
    result = evaluate(K, answers, participation_required=required)
    grounds = local_grounds(answers, result.failed_criteria, result.legal_basis)
    if answers["participation"]:
        assert grounds == {}
    else:
        assert grounds == {"participation": "local_practice" if required else "not_deciding"}


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
