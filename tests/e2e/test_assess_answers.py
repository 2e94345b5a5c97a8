"""The assessment's yes/no questions save exactly what was typed, in bokmål and English.

Every criterion is given on the command line, so the walk asks only whether the person
wants an individuell plan and whether to save.
"""

from __future__ import annotations

import pexpect
import pytest

from .conftest import CTRL_C, ENTER

pytestmark = pytest.mark.pty

GRANT = [
    f"--answer={code}=yes"
    for code in ("services", "long_term", "complex", "coordination", "consent", "participation")
]
IP = {"nb": "Ønsker personen individuell plan", "en": "Does the person want an individuell plan"}
SAVE = {"nb": "Lagre avgjørelsen", "en": "Save the decision"}
YES_DEFAULT = {"nb": r"\(J/n\)", "en": r"\(Y/n\)"}
REFUSED = {"nb": r"Svar j \(ja\) eller n \(nei\)\.", "en": r"Answer y \(yes\) or n \(no\)\."}
NO_DEFAULT = {"nb": r"\(j/n\)", "en": r"\(y/n\)"}
BACKSPACE = "\x7f"


def assess(spawn, kecli, monkeypatch, lang: str):
    case_id = kecli.new_case("--received", "2026-11-01")["id"]
    monkeypatch.setenv("KECLI_LANG", lang)
    return case_id, spawn("case", "assess", case_id, *GRANT)


@pytest.mark.parametrize(
    ("lang", "ip_word", "wants_ip", "save_word"),
    [
        ("nb", "j", True, ""),  # Enter: the default the prompt shows (J)
        ("nb", "ja", True, "j"),
        ("nb", "n", False, "ja"),
        ("nb", "nei", False, "y"),
        ("nb", "y", True, "yes"),
        ("nb", "yes", True, "JA"),
        ("nb", "Nei", False, "J"),
        ("en", "y", True, ""),
        ("en", "yes", True, "y"),
        ("en", "n", False, "yes"),
        ("en", "no", False, "Y"),
        ("en", "j", True, "ja"),
        ("en", "nei", False, "j"),
    ],
)
def test_the_ip_question_and_the_confirm_save_the_answers_typed(
    spawn, kecli, monkeypatch, lang, ip_word, wants_ip, save_word
):
    case_id, child = assess(spawn, kecli, monkeypatch, lang)
    child.expect(IP[lang])
    child.expect(NO_DEFAULT[lang])  # no default: the wish must be typed
    child.send(ip_word + ENTER)
    child.expect(SAVE[lang])
    child.expect(YES_DEFAULT[lang])
    child.send(save_word + ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    case = kecli.json("case", "show", case_id)
    assert case["decision"]["outcome"] == "innvilget"
    assert case["wants_ip"] is wants_ip


@pytest.mark.parametrize(
    ("lang", "no_word"), [("nb", "n"), ("nb", "nei"), ("nb", "NEI"), ("en", "n"), ("en", "no")]
)
def test_no_at_the_confirm_saves_nothing(spawn, kecli, monkeypatch, lang, no_word):
    case_id, child = assess(spawn, kecli, monkeypatch, lang)
    before = kecli.snapshot()
    child.expect(IP[lang])
    child.send("j" + ENTER)
    child.expect(SAVE[lang])
    child.send(no_word + ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert kecli.snapshot() == before
    assert kecli.json("case", "show", case_id)["decision"] is None


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_an_unknown_answer_is_refused_at_the_prompt_and_answers_nothing(
    spawn, kecli, monkeypatch, lang
):
    # "x", an empty answer where there is no default, "jn": each is refused next to the
    # prompt, which keeps waiting; only the answers typed after them are saved.
    case_id, child = assess(spawn, kecli, monkeypatch, lang)
    child.expect(IP[lang])
    child.send("x" + ENTER)
    child.expect(REFUSED[lang])
    # Enter alone answers nothing either: else "nei" would reach the save prompt and cancel
    child.send(BACKSPACE + ENTER)
    child.send("nei" + ENTER)
    child.expect(SAVE[lang])
    child.send("jn" + ENTER)
    child.expect(REFUSED[lang])
    child.send(BACKSPACE * 2 + ENTER)  # now Enter takes the default shown: yes
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    case = kecli.json("case", "show", case_id)
    assert case["decision"]["outcome"] == "innvilget"
    assert case["wants_ip"] is False


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_ctrl_c_after_a_refused_answer_saves_nothing(spawn, kecli, monkeypatch, lang):
    case_id, child = assess(spawn, kecli, monkeypatch, lang)
    before = kecli.snapshot()
    child.expect(IP[lang])
    child.send("j" + ENTER)
    child.expect(SAVE[lang])
    child.send("kanskje" + ENTER)
    child.expect(REFUSED[lang])
    child.send(CTRL_C)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert kecli.snapshot() == before


def test_an_ip_wish_given_as_a_flag_is_not_asked(spawn, kecli, monkeypatch):
    case_id = kecli.new_case("--received", "2026-11-01")["id"]
    monkeypatch.setenv("KECLI_LANG", "nb")
    child = spawn("case", "assess", case_id, "--answer=services=yes", "--no-ip")
    for _ in range(5):
        child.expect(r"\(j/n\)")
        child.send("j" + ENTER)
        child.expect("Merknad")
        child.send(ENTER)
    child.expect(SAVE["nb"])
    assert IP["nb"] not in child.before
    child.send(ENTER)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert kecli.json("case", "show", case_id)["wants_ip"] is False
