"""Hours: one entry per person, project, day, time type and activity."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from .. import fields as F
from ..db import Database
from ..errors import FieldProblem, TiersLieuxError
from ..models import Participant, Participation, Project, TimeEntry
from . import _base
from ._base import Row

WHAT = "Saisie d'heures"


NOT_MEMBER = "not_member"


def _refs(session: Session, values: Mapping[str, Any]) -> list[FieldProblem]:
    return [
        *_base.ref_exists(session, F.TIME_ENTRY, Participant, "participant_id", values),
        *_base.ref_exists(session, F.TIME_ENTRY, Project, "project_id", values),
    ]


def _member(session: Session, values: Mapping[str, Any]) -> list[FieldProblem]:
    """The person takes part in the project (checked once both exist)."""
    if _refs(session, values):
        return []
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
                NOT_MEMBER,
            )
        ]
    return []


ENTRY = _base.Kind(TimeEntry, F.TIME_ENTRY, (_refs, _member))


def create_entry(db: Database, data: Mapping[str, Any]) -> Row:
    return _base.create_kind(db, ENTRY, data)


def update_entry(db: Database, entry_id: str, changes: Mapping[str, Any]) -> Row:
    return _base.update(db, TimeEntry, F.TIME_ENTRY, entry_id, changes, WHAT, ENTRY.rules)


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


# The list queries use the tables' columns (SQL expression language), not the mapped
# classes: the ORM would add its compile step to every page, and its one-time set-up of
# all mappers (tens of ms) to the first page the user waits for. Rows are plain dicts anyway.
_T = TimeEntry.__table__.c
_P = Project.__table__.c
_PA = Participant.__table__.c

SORTABLE = {
    "date": _T.date,
    "project": _P.title,
    "participant": _PA.last_name,
    "hours": _T.hours,
    "time_type": _T.time_type,
    "activity": _T.activity,
}


def _contains(column: Any, pattern: str, sqlite: bool) -> ColumnElement[bool]:
    """``column`` contains ``pattern``, case ignored.

    On SQLite an ASCII pattern uses plain LIKE, which already ignores ASCII case: no
    call back into Python per row (each one takes the GIL from the window). Other
    patterns ("école") go through the connection's Unicode lower(). The two differ only
    for the rare capitals that Python lowers to ASCII (Turkish "İ", the Kelvin sign).
    """
    if sqlite and pattern.isascii():
        return column.contains(pattern, autoescape=True)
    return column.icontains(pattern, autoescape=True)


def _filtered(query: Select[Any], flt: EntryFilter, sqlite: bool = True) -> Select[Any]:
    if flt.project_id:
        query = query.where(_T.project_id == flt.project_id)
    if flt.participant_id:
        query = query.where(_T.participant_id == flt.participant_id)
    if flt.date_from:
        query = query.where(_T.date >= flt.date_from)
    if flt.date_to:
        query = query.where(_T.date <= flt.date_to)
    if flt.time_type:
        query = query.where(_T.time_type == flt.time_type)
    if flt.activity:
        query = query.where(_T.activity == flt.activity)
    if flt.text and flt.text.strip():
        # Match the small tables first (uncorrelated IN, evaluated once), so that the
        # million-row table is scanned with index-friendly conditions plus the note.
        pattern = flt.text.strip()
        projects = select(_P.id).where(_contains(_P.title, pattern, sqlite))
        # "first last" contains every text that the first or the last name contains.
        people = select(_PA.id).where(_contains(_PA.first_name + " " + _PA.last_name, pattern, sqlite))
        # Plain LIKE on the big table in SQLite: it folds ASCII case itself, while lower()
        # would call back into Python a million times (and hold the GIL meanwhile).
        note = (
            _T.note.contains(pattern, autoescape=True)
            if sqlite
            else _T.note.icontains(pattern, autoescape=True)
        )
        query = query.where(_T.project_id.in_(projects) | _T.participant_id.in_(people) | note)
    return query


class Interrupted(TiersLieuxError):
    """A query stopped on purpose: its answer was no longer wanted."""

    def __init__(self) -> None:
        super().__init__("Recherche interrompue.")


class Stopper:
    """Stops, from another thread, the list queries that run under it (SQLite only).

    Over a million hours a text filter's count, or a page of a rare word, reads the
    whole table (a second or more): when the filter changes meanwhile, the worker would
    keep a core busy for an answer nobody reads, and delay the next one. ``stop()``
    interrupts them (``sqlite3.Connection.interrupt``); they raise ``Interrupted``.
    Other databases run them to the end (the caller drops the answer).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: set[Any] = set()
        self.stopped = False

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            for connection in self._running:
                connection.interrupt()

    @contextmanager
    def watching(self, session: Session) -> Iterator[None]:
        """While the block runs, ``stop()`` interrupts the session's connection."""
        raw = session.connection().connection.driver_connection
        interruptible = hasattr(raw, "interrupt")
        with self._lock:
            if self.stopped:
                raise Interrupted()
            if interruptible:
                self._running.add(raw)
        try:
            yield
        except OperationalError as exc:
            if self.stopped and "interrupt" in str(exc.orig):
                raise Interrupted() from exc
            raise
        finally:
            # Under the lock: once the block is left, stop() can no longer reach this
            # connection (it goes back to the pool and may serve someone else).
            with self._lock:
                self._running.discard(raw)


@contextmanager
def _watched(session: Session, stopper: Stopper | None) -> Iterator[None]:
    if stopper is None:
        yield
        return
    with stopper.watching(session):
        yield


def count_entries(db: Database, flt: EntryFilter = EntryFilter(), *, stopper: Stopper | None = None) -> int:
    with db.read() as session, _watched(session, stopper):
        query = select(func.count()).select_from(TimeEntry.__table__)
        return session.scalar(_filtered(query, flt, db.is_sqlite)) or 0


def list_entries(
    db: Database,
    flt: EntryFilter = EntryFilter(),
    *,
    order: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    stopper: Stopper | None = None,
) -> list[Row]:
    """One page of hours with project title and person's name, filtered and sorted in SQL."""
    column = SORTABLE.get(order, _T.date)
    key = column.desc() if descending else column.asc()
    query = (
        select(
            _T.id,
            _T.date,
            _T.hours,
            _T.time_type,
            _T.activity,
            _T.note,
            _T.project_id,
            _T.participant_id,
            _P.title,
            _PA.first_name,
            _PA.last_name,
        )
        .join(Project.__table__, _P.id == _T.project_id)
        .join(Participant.__table__, _PA.id == _T.participant_id)
        .order_by(key, _T.id)
        .offset(offset)
        .limit(limit)
    )
    with db.read() as session, _watched(session, stopper):
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
            for r in session.execute(_filtered(query, flt, db.is_sqlite))
        ]


def project_names(db: Database) -> list[tuple[str, str]]:
    """(id, title) of every project, by title: the hours filter and forms need no more.

    Two columns instead of whole records: a combo's choices stay instant, and the
    worker thread filling them barely holds the GIL that the window needs.
    """
    with db.read() as session:
        rows = [(key, title) for key, title in session.execute(select(_P.id, _P.title))]
    return sorted(rows, key=lambda r: r[1].lower())


def person_names(db: Database) -> list[tuple[str, str]]:
    """(id, "Last First") of every person, by last then first name (case ignored)."""
    with db.read() as session:
        rows = [
            ((last.lower(), first.lower()), key, f"{last} {first}")
            for key, first, last in session.execute(select(_PA.id, _PA.first_name, _PA.last_name))
        ]
    rows.sort(key=lambda r: r[0])
    return [(key, label) for _sort, key, label in rows]
