"""``kecli audit list|verify``: the log records every change and catches tampering."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.fnr import ADULT


@pytest.fixture
def history(kecli, prebuilt):
    prebuilt("test_audit.history", lambda: build_history(kecli))
    return kecli


def build_history(kecli):
    kecli.new_case("--fnr", ADULT)
    kecli("--user", "berit", "case", "close", "2026-0001", "--reason", "moved", "--json")
    kecli.json("case", "show", "2026-0001", "--show-fnr")
    kecli.json("config", "set", "municipality", "Asker")


def test_list_shows_every_change_with_who_and_what(history):
    rows = history.json("audit", "list")
    assert [(r["id"], r["user"], r["case_id"], r["action"]) for r in rows] == [
        (1, "tester", "2026-0001", "case.created"),
        (2, "berit", "2026-0001", "case.closed"),
        (3, "tester", "2026-0001", "fnr.displayed"),
        (4, "tester", None, "config.set"),
    ]


@pytest.mark.sqlite_only
def test_the_log_never_holds_a_full_fodselsnummer(history):
    assert ADULT not in json.dumps(history.json("audit", "list"))
    conn = sqlite3.connect(history.db)
    dump = "\n".join(conn.iterdump())
    conn.close()
    assert dump.count(ADULT) == 1  # only the case row itself


@pytest.mark.parametrize(
    ("args", "actions"),
    [
        (["--user", "berit"], ["case.closed"]),
        (["--case", "2026-1"], ["case.created", "case.closed", "fnr.displayed"]),
        (["--action", "config"], ["config.set"]),
        (["--limit", "1"], ["config.set"]),
        (["--from", "TOMORROW"], []),
    ],
)
def test_list_filters(history, args, actions):
    import datetime as dt

    from kecli.store.repo import now_utc

    # The log is stamped with the real clock, not KECLI_TODAY: "tomorrow" is the real one.
    tomorrow = (dt.date.fromisoformat(now_utc()[:10]) + dt.timedelta(days=1)).isoformat()
    args = [tomorrow if a == "TOMORROW" else a for a in args]
    assert [r["action"] for r in history.json("audit", "list", *args)] == actions


def test_the_from_and_to_dates_are_inclusive_days(history):
    from kecli.store.repo import now_utc

    day = now_utc()[:10]
    assert len(history.json("audit", "list", "--from", day, "--to", day)) == 4


def test_list_refuses_bad_filters(history, refused):
    refused(2, "audit", "list", "--from", "2026-11-30", "--to", "2026-11-01", message="--to")
    refused(2, "audit", "list", "--limit", "0", message="--limit")


def test_verify_passes_on_an_intact_log_and_prints_the_head_to_keep(history):
    document = history.json("audit", "verify")
    assert (document["ok"], document["entries"]) == (True, 4)
    newest = history.json("audit", "list")[-1]["hash"]
    assert document["head"] == newest
    assert f"intact: 4 entries. Newest hash: {newest}" in history("audit", "verify").stdout


@pytest.mark.parametrize(
    "statement",
    ["UPDATE events SET \"user\" = 'mallory' WHERE id = 2", "DELETE FROM events WHERE id = 4"],
)
def test_the_database_refuses_to_change_or_delete_an_entry(history, statement):
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DBAPIError

    engine = create_engine(history.url)
    try:
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()
    assert history.json("audit", "verify")["entries"] == 4


def tamper(kecli, *statements):
    """What someone with access to the database would do: drop the guard, then edit."""
    from sqlalchemy import create_engine, text

    engine = create_engine(kecli.url)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.execute(text("DROP TRIGGER events_no_update"))
                conn.execute(text("DROP TRIGGER events_no_delete"))
            else:
                conn.execute(text("ALTER TABLE events DISABLE TRIGGER events_append_only"))
            for statement in statements:
                conn.execute(text(statement))
            if conn.dialect.name != "sqlite":  # the server's database serves the next test
                conn.execute(text("ALTER TABLE events ENABLE TRIGGER events_append_only"))
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("statements", "message"),
    [
        (
            ["UPDATE events SET \"user\" = 'mallory' WHERE id = 2"],
            "entry #2: its content was changed",
        ),
        (["UPDATE events SET details = '{}' WHERE id = 3"], "entry #3: its content was changed"),
        (["DELETE FROM events WHERE id = 2"], "entry #3: entries before it were removed"),
        (["DELETE FROM events WHERE id = 4"], "entry #3: entries after it were removed"),
        (["DELETE FROM events WHERE id >= 3"], "entry #2: entries after it were removed"),
        (["DELETE FROM audit_head"], "the newest hash is missing"),
    ],
)
def test_verify_names_the_first_changed_or_removed_entry(history, refused, statements, message):
    tamper(history, *statements)
    refused(1, "audit", "verify", message=message)


@pytest.mark.parametrize(
    ("statements", "broken_at", "reason"),
    [
        (["UPDATE events SET details = '{}' WHERE id = 3"], 3, "changed"),
        (["DELETE FROM events WHERE id = 4"], 3, "truncated"),
        (["DELETE FROM audit_head"], None, "head_missing"),
    ],
)
def test_verify_json_says_where_the_log_breaks(history, statements, broken_at, reason):
    # A nightly `audit verify --json | jq .ok` reads false, not nothing.
    tamper(history, *statements)
    result = history("audit", "verify", "--json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["ok"] is False
    assert document["broken_at"] == broken_at and document["reason"] == reason
    assert result.stderr.startswith("Error: The audit log is broken at entry")


def test_verify_on_an_empty_log(kecli):
    assert kecli.json("audit", "verify") == {"ok": True, "entries": 0, "head": None}


def test_an_emptied_log_in_a_database_with_cases_is_broken(history, refused):
    tamper(history, "DELETE FROM events", "DELETE FROM audit_head")
    refused(1, "audit", "verify", message="the log is empty but the database has cases")


def test_an_entry_appended_after_the_head_is_named(history, refused):
    # A forged entry, correctly linked and hashed, added without moving the head.
    from kecli.domain.audit import event_hash

    last = history.json("audit", "list")[-1]
    at, user, action = "2026-12-01T10:00:00.000000+00:00", "mallory", "case.closed"
    forged = event_hash(last["hash"], at, user, None, action, {})
    tamper(
        history,
        'INSERT INTO events (id, at, "user", case_id, action, details, prev_hash, hash) '
        f"VALUES (5, '{at}', '{user}', NULL, '{action}', '{{}}', '{last['hash']}', '{forged}')",
    )
    refused(1, "audit", "verify", message="entry #5: it was added after the log's last known")


def test_an_anchor_kept_elsewhere_must_still_be_in_the_chain(history, refused):
    anchor = history.json("audit", "verify")["head"]
    history.new_case(name="Neste Sak")  # the log grows: the anchor stays inside it
    assert history.json("audit", "verify", "--expect", anchor)["ok"] is True
    rewritten = "0" * 63 + "1"  # what a log rewritten as a whole no longer holds
    refused(1, "audit", "verify", "--expect", rewritten, message="is not in the chain")
    refused(2, "audit", "verify", "--expect", "not-a-hash", message="64 hexadecimal digits")


@pytest.mark.parametrize("ref", ["2026-0099", "abc"])
def test_list_of_a_case_that_does_not_exist_is_exit_1(history, refused, ref):
    refused(1, "audit", "list", "--case", ref, message="does not exist")
