"""The guided ``appeal file`` and ``appeal resolve`` in a real terminal."""

from __future__ import annotations

import pexpect
import pytest

from .conftest import DOWN, ENTER

pytestmark = pytest.mark.pty

BACKSPACE = "\x7f"


def refused(kecli) -> str:
    case_id = str(kecli.new_case()["id"])
    kecli.json_warned(
        "case", "assess", case_id, "--answer", "services=yes", "--answer", "long_term=no",
        "--answer", "complex=no", "--answer", "coordination=yes", "--answer", "consent=yes",
        "--answer", "participation=yes",
    )  # fmt: skip
    kecli.json("case", "notify", case_id, "--on", "today")
    return case_id


def forwarded(kecli) -> str:
    case_id = refused(kecli)
    kecli.json("appeal", "file", case_id, "--grounds", "g")
    kecli.json("appeal", "escalate", case_id)
    return case_id


def test_appeal_file_asks_for_what_the_flags_did_not_give_in_english(spawn, kecli):
    case_id = refused(kecli)
    child = spawn("appeal", "file", case_id, "--note", "kom med posten", KECLI_LANG="en")
    child.expect("An appeal against the decision in 2026-0001: avslag 2026-11-28")
    child.expect("When was the appeal posted or delivered")
    child.send(BACKSPACE * 10 + "2026-11-27" + ENTER)  # refused next to the prompt
    child.expect("The date is before the decision \\(2026-11-28\\)")
    child.send(BACKSPACE * 10 + "28.11.2026" + ENTER)
    child.expect("What does the appeal say")
    child.send("Behovet er langvarig" + ENTER)
    child.expect("Is the appeal signed")
    child.send("n" + ENTER)
    child.expect("Register the appeal in 2026-0001")  # --note was given: not asked
    child.send(ENTER)
    child.expect("Appeal #1 in 2026-0001")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    appeal = kecli.json("case", "show", case_id)["appeals"][0]
    assert (appeal["filed_on"], appeal["grounds"], appeal["signed"]) == (
        "2026-11-28",
        "Behovet er langvarig",
        False,
    )
    assert appeal["history"][0]["note"] == "kom med posten"


def test_appeal_file_with_the_date_given_asks_nothing(spawn, kecli):
    case_id = refused(kecli)
    child = spawn("appeal", "file", case_id, "--filed-on", "today", KECLI_LANG="en")
    child.expect("Appeal #1 in 2026-0001")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_appeal_resolve_asks_for_statsforvalterens_answer_in_bokmal(spawn, kecli):
    case_id = forwarded(kecli)
    child = spawn("appeal", "resolve", case_id, KECLI_LANG="nb")
    child.expect("Statsforvalterens svar på klage #1 i 2026-0001")
    child.expect("stadfestet — avgjørelsen står")
    child.send(DOWN + ENTER)  # omgjort
    child.expect("Datoen for svaret")
    child.send(ENTER)  # today
    child.expect("Merknad")
    child.send("Omgjort i brev" + ENTER)
    child.expect("Registrere svaret \\(omgjort\\)")
    child.send(ENTER)
    child.expect("Gjeldende avgjørelse")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    case = kecli.json("case", "show", case_id)
    assert case["decision"]["outcome"] == "innvilget"
    assert case["appeals"][0]["final_outcome"] == "omgjort"


def test_answering_no_at_the_confirmation_writes_nothing(spawn, kecli):
    case_id = forwarded(kecli)
    before = kecli.snapshot()
    child = spawn("appeal", "resolve", case_id, "--on", "today", "--note", "x", KECLI_LANG="en")
    child.expect("Statsforvalteren's answer")
    child.send(ENTER)
    child.expect("Record the answer \\(stadfestet\\)")
    child.send("n" + ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert kecli.snapshot() == before
