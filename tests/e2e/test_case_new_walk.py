"""The guided ``case new`` walk in a real terminal."""

from __future__ import annotations

import pexpect
import pytest

from tests.fnr import ADULT

from .conftest import CTRL_C, DOWN, ENTER

pytestmark = pytest.mark.pty


def test_the_walk_registers_a_child_case_and_shows_the_next_command(spawn, kecli):
    child = spawn("case", "new")
    child.expect("Name:")
    child.send("Lille Nordmann" + ENTER)
    child.expect("What is asked for")
    child.send(DOWN + ENTER)  # barnekoordinator
    child.expect("Fødselsnummer or D-nummer")
    child.send("123" + ENTER)  # refused as it is typed
    child.expect("Invalid fødselsnummer")
    child.send("\x7f" * 3 + ENTER)  # erase, skip
    child.expect("Is the child not born yet")
    child.send("nei" + ENTER)  # a yes/no answer is typed, then Enter
    child.expect("Birth date")
    child.send("15.06.2015" + ENTER)
    child.expect("Received on")
    child.send(ENTER)  # today
    child.expect("How did the inquiry come in")
    child.send(DOWN + ENTER)  # brev
    child.expect("Guardian 1")
    child.send("Mor" + ENTER)
    child.expect("Guardian 2")
    child.send(ENTER)
    child.expect("Note")
    child.send(ENTER)
    child.expect("Register a barnekoordinator case for Lille Nordmann")
    child.send(ENTER)
    child.expect("Registered 2026-0001")
    child.expect("Next: kecli case assess 2026-0001")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    case = kecli.json("case", "show", "2026-0001")
    assert case["kind"] == "barnekoordinator"
    assert case["person"]["birth_date"] == "2015-06-15"
    assert case["channel"] == "brev"
    assert case["guardians"] == ["Mor"]


def test_flags_given_are_not_asked_again(spawn, kecli):
    child = spawn(
        "case",
        "new",
        "--kind",
        "koordinator",
        "--fnr",
        ADULT,
        "--received",
        "2026-11-27",
        "--channel",
        "epost",
        "--note",
        "x",
    )
    child.expect("Name:")
    child.send("Kari" + ENTER)
    child.expect("Register a koordinator case for Kari")
    child.send(ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert kecli.json("case", "show", "2026-0001")["received_on"] == "2026-11-27"


def test_ctrl_c_at_a_prompt_writes_nothing_and_exits_130(spawn, kecli):
    child = spawn("case", "new")
    child.expect("Name:")
    child.send("Kari" + ENTER)
    child.expect("What is asked for")
    child.send(CTRL_C)
    child.expect("nothing was saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in (child.before or "")
    assert kecli.snapshot() == []


@pytest.mark.parametrize(
    "args", [("case", "new", "--no-input"), ("--no-input", "case", "new")], ids=["after", "before"]
)
def test_no_input_never_prompts_even_in_a_terminal(spawn, args):
    child = spawn(*args)
    child.expect("--name is missing")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2


def test_kecli_no_input_env_never_prompts(spawn):
    child = spawn("case", "new", KECLI_NO_INPUT="1")
    child.expect("--name is missing")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2


def test_a_number_typed_into_the_walk_is_saved_and_warned_of(spawn, kecli):
    from tests.fnr import CHILD

    child = spawn("case", "new", "--kind", "koordinator", "--fnr", ADULT,
                  "--received", "2026-11-27", "--channel", "epost")  # fmt: skip
    child.expect("Name:")
    child.send("Kari" + ENTER)
    child.expect("Note")
    child.send(f"mor {CHILD}" + ENTER)
    child.expect("Register a koordinator case for Kari")
    child.send(ENTER)
    child.expect("Warning: fødselsnummer found in note – it is saved, but shown masked")
    child.expect("Registered 2026-0001")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert kecli.json("case", "show", "2026-0001")["note"] == f"mor {CHILD[:6]}*****"
    assert kecli.json("case", "show", "2026-0001", "--show-fnr")["note"] == f"mor {CHILD}"


def test_a_nul_byte_pasted_at_a_prompt_is_refused_as_it_is_typed(spawn, kecli):
    child = spawn("case", "new")
    child.expect("Name:")
    child.send("\x1b[200~Ola\x00Nordmann\x1b[201~" + ENTER)  # a bracketed paste
    child.expect(r"The answer holds a NUL byte \(\\x00\)")
    child.send(CTRL_C)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert kecli.json("case", "list") == []
