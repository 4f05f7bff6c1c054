"""Jobs by contract type, per year (format 1.1.0 ``emplois``), and the year's totals derived from them.

A year's « salariés » (headcount, FTE, research FTE of ``structure_year``) are the sums of
the employment contracts (``vocab.EMPLOYMENT_CONTRACTS``); interns, civic service and
seconded staff are recorded but counted apart. Once a year has job lines, its totals come
from them only: ``save_jobs`` writes both in one transaction, and ``check_year_totals``
refuses a total typed by hand that disagrees.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .. import fields as F
from .. import vocab as V
from ..db import Database
from ..errors import FieldProblem, ValidationError
from ..models import JobLine, StructureYear
from . import _base
from ._base import Row
from .structure import DEFAULT_HOURS_PER_FTE, DEFAULT_VOLUNTEER_RATE, require_structure, totals

ORDER = {code: i for i, code in enumerate(V.CONTRACT_TYPE.codes)}


def _sorted(rows: Iterable[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: ORDER.get(r["contract_type"], len(ORDER)))


def list_jobs(db: Database, year: int) -> list[Row]:
    """The job lines of a year, in the vocabulary's order of contract types."""
    with db.read() as session:
        return _sorted(_base.as_dict(o) for o in session.scalars(select(JobLine).where(JobLine.year == year)))


def _clean_lines(year: int, lines: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    problems: list[FieldProblem] = []
    for line in lines:
        values, found = F.clean(F.JOB_LINE, {**line, "year": year})
        problems += found
        if found:
            continue
        values = {k: values.get(k) or 0 for k in ("headcount", "fte", "research_fte")} | {
            "year": year,
            "contract_type": values["contract_type"],
        }
        if values["research_fte"] > values["fte"]:
            problems.append(
                _base.problem(
                    F.JOB_LINE,
                    "research_fte",
                    "les ETP recherche dépassent les ETP du contrat",
                    "research_above_fte",
                )
            )
        if values["contract_type"] in out:
            problems.append(
                _base.problem(F.JOB_LINE, "contract_type", "ce type de contrat figure deux fois", "duplicate")
            )
        if any(values[k] for k in ("headcount", "fte", "research_fte")):
            out[values["contract_type"]] = values
    if problems:
        raise ValidationError(problems)
    return list(out.values())


def save_jobs(db: Database, year: int, lines: Iterable[Mapping[str, Any]]) -> list[Row]:
    """Replace the job lines of ``year`` (all-zero lines are dropped) and derive the year's totals.

    Returns the lines as they were before, so that the caller can undo with a second call.
    """
    clean = _clean_lines(year, lines)
    with db.write() as session:
        structure = require_structure(session)
        before = _sorted(
            _base.as_dict(o) for o in session.scalars(select(JobLine).where(JobLine.year == year))
        )
        existing = {o.contract_type: o for o in session.scalars(select(JobLine).where(JobLine.year == year))}
        for code, obj in existing.items():
            if code not in {v["contract_type"] for v in clean}:
                session.delete(obj)
        for values in clean:
            obj = existing.get(values["contract_type"])
            if obj is None:
                session.add(JobLine(structure_id=structure.id, **values))
            else:
                for key in ("headcount", "fte", "research_fte"):
                    if getattr(obj, key) != values[key]:
                        setattr(obj, key, values[key])
        _set_year_totals(session, structure.id, year, clean)
        session.flush()
    return before


def _set_year_totals(session: Session, structure_id: str, year: int, lines: list[dict[str, Any]]) -> None:
    facts = session.scalars(select(StructureYear).where(StructureYear.year == year)).first()
    if not lines:
        return  # no lines: the totals stay as typed
    derived = totals(lines).as_year()
    if facts is None:
        facts = StructureYear(
            structure_id=structure_id,
            year=year,
            volunteer_hourly_rate=DEFAULT_VOLUNTEER_RATE,
            hours_per_fte=DEFAULT_HOURS_PER_FTE,
        )
        session.add(facts)
    for key, value in derived.items():
        if getattr(facts, key) != value:
            setattr(facts, key, value)


def delete_year_jobs(db: Database, year: int) -> int:
    with db.write() as session:
        return session.execute(delete(JobLine).where(JobLine.year == year)).rowcount or 0
