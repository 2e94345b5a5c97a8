"""The parser's refusals (an unknown option, a missing argument, a value of the wrong type)
in the user's language, as one line and a hint, exit 2, nothing written."""

from __future__ import annotations

import pytest

CASES = [
    (
        ("case", "list", "--colour"),
        "Feil: Ukjent valg: --colour.",
        "Error: No such option: --colour.",
    ),
    (
        ("case", "list", "--mien"),
        "Feil: Ukjent valg: --mien. Mente du --kind eller --mine?",
        "Error: No such option: --mien. Did you mean --kind or --mine?",
    ),
    (
        ("case", "nope"),
        "Feil: Ukjent kommando: nope. Mente du note eller reopen?",
        "Error: No such command: nope. Did you mean note or reopen?",
    ),
    (("case", "show"), "Feil: SAK mangler.", "Error: CASE is missing."),
    (
        ("case", "show", "2026-0001", "extra"),
        "Feil: For mange argumenter: extra.",
        "Error: Unexpected extra argument(s): extra.",
    ),
    (
        ("case", "list", "--status"),
        "Feil: --status trenger en verdi.",
        "Error: --status needs a value.",
    ),
    (
        ("case", "list", "--json=yes"),
        "Feil: --json tar ingen verdi.",
        "Error: --json takes no value.",
    ),
    (
        ("case", "find", "kari", "--limit", "mange"),
        "Feil: Ugyldig verdi for --limit: det må være et heltall.",
        "Error: Invalid value for --limit: it must be a whole number.",
    ),
]


@pytest.mark.parametrize(("args", "nb", "en"), CASES, ids=[" ".join(c[0]) for c in CASES])
@pytest.mark.parametrize("lang", ["nb", "en"])
def test_the_parsers_refusals_are_said_in_the_users_language(
    refused, monkeypatch, lang, args, nb, en
):
    monkeypatch.setenv("KECLI_LANG", lang)
    result = refused(2, *args, message=nb if lang == "nb" else en)
    first, hint = result.stderr.strip().splitlines()
    assert first == (nb if lang == "nb" else en)
    assert hint.startswith("Tips: kecli" if lang == "nb" else "Hint: kecli")


def test_a_message_the_catalogue_does_not_know_is_shown_as_the_parser_wrote_it():
    from kecli.cli.usage import usage_message

    assert usage_message("Something new from the parser.") == "Something new from the parser."
