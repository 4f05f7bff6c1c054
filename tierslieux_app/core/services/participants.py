"""Participants: people whose personal data stays on this machine."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, null, or_, select
from sqlalchemy.orm import Session

from .. import fields as F
from ..db import Database
from ..errors import DependentDataError, FieldProblem
from ..i18n import plural, t
from ..models import Organisation, Participant, Participation, Project, TimeEntry
from . import _base, cascade
from ._base import ZERO, Row

WHAT = "Participant"


def _rules(session: Session, values: Mapping[str, Any]) -> list[FieldProblem]:
    return _base.ref_exists(session, F.PARTICIPANT, Organisation, "affiliation_id", values)


PARTICIPANT = _base.Kind(Participant, F.PARTICIPANT, (_rules,))


def create_participant(db: Database, data: Mapping[str, Any]) -> Row:
    """Create a person; their pseudonym ``pid`` is a fresh random UUID4."""
    return _base.create_kind(db, PARTICIPANT, data)


def update_participant(db: Database, participant_id: str, changes: Mapping[str, Any]) -> Row:
    return _base.update(db, Participant, F.PARTICIPANT, participant_id, changes, WHAT, [_rules])


def get_participant(db: Database, participant_id: str) -> Row:
    return _base.get(db, Participant, participant_id, WHAT)


def list_participants(
    db: Database,
    search: str | None = None,
    category: str | None = None,
    project_id: str | None = None,
    with_hours: bool = True,
) -> list[Row]:
    """People sorted by last then first name, with the total of their hours.

    ``with_hours=False`` skips the totals (``hours`` is None): a name list for a combo box
    stays instant on a million hours, where the totals take seconds.
    """
    with db.read() as session:
        hours = (
            select(func.sum(TimeEntry.hours))
            .where(TimeEntry.participant_id == Participant.id)
            .scalar_subquery()
        )
        query = select(Participant, hours if with_hours else null()).order_by(
            func.lower(Participant.last_name), func.lower(Participant.first_name)
        )
        if search:
            pattern = search.strip()
            query = query.where(
                or_(
                    Participant.first_name.icontains(pattern, autoescape=True),
                    Participant.last_name.icontains(pattern, autoescape=True),
                    Participant.email.icontains(pattern, autoescape=True),
                    (Participant.first_name + " " + Participant.last_name).icontains(
                        pattern, autoescape=True
                    ),
                )
            )
        if category:
            query = query.where(Participant.category == category)
        if project_id:
            query = query.where(
                Participant.id.in_(
                    select(Participation.participant_id).where(Participation.project_id == project_id)
                )
            )
        out = []
        for person, total in session.execute(query):
            row = _base.as_dict(person)
            row["hours"] = (total or ZERO) if with_hours else None
            out.append(row)
        return out


def participant_projects(db: Database, participant_id: str) -> list[Row]:
    """The projects a person takes part in, with role and their hours on each."""
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
            select(Participation, Project.title, Project.status, hours)
            .join(Project, Project.id == Participation.project_id)
            .where(Participation.participant_id == participant_id)
            .order_by(func.lower(Project.title))
        )
        out = []
        for part, title, status, total in session.execute(query):
            row = _base.as_dict(part)
            row.update(title=title, status=status, hours=total or ZERO)
            out.append(row)
        return out


def deletion_counts(db: Database, participant_id: str) -> dict[str, int]:
    return cascade.counts(db, "participant", participant_id)


def delete_participant(db: Database, participant_id: str, *, cascade_hours: bool = False) -> cascade.Snapshot:
    """Delete a person with their participations and authorships (and hours, if confirmed)."""
    with db.write() as session:
        _base.fetch(session, Participant, participant_id, WHAT)
        hours = session.scalar(select(func.count()).where(TimeEntry.participant_id == participant_id)) or 0
        if hours and not cascade_hours:
            raise DependentDataError(
                t(
                    "Cette personne a {entries}\u00a0: confirmez la suppression de ces heures.",
                    entries=plural(hours, "{n} saisie d’heures", "{n} saisies d’heures"),
                ),
                {"time_entry": hours},
            )
        return cascade.delete_with_snapshot(session, "participant", participant_id)
