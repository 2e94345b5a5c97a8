"""the audit log's database role, and on PostgreSQL an entry for every change

Each entry records the database role that wrote it (``db_role``: PostgreSQL's
``session_user``; SQLite has none and leaves it empty). On PostgreSQL the entries
are written through ``kecli_audit_append``, a SECURITY DEFINER function that
computes the chain hash itself, so that a caseworker role needs no INSERT on the
log; every change of a case table must come with an entry in the same
transaction (``kecli_tx`` and its triggers), and the log refuses TRUNCATE. The
definitions live in kecli.store.guards, which ``audit verify`` checks against and
``db upgrade`` restores from.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch rebuild on SQLite: that would drop the log's triggers).
    op.add_column(
        "events",
        sa.Column("db_role", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    )
    op.create_table(
        "kecli_tx",
        sa.Column("txid", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("audited", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("txid"),
    )
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        from kecli.store.guards import install

        install(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        tables = conn.exec_driver_sql(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname = 'kecli_audited'"
        ).scalars()
        for table in list(tables):
            op.execute(f'DROP TRIGGER kecli_audited ON "{table}"')
        op.execute("DROP TRIGGER IF EXISTS events_no_truncate ON events")
        op.execute("DROP TABLE kecli_tx")
        for name in ("kecli_tx_check()", "kecli_tx_changed()", "kecli_canonical_json(jsonb)"):
            op.execute(f"DROP FUNCTION IF EXISTS {name}")
        op.execute("DROP FUNCTION IF EXISTS kecli_audit_append(text, text, text, jsonb)")
    else:
        op.drop_table("kecli_tx")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("db_role")
    if conn.dialect.name == "sqlite":  # the rebuilt table lost the append-only triggers
        from kecli.store.guards import install

        install(conn)
