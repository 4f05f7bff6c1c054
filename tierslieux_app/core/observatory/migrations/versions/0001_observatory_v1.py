"""Observatory database, format v1: submissions, data tables, typologies, import history.

Revision ID: obs0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "obs0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "obs_submission",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True, nullable=False),
        sa.Column("structure_id", sa.String(64), nullable=False),
        sa.Column("structure_nom", sa.Text(), nullable=False, server_default=""),
        sa.Column("identifiant", sa.String(64), nullable=False, server_default=""),
        sa.Column("annee", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("version_format", sa.String(20), nullable=False),
        sa.Column("date_export", sa.String(32), nullable=False),
        sa.Column("date_import", sa.String(32), nullable=False),
        sa.Column("fichier", sa.Text(), nullable=False),
        sa.Column("courant", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_obs_submission_structure_annee", "obs_submission", ["structure_id", "annee"])
    op.create_index("ix_obs_submission_annee_courant", "obs_submission", ["annee", "courant"])
    op.create_table(
        "obs_financements",
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("obs_submission.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("financement_id", sa.Text(), primary_key=True, nullable=False),
        sa.Column("projet_id", sa.Text(), nullable=True),
        sa.Column("financeur", sa.Text(), nullable=False),
        sa.Column("type_financeur", sa.Text(), nullable=False),
        sa.Column("programme", sa.Text(), nullable=False),
        sa.Column("montant", sa.BigInteger(), nullable=False),
        sa.Column("nature", sa.Text(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=True),
    )
    op.create_table(
        "obs_import_history",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True, nullable=False),
        sa.Column("date", sa.String(32), nullable=False),
        sa.Column("fichier", sa.Text(), nullable=False),
        sa.Column("structure_id", sa.String(64), nullable=False, server_default=""),
        sa.Column("annee", sa.Integer(), nullable=True),
        sa.Column("digest", sa.String(64), nullable=False, server_default=""),
        sa.Column("date_export", sa.String(32), nullable=False, server_default=""),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("obs_submission.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column(
            "replaced_id",
            sa.Integer(),
            sa.ForeignKey("obs_submission.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("message", sa.Text(), nullable=False, server_default=""),
    )
    op.create_table(
        "obs_indicateurs",
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("obs_submission.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("code", sa.Text(), primary_key=True, nullable=False),
        sa.Column("libelle", sa.Text(), nullable=False),
        sa.Column("valeur", sa.BigInteger(), nullable=False),
        sa.Column("unite", sa.Text(), nullable=False),
    )
    op.create_table(
        "obs_partenaires",
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("obs_submission.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("projet_id", sa.Text(), primary_key=True, nullable=False),
        sa.Column("organisation_id", sa.Text(), primary_key=True, nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("type_organisation", sa.Text(), nullable=False),
        sa.Column("secteur", sa.Text(), nullable=False),
        sa.Column("siret", sa.Text(), nullable=True),
        sa.Column("rna", sa.Text(), nullable=True),
        sa.Column("ror", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), primary_key=True, nullable=False),
    )
    op.create_table(
        "obs_participants",
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("obs_submission.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("pid", sa.Text(), primary_key=True, nullable=False),
        sa.Column("categorie", sa.Text(), nullable=False),
        sa.Column("secteur", sa.Text(), nullable=False),
        sa.Column("type_organisation_affiliation", sa.Text(), nullable=True),
    )
    op.create_table(
        "obs_participations",
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("obs_submission.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("pid", sa.Text(), primary_key=True, nullable=False),
        sa.Column("projet_id", sa.Text(), primary_key=True, nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
    )
    op.create_table(
        "obs_productions",
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("obs_submission.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("production_id", sa.Text(), primary_key=True, nullable=False),
        sa.Column("projet_id", sa.Text(), nullable=False),
        sa.Column("titre", sa.Text(), nullable=False),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("type_uri_coar", sa.Text(), nullable=False),
        sa.Column("sous_type", sa.Text(), nullable=False),
        sa.Column("identifiant", sa.Text(), nullable=True),
        sa.Column("acces_ouvert", sa.Boolean(), nullable=False),
        sa.Column("publics", sa.Text(), nullable=True),
        sa.Column("coauteurs_non_academiques", sa.Boolean(), nullable=False),
        sa.Column("nb_participants", sa.BigInteger(), nullable=True),
    )
    op.create_table(
        "obs_projets",
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("obs_submission.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("projet_id", sa.Text(), primary_key=True, nullable=False),
        sa.Column("titre", sa.Text(), nullable=False),
        sa.Column("resume", sa.Text(), nullable=True),
        sa.Column("statut", sa.Text(), nullable=False),
        sa.Column("date_debut", sa.String(10), nullable=False),
        sa.Column("date_fin", sa.String(10), nullable=True),
        sa.Column("thematiques", sa.Text(), nullable=True),
        sa.Column("niveau_participation", sa.Text(), nullable=True),
        sa.Column("savoirs_croises", sa.Text(), nullable=True),
        sa.Column("charte_signee", sa.Boolean(), nullable=False),
        sa.Column("budget_total", sa.BigInteger(), nullable=True),
        sa.Column("heures_total", sa.BigInteger(), nullable=False),
        sa.Column("heures_benevoles", sa.BigInteger(), nullable=False),
        sa.Column("heures_salariees", sa.BigInteger(), nullable=False),
        sa.Column("heures_mises_a_disposition", sa.BigInteger(), nullable=False),
        sa.Column("participants_distincts", sa.BigInteger(), nullable=False),
        sa.Column("productions", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "obs_structure",
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("obs_submission.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("structure_id", sa.Text(), primary_key=True, nullable=False),
        sa.Column("nom", sa.Text(), nullable=False),
        sa.Column("siret", sa.Text(), nullable=True),
        sa.Column("rna", sa.Text(), nullable=True),
        sa.Column("forme_juridique", sa.Text(), nullable=False),
        sa.Column("categorie_tsr", sa.Text(), nullable=False),
        sa.Column("code_commune_insee", sa.Text(), nullable=True),
        sa.Column("departement", sa.Text(), nullable=True),
        sa.Column("region", sa.Text(), nullable=True),
        sa.Column("typologie", sa.Text(), nullable=True),
        sa.Column("annee", sa.BigInteger(), nullable=False),
        sa.Column("nb_salaries", sa.BigInteger(), nullable=True),
        sa.Column("etp_salaries", sa.BigInteger(), nullable=True),
        sa.Column("etp_recherche", sa.BigInteger(), nullable=True),
        sa.Column("benevoles_actifs", sa.BigInteger(), nullable=True),
        sa.Column("budget_total", sa.BigInteger(), nullable=True),
        sa.Column("budget_recherche", sa.BigInteger(), nullable=True),
        sa.Column("part_subventions_publiques", sa.BigInteger(), nullable=True),
        sa.Column("evolutions_organisation", sa.Text(), nullable=True),
        sa.Column("heures_par_etp", sa.BigInteger(), nullable=False),
        sa.Column("valorisation_horaire_benevolat", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "obs_structure_typologie",
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("obs_submission.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("typologie", sa.String(40), primary_key=True, nullable=False),
    )
    op.create_table(
        "obs_temps",
        sa.Column(
            "submission_id",
            sa.Integer(),
            sa.ForeignKey("obs_submission.id", ondelete="CASCADE"),
            primary_key=True,
            nullable=False,
        ),
        sa.Column("projet_id", sa.Text(), primary_key=True, nullable=False),
        sa.Column("pid", sa.Text(), primary_key=True, nullable=False),
        sa.Column("mois", sa.String(7), primary_key=True, nullable=False),
        sa.Column("type_temps", sa.Text(), primary_key=True, nullable=False),
        sa.Column("activite", sa.Text(), primary_key=True, nullable=False),
        sa.Column("heures", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("obs_temps")
    op.drop_table("obs_structure_typologie")
    op.drop_table("obs_structure")
    op.drop_table("obs_projets")
    op.drop_table("obs_productions")
    op.drop_table("obs_participations")
    op.drop_table("obs_participants")
    op.drop_table("obs_partenaires")
    op.drop_table("obs_indicateurs")
    op.drop_table("obs_import_history")
    op.drop_table("obs_financements")
    op.drop_table("obs_submission")
