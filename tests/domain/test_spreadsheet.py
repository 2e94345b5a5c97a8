"""A CSV cell no spreadsheet runs, and the value it was."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kecli.domain.spreadsheet import neutralised, restored


@pytest.mark.parametrize(
    ("typed", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+47", "'+47"),
        ("-x", "'-x"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("'x", "''x"),
        ("Ola", "Ola"),
        ("Ola = 1", "Ola = 1"),
        ("", ""),
    ],
)
def test_a_cell_that_would_run_begins_with_an_apostrophe(typed, cell):
    assert neutralised(typed) == cell
    assert restored(cell) == typed


@given(st.text())
def test_every_value_comes_back_as_it_was(text):
    assert restored(neutralised(text)) == text
