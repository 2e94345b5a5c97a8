"""Every command has help text and is described in the README or a page of docs/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tree import command_tree, is_group

ROOT = Path(__file__).parent.parent
#: The hand-written documentation (docs/commands.md, generated from --help, proves nothing).
DOCS = "\n".join(
    page.read_text(encoding="utf-8")
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    if page.name != "commands.md"
)


def commands() -> list[tuple[str, object]]:
    return [
        (" ".join(("kecli", *path)), command)
        for path, command in command_tree()
        if not is_group(command)
    ]


@pytest.mark.parametrize(("path", "command"), commands(), ids=lambda v: str(v))
def test_every_command_has_help_and_is_documented(path, command):
    assert (getattr(command, "help", None) or "").strip(), f"{path} has no help"
    assert f"`{path}" in DOCS or f"{path} " in DOCS, f"{path} is not in README.md or docs/"


@pytest.mark.parametrize(("path", "command"), commands(), ids=lambda v: str(v))
def test_every_command_takes_no_input(path, command):
    # SPEC § 3: --no-input is an option of the command; a script that always passes it
    # must not fail on a command that never prompts.
    names = {opt for param in command.params for opt in getattr(param, "opts", [])}
    assert "--no-input" in names, f"{path} does not take --no-input"


def test_no_input_on_a_command_that_never_prompts(kecli):
    kecli.new_case()
    result = kecli("case", "show", "2026-1", "--no-input", "--json")
    assert result.exit_code == 0, result.stderr
