"""drop stored_blobs: raw messages live only in the content-addressed file store

The table was meant for `[storage] raw_path = "db"`, which intake never wrote: a half-feature. Raw
bytes stay on disk (triage/rawstore.py), where retention and erasure already find them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05 21:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("stored_blobs")


def downgrade() -> None:
    op.create_table(
        "stored_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
