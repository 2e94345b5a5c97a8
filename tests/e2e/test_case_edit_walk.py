"""The guided ``case edit`` in a real terminal, in bokmål and English."""

from __future__ import annotations

import pexpect
import pytest

from .conftest import CTRL_C, ENTER, ESC

pytestmark = pytest.mark.pty

BACKSPACE = "\x7f"


def expected_child(kecli) -> None:
    kecli.new_case(
        "--expected-birth-date", "2027-01-10", "--guardian", "Mor A",
        kind="barnekoordinator", name="Lille Ola",
    )  # fmt: skip


def test_the_walk_records_a_birth_and_a_guardians_address_in_bokmal(spawn, kecli):
    expected_child(kecli)
    child = spawn("case", "edit", "2026-1", KECLI_LANG="nb")
    child.expect("Endre sak 2026-0001: Lille Ola")
    child.expect("Hva vil du endre")
    child.expect("registrer fødselen")
    child.send("fødselsd" + ENTER)  # the menu is filtered by typing
    child.expect("Fødselsdato: .*tomt svar: tilbake")
    child.send("20.11.2026" + ENTER)
    child.expect("Hva vil du endre")
    child.send("kontaktinformasjon for mor" + ENTER)
    child.expect("Adresse:")
    child.send("Vei 2" + ENTER)
    child.expect("Postnummer:")
    child.send("13" + ENTER)  # refused next to the prompt
    child.expect("Ugyldig postnummer")
    child.send("37" + ENTER)
    child.expect("Poststed:")
    child.send("Sandvika" + ENTER)
    child.expect("Telefon:")
    child.send(ENTER)
    child.expect("E-post:")
    child.send(ENTER)
    child.expect("Kontaktinformasjon for Mor A: Vei 2, 1337 Sandvika")
    child.send("lagre" + ENTER)
    child.expect("Endringer i 2026-0001:")
    child.expect("termindato: 2027-01-10 → —")
    child.expect("Lagre endringene")
    child.send(ENTER)
    child.expect("Endret 2026-0001 \\(Lille Ola\\):")
    child.expect("Neste: kecli case show 2026-0001")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    case = kecli.json("case", "show", "2026-0001")
    assert (case["person"]["birth_date"], case["person"]["expected_birth_date"]) == (
        "2026-11-20",
        None,
    )
    assert case["guardian_contacts"][0]["address"] == "Vei 2"
    assert case["guardian_contacts"][0]["postcode"] == "1337"


def test_a_contradiction_is_asked_about_and_saved_only_with_a_reason_in_english(spawn, kecli):
    kecli.new_case("--birth-date", "2010-01-01", kind="barnekoordinator", name="Per")
    kecli.json(
        "case", "assess", "2026-0001", "--answer", "serious_condition=yes",
        "--answer", "complex_needs=yes", "--answer", "consent=yes",
    )  # fmt: skip
    child = spawn("case", "edit", "2026-0001", KECLI_LANG="en")
    child.expect("What do you want to change")
    child.send("birth" + ENTER)
    child.expect("Birth date: .*an empty answer: back")
    child.send(BACKSPACE * 10 + "2008-01-01" + ENTER)
    child.expect("What do you want to change")
    child.send("save" + ENTER)
    child.expect("birth date: 2010-01-01 → 2008-01-01")
    child.expect("the child was 18 when the decision of 2026-11-28 was made")
    child.expect("Save anyway")
    child.send("y" + ENTER)
    child.expect("Reason:")
    child.send(ENTER)  # a reason is required
    child.expect("A reason must be given")
    child.send("typed wrong" + ENTER)
    child.expect("Save the changes")
    child.send(ENTER)
    child.expect("Changed 2026-0001")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    entry = kecli.json("audit", "list", "--case", "2026-0001")[-1]
    assert entry["details"]["forced"] is True
    assert entry["details"]["reason"] == "typed wrong"


def test_quitting_with_esc_asks_first_and_writes_nothing(spawn, kecli):
    expected_child(kecli)
    before = kecli.snapshot()
    child = spawn("case", "edit", "2026-0001", KECLI_LANG="en")
    child.expect("What do you want to change")
    child.send("name" + ENTER)
    child.expect("Name: .*an empty answer: back")
    child.send(" Nordmann" + ENTER)
    child.expect("Name: Lille Ola Nordmann")
    child.send(ESC)
    child.expect("Quit without saving the changes")
    child.send("y" + ENTER)
    child.expect("Quit; nothing was saved.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert kecli.snapshot() == before


def test_ctrl_c_in_the_walk_writes_nothing_and_exits_130(spawn, kecli):
    expected_child(kecli)
    before = kecli.snapshot()
    child = spawn("case", "edit", "2026-0001", KECLI_LANG="en")
    child.expect("What do you want to change")
    child.send(CTRL_C)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert kecli.snapshot() == before


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nb", ("Merknad: far", "merknad", "Esc: tilbake", "Hva vil du endre", "lagre",
                "Endringer i 2026-0001", "Lagre endringene",
                "Advarsel: fødselsnummer funnet i merknad")),
        ("en", ("Note: far", "note", "Esc: back", "What do you want to change", "save",
                "Changes to 2026-0001", "Save the changes",
                "Warning: fødselsnummer found in note")),
    ],
)  # fmt: skip
def test_a_number_in_a_text_is_masked_in_the_menu_kept_when_edited_and_warned_of(
    spawn, kecli, lang, words
):
    from tests.fnr import ADULT

    menu, pick, prompt, again, save, changes, confirm, warning = words
    shown = ADULT[:6] + r"\*\*\*\*\*"
    kecli.json_warned("case", "new", "--name", "Ola", "--kind", "koordinator",
                      "--note", f"far {ADULT}")  # fmt: skip
    child = spawn("case", "edit", "2026-1", KECLI_LANG=lang)
    child.expect(f"{menu} {shown}")
    child.send(pick + ENTER)
    child.expect(prompt)
    child.send(" ringte" + ENTER)  # the number stays whole in the text edited
    child.expect(again)
    child.send(save + ENTER)
    child.expect(changes)
    child.expect(f"{shown} ringte")
    child.expect(confirm)
    child.send(ENTER)
    child.expect(warning)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    view = kecli.json("case", "show", "2026-0001", "--show-fnr")
    assert view["note"] == f"far {ADULT} ringte"
