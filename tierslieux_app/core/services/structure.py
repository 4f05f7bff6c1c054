"""The structure (the tiers-lieu itself) and its facts per calendar year."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import fields as F
from .. import vocab as V
from ..db import Database
from ..errors import FieldProblem, NotFoundError, ValidationError
from ..i18n import number, t
from ..models import JobLine, Structure, StructureYear
from . import _base
from ._base import Row

DEFAULT_HOURS_PER_FTE = 1607
# Default volunteer valuation: gross minimum wage 2025 (11.88 €/h) loaded with employer
# contributions; a parameter the structure should review, always shown with the figure.
DEFAULT_VOLUNTEER_RATE = Decimal("16.50")
NO_STRUCTURE = "Renseignez d'abord la structure (nom, SIRET ou RNA…)."
# The year's totals that the job lines (services/jobs.py) give, once a year has some.
TOTAL_FIELDS = ("employees", "fte", "research_fte")


@dataclass(frozen=True)
class Totals:
    """The year's employees (employment contracts only) and the others, apart."""

    employees: int = 0
    fte: float = 0.0
    research_fte: float = 0.0
    others: int = 0  # interns, civic service, seconded staff (headcount)

    def as_year(self) -> dict[str, Any]:
        return {
            "employees": self.employees,
            "fte": round(self.fte, 2),
            "research_fte": round(self.research_fte, 2),
        }


def totals(lines: Iterable[Mapping[str, Any]]) -> Totals:
    employees = others = 0
    fte = research = 0.0
    for line in lines:
        if line["contract_type"] in V.EMPLOYMENT_CONTRACTS:
            employees += int(line.get("headcount") or 0)
            fte += float(line.get("fte") or 0)
            research += float(line.get("research_fte") or 0)
        else:
            others += int(line.get("headcount") or 0)
    return Totals(employees, round(fte, 2), round(research, 2), others)


def check_year_totals(session: Session, year: int, values: Mapping[str, Any]) -> list[FieldProblem]:
    """A total typed by hand must agree with the job lines of its year, when there are some."""
    rows = [
        {
            "contract_type": o.contract_type,
            "headcount": o.headcount,
            "fte": o.fte,
            "research_fte": o.research_fte,
        }
        for o in session.scalars(select(JobLine).where(JobLine.year == year))
    ]
    if not rows:
        return []
    derived = totals(rows).as_year()
    return [
        _base.problem(
            F.STRUCTURE_YEAR,
            key,
            "calculé à partir des emplois par contrat ({total}) : modifiez les emplois",
            "derived_from_jobs",
            total=number(derived[key]),
        )
        for key in TOTAL_FIELDS
        if key in values and values[key] is not None and float(values[key]) != float(derived[key])
    ]


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


def require_structure(session: Session) -> Structure:
    obj = session.scalars(select(Structure).order_by(Structure.created_at)).first()
    if obj is None:
        raise NotFoundError(t(NO_STRUCTURE))
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
        problems = check_year_totals(session, year, values)
        if problems:
            raise ValidationError(problems)
        structure = require_structure(session)
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
