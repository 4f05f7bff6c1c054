"""merging lots: received records waiting for their parent

Revision ID: 0005_sync_pending
Revises: 0004_time_entry_covering_index
Create Date: 2026-12-04 18:00:00

A record received in a lot whose parent is missing here (a person deleted here, kept by the
other machine: the conflict waits for a choice) used to be dropped, and the other machine
never sends it again. It now waits in ``sync_pending`` and is applied once the parent exists.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_sync_pending"
down_revision: str | None = "0004_time_entry_covering_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_pending",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=80), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("item", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_pending")),
    )


def downgrade() -> None:
    op.drop_table("sync_pending")
