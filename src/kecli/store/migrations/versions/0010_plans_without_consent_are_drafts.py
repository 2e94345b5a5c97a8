"""plans without the person's consent are drafts, not active

An individuell plan is made with the person's consent (pbrl § 2-5). From this
version a plan is active (evaluated, shown by report deadlines as
plan_evaluation) only while the case is granted with a plan wanted and the
plan records consent given; without it, it is a draft. Until now every plan of
such a case was active, so a draft raised evaluation alarms. This sets the
active plans that record no consent inactive once; the services keep the flag
from now on. Downgrade makes the drafts of granted cases active again, as
before.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

#: consent.given of the plan's JSON document, as text ('true' when given).
_GIVEN = {
    "sqlite": "json_type(plans.document, '$.consent.given')",
    "postgresql": "(plans.document -> 'consent' ->> 'given')",
}
_KEPT = (
    "EXISTS (SELECT 1 FROM decisions d WHERE d.case_id = plans.case_id "
    "AND d.is_current = :on AND d.set_aside = :off "
    "AND d.outcome = 'innvilget' AND d.wants_ip = :on)"
)


def upgrade() -> None:
    given = _GIVEN[op.get_bind().dialect.name]
    op.execute(
        sa.text(
            f"UPDATE plans SET active = :off WHERE active = :on AND coalesce({given}, '') != 'true'"
        ).bindparams(on=True, off=False)
    )


def downgrade() -> None:
    op.execute(
        sa.text(f"UPDATE plans SET active = :on WHERE active = :off AND {_KEPT}").bindparams(
            on=True, off=False
        )
    )
