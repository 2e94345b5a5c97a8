"""plans of cases not granted with a plan wanted are inactive

A plan is active (evaluated, shown by report deadlines as plan_evaluation)
while the case's current decision is innvilget and the person wants a plan.
Until now a later avslag, --no-ip assessment or opphevet left it active, so
its evaluation alarm stayed on a refused case for good. This sets such plans
inactive once; the services keep the flag from now on. Downgrade leaves the
flags as they are (nothing to restore: the plans and their history stay).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        sa.text(
            "UPDATE plans SET active = :off WHERE active = :on AND NOT EXISTS ("
            "SELECT 1 FROM decisions d WHERE d.case_id = plans.case_id "
            "AND d.is_current = :on AND d.set_aside = :off "
            "AND d.outcome = 'innvilget' AND d.wants_ip = :on)"
        ).bindparams(on=True, off=False)
    )


def downgrade() -> None:
    pass
