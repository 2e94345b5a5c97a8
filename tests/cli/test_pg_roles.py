"""PostgreSQL with the roles docs/postgresql.md sets up: a caseworker's role writes the audit
log only through kecli's audit function (which names the role), changes no case table
without an entry in the same transaction, and a read-only role gets kecli's refusal."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from tests.conftest import Kecli

DOCS = Path(__file__).parents[2] / "docs" / "postgresql.md"
TAG = f"{os.getpid()}"
GROUP, ANNE, READER = f"kecli_users_{TAG}", f"kecli_anne_{TAG}", f"kecli_reader_{TAG}"


def grants_from_the_docs() -> str:
    """The caseworkers' grants exactly as docs/postgresql.md gives them."""
    found = re.search(r"the caseworkers' grants.*?```sql\n(.*?)```", DOCS.read_text(), re.S)
    assert found is not None, "the grants' block is gone from docs/postgresql.md"
    return found.group(1).replace("kecli_users", GROUP)


def as_role(url: str, role: str) -> str:
    """The database's URL with another login (the test cluster trusts local logins)."""
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{role}@{rest.split('@', 1)[1]}"


@pytest.fixture
def roles(kecli: Kecli, db_backend: str) -> Iterator[dict[str, str]]:
    if db_backend != "postgresql":
        pytest.skip("PostgreSQL's roles")
    database = kecli.url.rsplit("/", 1)[1]
    admin = create_engine(kecli.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for role, options in ((GROUP, "NOLOGIN"), (ANNE, "LOGIN"), (READER, "LOGIN")):
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).scalar()
            if not exists:
                conn.execute(text(f'CREATE ROLE "{role}" {options}'))
        conn.execute(text(f'GRANT "{GROUP}" TO "{ANNE}", "{READER}"'))
        conn.execute(text(f'ALTER ROLE "{READER}" SET default_transaction_read_only = on'))
        conn.execute(text(f'GRANT CONNECT, TEMPORARY ON DATABASE "{database}" TO "{GROUP}"'))
        conn.execute(text(grants_from_the_docs()))
    admin.dispose()
    yield {"anne": as_role(kecli.url, ANNE), "reader": as_role(kecli.url, READER)}


def run_as(url: str, *statements: str) -> list[Any]:
    """The statements in one transaction as that role, as psql would; their first values."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            results = [conn.execute(text(s)) for s in statements]
            return [r.scalar() if r.returns_rows else None for r in results]
    finally:
        engine.dispose()


def test_a_caseworker_role_works_through_kecli_and_the_log_names_the_role(
    kecli, roles, monkeypatch
):
    monkeypatch.setenv("KECLI_DB", roles["anne"])
    monkeypatch.setenv("COLUMNS", "200")
    anne = Kecli(roles["anne"])
    case = anne.new_case()["id"]
    assert anne("case", "edit", case, "--name", "Kari Berg", "--json").exit_code == 0
    assert anne("case", "note", "add", case, "Ringte mor", "--json").exit_code == 0
    assert anne("config", "set", "municipality", "Asker", "--json").exit_code == 0
    entries = anne.json("audit", "list")
    assert {(e["user"], e.get("db_role")) for e in entries} == {("tester", ANNE)}
    assert f"tester ({ANNE})" in anne("audit", "list").stdout.replace("\n", "")
    assert anne.json("audit", "verify")["ok"] is True


def test_kecli_as_the_owner_records_its_role_too(kecli):
    if kecli.db is not None:
        assert "db_role" not in kecli.new_case() and all(
            "db_role" not in e for e in kecli.json("audit", "list")
        )
        return
    kecli.new_case()
    assert [e["db_role"] for e in kecli.json("audit", "list")] == ["postgres"]


def test_a_caseworker_role_cannot_write_the_log_itself(kecli, roles):
    kecli.new_case()
    before = kecli.snapshot()
    for statement in (
        'INSERT INTO events (at, "user", action, details, prev_hash, hash) '
        "VALUES ('x', 'mallory', 'case.created', '{}', 'x', 'x')",
        "UPDATE audit_head SET hash = 'x'",
        "DELETE FROM events",
        "TRUNCATE events",
        "ALTER TABLE events DISABLE TRIGGER events_append_only",
        "DROP TRIGGER kecli_audited ON cases",
    ):
        with pytest.raises(DBAPIError, match="permission denied|must be owner"):
            run_as(roles["anne"], statement)
    assert kecli.snapshot() == before


@pytest.mark.parametrize(
    "before",
    [
        [],
        ["SET LOCAL kecli.schema_change = on"],  # the owner's way round, not the caseworker's
        ["SET CONSTRAINTS ALL IMMEDIATE"],
    ],
)
def test_a_caseworker_role_cannot_change_a_case_without_an_entry(kecli, roles, before):
    kecli.new_case()
    snapshot = kecli.snapshot()
    with pytest.raises(DBAPIError, match="needs an audit entry in the same transaction"):
        run_as(roles["anne"], *before, "UPDATE cases SET name = 'Mallory'")
    with pytest.raises(DBAPIError, match="needs an audit entry"):
        run_as(roles["anne"], "DELETE FROM case_terms")
    assert kecli.snapshot() == snapshot


DETAILS = {
    "b": [1, 2.5, True, None, 'æøå\n\t"\\\u0001 😀'],
    "a": {"z": {}, "y": []},
    "Å": "x",
    "a b": "c",
}


def test_through_the_audit_function_a_change_is_kept_and_names_the_real_role(kecli, roles):
    case = kecli.new_case()["id"]
    details = json.dumps(DETAILS).replace("'", "''")
    run_as(
        roles["anne"],
        f"SELECT kecli_audit_append('anne', '{case}', 'psql.update', '{details}'::jsonb)",
        "UPDATE cases SET name = 'Kari Berg'",
    )
    entry = kecli.json("audit", "list", "--action", "psql")[0]
    assert (entry["user"], entry["db_role"], entry["details"]) == ("anne", ANNE, DETAILS)
    assert kecli.json("case", "show", case)["person"]["name"] == "Kari Berg"
    # The chain hash the database computed is the one kecli computes.
    assert kecli.json("audit", "verify")["ok"] is True


def test_a_read_only_role_gets_kecli_s_one_line_refusal(kecli, roles, monkeypatch):
    kecli.new_case()
    before = kecli.snapshot()
    reader = Kecli(roles["reader"])
    monkeypatch.setenv("KECLI_DB", roles["reader"])
    result = reader("case", "new", "--name", "Ola Nordmann", "--kind", "koordinator")
    assert result.exit_code == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, result.stderr
    assert "read-only transaction" in lines[0]
    assert "The server takes no changes (a standby, or read-only by default)" in lines[1]
    assert "Traceback" not in result.stderr
    assert kecli.snapshot() == before
    assert [c["id"] for c in reader.json("case", "list")] == ["2026-0001"]


def test_the_audit_function_takes_details_as_an_object_only(kecli, roles):
    kecli.new_case()
    before = kecli.snapshot()
    with pytest.raises(DBAPIError, match="details as a JSON object"):
        run_as(roles["anne"], "SELECT kecli_audit_append('anne', NULL, 'x', '[1]'::jsonb)")
    assert kecli.snapshot() == before
    assert kecli.json("audit", "verify")["ok"] is True
