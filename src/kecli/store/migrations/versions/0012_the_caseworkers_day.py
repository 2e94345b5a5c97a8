"""the caseworker's day: the foreløpig svar on a case, its handler

A case records its last foreløpig svar (fvl § 11 a: ``replied_on``) and the day
it promised a decision by (``decision_expected_on``), and the caseworker who
handles it (``handler``: for the cases stored before, the one who registered it).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_NAME = sqlmodel.sql.sqltypes.AutoString(length=100)


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("replied_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("decision_expected_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("handler", _NAME, nullable=True))
    op.execute(sa.text("UPDATE cases SET handler = created_by"))
    with op.batch_alter_table("cases") as batch:
        batch.alter_column("handler", existing_type=_NAME, nullable=False)
    op.create_index("ix_cases_handler_status", "cases", ["handler", "status"])


def downgrade() -> None:
    op.drop_index("ix_cases_handler_status", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("handler")
        batch.drop_column("decision_expected_on")
        batch.drop_column("replied_on")
