"""The structure (the tiers-lieu itself) and its facts per calendar year."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import fields as F
from ..db import Database
from ..errors import FieldProblem, NotFoundError
from ..i18n import t
from ..models import Structure, StructureYear
from . import _base
from ._base import Row

DEFAULT_HOURS_PER_FTE = 1607
# Default volunteer valuation: gross minimum wage 2025 (11.88 €/h) loaded with employer
# contributions; a parameter the structure should review, always shown with the figure.
DEFAULT_VOLUNTEER_RATE = Decimal("16.50")


def _siret_or_rna(_s: Session, values: Mapping[str, Any]) -> list[FieldProblem]:
    if not values.get("siret") and not values.get("rna"):
        return [
            _base.problem(F.STRUCTURE, "siret", "indiquez au moins un SIRET ou un numéro RNA", "siret_or_rna")
        ]
    return []


def get_structure(db: Database) -> Row | None:
    """The structure of this database (there is one), or None before the first run."""
    with db.read() as session:
        obj = session.scalars(select(Structure).order_by(Structure.created_at)).first()
        return _base.as_dict(obj) if obj else None


def save_structure(db: Database, data: Mapping[str, Any]) -> Row:
    """Create the structure, or update it when it exists."""
    current = get_structure(db)
    if current is None:
        return _base.create(db, Structure, F.STRUCTURE, data, rules=[_siret_or_rna])
    return _base.update(db, Structure, F.STRUCTURE, current["id"], data, "Structure", [_siret_or_rna])


def _require_structure(session: Session) -> Structure:
    obj = session.scalars(select(Structure).order_by(Structure.created_at)).first()
    if obj is None:
        raise NotFoundError(t("Renseignez d'abord la structure (nom, SIRET ou RNA…)."))
    return obj


def get_year(db: Database, year: int) -> Row | None:
    with db.read() as session:
        obj = session.scalars(select(StructureYear).where(StructureYear.year == year)).first()
        return _base.as_dict(obj) if obj else None


def year_parameters(db: Database, year: int) -> Row:
    """The facts of a year, or the defaults (rate, hours per FTE) when not entered yet."""
    row = get_year(db, year)
    if row is not None:
        return row
    return {
        "year": year,
        "volunteer_hourly_rate": DEFAULT_VOLUNTEER_RATE,
        "hours_per_fte": DEFAULT_HOURS_PER_FTE,
    }


def save_year(db: Database, year: int, data: Mapping[str, Any]) -> Row:
    """Create or update the facts of one year."""
    values = F.clean_or_raise(F.STRUCTURE_YEAR, {**data, "year": year}, partial=True)
    with db.write() as session:
        structure = _require_structure(session)
        obj = session.scalars(select(StructureYear).where(StructureYear.year == year)).first()
        if obj is None:
            values.setdefault("volunteer_hourly_rate", DEFAULT_VOLUNTEER_RATE)
            values.setdefault("hours_per_fte", DEFAULT_HOURS_PER_FTE)
            obj = StructureYear(structure_id=structure.id, **values)
            session.add(obj)
        else:
            for key, value in values.items():
                setattr(obj, key, value)
        session.flush()
        return _base.as_dict(obj)


def list_years(db: Database) -> list[Row]:
    return _base.list_all(db, StructureYear, StructureYear.year)
