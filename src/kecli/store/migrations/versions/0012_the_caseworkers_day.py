"""the caseworker's day: the foreløpig svar on a case

A case records its last foreløpig svar (fvl § 11 a: ``replied_on``) and the day
it promised a decision by (``decision_expected_on``).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("replied_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("decision_expected_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("decision_expected_on")
        batch.drop_column("replied_on")
