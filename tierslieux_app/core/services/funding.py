"""Funding received, by a project or by the structure itself (no project)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import fields as F
from ..db import Database
from ..errors import FieldProblem
from ..models import Funding, Organisation, Project
from . import _base
from ._base import Row

WHAT = "Financement"


def _rules(session: Session, values: Mapping[str, Any]) -> list[FieldProblem]:
    return [
        *_base.ref_exists(session, F.FUNDING, Project, "project_id", values),
        *_base.ref_exists(session, F.FUNDING, Organisation, "funder_id", values),
    ]


def create_funding(db: Database, data: Mapping[str, Any]) -> Row:
    return _base.create(db, Funding, F.FUNDING, data, rules=[_rules])


def update_funding(db: Database, funding_id: str, changes: Mapping[str, Any]) -> Row:
    return _base.update(db, Funding, F.FUNDING, funding_id, changes, WHAT, [_rules])


def get_funding(db: Database, funding_id: str) -> Row:
    return _base.get(db, Funding, funding_id, WHAT)


def delete_funding(db: Database, funding_id: str) -> Row:
    return _base.delete(db, Funding, funding_id, WHAT)


def list_funding(
    db: Database, project_id: str | None = None, year: int | None = None, structure_only: bool = False
) -> list[Row]:
    """Funding with the funder's name and type, by year then amount."""
    with db.read() as session:
        query = (
            select(Funding, Organisation.name, Organisation.org_type)
            .join(Organisation, Organisation.id == Funding.funder_id)
            .order_by(Funding.year.desc(), Funding.amount.desc())
        )
        if project_id:
            query = query.where(Funding.project_id == project_id)
        if structure_only:
            query = query.where(Funding.project_id.is_(None))
        if year is not None:
            query = query.where(Funding.year == year)
        out = []
        for funding, name, org_type in session.execute(query):
            row = _base.as_dict(funding)
            row.update(funder_name=name, funder_type=org_type)
            out.append(row)
        return out
