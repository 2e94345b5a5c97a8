"""A fødselsnummer or D-nummer typed into free text: found and masked (DOMAIN § 6)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kecli.domain.identity import (
    holds_identity_number,
    mask_in_data,
    mask_in_rows,
    mask_in_text,
)
from tests.domain.test_identity import Generated, classic_numbers, numbers_2032_only
from tests.fnr import ADULT, CHILD, H_NUMBER, SYNTHETIC, with_controls

D_NUMBER = with_controls("410580123")  # day 01 + 40
#: Eleven digits whose control digits are wrong: an order number, not a person.
WRONG_CONTROLS = ADULT[:-1] + str((int(ADULT[-1]) + 1) % 10)


def masked(number: str) -> str:
    return number[:6] + "*****"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Valid numbers, however they are typed between words.
        (f"mor {ADULT}", f"mor {masked(ADULT)}"),
        (ADULT, masked(ADULT)),
        (f"({CHILD})", f"({masked(CHILD)})"),
        (f"fnr:{ADULT}.", f"fnr:{masked(ADULT)}."),
        (f"{ADULT[:6]} {ADULT[6:]}", masked(ADULT)),
        (f"{ADULT[:6]}-{ADULT[6:]}", masked(ADULT)),
        (f"{ADULT[:6]}\u00a0{ADULT[6:]}", masked(ADULT)),
        (f"D-nr {D_NUMBER}", f"D-nr {masked(D_NUMBER)}"),
        (f"test {SYNTHETIC}", f"test {masked(SYNTHETIC)}"),
        (f"{ADULT} og {CHILD}", f"{masked(ADULT)} og {masked(CHILD)}"),
        (f"{ADULT}\n{CHILD}", f"{masked(ADULT)}\n{masked(CHILD)}"),
        # What is not a valid number stays.
        (f"ordre {WRONG_CONTROLS}", f"ordre {WRONG_CONTROLS}"),
        (f"hjelpenummer {H_NUMBER}", f"hjelpenummer {H_NUMBER}"),
        ("tlf 22 33 44 55", "tlf 22 33 44 55"),
        ("kontonummer 1234.56.78903", "kontonummer 1234.56.78903"),
        ("00000000000", "00000000000"),
        # Part of a longer run of digits: an account or a reference, not a number alone.
        (f"1{ADULT}", f"1{ADULT}"),
        (f"{ADULT}9", f"{ADULT}9"),
        (f"{ADULT[:6]}  {ADULT[6:]}", f"{ADULT[:6]}  {ADULT[6:]}"),  # two spaces: two numbers
        (f"{ADULT[:5]} {ADULT[5:]}", f"{ADULT[:5]} {ADULT[5:]}"),  # split elsewhere
        # Digits from other scripts are not typed fødselsnumre.
        ("١٥٠٣٩٠١٠٠٤٣", "١٥٠٣٩٠١٠٠٤٣"),
        ("", ""),
        ("Kari Nordmann", "Kari Nordmann"),
    ],
)
def test_valid_numbers_in_text_are_masked_and_nothing_else(text: str, expected: str) -> None:
    assert mask_in_text(text) == expected
    assert holds_identity_number(text) is (expected != text)


def test_a_masked_number_is_left_as_it_is() -> None:
    assert mask_in_text(masked(ADULT)) == masked(ADULT)
    assert not holds_identity_number(masked(ADULT))


def test_every_string_of_a_json_like_value_is_masked_and_its_keys_kept() -> None:
    value = {
        "name": f"Ola {ADULT}",
        "guardians": [f"Kari {CHILD}", "Per"],
        ADULT: ("x", 3, None, True),
        "nested": {"note": f"{ADULT[:6]} {ADULT[6:]}"},
    }
    assert mask_in_data(value) == {
        "name": f"Ola {masked(ADULT)}",
        "guardians": [f"Kari {masked(CHILD)}", "Per"],
        ADULT: ("x", 3, None, True),
        "nested": {"note": masked(ADULT)},
    }
    plain = {"name": "Ola", "at": "2026-11-28T10:00:00+00:00"}
    assert mask_in_data(plain) is plain  # nothing with six digits: not copied


def test_the_rows_of_an_export_chunk_are_masked_in_their_text_cells_only() -> None:
    rows = [
        ["2026-0001", f"Ola {ADULT}", (f"Kari {CHILD}", "Per"), None, ADULT],
        ["2026-0002", "Eva", (), f"ringte {D_NUMBER}", None],
        ["2026-0003", "Ida", ("Mor",), "", None],
    ]
    mask_in_rows(rows, texts=(1, 3), lists=(2,))
    assert rows == [
        # Column 4 is no text column here: left (the fnr column is masked in SQL).
        ["2026-0001", f"Ola {masked(ADULT)}", (f"Kari {masked(CHILD)}", "Per"), None, ADULT],
        ["2026-0002", "Eva", (), f"ringte {masked(D_NUMBER)}", None],
        ["2026-0003", "Ida", ("Mor",), "", None],
    ]


@pytest.mark.parametrize(("texts", "lists"), [((0,), ()), ((), (0,)), ((0, 1), ())])
def test_any_choice_of_columns_is_looked_at(texts: tuple[int, ...], lists: tuple[int, ...]) -> None:
    rows = [[(ADULT,) if lists else ADULT, ADULT]]
    mask_in_rows(rows, texts, lists)
    assert rows[0][0] in ((masked(ADULT),), masked(ADULT))
    assert rows[0][1] == (masked(ADULT) if 1 in texts else ADULT)


def test_a_chunk_without_six_digits_in_a_row_is_not_touched() -> None:
    guardians = ("Kari 12345",)
    rows = [["Ola 2026-11-28", guardians, "tlf 2233 4455"]]
    mask_in_rows(rows, texts=(0, 2), lists=(1,))
    assert rows == [["Ola 2026-11-28", guardians, "tlf 2233 4455"]]
    assert rows[0][1] is guardians


# --- properties -----------------------------------------------------------------------

#: Text around a number: anything, but not a digit next to it (that would make it a longer
#: run, left on purpose).
AROUND = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
SEPARATORS = st.sampled_from(["", " ", "-", "\u00a0"])


@given(st.one_of(classic_numbers(), numbers_2032_only()), AROUND, AROUND, SEPARATORS)
def test_any_valid_number_anywhere_in_text_is_masked(
    generated: Generated, before: str, after: str, separator: str
) -> None:
    assume(not before[-1:].isascii() or not before[-1:].isdigit())
    assume(not after[:1].isascii() or not after[:1].isdigit())
    number = generated.value
    text = before + number[:6] + separator + number[6:] + after
    result = mask_in_text(text)
    assert number[6:] not in result.replace(before, "", 1).replace(after, "")
    assert number[:6] + "*****" in result
    assert holds_identity_number(text)
    assert mask_in_text(result) == result  # idempotent


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
def test_text_without_a_valid_number_is_unchanged_and_masking_is_idempotent(text: str) -> None:
    result = mask_in_text(text)
    assert mask_in_text(result) == result
    if not holds_identity_number(text):
        assert result == text
    assert not holds_identity_number(result)


@given(st.from_regex(r"[a-z ]{0,5}[0-9]{11}[a-z ]{0,5}", fullmatch=True))
def test_eleven_digits_are_masked_exactly_when_they_are_a_valid_number(text: str) -> None:
    from kecli.domain.identity import is_valid_identity_number

    digits = "".join(c for c in text if c.isdigit())
    valid = is_valid_identity_number(digits, allow_synthetic=True)
    assert (mask_in_text(text) != text) is valid
