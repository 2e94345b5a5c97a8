"""Structured errors: a catalogue template filled when shown, a field named by whoever
shows it — a flag at the command line (cli/fields.py), a column in an import file."""

from __future__ import annotations

import pytest

from kecli.cli.fields import flag, shown
from kecli.errors import InvalidInput, Msg, Template
from kecli.services.importing.problems import as_columns, prefixed

_AFTER = Template(
    "{field} {value} er etter {f[received_on]}.", "{field} {value} is after {f[received_on]}."
)


@pytest.mark.parametrize(
    ("field", "option"),
    [
        ("on", "--on"),
        ("decided_on", "--decided-on"),
        ("received_on", "--received"),  # the option is shorter than the column
        ("guardian_phone", "--guardian-phone"),
        ("consent.on:", "consent.on:"),  # a place in a plan document, as it is
    ],
)
def test_a_field_is_shown_as_its_flag(field: str, option: str) -> None:
    assert flag(field) == option


def test_the_command_line_names_flags_and_the_importer_columns() -> None:
    error = InvalidInput(_AFTER, field="decided_on", value="2026-01-02")
    assert shown(error)[0] == Msg(
        "--decided-on 2026-01-02 er etter --received.",
        "--decided-on 2026-01-02 is after --received.",
    )
    assert as_columns(error).message == Msg(
        "decided_on 2026-01-02 er etter received_on.",
        "decided_on 2026-01-02 is after received_on.",
    )
    assert str(error) == "decided_on 2026-01-02 is after received_on."


def test_a_value_is_shown_as_typed_and_a_brace_in_it_stays() -> None:
    error = InvalidInput(_AFTER, field="on", value="{x}\x1b[2J")
    assert shown(error)[0][1] == "--on {x}\\x1b[2J is after --received."


def test_a_filled_part_keeps_its_fields_for_the_error() -> None:
    part = Template("{f[sent_on]} ({day})", "{f[sent_on]} ({day})").fill(day="2026-01-01")
    error = InvalidInput(Template("Før {what}.", "Before {what}."), what=part)
    assert shown(error)[0] == Msg("Før --sent-on (2026-01-01).", "Before --sent-on (2026-01-01).")


def test_an_error_found_in_a_column_says_so() -> None:
    error = InvalidInput(
        Template("Ugyldig dato: «{value}».", "Invalid date: '{value}'."), value="x"
    )
    assert prefixed("closed_on", error).message == Msg(
        "closed_on: Ugyldig dato: «x».", "closed_on: Invalid date: 'x'."
    )
