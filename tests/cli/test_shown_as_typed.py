"""Stored text is shown as typed: never read as Rich markup or emoji codes, never acting on
the terminal (escape sequences shown as ``\\x1b``), never breaking a one-line message."""

from __future__ import annotations

import pytest

ESC = "\x1b"
#: A window title changed (OSC 0), then the screen cleared (CSI 2J).
OSC = f"Eve {ESC}]0;owned\x07{ESC}[2J"

#: (typed, how a screen shows it)
HOSTILE = [
    ("Ola [/b]", "Ola [/b]"),  # closes a tag never opened: Rich's MarkupError
    ("Ida [red]", "Ida [red]"),  # valid markup: silently applied, and lost
    ("Per [bold]x[/bold] :smile:", "Per [bold]x[/bold] :smile:"),
    (OSC, "Eve \\x1b]0;owned\\x07\\x1b[2J"),
    ("Rtl \u202egnp.exe", "Rtl \\u202egnp.exe"),
]


@pytest.fixture(autouse=True)
def wide(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # a name on one line, as typed


def assert_clean(output: str) -> None:
    assert ESC not in output and "\x07" not in output and "\u202e" not in output
    assert "Traceback" not in output and "internal error" not in output


@pytest.mark.parametrize(("typed", "shown"), HOSTILE)
def test_a_name_is_shown_as_typed_in_every_view_of_the_case(kecli, typed, shown):
    result = kecli("case", "new", "--name", typed, "--kind", "koordinator")
    assert result.exit_code == 0, result.output  # saved, and said so: nothing to retry
    assert f"2026-0001: {shown} (koordinator" in result.stdout
    assert_clean(result.output)
    assert kecli.json("case", "show", "2026-0001")["person"]["name"] == typed  # kept as typed
    for command in (
        ["case", "list"],
        ["case", "show", "2026-0001"],
        ["report", "deadlines", "--within", "400"],
    ):
        result = kecli(*command)
        assert result.exit_code == 0, (command, result.output)
        assert shown in result.stdout, command
        assert_clean(result.output)


def test_a_coordinators_name_and_a_setting_are_shown_as_typed(kecli):
    name = f"Kari [/b] {ESC}[31mred"
    result = kecli("coordinator", "add", "--name", name, "--kind", "koordinator", "--no-input")
    assert result.exit_code == 0, result.output
    assert "Kari [/b] \\x1b[31mred" in result.stdout
    for command in (["coordinator", "list"], ["coordinator", "show", "1"]):
        result = kecli(*command)
        assert result.exit_code == 0 and "Kari [/b] \\x1b[31mred" in result.stdout, result.output
        assert_clean(result.output)
    result = kecli("config", "set", "municipality", f"Oslo [/] {ESC}]0;x\x07")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "municipality = Oslo [/] \\x1b]0;x\\x07"
    result = kecli("config", "show")
    assert result.exit_code == 0 and "Oslo [/] \\x1b]0;x\\x07" in result.stdout
    assert_clean(result.output)


def test_appeal_grounds_and_a_user_name_are_shown_as_typed(kecli):
    from tests.cli.test_appeal import refused_case

    case_id = refused_case(kecli)
    user = f"[/]{ESC}[2J"
    result = kecli(
        "--user", user, "appeal", "file", case_id, "--filed-on", "2026-11-02",
        "--grounds", "Klage [/i] " + OSC,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert_clean(result.output)
    for command in (
        ["case", "show", case_id],
        ["audit", "list"],
        ["audit", "list", "--user", "[/]"],
    ):
        result = kecli(*command)
        assert result.exit_code == 0, (command, result.output)
        assert_clean(result.output)
    assert "[/]\\x1b[2J" in kecli("audit", "list").stdout


@pytest.mark.parametrize("value", ["x\ny", f"a{ESC}[2Jb", "x\r\nHint: forged"])
def test_an_error_stays_two_lines_whatever_the_value_holds(kecli, refused, value):
    result = refused(1, "case", "show", value, message="does not exist")
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and lines[1].startswith("Hint: List the cases"), lines
    assert_clean(result.stderr)


def test_a_failure_after_saving_says_what_was_saved(kecli, monkeypatch):
    # Whatever goes wrong once the case is saved, the user learns that it was: a retry
    # would register the person twice.
    from kecli.render import cases

    def broken(*_args, **_kwargs):
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(cases, "case_summary", broken)
    result = kecli("case", "new", "--name", "Ida", "--kind", "koordinator")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "Error: unexpected internal error (RuntimeError) after saving: case registered in "
        "2026-0001 (see kecli audit list)."
    )
    assert [c["id"] for c in kecli.json("case", "list")] == ["2026-0001"]
