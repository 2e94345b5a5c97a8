"""The error boundary: unexpected failures are short, and never leak personal data."""

from __future__ import annotations

import pytest

from tests.fnr import ADULT


@pytest.fixture
def broken_list(monkeypatch):
    import kecli.services.cases as cases

    def boom(*_args, **_kwargs):
        secret = ADULT  # a local that holds personal data
        raise ValueError(f"bad row {secret}")

    monkeypatch.setattr(cases, "list_cases", boom)


def test_an_unexpected_error_is_one_short_message_without_its_text(kecli, broken_list):
    result = kecli("case", "list")
    assert result.exit_code == 1
    assert "unexpected internal error (ValueError)" in result.stderr
    assert "--debug" in result.stderr
    assert "Traceback" not in result.stderr
    assert ADULT not in result.stderr


def test_debug_shows_the_traceback_but_never_the_locals(kecli, broken_list):
    result = kecli("--debug", "case", "list")
    assert result.exit_code == 1
    assert "Traceback" in result.stderr
    assert "secret =" not in result.stderr.replace("    secret = ADULT", "")
    assert "locals" not in result.stderr.lower()
    assert ADULT not in result.stderr
    assert ADULT[:6] + "*****" in result.stderr
