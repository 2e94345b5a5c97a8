"""What each key does at kecli's prompts, typed into prompt_toolkit through a pipe.

The pseudo-terminal tests (test_*_walk.py) drive whole walks; these check every word a
yes/no question takes, and the menu filter, key by key and in both languages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from kecli.cli.prompts import Back, ask_menu, ask_select, ask_text, ask_yes_no, fold

ENTER = "\r"
ESC = "\x1b"
BACKSPACE = "\x7f"
CTRL_C = "\x03"

MENU = [
    ("add:goals", "Legg til mål"),
    ("add:measures", "Legg til tiltak"),
    ("add:meetings", "Legg til møte"),
    ("set:own_contribution", "Personens eget bidrag"),
    ("save", "Lagre og avslutt"),
]


@pytest.fixture
def typed() -> Iterator[Callable[..., Any]]:
    """Run a prompt with ``keys`` already typed; returns what the prompt returned."""
    with create_pipe_input() as pipe:

        def run(keys: str, prompt: Callable[[], Any]) -> Any:
            pipe.send_text(keys)
            with create_app_session(input=pipe, output=DummyOutput()):
                return prompt()

        yield run


YES_NO_WORDS = [
    *[(word, True) for word in ("j", "ja", "J", "JA", "Ja", "y", "yes", "Y", "YES", " ja ")],
    *[(word, False) for word in ("n", "nei", "N", "NEI", "Nei", "no", "No")],
]


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize(("word", "meaning"), YES_NO_WORDS)
@pytest.mark.parametrize("default", [None, True, False])
def test_a_yes_no_answer_is_the_word_typed_whatever_the_default(
    typed, monkeypatch, lang, word, meaning, default
):
    monkeypatch.setenv("KECLI_LANG", lang)
    assert typed(word + ENTER, lambda: ask_yes_no("?", default=default)) is meaning


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("default", [True, False])
def test_enter_alone_takes_the_default_the_prompt_shows(typed, monkeypatch, lang, default):
    monkeypatch.setenv("KECLI_LANG", lang)
    assert typed(ENTER, lambda: ask_yes_no("?", default=default)) is default


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("unknown", ["x", "jn", "ok", "1", "ja nei", "ø"])
@pytest.mark.parametrize("then", [("n", False), ("j", True)])
def test_an_unknown_answer_answers_nothing_and_waits_for_a_real_one(
    typed, monkeypatch, lang, unknown, then
):
    # The default (True) is not taken either: only the answer typed after the refusal is.
    monkeypatch.setenv("KECLI_LANG", lang)
    keys = unknown + ENTER + BACKSPACE * len(unknown) + then[0] + ENTER
    assert typed(keys, lambda: ask_yes_no("?", default=True)) is then[1]


def test_without_a_default_enter_alone_answers_nothing(typed):
    assert typed(ENTER + ENTER + "n" + ENTER, lambda: ask_yes_no("?")) is False


def test_esc_goes_back_only_where_the_caller_allows_it(typed):
    with pytest.raises(Back):
        typed(ESC, lambda: ask_yes_no("?", default=True, back=True))
    with pytest.raises(Back):
        typed("half typed" + ESC, lambda: ask_text("?", back=True))
    with pytest.raises(Back):
        typed(ESC, lambda: ask_select("?", MENU, back=True))


def test_ctrl_c_interrupts_every_prompt(typed):
    for prompt in (
        lambda: ask_yes_no("?", default=True, back=True),
        lambda: ask_text("?", back=True),
        lambda: ask_menu("?", MENU, back=True),
    ):
        with pytest.raises(KeyboardInterrupt):
            typed(CTRL_C, prompt)


@pytest.mark.parametrize(
    ("search", "chosen"),
    [
        ("møte", "add:meetings"),
        ("MØTE", "add:meetings"),
        ("mote", "add:meetings"),  # without the accent
        ("mål", "add:goals"),
        ("maal", "add:goals"),  # aa for å
        ("mal", "add:goals"),
        ("tiltak", "add:measures"),
        ("bidrag", "set:own_contribution"),
        ("lagre", "save"),
    ],
)
def test_typing_filters_the_menu_with_ae_oe_aa(typed, search, chosen):
    assert typed(search + ENTER, lambda: ask_menu("?", MENU)) == chosen


def test_a_filter_that_matches_nothing_answers_nothing(typed):
    # Enter on "møtx" (nothing matches) must not take the first entry; the keys typed after
    # it (erase, then "e") find the meeting.
    keys = "møtx" + ENTER + BACKSPACE + "e" + ENTER
    assert typed(keys, lambda: ask_menu("?", MENU)) == "add:meetings"


def test_esc_in_the_menu_first_clears_the_search(typed):
    # "zz" matches nothing; Esc clears it and Enter takes the entry the pointer was on.
    assert typed("zz" + ESC + ENTER, lambda: ask_menu("?", MENU, default="save")) == "save"


def test_arrow_keys_move_within_the_filtered_entries(typed):
    down = "\x1b[B"
    assert typed("legg" + down + down + ENTER, lambda: ask_menu("?", MENU)) == "add:meetings"


def test_a_select_ignores_letters_and_answers_the_entry_shown(typed):
    assert typed("møte" + ENTER, lambda: ask_select("?", MENU, default="save")) == "save"


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Møte", "mote"), ("Ærlig", "aerlig"), ("Åse", "ase"), ("Aase", "ase"), ("Café", "cafe")],
)
def test_fold_matches_without_case_or_accents(text, folded):
    assert fold(text) == folded


def test_typing_points_at_the_entry_that_starts_with_it(typed):
    # Both hold "avslutt"; the one that starts with it is meant.
    menu = [("save", "Lagre og avslutt"), ("quit", "Avslutt uten å lagre")]
    assert typed("avslutt" + ENTER, lambda: ask_menu("?", menu)) == "quit"
