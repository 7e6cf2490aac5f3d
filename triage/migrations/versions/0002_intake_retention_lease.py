"""intake details, vulnerability, authority, redress, retention, mailbox lease

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 07:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CASE_COLUMNS = [
    sa.Column("details", sa.JSON(), nullable=False, server_default="{}"),
    sa.Column("details_missing", sa.JSON(), nullable=False, server_default="[]"),
    sa.Column("vulnerable", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("vulnerability", sa.JSON(), nullable=False, server_default="[]"),
    sa.Column("priority", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("authority_status", sa.String(length=20), nullable=False, server_default="not_needed"),
    sa.Column("authority_detail", sa.JSON(), nullable=False, server_default="{}"),
    sa.Column("authority_recorded_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("authority_recorded_by", sa.String(length=100), nullable=True),
    sa.Column("redress_status", sa.String(length=20), nullable=False, server_default="none"),
    sa.Column("redress_offered_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("redress_approved_by", sa.String(length=100), nullable=True),
    sa.Column("redress_approved_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("redress_accepted_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("redress_paid_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("logged_by", sa.String(length=100), nullable=True),
    sa.Column("legal_hold", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
]


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        for column in CASE_COLUMNS:
            batch.add_column(column)
        batch.create_index("ix_cases_vulnerable", ["vulnerable"])
        batch.create_index("ix_cases_priority", ["priority"])
    with op.batch_alter_table("inbound_messages") as batch:
        batch.add_column(sa.Column("raw_purged_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("mailbox_state") as batch:
        batch.add_column(sa.Column("lease_owner", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mailbox_state") as batch:
        batch.drop_column("lease_until")
        batch.drop_column("lease_owner")
    with op.batch_alter_table("inbound_messages") as batch:
        batch.drop_column("raw_purged_at")
    with op.batch_alter_table("cases") as batch:
        batch.drop_index("ix_cases_priority")
        batch.drop_index("ix_cases_vulnerable")
        for column in reversed(CASE_COLUMNS):
            batch.drop_column(column.name)
