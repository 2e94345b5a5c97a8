"""drop the cases indexes on kind alone and on birth_date alone

No query filters on birth_date alone (turns_18 has the open (kind, birth_date)
index), and kind has two values: SQLite searched the kind index and then sorted
half the table, where reading it in (year, seq) order is twice as fast (1M cases,
case list --kind: 0.63 → 0.29 s). Every write of a case, and an import, builds two
indexes less.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_cases_kind", table_name="cases")
    op.drop_index("ix_cases_birth_date", table_name="cases")


def downgrade() -> None:
    op.create_index("ix_cases_birth_date", "cases", ["birth_date"])
    op.create_index("ix_cases_kind", "cases", ["kind"])
