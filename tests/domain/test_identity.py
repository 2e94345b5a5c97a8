"""Fødselsnummer and D-nummer validation (DOMAIN § 6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum.no import fodselsnummer as stdnum_fnr

from kecli.domain.identity import (
    IdentityNumber,
    birth_date_matches,
    identity_number_fields,
    is_synthetic_value,
    is_valid_identity_number,
    mask,
    parse_identity_number,
)
from kecli.errors import InvalidInput, Msg, redact

K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def classic_control_digits(first_nine: str) -> str | None:
    """K1 K2 by the classic rule, as DOMAIN § 6 spells it; None when either would be 10."""
    digits = [int(c) for c in first_nine]
    k1 = 11 - sum(w * d for w, d in zip(K1_WEIGHTS, digits, strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    k2 = 11 - sum(w * d for w, d in zip(K2_WEIGHTS, [*digits, k1], strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return f"{k1}{k2}"


def control_digits_2032_only(first_nine: str) -> list[str]:
    """Every K1 K2 valid under the 2032 rule but not the classic one."""
    digits = [int(c) for c in first_nine]
    weighted = sum(w * d for w, d in zip(K1_WEIGHTS, digits, strict=True))
    found = []
    for k1 in range(10):
        if (weighted + k1) % 11 in (1, 2, 3):
            k2 = 11 - sum(w * d for w, d in zip(K2_WEIGHTS, [*digits, k1], strict=True)) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 != 10:
                found.append(f"{k1}{k2}")
    return found


def refusal(raw: str, *, allow_synthetic: bool = True) -> tuple[Msg, Msg]:
    """The message and hint of the refusal, after checking it is bilingual and exits 2."""
    with pytest.raises(InvalidInput) as caught:
        parse_identity_number(raw, allow_synthetic=allow_synthetic)
    error = caught.value
    assert error.exit_code == 2
    assert isinstance(error.message, Msg) and isinstance(error.hint, Msg)
    assert error.message.nb and error.message.en and error.hint.nb and error.hint.en
    return error.message, error.hint


# value, is_d_number, is_synthetic, birth_date
VALID_CLASSIC = [
    pytest.param("01015450068", False, False, date(1854, 1, 1), id="1854, individnummer 500"),
    pytest.param("31129970041", False, False, date(1899, 12, 31), id="1899, individnummer 700"),
    pytest.param("01010000110", False, False, date(1900, 1, 1), id="1900, individnummer 001"),
    pytest.param("31123949911", False, False, date(1939, 12, 31), id="1939, individnummer 499"),
    pytest.param("15059912345", False, False, date(1999, 5, 15), id="1999, individnummer 123"),
    pytest.param("01014090017", False, False, date(1940, 1, 1), id="1940, individnummer 900"),
    pytest.param("15108695088", False, False, date(1986, 10, 15), id="1986, individnummer 950"),
    pytest.param("31129995044", False, False, date(1999, 12, 31), id="1999, individnummer 950"),
    pytest.param("01010050053", False, False, date(2000, 1, 1), id="2000, individnummer 500"),
    pytest.param("01013080026", False, False, date(2030, 1, 1), id="2030, individnummer 800"),
    pytest.param("31123999935", False, False, date(2039, 12, 31), id="2039, individnummer 999"),
    pytest.param("29020050088", False, False, date(2000, 2, 29), id="29 Feb 2000"),
    pytest.param("29022450199", False, False, date(2024, 2, 29), id="29 Feb 2024"),
    pytest.param("41019012393", True, False, date(1990, 1, 1), id="D-nummer"),
    pytest.param("01819012365", False, True, date(1990, 1, 1), id="synthetic"),
    pytest.param("41819012359", True, True, date(1990, 1, 1), id="synthetic D-nummer"),
]

# value, is_d_number, is_synthetic, (day, month)
VALID_2032_ONLY = [
    pytest.param("30108299939", False, False, (30, 10), id="DOMAIN example"),
    pytest.param("29021512301", False, False, (29, 2), id="29 Feb, year unknown"),
    pytest.param("41019012318", True, False, (1, 1), id="D-nummer"),
    pytest.param("01819012373", False, True, (1, 1), id="synthetic"),
]

# value, a fragment of the English message
INVALID = [
    pytest.param("", "11 digits", id="empty"),
    pytest.param("0101901248", "11 digits", id="ten digits"),
    pytest.param("010190124800", "11 digits", id="twelve digits"),
    pytest.param("01019O12480", "11 digits", id="letter O for zero"),
    pytest.param("010190-12480", "11 digits", id="hyphen"),
    pytest.param("٠١٠١٩٠١٢٤٨٠", "11 digits", id="Arabic-Indic digits"),
    pytest.param("01019012481", "control digits", id="K2 off by one"),
    pytest.param("01019012470", "control digits", id="K1 off by one"),
    pytest.param("01019012408", "control digits", id="control digits swapped"),
    pytest.param("31029512488", "not a real date", id="31 Feb"),
    pytest.param("29022350097", "not a real date", id="29 Feb 2023"),
    pytest.param("29020000064", "not a real date", id="29 Feb 1900"),
    pytest.param("31029012310", "not a real date", id="31 Feb, 2032 rule"),
    pytest.param("01139012336", "not a real date", id="month 13, 2032 rule"),
    pytest.param("01419012382", "H-numbers", id="H-nummer"),
    pytest.param("01014560013", "individual number", id="individnummer 600 in 1945"),
    pytest.param("01016080000", "individual number", id="individnummer 800 in 1960"),
]


def test_the_literal_numbers_have_classic_control_digits() -> None:
    for param in VALID_CLASSIC:
        value = param.values[0]
        assert isinstance(value, str)
        assert classic_control_digits(value[:9]) == value[9:]


def test_the_literal_2032_numbers_fail_the_classic_rule_only() -> None:
    for param in VALID_2032_ONLY:
        value = param.values[0]
        assert isinstance(value, str)
        assert classic_control_digits(value[:9]) != value[9:]
        assert value[9:] in control_digits_2032_only(value[:9])


@pytest.mark.parametrize(("value", "is_d", "is_synthetic", "birth"), VALID_CLASSIC)
def test_a_classic_number_gives_its_birth_date(
    value: str, is_d: bool, is_synthetic: bool, birth: date
) -> None:
    assert parse_identity_number(value, allow_synthetic=True) == IdentityNumber(
        value, is_d_number=is_d, is_synthetic=is_synthetic, birth_date=birth
    )


@pytest.mark.parametrize(("value", "is_d", "is_synthetic", "day_month"), VALID_2032_ONLY)
def test_a_number_valid_only_under_the_2032_rule_has_no_birth_date(
    value: str, is_d: bool, is_synthetic: bool, day_month: tuple[int, int]
) -> None:
    assert parse_identity_number(value, allow_synthetic=True) == IdentityNumber(
        value, is_d_number=is_d, is_synthetic=is_synthetic, birth_date=None
    )


def test_d_number_gives_the_birth_date() -> None:
    number = parse_identity_number("41019012393", allow_synthetic=False)
    assert number.is_d_number
    assert number.birth_date == date(1990, 1, 1)


def test_spaces_in_the_input_are_ignored() -> None:
    number = parse_identity_number(" 010190 12480 ", allow_synthetic=False)
    assert number.value == "01019012480"


@pytest.mark.parametrize("value", ["01819012365", "41819012359", "01819012373"])
def test_a_synthetic_number_is_refused_unless_allowed(value: str) -> None:
    message, hint = refusal(value, allow_synthetic=False)
    assert "synthetic" in message.en
    assert "kecli config set allow_synthetic_ids true" in hint.en
    assert "kecli config set allow_synthetic_ids true" in hint.nb
    assert parse_identity_number(value, allow_synthetic=True).is_synthetic


def test_an_h_number_is_refused_even_when_synthetic_numbers_are_allowed() -> None:
    for allow_synthetic in (False, True):
        assert "H-numbers" in refusal("01419012382", allow_synthetic=allow_synthetic)[0].en


@pytest.mark.parametrize(("value", "fragment"), INVALID)
def test_an_invalid_number_is_refused_with_its_reason(value: str, fragment: str) -> None:
    message, _hint = refusal(value)
    assert fragment in message.en
    assert not is_valid_identity_number(value, allow_synthetic=True)


def test_each_reason_has_its_own_message() -> None:
    values = ["0101", "01019012481", "31029512488", "01419012382", "01014560013"]
    messages = {refusal(value)[0] for value in values}
    messages.add(refusal("01819012365", allow_synthetic=False)[0])
    assert len(messages) == 6


@pytest.mark.parametrize("value", [*(p.values[0] for p in INVALID), "01819012365", "01419012382"])
def test_no_error_text_contains_the_number(value: str) -> None:
    message, hint = refusal(value, allow_synthetic=False)
    texts = [*message, *hint]
    assert value.strip() == "" or not any(value[:6] in text for text in texts)


def test_the_repr_of_a_number_leaves_the_number_out() -> None:
    number = parse_identity_number("15108695088", allow_synthetic=False)
    assert "151086" not in repr(number)


def test_a_birth_date_matches_a_number_with_a_known_century_only_exactly() -> None:
    number = parse_identity_number("15108695088", allow_synthetic=False)
    assert birth_date_matches(number, date(1986, 10, 15))
    assert not birth_date_matches(number, date(2086, 10, 15))
    assert not birth_date_matches(number, date(1986, 10, 16))


def test_a_birth_date_matches_a_2032_number_on_day_and_month() -> None:
    number = parse_identity_number("30108299939", allow_synthetic=False)
    assert birth_date_matches(number, date(1982, 10, 30))
    assert birth_date_matches(number, date(2032, 10, 30))
    assert not birth_date_matches(number, date(1982, 10, 29))
    d_number = parse_identity_number("41019012318", allow_synthetic=False)
    assert birth_date_matches(d_number, date(2033, 1, 1))


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("15108695088", "151086*****"),
        ("151086 95088", "151086*****"),
        ("1510869508", "15108*****"),
        ("123", "*****"),
        ("", "*****"),
    ],
)
def test_mask_shows_at_most_the_date_part(value: str, masked: str) -> None:
    assert mask(value) == masked


# --- properties -----------------------------------------------------------

CENTURY_ROWS = [
    (date(1854, 1, 1), date(1899, 12, 31), range(500, 750)),
    (date(1900, 1, 1), date(1999, 12, 31), range(0, 500)),
    (date(1940, 1, 1), date(1999, 12, 31), range(900, 1000)),
    (date(2000, 1, 1), date(2039, 12, 31), range(500, 1000)),
]


@dataclass(frozen=True)
class Generated:
    value: str
    birth: date
    is_d: bool
    is_synthetic: bool


def first_nine(birth: date, individual: int, *, is_d: bool, is_synthetic: bool) -> str:
    day = birth.day + (40 if is_d else 0)
    month = birth.month + (80 if is_synthetic else 0)
    return f"{day:02}{month:02}{birth.year % 100:02}{individual:03}"


@st.composite
def classic_numbers(draw: st.DrawFn) -> Generated:
    low, high, individuals = draw(st.sampled_from(CENTURY_ROWS))
    birth = draw(st.dates(low, high))
    individual = draw(st.sampled_from(individuals))
    is_d, is_synthetic = draw(st.booleans()), draw(st.booleans())
    nine = first_nine(birth, individual, is_d=is_d, is_synthetic=is_synthetic)
    control = classic_control_digits(nine)
    assume(control is not None)
    return Generated(f"{nine}{control}", birth, is_d, is_synthetic)


@st.composite
def numbers_2032_only(draw: st.DrawFn) -> Generated:
    birth = draw(st.dates(date(2000, 1, 1), date(2000, 12, 31)))  # a leap year: 29 Feb too
    individual = draw(st.integers(0, 999))
    is_d, is_synthetic = draw(st.booleans()), draw(st.booleans())
    nine = first_nine(birth, individual, is_d=is_d, is_synthetic=is_synthetic)
    nine = nine[:4] + draw(st.from_regex(r"[0-9]{2}", fullmatch=True)) + nine[6:]
    candidates = control_digits_2032_only(nine)
    assume(candidates)
    return Generated(nine + draw(st.sampled_from(candidates)), birth, is_d, is_synthetic)


@given(classic_numbers())
def test_every_generated_classic_number_is_accepted_with_its_birth_date(
    generated: Generated,
) -> None:
    number = parse_identity_number(generated.value, allow_synthetic=True)
    assert number == IdentityNumber(
        generated.value, generated.is_d, generated.is_synthetic, generated.birth
    )
    if not generated.is_synthetic:  # python-stdnum as an independent oracle
        assert stdnum_fnr.get_birth_date(generated.value) == generated.birth


@given(numbers_2032_only())
def test_every_generated_2032_number_is_accepted_without_a_birth_date(
    generated: Generated,
) -> None:
    number = parse_identity_number(generated.value, allow_synthetic=True)
    assert number.birth_date is None
    assert (number.is_d_number, number.is_synthetic) == (generated.is_d, generated.is_synthetic)
    assert birth_date_matches(number, generated.birth)


@given(st.one_of(classic_numbers(), numbers_2032_only()))
def test_the_imports_tuple_and_synthetic_test_agree_with_the_number(
    generated: Generated,
) -> None:
    """import cases checks numbers through the tuple, and tells synthetic ones by their
    digits (its workers let them pass until the database's setting is known)."""
    value, is_d, is_synthetic, birth = identity_number_fields(generated.value, allow_synthetic=True)
    assert (value, is_d, is_synthetic) == (generated.value, generated.is_d, generated.is_synthetic)
    assert birth in (generated.birth, None)  # None: valid under the 2032 rule only
    assert is_synthetic_value(value) is generated.is_synthetic


@given(
    st.one_of(classic_numbers(), numbers_2032_only()),
    st.integers(0, 10),
    st.integers(1, 9),
)
def test_changing_any_single_digit_breaks_the_control_digits(
    generated: Generated, position: int, shift: int
) -> None:
    """Never a different valid number: K2 checks all 11 digits with weights
    5 4 3 2 7 6 5 4 3 2 1, none a multiple of 11, and a digit changes by 1..9,
    so the weighted sum mod 11 always changes, under either K1 rule."""
    value = generated.value
    changed = str((int(value[position]) + shift) % 10)
    mutated = value[:position] + changed + value[position + 1 :]
    assert "control digits" in refusal(mutated)[0].en


@given(classic_numbers())
def test_mask_of_a_valid_number_hides_the_last_five_digits(generated: Generated) -> None:
    assert mask(generated.value) == generated.value[:6] + "*****"


@given(st.text())
def test_mask_never_reveals_the_last_five_characters(text: str) -> None:
    compact = "".join(text.split())
    masked = mask(text)
    shown = masked.removesuffix("*****")
    assert masked.endswith("*****")
    assert compact.startswith(shown)
    assert len(shown) <= max(0, min(6, len(compact) - 5))


def test_a_parsed_number_never_shows_the_number_when_written_out():
    """A parsed number may end up in a log's details (json.dumps with default=str):
    never with its digits."""
    import json

    from tests.fnr import CHILD as value

    number = parse_identity_number(value, allow_synthetic=False)
    for text in (repr(number), str(number), json.dumps({"n": number}, default=str)):
        assert value not in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Case 01018000055 does not exist.", "Case 010180***** does not exist."),
        ("'010180 00055'", "'010180*****'"),
        ("kari-01018000055.csv", "kari-010180*****.csv"),
        ("2026-0001 and 12345678", "2026-0001 and 12345678"),  # ids, phone numbers stay
        ("123456789012", "123456789012"),  # twelve digits are not a fødselsnummer
        ("a01018000055b01018000055", "a010180*****b010180*****"),
    ],
)
def test_redact_masks_anything_that_looks_like_a_fodselsnummer(text: str, expected: str) -> None:
    assert redact(text) == expected


@given(st.text(alphabet="0123456789 -abc", max_size=60))
def test_after_redact_no_eleven_digits_are_left(text: str) -> None:
    import re

    assert not re.search(r"(?<!\d)\d{6} ?\d{5}(?!\d)", redact(text))
