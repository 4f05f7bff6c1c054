"""The weekly timesheet: one project's people x seven days (coordinators), or one person's
projects x seven days (« Ma semaine »), one line per time type and activity.

A cell holds the hours of one person on one day for one project, time type and activity.
Setting a cell replaces whatever entries it summed; clearing it deletes them.

A new line takes the time type and activity that person last used on that project; failing
that, the time type follows from who the person is (``default_time_type``) and the activity
is the one they last used anywhere. Paid research hours must never default to volunteer hours.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from .. import fields as F
from .. import parsing
from ..db import Database
from ..errors import ValidationError
from ..models import Participant, Participation, Project, TimeEntry
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


@dataclass
class ProjectLine:
    """One line of a person's week: a project, a time type, an activity, seven cells."""

    project_id: str
    title: str
    time_type: str
    activity: str
    hours: list[Decimal | None] = field(default_factory=lambda: [None] * DAYS)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.project_id, self.time_type, self.activity)


VOLUNTEER_CATEGORIES = frozenset({"benevole", "citoyen", "etudiant"})
DEFAULT_ACTIVITY = "autre"


def default_time_type(category: str, sector: str = "") -> str:
    """The time type of a person's hours, from who the person is.

    Staff of the structure are paid (salarié); volunteers, citizens, students and anyone
    taking part in a personal capacity give their time (bénévole); everyone else works on
    their employer's time — an academic researcher of a university, a practitioner of a
    company or of a local authority — and is seconded (mis à disposition).
    """
    if category == "salarie_structure":
        return "salarie"
    if category in VOLUNTEER_CATEGORIES or sector == "citoyen":
        return "benevole"
    return "mis_a_disposition"


def _latest(session: Any, *where: Any, partition: Any) -> dict[str, tuple[str, str]]:
    """(time type, activity) of the latest entry per ``partition`` value, among entries ``where``."""
    rank = (
        func.row_number()
        .over(partition_by=partition, order_by=(TimeEntry.date.desc(), TimeEntry.id.desc()))
        .label("rank")
    )
    ranked = (
        select(partition.label("k"), TimeEntry.time_type, TimeEntry.activity, rank).where(*where).subquery()
    )
    rows = session.execute(
        select(ranked.c.k, ranked.c.time_type, ranked.c.activity).where(ranked.c.rank == 1)
    ).all()
    return {k: (time_type, activity) for k, time_type, activity in rows}


def line_defaults(db: Database, participant_id: str, project_ids: list[str]) -> dict[str, tuple[str, str]]:
    """(time type, activity) of a new line of one person, per project (see the module's rule)."""
    with db.read() as session:
        person = session.get(Participant, participant_id)
        on_project = _latest(
            session,
            TimeEntry.participant_id == participant_id,
            TimeEntry.project_id.in_(project_ids),
            partition=TimeEntry.project_id,
        )
        anywhere = _latest(
            session, TimeEntry.participant_id == participant_id, partition=TimeEntry.participant_id
        )
    fallback = (
        default_time_type(person.category, person.sector) if person is not None else "benevole",
        anywhere.get(participant_id, ("", DEFAULT_ACTIVITY))[1],
    )
    return {pid: on_project.get(pid, fallback) for pid in project_ids}


def members_defaults(db: Database, project_id: str) -> dict[str, tuple[str, str]]:
    """(time type, activity) of a new line on one project, per member (see the module's rule)."""
    with db.read() as session:
        members = session.execute(
            select(Participant.id, Participant.category, Participant.sector)
            .join(Participation, Participation.participant_id == Participant.id)
            .where(Participation.project_id == project_id)
        ).all()
        ids = [m.id for m in members]
        on_project = _latest(
            session,
            TimeEntry.project_id == project_id,
            TimeEntry.participant_id.in_(ids),
            partition=TimeEntry.participant_id,
        )
        anywhere = _latest(session, TimeEntry.participant_id.in_(ids), partition=TimeEntry.participant_id)
    return {
        m.id: on_project.get(
            m.id,
            (default_time_type(m.category, m.sector), anywhere.get(m.id, ("", DEFAULT_ACTIVITY))[1]),
        )
        for m in members
    }


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
    lacking = any(not any(k[0] == m.id for k in by_key) for m in members)
    defaults = members_defaults(db, project_id) if lacking else {}
    lines: list[SheetLine] = []
    for m in members:
        own = sorted(
            (ln for ln in by_key.values() if ln.participant_id == m.id),
            key=lambda ln: (ln.time_type, ln.activity),
        )
        lines.extend(own or [SheetLine(m.id, names[m.id], *defaults[m.id])])
    return lines


