"""format 1.1.0: jobs by contract, organisational changes as rows, who the structure is

Revision ID: 0006_format_1_1
Revises: 0005_sync_pending
Create Date: 2026-12-04 19:30:00

- ``job_line``: headcount on 31 December, FTE and research FTE per contract type and year;
- ``org_change``: one row per organisational change (year, code, short description shared
  only when chosen). The codes of ``structure_year.org_changes`` become rows, then the
  column goes: one place for the changes;
- ``structure``: INSEE legal category, agréments, networks, logo; ``project``: forms of
  engagement.
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0006_format_1_1"
down_revision: str | None = "0005_sync_pending"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "job_line",
        sa.Column("structure_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("contract_type", sa.String(length=32), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=False),
        sa.Column("fte", sa.Float(), nullable=False),
        sa.Column("research_fte", sa.Float(), nullable=False),
        *_record_columns(),
        sa.CheckConstraint(
            "headcount >= 0 AND fte >= 0 AND research_fte >= 0", name=op.f("ck_job_line_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["structure_id"],
            ["structure.id"],
            name=op.f("fk_job_line_structure_id_structure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_line")),
        sa.UniqueConstraint(
            "structure_id", "year", "contract_type", name=op.f("uq_job_line_structure_id_year_contract_type")
        ),
    )
    op.create_table(
        "org_change",
        sa.Column("structure_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=True),
        sa.Column("shared", sa.Boolean(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(
            ["structure_id"],
            ["structure.id"],
            name=op.f("fk_org_change_structure_id_structure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_org_change")),
    )
    with op.batch_alter_table("org_change", schema=None) as batch_op:
        batch_op.create_index("ix_org_change_structure_id_year", ["structure_id", "year"], unique=False)

    with op.batch_alter_table("structure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("insee_legal_category", sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column("approvals", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("networks", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("engagement_forms", sa.String(length=100), nullable=False, server_default="")
        )

    # The year's change codes become rows (no description: there was none), then the column goes.
    conn = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)
    years = conn.execute(
        sa.text("SELECT structure_id, year, org_changes FROM structure_year WHERE org_changes != ''")
    ).all()
    rows = [
        {"id": str(uuid.uuid4()), "at": now, "structure_id": sid, "year": year, "code": code}
        for sid, year, codes in years
        for code in dict.fromkeys(c for c in codes.split(";") if c)
    ]
    if rows:
        conn.execute(
            sa.text(
                "INSERT INTO org_change (id, created_at, updated_at, structure_id, year, code, description, "
                "shared) VALUES (:id, :at, :at, :structure_id, :year, :code, NULL, :shared)"
            ),
            [{**r, "shared": False} for r in rows],
        )
    with op.batch_alter_table("structure_year", schema=None) as batch_op:
        batch_op.drop_column("org_changes")


def downgrade() -> None:
    with op.batch_alter_table("structure_year", schema=None) as batch_op:
        batch_op.add_column(sa.Column("org_changes", sa.String(length=300), nullable=False, server_default=""))
    conn = op.get_bind()
    codes: dict[tuple[str, int], list[str]] = {}
    for sid, year, code in conn.execute(sa.text("SELECT structure_id, year, code FROM org_change")):
        codes.setdefault((sid, year), []).append(code)
    for (sid, year), values in codes.items():
        conn.execute(
            sa.text("UPDATE structure_year SET org_changes = :v WHERE structure_id = :s AND year = :y"),
            {"v": ";".join(dict.fromkeys(values)), "s": sid, "y": year},
        )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_column("engagement_forms")
    with op.batch_alter_table("structure", schema=None) as batch_op:
        batch_op.drop_column("logo")
        batch_op.drop_column("networks")
        batch_op.drop_column("approvals")
        batch_op.drop_column("insee_legal_category")
    op.drop_table("org_change")
    op.drop_table("job_line")
