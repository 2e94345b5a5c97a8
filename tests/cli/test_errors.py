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


SPACED = f"{ADULT[:6]} {ADULT[6:]}"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["case", "show", SPACED], 1),
        (["coordinator", "show", ADULT], 1),
        (["coordinator", "assign", "2026-1", ADULT], 1),
        (["case", "list", "--coordinator", ADULT], 1),
        (["case", "assess", "2026-1", "--answer", ADULT], 2),
        (["case", "new", "--name", "X", "--kind", ADULT], 2),
    ],
    ids=["spaced case id", "coordinator", "swapped arguments", "filter", "answer", "choice"],
)
def test_a_fodselsnummer_typed_in_the_wrong_place_is_masked_in_the_error(
    kecli, refused, args, code
):
    kecli.new_case()
    result = refused(code, *args, message=f"{ADULT[:6]}*****")
    assert ADULT[6:] not in result.stderr


def test_a_bad_row_of_an_import_masks_a_fodselsnummer_in_the_wrong_column(kecli, tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text(
        "id,kind,status,received_on,name,channel\n"
        f"{ADULT},koordinator,received,2026-11-01,A,skjema\n"
        f"2026-0002,koordinator,received,2026-11-01,B,{ADULT}\n",
        encoding="utf-8",
    )
    result = kecli("import", "cases", str(path))
    assert result.exit_code == 2
    assert f"line 2: id: '{ADULT[:6]}*****' is not a case id" in result.stderr
    assert f"line 3: Invalid value for channel: '{ADULT[:6]}*****'" in result.stderr
    assert ADULT not in result.stderr


def test_an_export_file_named_with_a_number_is_logged_masked(kecli, tmp_path):
    kecli.new_case()
    target = tmp_path / f"kari-{ADULT}.csv"
    assert kecli("export", "cases", "--output", str(target)).exit_code == 0
    logged = kecli.json("audit", "list", "--action", "export.cases")[0]["details"]["output"]
    assert logged == f"kari-{ADULT[:6]}*****.csv"
