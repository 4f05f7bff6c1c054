"""The year's figures the export needs, each read once: per project, then for ``indicateurs``.

One GROUP BY over the year's hours (by project, participant and time type) gives the
``projets`` columns and the hours of the ``indicateurs`` table; the rest of that table
comes from small queries (people by category through an index probe per person,
outputs, funding, active projects). The definitions are those of
``services.aggregates.year_figures`` (the dashboard's figures), which the tests compare
with these, value by value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Integer, func, select, type_coerce

from .. import vocab as V
from ..db import Database
from ..models import Funding, Output, Participant, Project, TimeEntry
from ..services.projects import active_in_year
from ..services.structure import year_parameters

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
UNSET = "non_renseigne"  # bucket of outputs whose type is not filled in (as the dashboard's)


def bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def hundredths(column: Any) -> Any:
    """SUM of an hours or money column as its stored integer (converted once, by ``to_decimal``)."""
    return func.sum(type_coerce(column, Integer))


def to_decimal(value: int) -> Decimal:
    """Same value as types.from_hundredths (two decimal places), without its division."""
    return Decimal(int(value)).scaleb(-2)


def hours_in(year: int, *where: Any) -> Any:
    """EXISTS an hour entry in the year matching ``where``: one probe of an (id, date) index each."""
    first, last = bounds(year)
    return select(TimeEntry.id).where(*where, TimeEntry.date.between(first, last)).exists()


@dataclass
class ProjectHours:
    total: Decimal = ZERO
    by_type: dict[str, Decimal] = field(default_factory=dict)
    people: int = 0


def project_hours(db: Database, year: int) -> dict[str, ProjectHours]:
    """Per project: hours by time type and distinct participants, in one pass over the year's hours.

    The groups come sorted by project then participant, so counting people needs no set.
    """
    first, last = bounds(year)
    out: dict[str, ProjectHours] = {}
    keys = (TimeEntry.project_id, TimeEntry.participant_id, TimeEntry.time_type)
    with db.read() as session:
        query = (
            select(*keys, hundredths(TimeEntry.hours))
            .where(TimeEntry.date.between(first, last))
            .group_by(*keys)
            .order_by(*keys)
        )
        last_person: tuple[str, str] | None = None
        for project, person, time_type, sum_hundredths in session.execute(query):
            p = out.get(project)
            if p is None:
                p = out[project] = ProjectHours()
            hours = to_decimal(sum_hundredths)
            p.total += hours
            p.by_type[time_type] = p.by_type.get(time_type, ZERO) + hours
            if (project, person) != last_person:
                p.people += 1
                last_person = (project, person)
    return out


def _ratio(hours: Decimal, per_fte: int) -> Decimal:
    return (hours / Decimal(per_fte)).quantize(CENT, rounding=ROUND_HALF_UP)


def indicator_values(db: Database, year: int, projects: dict[str, ProjectHours]) -> dict[str, Any]:
    """The value of each ``indicateurs`` code, from ``project_hours`` and a few small queries."""
    params = year_parameters(db, year)
    per_fte = int(params["hours_per_fte"])
    rate = Decimal(params["volunteer_hourly_rate"])
    first, last = bounds(year)
    by_type = {t: ZERO for t in V.TIME_TYPE.codes}
    for p in projects.values():  # every hour entry belongs to a project
        for t, hours in p.by_type.items():
            by_type[t] = by_type.get(t, ZERO) + hours
    by_category = {c: 0 for c in V.PARTICIPANT_CATEGORY.codes}
    outputs = {c: 0 for c in V.OUTPUT_TYPE.codes}
    outputs[UNSET] = 0
    funding = {p: ZERO for p in V.PROGRAMME.codes}
    with db.read() as session:
        people = (
            select(Participant.category, func.count())
            .where(hours_in(year, TimeEntry.participant_id == Participant.id))
            .group_by(Participant.category)
        )
        by_category.update(dict(session.execute(people).all()))
        for t, n in session.execute(
            select(Output.output_type, func.count())
            .where(Output.date.between(first, last))
            .group_by(Output.output_type)
        ):
            outputs[t or UNSET] = n
        for programme, amount in session.execute(
            select(Funding.programme, hundredths(Funding.amount))
            .where(Funding.year == year)
            .group_by(Funding.programme)
        ):
            funding[programme] = to_decimal(amount)
        active = session.scalar(select(func.count()).select_from(Project).where(active_in_year(year))) or 0
    total = sum(by_type.values(), ZERO)
    values: dict[str, Any] = {"heures_total": total, "heures_par_etp": per_fte}
    values.update({f"heures_{t}": h for t, h in by_type.items()})
    values["etp_total"] = _ratio(total, per_fte)
    values.update({f"etp_{t}": _ratio(h, per_fte) for t, h in by_type.items()})
    values["valorisation_horaire_benevolat"] = rate
    values["valorisation_benevolat"] = (by_type["benevole"] * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    values["projets_actifs"] = active
    values["participants_total"] = sum(by_category.values())
    values.update({f"participants_{c}": n for c, n in by_category.items()})
    values["productions_total"] = sum(outputs.values())
    values.update({f"productions_{c}": n for c, n in outputs.items()})
    values["financements_total"] = sum(funding.values(), ZERO)
    values.update({f"financements_{p}": a for p, a in funding.items()})
    return values
