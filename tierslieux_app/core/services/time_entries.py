"""Hours: one entry per person, project, day, time type and activity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .. import fields as F
from ..db import Database
from ..errors import FieldProblem
from ..models import Participant, Participation, Project, TimeEntry
from . import _base
from ._base import Row

WHAT = "Saisie d'heures"


def _rules(session: Session, values: Mapping[str, Any]) -> list[FieldProblem]:
    problems = [
        *_base.ref_exists(session, F.TIME_ENTRY, Participant, "participant_id", values),
        *_base.ref_exists(session, F.TIME_ENTRY, Project, "project_id", values),
    ]
    if problems:
        return problems
    member = session.scalar(
        select(func.count()).where(
            Participation.participant_id == values["participant_id"],
            Participation.project_id == values["project_id"],
        )
    )
    if not member:
        return [
            _base.problem(
                F.TIME_ENTRY,
                "participant_id",
                "cette personne ne participe pas à ce projet : ajoutez-la d'abord au projet",
                "not_member",
            )
        ]
    return []


def create_entry(db: Database, data: Mapping[str, Any]) -> Row:
    return _base.create(db, TimeEntry, F.TIME_ENTRY, data, rules=[_rules])


def update_entry(db: Database, entry_id: str, changes: Mapping[str, Any]) -> Row:
    return _base.update(db, TimeEntry, F.TIME_ENTRY, entry_id, changes, WHAT, [_rules])


def get_entry(db: Database, entry_id: str) -> Row:
    return _base.get(db, TimeEntry, entry_id, WHAT)


def delete_entry(db: Database, entry_id: str) -> Row:
    return _base.delete(db, TimeEntry, entry_id, WHAT)


def restore_entry(db: Database, row: Mapping[str, Any]) -> Row:
    return _base.restore(db, TimeEntry, row)


@dataclass(frozen=True)
class EntryFilter:
    """Filters of the hours list; every field optional."""

    project_id: str | None = None
    participant_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    time_type: str | None = None
    activity: str | None = None
    text: str | None = None  # matches project title, person's name or the note


SORTABLE = {
    "date": TimeEntry.date,
    "project": Project.title,
    "participant": Participant.last_name,
    "hours": TimeEntry.hours,
    "time_type": TimeEntry.time_type,
    "activity": TimeEntry.activity,
}


def _filtered(query: Select[Any], flt: EntryFilter) -> Select[Any]:
    if flt.project_id:
        query = query.where(TimeEntry.project_id == flt.project_id)
    if flt.participant_id:
        query = query.where(TimeEntry.participant_id == flt.participant_id)
    if flt.date_from:
        query = query.where(TimeEntry.date >= flt.date_from)
    if flt.date_to:
        query = query.where(TimeEntry.date <= flt.date_to)
    if flt.time_type:
        query = query.where(TimeEntry.time_type == flt.time_type)
    if flt.activity:
        query = query.where(TimeEntry.activity == flt.activity)
    if flt.text and flt.text.strip():
        # Match the small tables first (uncorrelated IN, evaluated once), so that the
        # million-row table is scanned with index-friendly conditions plus the note.
        pattern = flt.text.strip()
        projects = select(Project.id).where(Project.title.icontains(pattern, autoescape=True))
        people = select(Participant.id).where(
            Participant.last_name.icontains(pattern, autoescape=True)
            | Participant.first_name.icontains(pattern, autoescape=True)
            | (Participant.first_name + " " + Participant.last_name).icontains(pattern, autoescape=True)
        )
        query = query.where(
            TimeEntry.project_id.in_(projects)
            | TimeEntry.participant_id.in_(people)
            # Plain LIKE on the big table: SQLite folds ASCII case itself, while lower()
            # would call back into Python a million times (and hold the GIL meanwhile).
            | TimeEntry.note.contains(pattern, autoescape=True)
        )
    return query


def count_entries(db: Database, flt: EntryFilter = EntryFilter()) -> int:
    with db.read() as session:
        query = select(func.count()).select_from(TimeEntry)
        return session.scalar(_filtered(query, flt)) or 0


def list_entries(
    db: Database,
    flt: EntryFilter = EntryFilter(),
    *,
    order: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[Row]:
    """One page of hours with project title and person's name, filtered and sorted in SQL."""
    column = SORTABLE.get(order, TimeEntry.date)
    key = column.desc() if descending else column.asc()
    query = (
        select(
            TimeEntry.id,
            TimeEntry.date,
            TimeEntry.hours,
            TimeEntry.time_type,
            TimeEntry.activity,
            TimeEntry.note,
            TimeEntry.project_id,
            TimeEntry.participant_id,
            Project.title,
            Participant.first_name,
            Participant.last_name,
        )
        .join(Project, Project.id == TimeEntry.project_id)
        .join(Participant, Participant.id == TimeEntry.participant_id)
        .order_by(key, TimeEntry.id)
        .offset(offset)
        .limit(limit)
    )
    with db.read() as session:
        return [
            {
                "id": r.id,
                "date": r.date,
                "hours": r.hours,
                "time_type": r.time_type,
                "activity": r.activity,
                "note": r.note,
                "project_id": r.project_id,
                "participant_id": r.participant_id,
                "project_title": r.title,
                "participant_name": f"{r.first_name} {r.last_name}",
            }
            for r in session.execute(_filtered(query, flt))
        ]
