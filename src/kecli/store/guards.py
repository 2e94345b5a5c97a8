"""The database's own guards of the audit log, defined once: what migrations 0003 and 0014
created, what ``audit verify`` checks is still there and unaltered, and what
``kecli db upgrade`` creates again.

SQLite: two triggers refuse to change or delete an entry.

PostgreSQL, beside the append-only triggers (and one refusing TRUNCATE):

- ``kecli_audit_append(user, case_id, action, details)``: the one way to add an entry for a
  role without INSERT on the log (SECURITY DEFINER, owned by the schema's owner, a fixed
  search_path). It computes the chain hash itself, from the head row it locks, stamps the
  time and records ``session_user`` (the database role) beside kecli's ``--user``.
- Every change of a case table in a transaction must come with an entry in the same
  transaction: a statement-level trigger on each table notes the transaction in
  ``kecli_tx``, and a deferred constraint trigger refuses the commit (SQLSTATE 42501)
  unless the audit function marked it. Per statement, not per row: an import of a million
  rows pays once. The schema's owner may change tables without an entry while it upgrades
  the schema (``kecli.schema_change`` set in that transaction): the owner can drop every
  guard anyway.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection

MESSAGE = "the audit log is append-only"

SQLITE_TRIGGERS = {
    f"events_no_{verb.lower()}": (
        f"CREATE TRIGGER events_no_{verb.lower()} BEFORE {verb} ON events "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )
    for verb in ("UPDATE", "DELETE")
}

#: The tables a change of which must come with an audit entry (PostgreSQL): every table
#: of the models but the log itself, its head and the guard's own. A migration that adds
#: a table must add its trigger too (``install(conn, only=["kecli_audited on NAME"])``):
#: until it does, ``audit verify`` names it missing.
UNGUARDED = frozenset({"events", "audit_head", "kecli_tx", "alembic_version"})

#: The setting the schema's owner sets for the transaction that upgrades the schema.
SCHEMA_CHANGE = "kecli.schema_change"

_APPEND_ONLY = f"""
BEGIN
  RAISE EXCEPTION '{MESSAGE}';
END
"""

_CANONICAL_JSON = """
BEGIN
  -- The text Python's json.dumps(sort_keys=True, ensure_ascii=False,
  -- separators=(",", ":")) makes of the same value: the chain hashes it.
  IF jsonb_typeof(value) = 'object' THEN
    RETURN '{' || coalesce((SELECT string_agg(to_json(k)::text || ':'
      || kecli_canonical_json(v), ',' ORDER BY k COLLATE "C")
      FROM jsonb_each(value) AS e(k, v)), '') || '}';
  ELSIF jsonb_typeof(value) = 'array' THEN
    RETURN '[' || coalesce((SELECT string_agg(kecli_canonical_json(v), ',' ORDER BY n)
      FROM jsonb_array_elements(value) WITH ORDINALITY AS a(v, n)), '') || ']';
  END IF;
  RETURN value::text;
END
"""

_AUDIT_APPEND = """
DECLARE
  v_prev text;
  v_at text;
  v_role text := session_user;
  v_details jsonb := coalesce(p_details, '{}'::jsonb);
  v_hash text;
  v_id bigint;
BEGIN
  IF p_user IS NULL OR p_action IS NULL OR jsonb_typeof(v_details) <> 'object' THEN
    RAISE EXCEPTION 'kecli_audit_append: a user, an action and details as a JSON object';
  END IF;
  SELECT hash INTO v_prev FROM audit_head WHERE id = 1 FOR UPDATE;
  v_prev := coalesce(v_prev, repeat('0', 64));
  v_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')
    || '+00:00';
  v_hash := encode(sha256(convert_to('{"action":' || to_json(p_action)::text
    || ',"at":' || to_json(v_at)::text
    || ',"case_id":' || coalesce(to_json(p_case_id)::text, 'null')
    || ',"db_role":' || to_json(v_role)::text
    || ',"details":' || kecli_canonical_json(v_details)
    || ',"prev":' || to_json(v_prev)::text
    || ',"user":' || to_json(p_user)::text || '}', 'UTF8')), 'hex');
  INSERT INTO events (at, "user", case_id, action, details, prev_hash, hash, db_role)
    VALUES (v_at, p_user, p_case_id, p_action, v_details::json, v_prev, v_hash, v_role)
    RETURNING id INTO v_id;
  INSERT INTO audit_head (id, event_id, hash) VALUES (1, v_id, v_hash)
    ON CONFLICT (id) DO UPDATE SET event_id = excluded.event_id, hash = excluded.hash;
  INSERT INTO kecli_tx (txid, audited) VALUES (txid_current(), true)
    ON CONFLICT (txid) DO UPDATE SET audited = true;
  RETURN v_id;
END
"""

_TX_CHANGED = f"""
BEGIN
  IF current_setting('{SCHEMA_CHANGE}', true) = 'on'
     AND pg_has_role(session_user, current_user, 'MEMBER') THEN
    RETURN NULL;
  END IF;
  INSERT INTO kecli_tx (txid, audited) VALUES (txid_current(), false)
    ON CONFLICT (txid) DO NOTHING;
  RETURN NULL;
