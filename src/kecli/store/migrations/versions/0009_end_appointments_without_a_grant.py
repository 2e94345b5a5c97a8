"""end the appointments of closed cases and of cases without a current grant

From this version closing a case, an avslag and statsforvalteren's opphevet
end the case's coordinator appointment (SPEC: a coordinator only for a case
whose current decision is innvilget). Appointments that earlier versions left
active are ended once: on the day the case closed, else on the day of the
current decision (never before the appointment began). Downgrade leaves them.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_GRANTED = (
    "EXISTS (SELECT 1 FROM decisions d WHERE d.case_id = appointments.case_id "
    "AND d.is_current = :on AND d.set_aside = :off AND d.outcome = 'innvilget')"
)
_CLOSED_ON = (
    "(SELECT c.closed_on FROM cases c WHERE c.id = appointments.case_id AND c.status = 'closed')"
)
_DECIDED_ON = (
    "(SELECT d.decided_on FROM decisions d WHERE d.case_id = appointments.case_id "
    "AND d.is_current = :on)"
)


def upgrade() -> None:
    bind = {"on": True, "off": False}
    op.execute(
        sa.text(
            f"UPDATE appointments SET until = CASE WHEN {_CLOSED_ON} > since "
            f"THEN {_CLOSED_ON} ELSE since END, end_reason = 'case closed' "
            f"WHERE until IS NULL AND {_CLOSED_ON} IS NOT NULL"
        )
    )
    op.execute(
        sa.text(
            "UPDATE appointments SET until = CASE "
            f"WHEN {_DECIDED_ON} > since THEN {_DECIDED_ON} ELSE since END, "
            "end_reason = 'no current grant' "
            f"WHERE until IS NULL AND NOT {_GRANTED}"
        ).bindparams(**bind)
    )


def downgrade() -> None:
    pass
