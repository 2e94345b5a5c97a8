"""contact details of the person and the guardians; the case a case came from

``case edit`` records where the person and each guardian live and how to reach
them (the letters are addressed with it): five nullable columns for the person,
and the guardians' details as one JSON document by name. ``case new --from``
links a koordinator inquiry to the refused or ended barnekoordinator case it
follows (``from_case``, indexed for the link back). Existing cases have neither.

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

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("address", _TEXT(length=200), nullable=True))
        batch.add_column(sa.Column("postcode", _TEXT(length=10), nullable=True))
        batch.add_column(sa.Column("city", _TEXT(length=100), nullable=True))
        batch.add_column(sa.Column("phone", _TEXT(length=40), nullable=True))
        batch.add_column(sa.Column("email", _TEXT(length=200), nullable=True))
        batch.add_column(sa.Column("guardian_contacts", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("from_case", _TEXT(length=20), nullable=True))
    op.create_index("ix_cases_from_case", "cases", ["from_case"])


def downgrade() -> None:
    op.drop_index("ix_cases_from_case", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("from_case")
        batch.drop_column("guardian_contacts")
        batch.drop_column("email")
        batch.drop_column("phone")
        batch.drop_column("city")
        batch.drop_column("postcode")
        batch.drop_column("address")
