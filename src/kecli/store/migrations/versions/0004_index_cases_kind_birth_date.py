"""index cases (kind, birth_date): report deadlines finds the turns_18 items without a scan

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_kind_birth_date", "cases", ["kind", "birth_date"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cases_kind_birth_date", table_name="cases")
