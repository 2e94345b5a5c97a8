"""Folding names and reading a search: ``ase`` finds Åse, ``aa`` finds å, a number is a
fødselsnummer or a birth date, ``2026-7`` a case."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kecli.domain.search import (
    BIRTH,
    GUARDIAN,
    NAME,
    TERM_MAX,
    birth_terms,
    case_terms,
    fold,
    prefix_end,
    read_query,
    same_name,
    words,
)


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Åse", "ase"),
        ("Aase", "ase"),
        ("Ødegård", "odegard"),
        ("ØDEGAARD", "odegard"),
        ("Bjørn-Åge Sæther", "bjorn age saether"),
        ("  José   Müller ", "jose muller"),
        ("O'Neil", "o neil"),
        ("Łukasz", "lukasz"),
    ],
)
def test_names_fold_to_plain_lower_case_words(typed, folded):
    assert fold(typed) == folded


@given(st.text())
def test_folding_gives_only_letters_digits_and_single_spaces_and_is_stable(text):
    folded = fold(text)
    assert re.fullmatch(r"([a-z0-9]+( [a-z0-9]+)*)?", folded)
    assert fold(folded) == folded


def test_the_same_name_whatever_the_spelling():
    assert same_name("Åse Ødegård", "aase  odegaard")
    assert not same_name("Åse Ødegård", "Åse Ødegården")


def test_a_case_is_found_by_its_names_words_and_birth_digits_never_the_whole_number():
    found = dict(
        case_terms("Åse Ødegård", ["Per Ødegård", "Kari"], dt.date(1980, 1, 1), "01018012371")
    )
    assert found == {
        "010180": BIRTH,
        "01011980": BIRTH,
        "ase": NAME,
        "odegard": NAME,
        "per": GUARDIAN,
        "kari": GUARDIAN,
    }
    assert not any(len(term) == 11 for term in found)


def test_a_d_number_is_found_by_its_own_six_digits_and_by_the_birth_date():
    assert birth_terms(dt.date(1980, 1, 1), "41018012345") == ["010180", "01011980", "410180"]


@pytest.mark.parametrize(
    ("text", "case_id", "fnrs", "births", "names"),
    [
        ("2026-7", "2026-0007", [], [], []),
        (" 2026-0007 ", "2026-0007", [], [], []),
        ("01018012371", None, ["01018012371"], [], []),
        ("010180 12371", None, ["01018012371"], [], []),
        ("010180", None, [], ["010180"], []),
        ("01011980", None, [], ["01011980"], []),
        ("1980-01-01", None, [], ["01011980"], []),
        ("1.1.1980", None, [], ["01011980"], []),
        ("kari 01.01.1980", None, [], ["01011980"], ["kari"]),
        ("Åse Ødeg", None, [], [], ["ase", "odeg"]),
        ("1980-02-30", None, [], [], ["1980", "02", "30"]),
    ],
)
def test_a_search_is_read_as_what_it_looks_like(text, case_id, fnrs, births, names):
    query = read_query(text)
    assert (query.case_id, query.fnrs, query.births, query.names) == (case_id, fnrs, births, names)


def test_a_search_by_a_number_is_logged_masked():
    assert read_query("01018012371").by_identity_number
    assert read_query("010180").by_identity_number
    assert not read_query("01011980 kari").by_identity_number
    assert read_query("010180 12371").shown() == "010180*****"
    assert read_query("- . ,").empty


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10))
def test_a_prefix_is_a_range(prefix):
    end = prefix_end(prefix)
    assert prefix < end
    assert prefix + "z" * 5 < end and prefix + "9" < end


# Names fold piece by piece, remembered (an import folds 100,000s): the same words as
# folding the whole name, whatever it holds (accents, marks after a space, odd spaces).
NAME_TEXT = st.text(
    alphabet=st.sampled_from("aAåÅæøØeé \u0301\u00a0\t-'.ßǄﬁİ\u2003x1") | st.characters(),
    max_size=30,
)


@given(st.lists(NAME_TEXT, min_size=1, max_size=4))
def test_words_are_the_whole_names_folded_words(names):
    for name in [*names, *names]:  # the second time from what was remembered
        assert words(name) == [w[:TERM_MAX] for w in fold(name).split()]


@given(st.dates())
def test_birth_digits_are_the_days_strftime(day):
    assert birth_terms(day, None) == list(
        dict.fromkeys([day.strftime("%d%m%y"), day.strftime("%d%m%Y")])
    )