END
"""

_TX_CHECK = """
BEGIN
  IF NOT (SELECT audited FROM kecli_tx WHERE txid = NEW.txid) THEN
    RAISE EXCEPTION 'kecli: a change of the case tables needs an audit entry in the same '
      'transaction (kecli_audit_append)' USING ERRCODE = '42501';
  END IF;
  DELETE FROM kecli_tx WHERE txid = NEW.txid;
  RETURN NULL;
END
"""

#: name → (arguments, result, body, SECURITY DEFINER)
_FUNCTIONS = {
    "kecli_append_only": ("", "trigger", _APPEND_ONLY, False),
    "kecli_canonical_json": ("value jsonb", "text", _CANONICAL_JSON, False),
    "kecli_audit_append": (
        "p_user text, p_case_id text, p_action text, p_details jsonb",
        "bigint",
        _AUDIT_APPEND,
        True,
    ),
    "kecli_tx_changed": ("", "trigger", _TX_CHANGED, True),
    "kecli_tx_check": ("", "trigger", _TX_CHECK, True),
}


def _pg_triggers(tables: list[str]) -> dict[str, tuple[str, str]]:
    """The triggers by the name :func:`missing` gives them: (table, definition as
    pg_get_triggerdef prints it, the schema left out)."""
    found = {
        "events_append_only": (
            "events",
            "CREATE TRIGGER events_append_only BEFORE DELETE OR UPDATE ON events "
            "FOR EACH ROW EXECUTE FUNCTION kecli_append_only()",
        ),
        "events_no_truncate": (
            "events",
            "CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events "
            "FOR EACH STATEMENT EXECUTE FUNCTION kecli_append_only()",
        ),
        "kecli_tx_audited": (
            "kecli_tx",
            "CREATE CONSTRAINT TRIGGER kecli_tx_audited AFTER INSERT ON kecli_tx "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kecli_tx_check()",
        ),
    }
    for table in tables:
        if table not in UNGUARDED:
            found[f"kecli_audited on {table}"] = (
                table,
                f"CREATE TRIGGER kecli_audited AFTER INSERT OR DELETE OR UPDATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION kecli_tx_changed()",
            )
    return found


def _guarded_tables() -> list[str]:
    from kecli.store.models import SQLModel

    return [table.name for table in SQLModel.metadata.sorted_tables]


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


def missing(conn: Connection) -> list[str]:
    """The guards absent, disabled or altered, by name (``events_no_update``,
    ``kecli_audit_append()``, ``kecli_audited on cases`` …); empty when all stand."""
    if conn.dialect.name == "sqlite":
        stored = dict(
            conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
            ).all()
        )
        return [
            name
            for name, sql in SQLITE_TRIGGERS.items()
            if _normal(stored.get(name) or "") != _normal(sql)
        ]
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    functions = {
        name: (source, definer)
        for name, source, definer in conn.exec_driver_sql(
            "SELECT proname, prosrc, prosecdef FROM pg_proc "
            "WHERE pronamespace = current_schema()::regnamespace AND left(proname, 6) = 'kecli_'"
        ).all()
    }
    absent = [
        f"{name}()"
        for name, (_args, _result, body, definer) in _FUNCTIONS.items()
        if functions.get(name) != (body, definer)
    ]
    triggers = {
        (table, name): (enabled, definition)
        for table, name, enabled, definition in conn.exec_driver_sql(
            "SELECT c.relname, t.tgname, t.tgenabled, pg_get_triggerdef(t.oid) "
            "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace"
        ).all()
    }
    for label, (table, definition) in _pg_triggers(_guarded_tables()).items():
        name = label.split()[0]
        enabled, stored = triggers.get((table, name), ("D", ""))
        stored = stored.replace(f" ON {schema}.", " ON ")
        if enabled == "D" or _normal(stored) != _normal(definition):
            absent.append(label)
    return absent


def install(conn: Connection, *, only: list[str] | None = None) -> None:
    """Create the guards (or those named in ``only``, as :func:`missing` names them)."""
    if conn.dialect.name == "sqlite":
        for name, sql in SQLITE_TRIGGERS.items():
            if only is None or name in only:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
                conn.exec_driver_sql(sql)
        return
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    conn.exec_driver_sql(
        "CREATE TABLE IF NOT EXISTS kecli_tx (txid BIGINT NOT NULL PRIMARY KEY, "
        "audited BOOLEAN NOT NULL)"
    )
    for name, (args, result, body, definer) in _FUNCTIONS.items():
        if only is not None and f"{name}()" not in only:
            continue
        security = (
            f" SECURITY DEFINER SET search_path = {_quoted(schema)}, pg_temp" if definer else ""
        )
        conn.exec_driver_sql(
            f"CREATE OR REPLACE FUNCTION {name}({args}) RETURNS {result} "
            f"LANGUAGE plpgsql{security} AS $kecli${body}$kecli$"
        )
        if definer:
            conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {name}({args}) FROM PUBLIC")
    for label, (table, definition) in _pg_triggers(_guarded_tables()).items():
        if only is not None and label not in only:
            continue
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {label.split()[0]} ON {table}")
        conn.exec_driver_sql(definition)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
