"""The weekly timesheet of one project: people x seven days, one line per type and activity.

A cell holds the hours of one person on one day for one time type and activity.
Setting a cell replaces whatever entries it summed; clearing it deletes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from .. import fields as F
from ..db import Database
from ..errors import ValidationError
from ..models import Participant, Participation, TimeEntry
from . import _base
from ._base import Row
from .time_entries import ENTRY

DAYS = 7


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass
class SheetLine:
    """One line of the grid: a person, a time type, an activity, seven cells."""

    participant_id: str
    name: str
    time_type: str
    activity: str
    hours: list[Decimal | None] = field(default_factory=lambda: [None] * DAYS)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.participant_id, self.time_type, self.activity)


def default_time_type(category: str) -> str:
    return "salarie" if category == "salarie_structure" else "benevole"


def week_lines(db: Database, project_id: str, monday: dt.date) -> list[SheetLine]:
    """Lines for the week: every (person, type, activity) with hours, plus one empty
    line for each member of the project who has none that week."""
    monday = monday_of(monday)
    sunday = monday + dt.timedelta(days=DAYS - 1)
    with db.read() as session:
        members = session.execute(
            select(Participant.id, Participant.first_name, Participant.last_name, Participant.category)
            .join(Participation, Participation.participant_id == Participant.id)
            .where(Participation.project_id == project_id)
            .order_by(func.lower(Participant.last_name), func.lower(Participant.first_name))
        ).all()
        sums = session.execute(
            select(
                TimeEntry.participant_id,
                TimeEntry.time_type,
                TimeEntry.activity,
                TimeEntry.date,
                func.sum(TimeEntry.hours),
            )
            .where(TimeEntry.project_id == project_id, TimeEntry.date.between(monday, sunday))
            .group_by(TimeEntry.participant_id, TimeEntry.time_type, TimeEntry.activity, TimeEntry.date)
        ).all()
    by_key: dict[tuple[str, str, str], SheetLine] = {}
    names = {m.id: f"{m.first_name} {m.last_name}" for m in members}
    for pid, ttype, activity, day, hours in sums:
        line = by_key.get((pid, ttype, activity))
        if line is None:
            line = SheetLine(pid, names.get(pid, "?"), ttype, activity)
            by_key[line.key] = line
        line.hours[(day - monday).days] = hours
    lines: list[SheetLine] = []
    for m in members:
        own = sorted(
            (ln for ln in by_key.values() if ln.participant_id == m.id),
            key=lambda ln: (ln.time_type, ln.activity),
        )
        lines.extend(own or [SheetLine(m.id, names[m.id], default_time_type(m.category), "autre")])
    return lines


def set_cell(
    db: Database,
    project_id: str,
    participant_id: str,
    day: dt.date,
    time_type: str,
    activity: str,
    hours: Any,
) -> list[Row]:
    """Make the cell hold ``hours`` (blank or 0 clears it), in one transaction.

    Returns the entries the cell held before, so that the caller can undo.
    """
    blank = hours is None or (isinstance(hours, str) and not hours.strip())
    if not blank:
        try:
            if F.parse_decimal(hours) == 0:
                blank = True
        except F.Invalid:
            pass
    data: dict[str, Any] = {
        "project_id": project_id,
        "participant_id": participant_id,
        "date": day,
        "time_type": time_type,
        "activity": activity,
    }
    if not blank:
        data["hours"] = hours
        values = F.clean_or_raise(F.TIME_ENTRY, data)
    with db.write() as session:
        old = list(
            session.scalars(
                select(TimeEntry).where(
                    TimeEntry.project_id == project_id,
                    TimeEntry.participant_id == participant_id,
                    TimeEntry.date == day,
                    TimeEntry.time_type == time_type,
                    TimeEntry.activity == activity,
                )
            )
        )
        before = [_base.as_dict(o) for o in old]
        if not blank:
            problems = [p for rule in ENTRY.rules for p in rule(session, values)]
            if problems:
                raise ValidationError(problems)
            note = next((o.note for o in old if o.note), None)
            values["note"] = note
        for o in old:
            session.delete(o)
        session.flush()
        if not blank:
            session.add(TimeEntry(**values))
        return before


def restore_cell(
    db: Database,
    project_id: str,
    participant_id: str,
    day: dt.date,
    time_type: str,
    activity: str,
    before: list[Mapping[str, Any]],
) -> None:
    """Undo a ``set_cell``: the cell holds exactly the entries it held before."""
    with db.write() as session:
        for o in session.scalars(
            select(TimeEntry).where(
                TimeEntry.project_id == project_id,
                TimeEntry.participant_id == participant_id,
                TimeEntry.date == day,
                TimeEntry.time_type == time_type,
                TimeEntry.activity == activity,
            )
        ):
            session.delete(o)
        session.flush()
        for row in before:
            session.add(TimeEntry(**dict(row)))


def copy_previous_week(db: Database, project_id: str, monday: dt.date) -> list[str]:
    """Copy last week's entries of the project into this week, where a cell is empty.

    Returns the ids of the entries created (to undo: delete them).
    """
    monday = monday_of(monday)
    prev = monday - dt.timedelta(days=DAYS)
    created: list[str] = []
    with db.write() as session:
        previous = session.scalars(
            select(TimeEntry).where(
                TimeEntry.project_id == project_id,
                TimeEntry.date.between(prev, prev + dt.timedelta(days=DAYS - 1)),
            )
        ).all()
        existing = {
            (e.participant_id, e.date, e.time_type, e.activity)
            for e in session.scalars(
                select(TimeEntry).where(
                    TimeEntry.project_id == project_id,
                    TimeEntry.date.between(monday, monday + dt.timedelta(days=DAYS - 1)),
                )
            )
        }
        for e in previous:
            day = e.date + dt.timedelta(days=DAYS)
            key = (e.participant_id, day, e.time_type, e.activity)
            if key in existing:
                continue
            existing.add(key)
            new = TimeEntry(
                participant_id=e.participant_id,
                project_id=project_id,
                date=day,
                hours=e.hours,
                time_type=e.time_type,
                activity=e.activity,
                note=e.note,
            )
            session.add(new)
            session.flush()
            created.append(new.id)
    return created


def delete_entries(db: Database, entry_ids: list[str]) -> None:
    with db.write() as session:
        for entry_id in entry_ids:
            obj = session.get(TimeEntry, entry_id)
            if obj is not None:
                session.delete(obj)