def person_projects(db: Database, participant_id: str, monday: dt.date) -> list[tuple[str, str]]:
    """(id, title) of the projects whose week one person fills: those they take part in that
    are not over (by status or end date) before that week, and any with hours that week."""
    monday = monday_of(monday)
    sunday = monday + dt.timedelta(days=DAYS - 1)
    with db.read() as session:
        member = session.execute(
            select(Project.id, Project.title)
            .join(Participation, Participation.project_id == Project.id)
            .where(
                Participation.participant_id == participant_id,
                Project.status.not_in(("termine", "abandonne")),
                (Project.end_date.is_(None)) | (Project.end_date >= monday),
                (Participation.end_date.is_(None)) | (Participation.end_date >= monday),
            )
        ).all()
        worked = session.execute(
            select(Project.id, Project.title)
            .join(TimeEntry, TimeEntry.project_id == Project.id)
            .where(TimeEntry.participant_id == participant_id, TimeEntry.date.between(monday, sunday))
            .distinct()
        ).all()
    found = {pid: title for pid, title in [*member, *worked]}
    return sorted(found.items(), key=lambda item: item[1].lower())


def person_week_lines(db: Database, participant_id: str, monday: dt.date) -> list[ProjectLine]:
    """One person's week: every (project, type, activity) with hours, plus one empty line
    (with that person's defaults) for each of their projects that has none that week."""
    monday = monday_of(monday)
    sunday = monday + dt.timedelta(days=DAYS - 1)
    found = person_projects(db, participant_id, monday)
    titles = dict(found)
    with db.read() as session:
        sums = session.execute(
            select(
                TimeEntry.project_id,
                TimeEntry.time_type,
                TimeEntry.activity,
                TimeEntry.date,
                func.sum(TimeEntry.hours),
            )
            .where(TimeEntry.participant_id == participant_id, TimeEntry.date.between(monday, sunday))
            .group_by(TimeEntry.project_id, TimeEntry.time_type, TimeEntry.activity, TimeEntry.date)
        ).all()
    by_key: dict[tuple[str, str, str], ProjectLine] = {}
    for project_id, ttype, activity, day, hours in sums:
        line = by_key.get((project_id, ttype, activity))
        if line is None:
            line = ProjectLine(project_id, titles.get(project_id, "?"), ttype, activity)
            by_key[line.key] = line
        line.hours[(day - monday).days] = hours
    empty = [pid for pid, _t in found if not any(k[0] == pid for k in by_key)]
    defaults = line_defaults(db, participant_id, empty) if empty else {}
    lines: list[ProjectLine] = []
    for project_id, title in found:
        own = sorted(
            (ln for ln in by_key.values() if ln.project_id == project_id),
            key=lambda ln: (ln.time_type, ln.activity),
        )
        lines.extend(own or [ProjectLine(project_id, title, *defaults[project_id])])
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
            if F.parse_decimal(parsing.parse_hours(hours)) == 0:  # « 0 », « 0h », « 0 min »
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


def copy_previous_week(
    db: Database, project_id: str | None, monday: dt.date, *, participant_id: str | None = None
) -> list[str]:
    """Copy last week's entries of the project (or of the person, in all their projects) into
    this week, where a cell is empty.

    Returns the ids of the entries created (to undo: delete them).
    """
    monday = monday_of(monday)
    prev = monday - dt.timedelta(days=DAYS)
    scope = []
    if project_id is not None:
        scope.append(TimeEntry.project_id == project_id)
    if participant_id is not None:
        scope.append(TimeEntry.participant_id == participant_id)
    assert scope, "a project or a person"
    created: list[str] = []
    with db.write() as session:
        previous = session.scalars(
            select(TimeEntry).where(*scope, TimeEntry.date.between(prev, prev + dt.timedelta(days=DAYS - 1)))
        ).all()
        existing = {
            (e.project_id, e.participant_id, e.date, e.time_type, e.activity)
            for e in session.scalars(
                select(TimeEntry).where(
                    *scope, TimeEntry.date.between(monday, monday + dt.timedelta(days=DAYS - 1))
                )
            )
        }
        for e in previous:
            day = e.date + dt.timedelta(days=DAYS)
            key = (e.project_id, e.participant_id, day, e.time_type, e.activity)
            if key in existing:
                continue
            existing.add(key)
            new = TimeEntry(
                participant_id=e.participant_id,
                project_id=e.project_id,
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
