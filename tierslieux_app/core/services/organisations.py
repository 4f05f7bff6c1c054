"""Organisations: partners, funders and participants' affiliations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select

from .. import fields as F
from ..db import Database
from ..errors import DependentDataError
from ..i18n import plural, t
from ..models import Funding, Organisation, Participant, ProjectPartner
from . import _base
from ._base import Row

WHAT = "Organisation"


def create_organisation(db: Database, data: Mapping[str, Any]) -> Row:
    return _base.create(db, Organisation, F.ORGANISATION, data)


def update_organisation(db: Database, org_id: str, changes: Mapping[str, Any]) -> Row:
    return _base.update(db, Organisation, F.ORGANISATION, org_id, changes, WHAT)


def get_organisation(db: Database, org_id: str) -> Row:
    return _base.get(db, Organisation, org_id, WHAT)


def list_organisations(db: Database, search: str | None = None) -> list[Row]:
    with db.read() as session:
        query = select(Organisation).order_by(func.lower(Organisation.name))
        if search:
            query = query.where(Organisation.name.icontains(search.strip(), autoescape=True))
        return [_base.as_dict(o) for o in session.scalars(query)]


def find_or_create_organisation(db: Database, data: Mapping[str, Any]) -> Row:
    """The organisation with this exact name (case-insensitive), created if absent."""
    name = F.clean_text(str(data.get("name", "")))
    with db.read() as session:
        found = session.scalars(
            select(Organisation).where(func.lower(Organisation.name) == name.lower())
        ).first()
        if found is not None:
            return _base.as_dict(found)
    return create_organisation(db, data)


def delete_organisation(db: Database, org_id: str) -> Row:
    """Refused while a partnership or a funding names it (affiliations are cleared)."""
    with db.read() as session:
        partners = session.scalar(select(func.count()).where(ProjectPartner.organisation_id == org_id))
        fundings = session.scalar(select(func.count()).where(Funding.funder_id == org_id))
        members = session.scalar(select(func.count()).where(Participant.affiliation_id == org_id))
    if partners or fundings:
        raise DependentDataError(
            t(
                "Cette organisation est partenaire de {projects} et financeur de {fundings}"
                "\u00a0: retirez-les d’abord.",
                projects=plural(partners or 0, "{n} projet", "{n} projets"),
                fundings=plural(fundings or 0, "{n} financement", "{n} financements"),
            ),
            {"partners": partners or 0, "fundings": fundings or 0, "members": members or 0},
        )
    return _base.delete(db, Organisation, org_id, WHAT)
