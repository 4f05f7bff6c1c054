"""Projects, who takes part in them (participations) and their partner organisations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from .. import fields as F
from ..db import Database
from ..errors import DependentDataError, FieldProblem
from ..i18n import plural, t
from ..models import (
    Organisation,
    Output,
    Participant,
    Participation,
    Project,
    ProjectPartner,
    TimeEntry,
)
from . import _base, cascade
from ._base import ZERO, Row

WHAT = "Projet"


def _project_rules(_s: Session, values: Mapping[str, Any]) -> list[FieldProblem]:
    return _base.dates_in_order(F.PROJECT, values)


PROJECT = _base.Kind(Project, F.PROJECT, (_project_rules,))


def create_project(db: Database, data: Mapping[str, Any]) -> Row:
    return _base.create_kind(db, PROJECT, data)


def update_project(db: Database, project_id: str, changes: Mapping[str, Any]) -> Row:
    return _base.update(db, Project, F.PROJECT, project_id, changes, WHAT, [_project_rules])


def get_project(db: Database, project_id: str) -> Row:
    return _base.get(db, Project, project_id, WHAT)


def list_projects(
    db: Database,
    search: str | None = None,
    status: str | None = None,
    year: int | None = None,
) -> list[Row]:
    """Projects sorted by title; ``year`` keeps those whose dates overlap that year."""
    with db.read() as session:
        query = select(Project).order_by(func.lower(Project.title))
        if search:
            pattern = search.strip()
            query = query.where(
                or_(
                    Project.title.icontains(pattern, autoescape=True),
                    Project.summary.icontains(pattern, autoescape=True),
                )
            )
        if status:
            query = query.where(Project.status == status)
        if year is not None:
            query = query.where(active_in_year(year))
        return [_base.as_dict(p) for p in session.scalars(query)]


def active_in_year(year: int) -> Any:
    """SQL condition: the project's dates overlap the calendar year (open ends allowed)."""
    import datetime as dt

    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return and_(
        or_(Project.start_date.is_(None), Project.start_date <= last),
        or_(Project.end_date.is_(None), Project.end_date >= first),
    )


def deletion_counts(db: Database, project_id: str) -> dict[str, int]:
    return cascade.counts(db, "project", project_id)


def delete_project(db: Database, project_id: str, *, cascade_hours: bool = False) -> cascade.Snapshot:
    """Delete a project with its participations, partners, outputs, funding and hours.

    With hours recorded, the caller must pass ``cascade_hours=True`` (the user
    confirmed). Returns a snapshot that ``cascade.restore`` puts back (undo).
    """
    with db.write() as session:
        _base.fetch(session, Project, project_id, WHAT)
        hours = session.scalar(select(func.count()).where(TimeEntry.project_id == project_id)) or 0
        if hours and not cascade_hours:
            raise DependentDataError(
                t(
                    "Ce projet a {entries}\u00a0: confirmez la suppression de ces heures.",
                    entries=plural(hours, "{n} saisie d’heures", "{n} saisies d’heures"),
                ),
                {"time_entry": hours},
            )
        return cascade.delete_with_snapshot(session, "project", project_id)


# -- participations -------------------------------------------------------------------


def _participation_rules(session: Session, values: Mapping[str, Any]) -> list[FieldProblem]:
    return [
        *_base.ref_exists(session, F.PARTICIPATION, Participant, "participant_id", values),
        *_base.ref_exists(session, F.PARTICIPATION, Project, "project_id", values),
        *_base.dates_in_order(F.PARTICIPATION, values),
    ]


def _not_already_member(session: Session, values: Mapping[str, Any]) -> list[FieldProblem]:
    exists = session.scalar(
        select(func.count()).where(
            Participation.participant_id == values["participant_id"],
            Participation.project_id == values["project_id"],
        )
    )
    if exists:
        return [
            _base.problem(
                F.PARTICIPATION, "participant_id", "cette personne participe déjà au projet", "duplicate"
            )
        ]
    return []


PARTICIPATION = _base.Kind(Participation, F.PARTICIPATION, (_participation_rules, _not_already_member))


