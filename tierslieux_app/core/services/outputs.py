"""Outputs (productions) of projects: publications, events, data, software..."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from .. import fields as F
from ..db import Database
from ..errors import FieldProblem
from ..models import Output, OutputAuthor, Participant, Project
from . import _base, cascade
from ._base import Row

WHAT = "Production"


def _rules(session: Session, values: Mapping[str, Any]) -> list[FieldProblem]:
    return _base.ref_exists(session, F.OUTPUT, Project, "project_id", values)


def _with_defaults(data: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(data)
    if not out.get("subtype"):
        out["subtype"] = "aucun"
    return out


OUTPUT = _base.Kind(Output, F.OUTPUT, (_rules,), _with_defaults)


def create_output(db: Database, data: Mapping[str, Any], authors: Sequence[str] = ()) -> Row:
    row = _base.create_kind(db, OUTPUT, data)
    if authors:
        set_authors(db, row["id"], authors)
    return row


def update_output(db: Database, output_id: str, changes: Mapping[str, Any]) -> Row:
    changes = dict(changes)
    if "subtype" in changes and not changes["subtype"]:
        changes["subtype"] = "aucun"
    return _base.update(db, Output, F.OUTPUT, output_id, changes, WHAT, [_rules])


def get_output(db: Database, output_id: str) -> Row:
    row = _base.get(db, Output, output_id, WHAT)
    row["authors"] = output_authors(db, output_id)
    return row


def delete_output(db: Database, output_id: str) -> cascade.Snapshot:
    with db.write() as session:
        _base.fetch(session, Output, output_id, WHAT)
        return cascade.delete_with_snapshot(session, "output", output_id)


def set_authors(db: Database, output_id: str, participant_ids: Sequence[str]) -> None:
    with db.write() as session:
        _base.fetch(session, Output, output_id, WHAT)
        for pid in participant_ids:
            _base.fetch(session, Participant, pid, "Participant")
        session.execute(delete(OutputAuthor).where(OutputAuthor.output_id == output_id))
        for pid in dict.fromkeys(participant_ids):
            session.add(OutputAuthor(output_id=output_id, participant_id=pid))


def output_authors(db: Database, output_id: str) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(select(OutputAuthor.participant_id).where(OutputAuthor.output_id == output_id))
        )


def list_outputs(
    db: Database,
    project_id: str | None = None,
    year: int | None = None,
    search: str | None = None,
    output_type: str | None = None,
) -> list[Row]:
    """Outputs, newest first, with the project's title."""
    import datetime as dt

    with db.read() as session:
        query = (
            select(Output, Project.title)
            .join(Project, Project.id == Output.project_id)
            .order_by(Output.date.desc().nulls_last(), func.lower(Output.title))
        )
        if project_id:
            query = query.where(Output.project_id == project_id)
        if year is not None:
            query = query.where(Output.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        if output_type:
            query = query.where(Output.output_type == output_type)
        if search:
            pattern = search.strip()
            query = query.where(
                or_(
                    Output.title.icontains(pattern, autoescape=True),
                    Project.title.icontains(pattern, autoescape=True),
                )
            )
        out = []
        for output, title in session.execute(query):
            row = _base.as_dict(output)
            row["project_title"] = title
            out.append(row)
        return out
