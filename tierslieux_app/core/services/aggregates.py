"""Yearly figures, computed in SQL (GROUP BY), never by looping over rows in Python.

Definitions (shown in the exports' read-me):
- hours of a year: entries dated in that calendar year;
- distinct participants: people with at least one hour entry in the year;
- FTE: hours / hours-per-FTE of the year (1,607 by default);
- volunteer valuation: volunteer hours x the year's hourly rate;
- active projects: projects whose dates overlap the year (open ends count).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import vocab as V
from ..db import Database
from ..models import Funding, Output, Participant, Project, TimeEntry
from ._base import ZERO
from .projects import active_in_year
from .structure import year_parameters

UNSET = "non_renseigne"  # bucket of records whose code is not filled in


def _year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def month_of(session: Session, column: Any) -> Any:
    """``AAAA-MM`` of a date column, on SQLite (ISO text) and PostgreSQL alike."""
    if session.get_bind().dialect.name == "sqlite":
        return func.substr(column, 1, 7)
    return func.to_char(column, "YYYY-MM")


def _in_year(year: int) -> Any:
    first, last = _year_bounds(year)
    return TimeEntry.date.between(first, last)


def hours_detail(db: Database, year: int) -> list[dict[str, Any]]:
    """Hours by project x participant pid x month x time type x activity (the ``temps`` table)."""
    return [dict(r) for r in iter_hours_detail(db, year)]


def iter_hours_detail(db: Database, year: int) -> Iterator[Mapping[str, Any]]:
    """``hours_detail`` streamed row by row (the export writes it without holding it in memory)."""
    with db.read() as session:
        month = month_of(session, TimeEntry.date).label("month")
        query = (
            select(
                TimeEntry.project_id,
                Participant.pid,
                month,
                TimeEntry.time_type,
                TimeEntry.activity,
                func.sum(TimeEntry.hours).label("hours"),
            )
            .join(Participant, Participant.id == TimeEntry.participant_id)
            .where(_in_year(year))
            .group_by(TimeEntry.project_id, Participant.pid, month, TimeEntry.time_type, TimeEntry.activity)
            .order_by(TimeEntry.project_id, Participant.pid, month, TimeEntry.time_type, TimeEntry.activity)
        )
        for r in session.execute(query.execution_options(yield_per=2000)):
            yield r._mapping


def hours_by_project_month_type_activity(db: Database, year: int) -> list[dict[str, Any]]:
    """Hours by project x month x time type x activity."""
    with db.read() as session:
        month = month_of(session, TimeEntry.date).label("month")
        keys = (TimeEntry.project_id, month, TimeEntry.time_type, TimeEntry.activity)
        query = (
            select(*keys, func.sum(TimeEntry.hours).label("hours"))
            .where(_in_year(year))
            .group_by(*keys)
            .order_by(*keys)
        )
        return [dict(r._mapping) for r in session.execute(query)]


def hours_by_month(db: Database, year: int) -> dict[str, dict[str, Decimal]]:
    """``{"AAAA-MM": {time_type: hours}}`` for the twelve months (chart)."""
    out = {f"{year}-{m:02d}": {t: ZERO for t in V.TIME_TYPE.codes} for m in range(1, 13)}
    with db.read() as session:
        month = month_of(session, TimeEntry.date).label("month")
        query = (
            select(month, TimeEntry.time_type, func.sum(TimeEntry.hours))
            .where(_in_year(year))
            .group_by(month, TimeEntry.time_type)
        )
        for m, t, hours in session.execute(query):
            out[m][t] = hours
    return out


def hours_by_project(db: Database, year: int) -> list[dict[str, Any]]:
    """Per project of the year: title and hours by time type, biggest first."""
    with db.read() as session:
        query = (
            select(Project.id, Project.title, TimeEntry.time_type, func.sum(TimeEntry.hours))
            .join(Project, Project.id == TimeEntry.project_id)
            .where(_in_year(year))
            .group_by(Project.id, Project.title, TimeEntry.time_type)
        )
        rows: dict[str, dict[str, Any]] = {}
        for pid, title, t, hours in session.execute(query):
            row = rows.setdefault(
                pid,
                {"project_id": pid, "title": title, "total": ZERO, **{c: ZERO for c in V.TIME_TYPE.codes}},
            )
            row[t] = hours
            row["total"] += hours
    return sorted(rows.values(), key=lambda r: (-r["total"], r["title"]))


def year_charts(
    db: Database, year: int, top: int | None = None
) -> tuple[dict[str, dict[str, Decimal]], list[dict[str, Any]]]:
    """``(hours_by_month, hours_by_project[:top])`` of a year from one pass over its entries.

    The dashboard draws both charts: one GROUP BY project x month x time type (a few
    thousand rows at most) feeds both, instead of sorting the year's entries twice.
    """
    months = {f"{year}-{m:02d}": {t: ZERO for t in V.TIME_TYPE.codes} for m in range(1, 13)}
    rows: dict[str, dict[str, Any]] = {}
    with db.read() as session:
        month = month_of(session, TimeEntry.date).label("month")
        hours = func.sum(TimeEntry.hours).label("hours")
        cells = (
            select(TimeEntry.project_id, month, TimeEntry.time_type, hours)
            .where(_in_year(year))
            .group_by(TimeEntry.project_id, month, TimeEntry.time_type)
            .subquery()
        )
        query = select(
            cells.c.project_id, Project.title, cells.c.month, cells.c.time_type, cells.c.hours
        ).join(Project, Project.id == cells.c.project_id)
        for pid, title, m, t, h in session.execute(query):
            months[m][t] = months[m].get(t, ZERO) + h
            row = rows.get(pid)
            if row is None:
                row = rows[pid] = {
                    "project_id": pid,
                    "title": title,
                    "total": ZERO,
                    **{c: ZERO for c in V.TIME_TYPE.codes},
                }
            row[t] = row.get(t, ZERO) + h
            row["total"] += h
    projects = sorted(rows.values(), key=lambda r: (-r["total"], r["title"]))
    return months, projects if top is None else projects[:top]


def _ratio(hours: Decimal, per_fte: int) -> Decimal:
    return (hours / Decimal(per_fte)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class YearFigures:
    year: int
    hours_by_type: dict[str, Decimal]
    hours_total: Decimal
    hours_per_fte: int
    volunteer_hourly_rate: Decimal
    fte_total: Decimal
    fte_by_type: dict[str, Decimal]
    volunteer_valuation: Decimal
    active_projects: int
    participants_total: int
    participants_by_category: dict[str, int]
    outputs_total: int
    outputs_by_type: dict[str, int]
    funding_total: Decimal
    funding_by_programme: dict[str, Decimal] = field(default_factory=dict)


def year_figures(db: Database, year: int) -> YearFigures:
    """The key figures of a year (dashboard, ``indicateurs`` table), all from GROUP BYs."""
    params = year_parameters(db, year)
    per_fte = int(params["hours_per_fte"])
    rate = Decimal(params["volunteer_hourly_rate"])
    first, last = _year_bounds(year)
    with db.read() as session:
        by_type = {t: ZERO for t in V.TIME_TYPE.codes}
        for t, hours in session.execute(
            select(TimeEntry.time_type, func.sum(TimeEntry.hours))
            .where(_in_year(year))
            .group_by(TimeEntry.time_type)
        ):
            by_type[t] = hours
        by_category = {c: 0 for c in V.PARTICIPANT_CATEGORY.codes}
        # Distinct people of the year from the covering date index (no row of time_entry read),
        # then one look-up per person: cheaper than counting distinct ids over a join of every entry.
        active = select(TimeEntry.participant_id).where(_in_year(year))
        people = (
            select(Participant.category, func.count())
            .where(Participant.id.in_(active))
            .group_by(Participant.category)
        )
        for category, n in session.execute(people):
            by_category[category] = n
        outputs = {c: 0 for c in V.OUTPUT_TYPE.codes}
        outputs[UNSET] = 0
        for t, n in session.execute(
            select(Output.output_type, func.count())
            .where(Output.date.between(first, last))
            .group_by(Output.output_type)
        ):
            outputs[t or UNSET] = n
        funding = {p: ZERO for p in V.PROGRAMME.codes}
        for p, amount in session.execute(
            select(Funding.programme, func.sum(Funding.amount))
            .where(Funding.year == year)
            .group_by(Funding.programme)
        ):
            funding[p] = amount
        projects = session.scalar(select(func.count()).select_from(Project).where(active_in_year(year))) or 0
    total = sum(by_type.values(), ZERO)
    return YearFigures(
        year=year,
        hours_by_type=by_type,
        hours_total=total,
        hours_per_fte=per_fte,
        volunteer_hourly_rate=rate,
        fte_total=_ratio(total, per_fte),
        fte_by_type={t: _ratio(h, per_fte) for t, h in by_type.items()},
        volunteer_valuation=(by_type["benevole"] * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
        active_projects=projects,
        participants_total=sum(by_category.values()),
        participants_by_category=by_category,
        outputs_total=sum(outputs.values()),
        outputs_by_type=outputs,
        funding_total=sum(funding.values(), ZERO),
        funding_by_programme=funding,
    )


def years_with_data(db: Database) -> list[int]:
    """Calendar years that have hours, outputs, funding or active projects (newest first)."""
    with db.read() as session:
        years: set[int] = set()
        for column in (TimeEntry.date, Output.date):
            # Two queries on purpose: SQLite answers a lone min() or max() from the index in a
            # few steps, but scans the whole index when both are asked in one SELECT.
            lo = session.scalar(select(func.min(column)))
            hi = session.scalar(select(func.max(column)))
            if lo and hi:
                years.update(range(lo.year, hi.year + 1))
        years.update(y for y in session.scalars(select(func.distinct(Funding.year))) if y)
        for start, end in session.execute(select(Project.start_date, Project.end_date)):
            if start and end:
                years.update(range(start.year, end.year + 1))
    return sorted(years, reverse=True)
