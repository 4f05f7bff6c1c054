"""merging lots: per-record versions, tombstones, peers and conflicts

Revision ID: 0003_sync
Revises: 0002_journal_settings
Create Date: 2026-11-23 10:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_sync"
down_revision: str | None = "0002_journal_settings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_record",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_record")),
    )
    with op.batch_alter_table("sync_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_record_seq"), ["seq"], unique=False)
    op.create_table(
        "sync_peer",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sent_seq", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=80), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("remote_version", sa.Text(), nullable=False),
        sa.Column("remote_deleted", sa.Boolean(), nullable=False),
        sa.Column("remote_values", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
        sa.UniqueConstraint("table_name", "record_id", name=op.f("uq_sync_conflict_table_name_record_id")),
    )


def downgrade() -> None:
    op.drop_table("sync_conflict")
    op.drop_table("sync_peer")
    with op.batch_alter_table("sync_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_record_seq"))
    op.drop_table("sync_record")
