"""Observatory database, format 1.1.0: jobs by contract, organisational changes as rows, who the
structure is, forms of engagement; one child table per multi-valued code list.

Revision ID: obs0002
Revises: obs0001
Create Date: 2026-12-04

- ``obs_emplois`` and ``obs_evolutions``: the two tables format 1.1 adds, keyed by submission;
- ``obs_structure``: ``categorie_juridique``, ``annee_creation``, ``agrements``, ``reseaux``;
  ``obs_projets``: ``forme_engagement`` (all NULL for the submissions of 1.0 files, which keep
  their rows untouched: nothing is guessed for them);
- ``obs_structure_agrement``, ``obs_structure_reseau``, ``obs_projet_forme_engagement``: one row
  per code, as ``obs_structure_typologie``, so that the report can count them.
"""

import sqlalchemy as sa
from alembic import op

revision = "obs0002"
down_revision = "obs0001"
branch_labels = None
depends_on = None


def _submission() -> sa.Column:
    return sa.Column(
        "submission_id",
        sa.Integer(),
        sa.ForeignKey("obs_submission.id", ondelete="CASCADE"),
        primary_key=True,
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "obs_emplois",
        _submission(),
        sa.Column("structure_id", sa.Text(), primary_key=True, nullable=False),
        sa.Column("annee", sa.BigInteger(), primary_key=True, nullable=False),
        sa.Column("type_contrat", sa.Text(), primary_key=True, nullable=False),
        sa.Column("effectif_31_decembre", sa.BigInteger(), nullable=False),
        sa.Column("etp", sa.BigInteger(), nullable=False),
        sa.Column("etp_recherche", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "obs_evolutions",
        _submission(),
        sa.Column("evolution_id", sa.Text(), primary_key=True, nullable=False),
        sa.Column("structure_id", sa.Text(), nullable=False),
        sa.Column("annee", sa.BigInteger(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
    )
    with op.batch_alter_table("obs_structure") as batch:
        batch.add_column(sa.Column("categorie_juridique", sa.Text(), nullable=True))
        batch.add_column(sa.Column("annee_creation", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("agrements", sa.Text(), nullable=True))
        batch.add_column(sa.Column("reseaux", sa.Text(), nullable=True))
    with op.batch_alter_table("obs_projets") as batch:
        batch.add_column(sa.Column("forme_engagement", sa.Text(), nullable=True))
    op.create_table(
        "obs_structure_agrement",
        _submission(),
        sa.Column("agrement", sa.String(40), primary_key=True, nullable=False),
    )
    op.create_table(
        "obs_structure_reseau",
        _submission(),
        sa.Column("reseau", sa.String(40), primary_key=True, nullable=False),
    )
    op.create_table(
        "obs_projet_forme_engagement",
        _submission(),
        sa.Column("projet_id", sa.Text(), primary_key=True, nullable=False),
        sa.Column("forme_engagement", sa.String(40), primary_key=True, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("obs_projet_forme_engagement")
    op.drop_table("obs_structure_reseau")
    op.drop_table("obs_structure_agrement")
    with op.batch_alter_table("obs_projets") as batch:
        batch.drop_column("forme_engagement")
    with op.batch_alter_table("obs_structure") as batch:
        for name in ("reseaux", "agrements", "annee_creation", "categorie_juridique"):
            batch.drop_column(name)
    op.drop_table("obs_evolutions")
    op.drop_table("obs_emplois")