def add_participant(db: Database, data: Mapping[str, Any]) -> Row:
    """Add a participant to a project with a role (once per project).

    The duplicate check runs inside the write transaction, so two writers at once
    still get the French message rather than a constraint error.
    """
    return _base.create_kind(db, PARTICIPATION, data)


def update_participation(db: Database, participation_id: str, changes: Mapping[str, Any]) -> Row:
    return _base.update(
        db,
        Participation,
        F.PARTICIPATION,
        participation_id,
        changes,
        "Participation",
        [_participation_rules],
    )


def remove_participant(db: Database, participation_id: str) -> Row:
    """Refused while the person has hours on the project: those must go first."""
    with db.read() as session:
        part = _base.fetch(session, Participation, participation_id, "Participation")
        hours = (
            session.scalar(
                select(func.count()).where(
                    TimeEntry.project_id == part.project_id,
                    TimeEntry.participant_id == part.participant_id,
                )
            )
            or 0
        )
    if hours:
        raise DependentDataError(
            t(
                "Cette personne a {entries} sur ce projet\u00a0: supprimez-les d’abord.",
                entries=plural(hours, "{n} saisie d’heures", "{n} saisies d’heures"),
            ),
            {"time_entry": hours},
        )
    return _base.delete(db, Participation, participation_id, "Participation")


def project_participants(db: Database, project_id: str) -> list[Row]:
    """Participations of a project with the person's name, category and hours."""
    with db.read() as session:
        hours = (
            select(func.sum(TimeEntry.hours))
            .where(
                TimeEntry.project_id == Participation.project_id,
                TimeEntry.participant_id == Participation.participant_id,
            )
            .scalar_subquery()
        )
        query = (
            select(Participation, Participant.first_name, Participant.last_name, Participant.category, hours)
            .join(Participant, Participant.id == Participation.participant_id)
            .where(Participation.project_id == project_id)
            .order_by(func.lower(Participant.last_name), func.lower(Participant.first_name))
        )
        out = []
        for part, first, last, category, total in session.execute(query):
            row = _base.as_dict(part)
            row.update(first_name=first, last_name=last, category=category, hours=total or ZERO)
            out.append(row)
        return out


# -- partners ----------------------------------------------------------------------------


def _partner_rules(session: Session, values: Mapping[str, Any]) -> list[FieldProblem]:
    return [
        *_base.ref_exists(session, F.PROJECT_PARTNER, Project, "project_id", values),
        *_base.ref_exists(session, F.PROJECT_PARTNER, Organisation, "organisation_id", values),
    ]


def add_partner(db: Database, data: Mapping[str, Any]) -> Row:
    return _base.create(db, ProjectPartner, F.PROJECT_PARTNER, data, rules=[_partner_rules])


def remove_partner(db: Database, partner_id: str) -> Row:
    return _base.delete(db, ProjectPartner, partner_id, "Partenaire")


def project_partners(db: Database, project_id: str) -> list[Row]:
    with db.read() as session:
        query = (
            select(ProjectPartner, Organisation)
            .join(Organisation, Organisation.id == ProjectPartner.organisation_id)
            .where(ProjectPartner.project_id == project_id)
            .order_by(func.lower(Organisation.name))
        )
        out = []
        for partner, org in session.execute(query):
            row = _base.as_dict(partner)
            row.update(
                organisation_name=org.name,
                org_type=org.org_type,
                sector=org.sector,
                siret=org.siret,
                rna=org.rna,
                ror=org.ror,
            )
            out.append(row)
        return out


def project_summary(db: Database, project_id: str) -> Row:
    """Counts shown on a project page: participants, hours, outputs."""
    with db.read() as session:
        return {
            "participants": session.scalar(select(func.count()).where(Participation.project_id == project_id))
            or 0,
            "hours": session.scalar(
                select(func.sum(TimeEntry.hours)).where(TimeEntry.project_id == project_id)
            )
            or ZERO,
            "outputs": session.scalar(select(func.count()).where(Output.project_id == project_id)) or 0,
        }
