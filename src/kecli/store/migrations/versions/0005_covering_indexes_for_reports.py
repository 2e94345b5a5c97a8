"""covering indexes for report deadlines and case show; turns_18 over open cases only

The by-case indexes of decisions, appointments and appeals become composite ones
that start with case_id (so every lookup by case still uses them) and carry the
columns the deadline queries test, so those queries need not read the rows; the
plans index carries case_id and version; the (kind, birth_date) index of cases
holds open cases only.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_OPEN = sa.text("status != 'closed'")


def upgrade() -> None:
    op.create_index(
        "ix_cases_open_kind_birth_date",
        "cases",
        ["kind", "birth_date"],
        sqlite_where=_OPEN,
        postgresql_where=_OPEN,
    )
    op.drop_index("ix_cases_kind_birth_date", table_name="cases")
    op.create_index(
        "ix_decisions_case_current", "decisions", ["case_id", "is_current", "set_aside"]
    )
    op.drop_index("ix_decisions_case_id", table_name="decisions")
    op.create_index(
        "ix_appointments_case_until", "appointments", ["case_id", "until", "coordinator_id"]
    )
    op.drop_index("ix_appointments_case_id", table_name="appointments")
    op.create_index(
        "ix_plans_active_next_evaluation_case",
        "plans",
        ["active", "next_evaluation", "case_id", "version"],
    )
    op.drop_index("ix_plans_active_next_evaluation", table_name="plans")
    op.create_index(
        "ix_appeals_case_outcome", "appeals", ["case_id", "final_outcome", "resolved_on"]
    )
    op.drop_index("ix_appeals_case_id", table_name="appeals")


def downgrade() -> None:
    op.create_index("ix_appeals_case_id", "appeals", ["case_id"])
    op.drop_index("ix_appeals_case_outcome", table_name="appeals")
    op.create_index("ix_plans_active_next_evaluation", "plans", ["active", "next_evaluation"])
    op.drop_index("ix_plans_active_next_evaluation_case", table_name="plans")
    op.create_index("ix_appointments_case_id", "appointments", ["case_id"])
    op.drop_index("ix_appointments_case_until", table_name="appointments")
    op.create_index("ix_decisions_case_id", "decisions", ["case_id"])
    op.drop_index("ix_decisions_case_current", table_name="decisions")
    op.create_index("ix_cases_kind_birth_date", "cases", ["kind", "birth_date"])
    op.drop_index("ix_cases_open_kind_birth_date", table_name="cases")
