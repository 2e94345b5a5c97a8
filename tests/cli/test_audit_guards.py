"""The database's guards of the audit log: ``audit verify`` reports one missing or altered,
``db upgrade`` creates it again and logs that it did."""

from __future__ import annotations

import json
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def guards_back(kecli):
    """PostgreSQL's test database serves the next test: every guard is put back after."""
    yield
    if kecli.db is None:
        kecli("db", "upgrade")


def run_sql(kecli: Any, *statements: str) -> None:
    """What someone with the owner's access would do, outside kecli."""
    from sqlalchemy import create_engine, text

    engine = create_engine(kecli.url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def dropped(kecli: Any) -> tuple[str, str]:
    """The append-only trigger of this database, and the statement that drops it."""
    if kecli.db is not None:
        return "events_no_update", "DROP TRIGGER events_no_update"
    return "events_append_only", "DROP TRIGGER events_append_only ON events"


def test_a_dropped_trigger_is_reported_and_db_upgrade_restores_it(kecli):
    kecli.new_case()
    name, drop = dropped(kecli)
    run_sql(kecli, drop)

    human = kecli("audit", "verify")
    assert human.exit_code == 1
    assert (
        f"The audit log is not protected: the database's guards against changing the log are missing or altered ({name})."
        in human.stderr
    )
    assert "kecli db upgrade" in human.stderr

    document = kecli("audit", "verify", "--json")
    assert document.exit_code == 1
    result = json.loads(document.stdout)
    assert result["ok"] is False
    assert result["reason"] == "guards"
    assert result["missing_guards"] == [name]

    upgraded = kecli("db", "upgrade")
    assert upgraded.exit_code == 0, upgraded.stderr
    assert (
        f"The audit log's guards were missing or altered and are restored (and logged): {name}."
        in upgraded.stdout
    )
    entries = kecli.json("audit", "list", "--action", "db.")
    assert [(e["action"], e["details"]) for e in entries] == [
        ("db.guards_restored", {"restored": [name]})
    ]
    assert kecli.json("audit", "verify")["ok"] is True
    assert kecli.json("db", "upgrade")["restored"] == []


def test_the_guard_works_again_after_the_upgrade(kecli):
    from sqlalchemy.exc import DBAPIError

    kecli.new_case()
    _, drop = dropped(kecli)
    run_sql(kecli, drop)
    kecli.json("db", "upgrade")
    with pytest.raises(DBAPIError, match="append-only"):
        run_sql(kecli, "UPDATE events SET \"user\" = 'mallory'")


def test_in_norwegian(kecli, monkeypatch):
    kecli.new_case()
    name, drop = dropped(kecli)
    run_sql(kecli, drop)
    monkeypatch.setenv("KECLI_LANG", "nb")
    result = kecli("audit", "verify")
    assert result.exit_code == 1
    assert (
        f"Revisjonsloggen er ikke vernet: databasens vern mot endring av loggen mangler eller er endret ({name})."
        in result.stderr
    )
    upgraded = kecli("db", "upgrade")
    assert (
        f"Revisjonsloggens vern manglet eller var endret og er laget på nytt (og loggført): {name}."
        in upgraded.stdout
    )


def test_a_break_in_the_chain_is_named_first_and_the_guards_beside_it(kecli):
    kecli.new_case()
    kecli.new_case(name="Ola Nordmann")
    name, drop = dropped(kecli)
    run_sql(kecli, drop, "UPDATE events SET \"user\" = 'mallory' WHERE id = 1")
    result = kecli("audit", "verify", "--json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert (document["broken_at"], document["reason"]) == (1, "changed")
    assert document["missing_guards"] == [name]


@pytest.mark.parametrize(
    ("statements", "name"),
    [
        (["ALTER TABLE events DISABLE TRIGGER events_append_only"], "events_append_only"),
        (["DROP TRIGGER events_no_truncate ON events"], "events_no_truncate"),
        (["DROP TRIGGER kecli_audited ON cases"], "kecli_audited on cases"),
        (["ALTER TABLE decisions DISABLE TRIGGER kecli_audited"], "kecli_audited on decisions"),
        (
            [
                "CREATE OR REPLACE FUNCTION kecli_tx_check() RETURNS trigger "
                "LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN RETURN NULL; END $$"
            ],
            "kecli_tx_check()",
        ),
        (
            ["ALTER FUNCTION kecli_audit_append(text, text, text, jsonb) SECURITY INVOKER"],
            "kecli_audit_append()",
        ),
    ],
)
def test_postgresql_every_guard_is_checked_and_restored(kecli, statements, name):
    if kecli.db is not None:
        pytest.skip("PostgreSQL's guards")
    kecli.new_case()
    run_sql(kecli, *statements)
    result = kecli("audit", "verify", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["missing_guards"] == [name]
    assert kecli.json("db", "upgrade")["restored"] == [name]
    assert kecli.json("audit", "verify")["ok"] is True
