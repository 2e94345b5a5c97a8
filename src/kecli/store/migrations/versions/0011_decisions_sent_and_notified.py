"""when a decision was sent, and notified_on unknown until recorded

From this version kecli never takes the decision day as the day the decision
reached the person (pbrl § 7-5 counts the appeal deadline from that day):
``notified_on`` is null until recorded, and a decision records how its letter
left the unit (``sent_on``, ``sent_via``: post, digital or hand). A posted
letter whose arrival is not recorded gives an estimated deadline
(``appeal_deadline_estimated``). Decisions already stored keep the
notified_on they were recorded with, and their deadlines stay known.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_UNSENT = sa.text("sent_on IS NULL AND notified_on IS NULL")


def upgrade() -> None:
    with op.batch_alter_table("decisions") as batch:
        batch.alter_column("notified_on", existing_type=sa.Date(), nullable=True)
        batch.add_column(sa.Column("sent_on", sa.Date(), nullable=True))
        batch.add_column(
            sa.Column("sent_via", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True)
        )
        batch.add_column(
            sa.Column(
                "appeal_deadline_estimated",
                sa.Boolean(),
                nullable=False,
                server_default=sa.false(),
            )
        )
    op.create_index(
        "ix_decisions_unsent_decided_on",
        "decisions",
        ["decided_on", "case_id"],
        sqlite_where=_UNSENT,
        postgresql_where=_UNSENT,
    )


def downgrade() -> None:
    op.drop_index("ix_decisions_unsent_decided_on", table_name="decisions")
    # An older kecli needs a day: a decision not yet notified gets its decision day, as
    # that kecli would have recorded it.
    op.execute(sa.text("UPDATE decisions SET notified_on = decided_on WHERE notified_on IS NULL"))
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("appeal_deadline_estimated")
        batch.drop_column("sent_via")
        batch.drop_column("sent_on")
        batch.alter_column("notified_on", existing_type=sa.Date(), nullable=False)
