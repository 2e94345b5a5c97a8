"""the caseworker's day: foreløpig svar, handler, journal, voided cases, search index

A case records its last foreløpig svar (fvl § 11 a: ``replied_on``) and the day
it promised a decision by (``decision_expected_on``), and the caseworker who
handles it (``handler``: for the cases stored before, the one who registered it).
The case journal (``case_notes``): notes of calls, meetings, letters. A case
registered by mistake is voided (status ``voided``, ``voided_on``, ``void_reason``).
The search index of the cases (``case_terms``), built here for the cases stored.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_NAME = sqlmodel.sql.sqltypes.AutoString(length=100)


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("replied_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("decision_expected_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("handler", _NAME, nullable=True))
        batch.add_column(sa.Column("voided_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("void_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
        )
    op.execute(sa.text("UPDATE cases SET handler = created_by"))
    with op.batch_alter_table("cases") as batch:
        batch.alter_column("handler", existing_type=_NAME, nullable=False)
    op.create_index("ix_cases_handler_status", "cases", ["handler", "status"])
    op.create_table(
        "case_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("created_by", _NAME, nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_case_notes_case_on", "case_notes", ["case_id", "on", "id"])
    op.create_table(
        "case_terms",
        sa.Column(
            "term",
            sa.String(length=40).with_variant(sa.String(length=40, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("case_id", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("source", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"]),
        sa.PrimaryKeyConstraint("term", "case_id"),
    )
    _index_the_cases()
    op.create_index("ix_case_terms_case_id", "case_terms", ["case_id"])


def _index_the_cases() -> None:
    """Every stored case's search terms (kecli.domain.search: the folding of this version)."""
    from kecli.store.search import index_rows

    conn = op.get_bind()
    result = conn.execute(sa.text("SELECT id, name, guardians, birth_date, fnr FROM cases"))
    while chunk := result.fetchmany(5000):
        index_rows(conn, chunk)


def downgrade() -> None:
    op.drop_index("ix_case_terms_case_id", table_name="case_terms")
    op.drop_table("case_terms")
    op.drop_index("ix_case_notes_case_on", table_name="case_notes")
    op.drop_table("case_notes")
    op.drop_index("ix_cases_handler_status", table_name="cases")
    # An older kecli knows no voided case: it keeps them as closed, with the reason.
    op.execute(
        sa.text(
            "UPDATE cases SET status = 'closed', closed_on = coalesce(closed_on, voided_on), "
            "close_reason = coalesce(close_reason, 'voided: ' || void_reason) "
            "WHERE status = 'voided'"
        )
    )
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("void_reason")
        batch.drop_column("voided_on")
        batch.drop_column("handler")
        batch.drop_column("decision_expected_on")
        batch.drop_column("replied_on")
