"""``kecli case show`` for people: the current decision's answers, notes and reasons, the
appeals' grounds and outcomes, the contact details and the linked cases."""

from __future__ import annotations

from typing import Any

import pytest


def refused_and_appealed(kecli: Any) -> str:
    case_id = str(kecli.new_case()["id"])
    kecli.json_warned(
        "case", "assess", case_id, "--answer", "services=yes", "--answer", "long_term=no",
        "--answer", "complex=no", "--answer", "coordination=yes", "--answer", "consent=yes",
        "--answer", "participation=yes", "--note", "long_term=Behovet varer et halvt år",
        "--reason", "Behovet er verken langvarig eller komplekst",
    )  # fmt: skip
    kecli.json("case", "notify", case_id, "--on", "today")
    kecli.json_warned("appeal", "file", case_id, "--grounds", "Behovet varer lenger", "--unsigned")
    kecli.json("appeal", "escalate", case_id)
    kecli.json("appeal", "resolve", case_id, "--outcome", "stadfestet")
    kecli.json(
        "case", "edit", case_id, "--address", "Storgata 1", "--postcode", "0150", "--city", "Oslo",
        "--phone", "912 34 567", "--email", "kari@example.no",
    )  # fmt: skip
    return case_id


def show(kecli: Any, case_id: str, *env: tuple[str, str]) -> str:
    result = kecli("case", "show", case_id)
    assert result.exit_code == 0, result.stderr
    return " ".join(result.stdout.split())  # the words, whatever the table wrapped


@pytest.fixture(params=["en", "nb"])
def lang(request, monkeypatch) -> str:
    monkeypatch.setenv("KECLI_LANG", request.param)
    monkeypatch.setenv("COLUMNS", "200")
    return str(request.param)


WORDS = {
    "en": {
        "current": "Current decision: avslag 2026-11-28",
        "criterion": "long-term need no Behovet varer et halvt år",
        "reason": "Reason: Behovet er verken langvarig eller komplekst",
        "basis": "Legal basis: pbrl § 2-5 b, hol § 7-2",
        "grounds": "Grounds: Behovet varer lenger",
        "unsigned": "Not signed (pbrl § 7-3)",
        "unit": "The unit: ikke medhold 2026-11-28",
        "final": "Statsforvalteren: stadfestet 2026-11-28",
        "contact": "Contact Storgata 1, 0150 Oslo · phone 912 34 567 · kari@example.no",
    },
    "nb": {
        "current": "Gjeldende avgjørelse: avslag 2026-11-28",
        "criterion": "langvarig behov nei Behovet varer et halvt år",
        "reason": "Begrunnelse: Behovet er verken langvarig eller komplekst",
        "basis": "Hjemmel: pbrl § 2-5 b, hol § 7-2",
        "grounds": "Klagen sier: Behovet varer lenger",
        "unsigned": "Ikke underskrevet (pbrl § 7-3)",
        "unit": "Enhetens vurdering: ikke medhold 2026-11-28",
        "final": "Statsforvalteren: stadfestet 2026-11-28",
        "contact": "Kontakt Storgata 1, 0150 Oslo · tlf. 912 34 567 · kari@example.no",
    },
}


def test_show_gives_the_decisions_answers_notes_reason_and_the_appeal(kecli, lang):
    case_id = refused_and_appealed(kecli)
    text = show(kecli, case_id)
    for key, words in WORDS[lang].items():
        assert words in text, key


def test_show_gives_each_guardians_contact_and_the_linked_cases(kecli, lang):
    source = str(
        kecli.new_case(
            "--birth-date", "2015-06-15", "--guardian", "Mor A", kind="barnekoordinator", name="Ola"
        )["id"]
    )  # fmt: skip
    kecli.json("case", "edit", source, "--guardian-address", "Mor A=Vei 2")
    kecli.json(
        "case", "assess", source, "--answer", "serious_condition=no",
        "--answer", "complex_needs=yes", "--answer", "consent=yes",
    )  # fmt: skip
    linked = kecli.json("case", "new", "--from", source)["id"]
    text = show(kecli, source)
    contact = {"en": "Contact (Mor A) Vei 2", "nb": "Kontakt (Mor A) Vei 2"}[lang]
    related = {"en": f"Related cases {linked}", "nb": f"Relaterte saker {linked}"}[lang]
    assert contact in text and related in text
    assert {"en": f"Related cases {source}", "nb": f"Relaterte saker {source}"}[lang] in show(
        kecli, linked
    )


def test_a_case_without_a_decision_or_contacts_shows_neither(kecli):
    kecli.new_case()
    text = show(kecli, "2026-0001")
    assert "Current decision" not in text and "Contact" not in text
