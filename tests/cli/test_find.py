"""``kecli case find`` and ``case list --search``: the phone rings — "det er Åse Ødegård"."""

from __future__ import annotations

import json

import pytest

from tests.fnr import ADULT, CHILD


def ids(kecli, *args):
    return [c["id"] for c in kecli.json("case", "find", *args)]


@pytest.fixture
def unit(kecli):
    made = {
        "ase": kecli.new_case("--fnr", ADULT, name="Åse Ødegård")["id"],
        "aase": kecli.new_case(
            "--fnr",
            CHILD,
            "--guardian",
            "Kari Ødegaard",
            name="Aase Nilsen",
            kind="barnekoordinator",
        )["id"],  # fmt: skip
        "asen": kecli.new_case("--birth-date", "1975-03-02", name="Per Åsen")["id"],
        "other": kecli.new_case(name="Ola Hansen")["id"],
    }
    return made


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whole words before the start of one; of equals, the newest first
        ("ase", ["aase", "ase", "asen"]),
        ("Åse", ["aase", "ase", "asen"]),
        ("aase", ["aase", "ase", "asen"]),
        ("odegard", ["ase", "aase"]),  # the person's name before a guardian's
        ("ØDEGAARD", ["ase", "aase"]),
        ("ase odeg", ["ase", "aase"]),
        ("odeg ase", ["ase", "aase"]),
        ("kari", ["aase"]),  # a guardian
        ("ase hansen", []),  # every word must match
        ("zzz", []),
    ],
)
def test_names_match_by_their_words_whatever_the_spelling_best_first(kecli, unit, text, expected):
    assert ids(kecli, text) == [unit[k] for k in expected]


def test_a_birth_date_in_any_form_and_a_case_id(kecli, unit):
    for text in ("1975-03-02", "02.03.1975", "02031975", "020375"):
        assert ids(kecli, text) == [unit["asen"]]
    assert ids(kecli, unit["other"].replace("-000", "-")) == [unit["other"]]
    assert ids(kecli, "2026-0099") == []


def test_a_fodselsnummer_or_its_first_six_is_found_logged_and_never_shown(kecli, unit):
    assert ids(kecli, ADULT) == [unit["ase"]]
    assert ids(kecli, f"{ADULT[:6]} {ADULT[6:]}") == [unit["ase"]]
    assert ids(kecli, ADULT[:6]) == [unit["ase"]]
    events = [e for e in kecli.json("audit", "list") if e["action"] == "case.searched"]
    assert len(events) == 3
    assert events[0]["case_id"] == unit["ase"]
    assert events[0]["details"] == {
        "command": "case find",
        "query": f"{ADULT[:6]}*****",
        "found": [unit["ase"]],
    }
    assert ADULT not in json.dumps(kecli.json("audit", "list"))
    result = kecli("case", "find", ADULT)
    assert ADULT not in result.stdout and "Åse Ødegård" in result.stdout
    assert ADULT not in kecli("case", "find", ADULT, "--json").stdout


def test_a_search_by_name_is_not_logged(kecli, unit):
    ids(kecli, "ase")
    assert not [e for e in kecli.json("audit", "list") if e["action"] == "case.searched"]


def test_people_read_who_was_found_and_the_next_step(kecli, unit, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    out = kecli("case", "find", "kari").stdout
    assert "Aase Nilsen" in out and "Kari Ødegaard" in out and CHILD not in out
    assert f"Next: kecli case show {unit['aase']}" in out
    assert "No cases found for 'zzz'." in kecli("case", "find", "zzz").stdout


def test_open_cases_before_closed_ones_and_at_most_limit(kecli, unit):
    kecli.json("case", "close", unit["ase"], "--reason", "flyttet")
    assert ids(kecli, "ase") == [unit["aase"], unit["ase"], unit["asen"]]
    assert ids(kecli, "ase", "--limit", "1") == [unit["aase"]]


def test_a_voided_case_is_not_found(kecli, unit):
    kecli.json("case", "void", unit["aase"], "--reason", "feil")
    assert ids(kecli, "ase") == [unit["ase"], unit["asen"]]
    assert [c["id"] for c in kecli.json("case", "list", "--voided", "--search", "ase")] == [
        unit["aase"]
    ]


def test_list_search_keeps_the_best_first_within_the_other_filters(kecli, unit):
    listed = kecli.json("case", "list", "--search", "ase", "--kind", "koordinator")
    assert [c["id"] for c in listed] == [unit["ase"], unit["asen"]]
    assert kecli.json("case", "list", "--search", "ase", "--handler", "kari") == []
    kecli.json("case", "list", "--search", ADULT[:6])
    [event] = [e for e in kecli.json("audit", "list") if e["action"] == "case.searched"]
    assert event["details"]["command"] == "case list"


def test_an_imported_case_is_found(kecli, tmp_path):
    path = tmp_path / "old.csv"
    path.write_text(
        "id,kind,status,received_on,name,guardians,birth_date\n"
        "2025-0001,barnekoordinator,received,2025-05-01,Lille Ødegård,Mor Ås; Far Ås,2020-02-02\n",
        encoding="utf-8",
    )
    assert kecli("import", "cases", str(path)).exit_code == 0
    assert ids(kecli, "odegard") == ["2025-0001"]
    assert ids(kecli, "as mor") == ["2025-0001"]
    assert ids(kecli, "020220") == ["2025-0001"]


def test_a_changed_name_is_found_by_its_new_words(kecli, unit):
    from kecli.store import repo
    from kecli.store.db import session_scope
    from kecli.store.models import CaseRow

    with session_scope(kecli.url, write=True) as session:
        row = session.get(CaseRow, unit["other"])
        assert row is not None
        row.name, row.guardians = "Ola Bråten", ["Siri Bråten"]
        session.add(row)
        repo.record_event(session, user="tester", case_id=row.id, action="test.rows")
    assert ids(kecli, "braten") == [unit["other"]]
    assert ids(kecli, "hansen") == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["case", "find", " - "], "nothing to search for"),
        (["case", "find", "ase", "--limit", "0"], "--limit must be 1 or more"),
        (["case", "list", "--search", ""], "--search: nothing to search for"),
        (["case", "find"], "TEXT"),
    ],
)
def test_a_search_for_nothing_is_exit_2(kecli, unit, refused, args, message):
    refused(2, *args, message=message)


@pytest.mark.sqlite_only
@pytest.mark.fresh_db
def test_cases_stored_before_the_index_are_found_after_the_upgrade(kecli):
    from tests.conftest import sqlite_migrated

    with sqlite_migrated(kecli.db, "0012") as conn:
        conn.exec_driver_sql(
            "INSERT INTO cases (id, year, seq, kind, status, received_on, channel, name, "
            "guardians, wants_ip, created_at, created_by, birth_date) VALUES ('2025-0001', "
            "2025, 1, 'barnekoordinator', 'received', '2025-05-01', 'brev', 'Åse Ødegård', "
            "'[\"Mor Ås\"]', 0, 'x', 'per', '2020-02-02')"
        )
    assert ids(kecli, "odegard") == ["2025-0001"]
    assert ids(kecli, "mor") == ["2025-0001"]
    assert ids(kecli, "02.02.2020") == ["2025-0001"]
    assert kecli.json("case", "show", "2025-0001")["handler"] == "per"  # who registered it


def test_a_single_letter_is_a_whole_word_not_the_start_of_every_name(kecli):
    initial = kecli.new_case(name="Per A Hansen")["id"]
    kecli.new_case(name="Anne Andersen")
    assert ids(kecli, "a hansen") == [initial]
    assert ids(kecli, "an") != []
