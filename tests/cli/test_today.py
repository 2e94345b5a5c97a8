"""``kecli today``: the acting caseworker's day (or the unit's with --all)."""

from __future__ import annotations

import json

import pytest

KOORDINATOR = [
    f"--answer={code}=yes"
    for code in ("services", "long_term", "complex", "coordination", "consent", "participation")
]


def build(kecli, tmp_path):
    """Kari's day and Ola's, on Saturday 28 November 2026 (week 48: 23–29 November)."""
    ids = {}
    # Kari: a reply overdue since 1 Nov; a promised decision due Wed 2 Dec; both waiting.
    ids["late"] = kecli.new_case("--received", "2026-10-01", name="Åse Ødegård")["id"]
    ids["promised"] = kecli.new_case("--received", "2026-11-20", name="Per Hansen")["id"]
    kecli.json("case", "reply", ids["promised"], "--on", "2026-11-25", "--expect", "2026-12-02")
    # Kari: granted, not sent (decision_unsent due 3 Dec), a plan meeting on Thu 26 Nov.
    ids["granted"] = kecli.new_case("--received", "2026-11-02", name="Lise Berg")["id"]
    kecli.json(
        "case", "assess", ids["granted"], *KOORDINATOR, "--wants-ip", "--decided-on", "2026-11-26"
    )
    plan = {
        "goals": [{"text": "Skolen"}],
        "meetings": [
            {"date": "2026-11-26", "purpose": "Oppstartsmøte"},
            {"date": "2026-12-10", "purpose": "Neste uke"},
        ],
        "consent": {"given": True, "on": "2026-11-26"},
    }
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    kecli.json("plan", "edit", ids["granted"], "--from-file", str(path))
    # Ola: a waiting case of his own.
    ids["ola"] = kecli.new_case("--received", "2026-11-27", "--handler", "ola", name="Ola N")["id"]
    return ids


@pytest.fixture
def day(kecli, tmp_path, monkeypatch):
    monkeypatch.setenv("KECLI_USER", "kari")
    return build(kecli, tmp_path)


def test_the_json_holds_the_five_lists_of_the_acting_users_cases(kecli, day):
    report = kecli.json("today")
    assert (report["user"], report["date"], report["all"]) == ("kari", "2026-11-28", False)
    assert [(i["case_id"], i["type"]) for i in report["overdue"]] == [
        (day["late"], "preliminary_reply")
    ]
    assert [(i["case_id"], i["type"], i["days_left"]) for i in report["due_soon"]] == [
        (day["promised"], "expected_decision", 4),
        (day["granted"], "decision_unsent", 5),
    ]
    assert [
        (c["case_id"], c["days_waiting"], c["decision_expected"]) for c in report["unassessed"]
    ] == [
        (day["late"], 58, None),
        (day["promised"], 8, "2026-12-02"),
    ]
    assert report["meetings"] == [
        {
            "case_id": day["granted"],
            "person": "Lise Berg",
            "date": "2026-11-26",
            "purpose": "Oppstartsmøte",
            "handler": "kari",
        }
    ]
    assert [(d["case_id"], d["outcome"], d["days_since"]) for d in report["unsent"]] == [
        (day["granted"], "innvilget", 2)
    ]
    for key in ("overdue", "due_soon", "unassessed", "meetings", "unsent"):
        assert all("case_id" in item for item in report[key])


def test_another_user_sees_their_own_day_and_all_the_units(kecli, day):
    result = kecli("--user", "ola", "today", "--json")
    ola = json.loads(result.stdout)
    assert [c["case_id"] for c in ola["unassessed"]] == [day["ola"]]
    assert ola["overdue"] == ola["due_soon"] == ola["meetings"] == ola["unsent"] == []
    unit = kecli.json("today", "--all")
    assert unit["all"] is True
    assert [c["case_id"] for c in unit["unassessed"]] == [day["late"], day["promised"], day["ola"]]


def test_the_screen_counts_then_lists_and_names_the_next_step(kecli, day):
    out = kecli("today").stdout
    lines = out.splitlines()
    assert lines[0] == "Saturday 28 November 2026 — kari"
    assert lines[1] == "1 overdue · 2 due in 7 days · 2 not assessed · 1 plan meeting · 1 not sent"
    for text in ("Overdue (1)", "27 days late", "Promised decision", "Wed 2026-12-02 (in 4 days)",
                 "Plan meetings in week 48", "Thu 2026-11-26", "Oppstartsmøte", "Decisions not sent"):  # fmt: skip
        assert text in out
    assert "Ola N" not in out and "Neste uke" not in out
    assert out.rstrip().endswith(f"Next: kecli case show {day['late']}")


def test_the_screen_in_bokmal_has_no_english_words(kecli, day, monkeypatch):
    monkeypatch.setenv("KECLI_LANG", "nb")
    out = kecli("today", "--all").stdout
    assert out.startswith("Lørdag 28. november 2026 — hele enheten")
    for text in ("Forfalt (1)", "forfalt for 27 dager siden", "Lovet avgjørelse", "ons 2026-12-02",
                 "Ikke vurdert (3)", "Planmøter i uke 48", "Avgjørelser ikke sendt", "ola"):  # fmt: skip
        assert text in out
    for word in ("overdue", "days", "preliminary_reply", "expected_decision", "Next"):
        assert word not in out


def test_a_voided_case_is_not_in_the_day(kecli, day):
    kecli.json("case", "void", day["late"], "--reason", "feil")
    report = kecli.json("today")
    assert report["overdue"] == []
    assert [c["case_id"] for c in report["unassessed"]] == [day["promised"]]


def test_an_empty_day_says_so(kecli):
    result = kecli("today")
    assert result.exit_code == 0
    assert "Nothing is waiting today." in result.stdout
    assert kecli.json("today") == {
        "user": "tester",
        "date": "2026-11-28",
        "all": False,
        "overdue": [],
        "due_soon": [],
        "unassessed": [],
        "meetings": [],
        "unsent": [],
    }


def test_long_lists_are_cut_with_where_to_see_the_rest(kecli):
    for n in range(10):
        kecli.new_case("--received", "2026-11-20", name=f"Person {n}")
    out = kecli("today").stdout
    assert "Not yet assessed (10)" in out
    assert "… and 2 more: kecli case list --status received --mine" in out


def test_an_unknown_option_is_exit_2(kecli, refused):
    refused(2, "today", "--mine", message="--mine")
