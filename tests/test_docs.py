"""The documentation: the command reference is current, every link leads somewhere, the
README's tour runs, and no page points at a document outside the repository."""

from __future__ import annotations

import importlib.util
import re
import shlex
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", ROOT / "bench" / "README.md", *(ROOT / "docs").glob("*.md")])
REGENERATE = ".venv/bin/python scripts/gen_docs.py"


def generator():
    spec = importlib.util.spec_from_file_location("gen_docs", ROOT / "scripts" / "gen_docs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_docs"] = module
    spec.loader.exec_module(module)
    return module


def test_the_command_reference_is_generated_from_the_current_help():
    checked_in = (ROOT / "docs" / "commands.md").read_text(encoding="utf-8")
    assert checked_in == generator().render(), f"docs/commands.md is stale: run {REGENERATE}"


# --- links -----------------------------------------------------------------------------------

FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"\[[^\]\n]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{1,6} +(.+?) *#*$", re.MULTILINE)


def prose(text: str) -> str:
    """The text outside code blocks and code spans (where a # or a [..](..) is code)."""
    return CODE.sub("", FENCE.sub("", text))


def anchors(page: Path) -> set[str]:
    """The anchors GitHub gives the page's headings: lower case, punctuation dropped,
    spaces to hyphens, repeats numbered."""
    found: set[str] = set()
    for heading in HEADING.findall(FENCE.sub("", page.read_text(encoding="utf-8"))):
        text = re.sub(r"[`*_]|\[([^\]]*)\]\([^)]*\)", r"\1", heading).lower()
        slug = "".join(c for c in text if c.isalnum() or c in " -_").replace(" ", "-")
        n, unique = 0, slug
        while unique in found:
            n += 1
            unique = f"{slug}-{n}"
        found.add(unique)
    return found


def test_the_anchor_rule_is_githubs():
    page = ROOT / "docs" / "privacy.md"
    assert {"the-audit-log", "the-fødselsnummer"} <= anchors(page)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_leads_to_a_file_and_heading(page):
    broken = []
    for target in LINK.findall(prose(page.read_text(encoding="utf-8"))):
        if re.match(r"[a-z]+:", target):  # https:, mailto:
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        if not linked.exists():
            broken.append(f"{target}: no file {path}")
        elif anchor and anchor not in anchors(linked):
            broken.append(f"{target}: no heading #{anchor} in {linked.relative_to(ROOT)}")
    assert not broken, f"{page.relative_to(ROOT)}: " + "; ".join(broken)


def test_every_page_is_reached_from_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in PAGES:
        if page != ROOT / "README.md":
            assert f"]({page.relative_to(ROOT)})" in readme, f"README has no link to {page}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_page_cites_a_document_outside_the_repository(page):
    text = page.read_text(encoding="utf-8")
    for outside in ("SPEC", "DOMAIN §", "STYLE.md", "../shared", "/work/"):
        assert outside not in text, f"{page.relative_to(ROOT)} refers to {outside!r}"


def test_the_readme_stays_an_entrance():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 200, f"README.md has {len(lines)} lines; move detail to docs/"


def test_the_readme_keeps_its_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install = "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/kecli case list"
    assert f"```sh\n{install}\n```" in readme
    assert "```sh\n./scripts/test\n```" in readme


# --- the tour --------------------------------------------------------------------------------


def tour() -> list[tuple[str, list[str], str | None]]:
    """The README's tour as (line, kecli arguments, stdin), guided lines left out."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## A short tour") :]
    block = section[section.index("```sh\n") + 6 :]
    block = block[: block.index("```")].replace("\\\n", " ")
    steps = []
    for line in block.splitlines():
        if "# guided" in line:
            continue
        words = shlex.split(line, comments=True)
        stdin = None
        if "|" in words:
            echo, words = words[: words.index("|")], words[words.index("|") + 1 :]
            assert echo[0] == "echo", line
            stdin = " ".join(echo[1:]) + "\n"
        if ">" in words:  # the tour's redirections only keep what is printed
            words = words[: words.index(">")]
        assert words[0] == "kecli", line
        steps.append((line, words[1:], stdin))
    return steps


def test_the_readme_tour_runs_on_a_new_database(kecli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    steps = tour()
    assert len(steps) >= 20
    for line, args, stdin in steps:
        result = kecli(*args, input=stdin)
        assert result.exit_code == 0, f"{line}\n{result.stderr}"
    assert (tmp_path / "saker.xlsx").exists()
    assert (tmp_path / "brev.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "frister.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
