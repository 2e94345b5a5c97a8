"""an imported appeal may lack the decision it was against

A case whose decision statsforvalteren set aside (opphevet) waits for a new
one; its export carries the appeal but not the decision set aside, so the
import stores that appeal without decision_id and deadline (both nullable
now). Everything kecli itself records keeps both.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appeals") as batch:
        batch.alter_column("decision_id", existing_type=sa.Integer(), nullable=True)
        batch.alter_column("deadline", existing_type=sa.Date(), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("appeals") as batch:
        batch.alter_column("deadline", existing_type=sa.Date(), nullable=False)
        batch.alter_column("decision_id", existing_type=sa.Integer(), nullable=False)
