"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-23 09:04:31.857247
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op



revision: str = '0001_initial'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    
    op.create_table('organisation',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('org_type', sa.String(length=32), nullable=False),
    sa.Column('sector', sa.String(length=32), nullable=False),
    sa.Column('siret', sa.String(length=14), nullable=True),
    sa.Column('rna', sa.String(length=10), nullable=True),
    sa.Column('ror', sa.String(length=40), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_name'), ['name'], unique=False)

    op.create_table('project',
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('themes', sa.String(length=300), nullable=False),
    sa.Column('participation_level', sa.String(length=32), nullable=True),
    sa.Column('knowledge', sa.String(length=100), nullable=False),
    sa.Column('charter_signed', sa.Boolean(), nullable=False),
    sa.Column('total_budget', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('end_date IS NULL OR start_date IS NULL OR end_date >= start_date', name=op.f('ck_project_dates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project'))
    )
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_title'), ['title'], unique=False)

    op.create_table('structure',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('siret', sa.String(length=14), nullable=True),
    sa.Column('rna', sa.String(length=10), nullable=True),
    sa.Column('legal_form', sa.String(length=32), nullable=False),
    sa.Column('tsr_category', sa.String(length=32), nullable=False),
    sa.Column('insee_code', sa.String(length=5), nullable=True),
    sa.Column('commune', sa.String(length=120), nullable=True),
    sa.Column('postal_code', sa.String(length=5), nullable=True),
    sa.Column('departement', sa.String(length=3), nullable=True),
    sa.Column('region', sa.String(length=80), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('founding_year', sa.Integer(), nullable=True),
    sa.Column('typology', sa.String(length=300), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_structure'))
    )
    op.create_table('funding',
    sa.Column('project_id', sa.String(length=36), nullable=True),
    sa.Column('funder_id', sa.String(length=36), nullable=False),
    sa.Column('programme', sa.String(length=32), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('nature', sa.String(length=32), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['funder_id'], ['organisation.id'], name=op.f('fk_funding_funder_id_organisation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_funding_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funding'))
    )
    with op.batch_alter_table('funding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funding_funder_id'), ['funder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_funding_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_funding_year'), ['year'], unique=False)

    op.create_table('output',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('output_type', sa.String(length=32), nullable=True),
    sa.Column('subtype', sa.String(length=32), nullable=False),
    sa.Column('identifier', sa.String(length=500), nullable=True),
    sa.Column('open_access', sa.Boolean(), nullable=False),
    sa.Column('audiences', sa.String(length=200), nullable=False),
    sa.Column('non_academic_coauthors', sa.Boolean(), nullable=False),
    sa.Column('attendees', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_output_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_output'))
    )
    with op.batch_alter_table('output', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_output_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_output_project_id'), ['project_id'], unique=False)

    op.create_table('participant',
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('sector', sa.String(length=32), nullable=False),
    sa.Column('affiliation_id', sa.String(length=36), nullable=True),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('pid', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['affiliation_id'], ['organisation.id'], name=op.f('fk_participant_affiliation_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('pid', name=op.f('uq_participant_pid'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_affiliation_id'), ['affiliation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_last_name'), ['last_name'], unique=False)

    op.create_table('project_partner',
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('organisation_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_project_partner_organisation_id_organisation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_partner_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_partner')),
    sa.UniqueConstraint('project_id', 'organisation_id', 'role', name=op.f('uq_project_partner_project_id_organisation_id_role'))
    )
    with op.batch_alter_table('project_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_partner_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_partner_project_id'), ['project_id'], unique=False)

    op.create_table('structure_year',
    sa.Column('structure_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('fte', sa.Float(), nullable=True),
    sa.Column('research_fte', sa.Float(), nullable=True),
    sa.Column('active_volunteers', sa.Integer(), nullable=True),
    sa.Column('total_budget', sa.Integer(), nullable=True),
    sa.Column('research_budget', sa.Integer(), nullable=True),
    sa.Column('public_subsidy_share', sa.Float(), nullable=True),
    sa.Column('org_changes', sa.String(length=300), nullable=False),
    sa.Column('volunteer_hourly_rate', sa.Integer(), nullable=False),
    sa.Column('hours_per_fte', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['structure_id'], ['structure.id'], name=op.f('fk_structure_year_structure_id_structure'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_structure_year')),
    sa.UniqueConstraint('structure_id', 'year', name=op.f('uq_structure_year_structure_id_year'))
    )
    op.create_table('output_author',
    sa.Column('output_id', sa.String(length=36), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['output_id'], ['output.id'], name=op.f('fk_output_author_output_id_output'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_output_author_participant_id_participant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('output_id', 'participant_id', name=op.f('pk_output_author'))
    )
    with op.batch_alter_table('output_author', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_output_author_participant_id'), ['participant_id'], unique=False)

    op.create_table('participation',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_participation_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_participation_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participation')),
    sa.UniqueConstraint('participant_id', 'project_id', name=op.f('uq_participation_participant_id_project_id'))
    )
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participation_project_id'), ['project_id'], unique=False)

    op.create_table('time_entry',
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('project_id', sa.String(length=36), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('time_type', sa.String(length=32), nullable=False),
    sa.Column('activity', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('hours > 0 AND hours <= 2400', name=op.f('ck_time_entry_hours_range')),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_time_entry_participant_id_participant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_time_entry_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_time_entry'))
    )
    with op.batch_alter_table('time_entry', schema=None) as batch_op:
        batch_op.create_index('ix_time_entry_date', ['date'], unique=False)
        batch_op.create_index('ix_time_entry_participant_id_date', ['participant_id', 'date'], unique=False)
        batch_op.create_index('ix_time_entry_project_id_date', ['project_id', 'date'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('time_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_time_entry_project_id_date')
        batch_op.drop_index('ix_time_entry_participant_id_date')
        batch_op.drop_index('ix_time_entry_date')

    op.drop_table('time_entry')
    with op.batch_alter_table('participation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participation_project_id'))

    op.drop_table('participation')
    with op.batch_alter_table('output_author', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_output_author_participant_id'))

    op.drop_table('output_author')
    op.drop_table('structure_year')
    with op.batch_alter_table('project_partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_partner_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_partner_organisation_id'))

    op.drop_table('project_partner')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_last_name'))
        batch_op.drop_index(batch_op.f('ix_participant_affiliation_id'))

    op.drop_table('participant')
    with op.batch_alter_table('output', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_output_project_id'))
        batch_op.drop_index(batch_op.f('ix_output_date'))

    op.drop_table('output')
    with op.batch_alter_table('funding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funding_year'))
        batch_op.drop_index(batch_op.f('ix_funding_project_id'))
        batch_op.drop_index(batch_op.f('ix_funding_funder_id'))

    op.drop_table('funding')
    op.drop_table('structure')
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_title'))

    op.drop_table('project')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_name'))

    op.drop_table('organisation')
    
