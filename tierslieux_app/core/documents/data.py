"""The data of each document, built from the dashboard's and the export's computations.

- Structure-wide figures of a year are ``aggregates.year_figures`` (the dashboard's key
  figures, equal value by value to the export's ``indicateurs``).
- A project's hours of a year are ``export.figures.project_hours`` (the export's
  ``projets`` columns); its hours by activity come from
  ``aggregates.hours_by_project_month_type_activity``.
- A person's hours are the export's ``temps`` rows (``aggregates.hours_detail``) of that
  person's pseudonymous id, grouped by project, time type and activity.

Personal data: only ``Attestation`` carries a person's name (it is for that person);
the reports carry counts, and the names of the people a project lead chose to credit.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select

from .. import vocab as V
from ..db import Database
from ..errors import NotFoundError, TiersLieuxError
from ..export.figures import project_hours
from ..models import Participant, Project, TimeEntry
from ..services import aggregates, funding, outputs, projects, structure
from ..services.aggregates import YearFigures

DOCUMENT_KINDS = ("attestation", "bilan-projet", "valorisation", "rapport-activite")
ZERO = Decimal("0.00")
CENT = Decimal("0.01")


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _fte(hours: Decimal, per_fte: int) -> Decimal:
    return (hours / Decimal(per_fte)).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Letterhead:
    """Who issues the document (the structure), as printed at the top of every page."""

    name: str
    siret: str | None = None
    rna: str | None = None
    commune: str | None = None
    postal_code: str | None = None
    website: str | None = None
    email: str | None = None
    # PNG or JPEG bytes (``Structure.logo``), drawn in every page's header; None: no logo.
    logo: bytes | None = field(default=None, repr=False)


def letterhead(db: Database) -> Letterhead:
    row = structure.get_structure(db)
    if row is None:
        raise NotFoundError(
            "Renseignez d’abord la structure (nom, SIRET ou RNA) avant de produire un document."
        )
    return Letterhead(
        name=row["name"],
        siret=row.get("siret"),
        rna=row.get("rna"),
        commune=row.get("commune"),
        postal_code=row.get("postal_code"),
        website=row.get("website"),
        email=row.get("email"),
        logo=row.get("logo") or None,  # None until the structure has a logo (or the column)
    )


# -- attestation --------------------------------------------------------------------------


@dataclass
class Attestation:
    letterhead: Letterhead
    year: int
    participant_id: str
    first_name: str
    last_name: str
    hours_total: Decimal
    hours_by_type: dict[str, Decimal]
    hours_by_activity: dict[str, Decimal]
    projects: list[tuple[str, Decimal]]  # (title, hours), most hours first

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def volunteers_of_year(db: Database, year: int) -> list[str]:
    """Ids of the people with volunteer hours in the year, by name."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.read() as session:
        who = select(TimeEntry.participant_id).where(
            TimeEntry.date.between(first, last), TimeEntry.time_type == "benevole"
        )
        query = (
            select(Participant.id)
            .where(Participant.id.in_(who))
            .order_by(func.lower(Participant.last_name), func.lower(Participant.first_name), Participant.id)
        )
        return list(session.scalars(query))


def attestations(db: Database, year: int, participant_ids: Sequence[str] | None = None) -> list[Attestation]:
    """One attestation per person (default: every volunteer of the year), from one read of ``temps``."""
    ids = list(volunteers_of_year(db, year) if participant_ids is None else participant_ids)
    head = letterhead(db)
    with db.read() as session:
        people = {
            p.id: p
            for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500))
            for p in session.scalars(select(Participant).where(Participant.id.in_(chunk)))
        }
        missing = [i for i in ids if i not in people]
        if missing:
            raise NotFoundError(f"Participant « {missing[0]} » introuvable : vérifiez son identifiant.")
        by_pid = {people[i].pid: i for i in ids}
        names = {i: (people[i].first_name, people[i].last_name) for i in ids}
        titles = dict(session.execute(select(Project.id, Project.title)).all())
    by_type: dict[str, dict[str, Decimal]] = {i: {t: ZERO for t in V.TIME_TYPE.codes} for i in ids}
    by_activity: dict[str, dict[str, Decimal]] = {i: defaultdict(lambda: ZERO) for i in ids}
    by_project: dict[str, dict[str, Decimal]] = {i: defaultdict(lambda: ZERO) for i in ids}
    for row in aggregates.iter_hours_detail(db, year):
        person = by_pid.get(row["pid"])
        if person is None:
            continue
        hours = row["hours"]
        by_type[person][row["time_type"]] += hours
        by_activity[person][row["activity"]] += hours
        by_project[person][row["project_id"]] += hours
    out = []
    for i in ids:
        first_name, last_name = names[i]
        rows = sorted(((titles.get(p, ""), h) for p, h in by_project[i].items()), key=lambda r: (-r[1], r[0]))
        out.append(
            Attestation(
                letterhead=head,
                year=year,
                participant_id=i,
                first_name=first_name,
                last_name=last_name,
                hours_total=sum(by_type[i].values(), ZERO),
                hours_by_type=by_type[i],
                hours_by_activity={a: by_activity[i][a] for a in V.ACTIVITY.codes if by_activity[i].get(a)},
                projects=rows,
            )
        )
    return out


def attestation(db: Database, year: int, participant_id: str) -> Attestation:
    return attestations(db, year, [participant_id])[0]


# -- project report -----------------------------------------------------------------------


@dataclass
class ProjectYear:
    year: int
    hours_total: Decimal
    hours_by_type: dict[str, Decimal]
    hours_by_activity: dict[str, Decimal]
    people: int
    hours_per_fte: int
    fte_total: Decimal
    volunteer_hourly_rate: Decimal
    volunteer_valuation: Decimal


@dataclass
class ProjectReport:
    letterhead: Letterhead
    project_id: str
    title: str
    summary: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    year: int | None  # None: the whole project
    years: list[ProjectYear]
    hours_total: Decimal
    hours_by_type: dict[str, Decimal]
    fte_total: Decimal
    volunteer_valuation: Decimal
    people_by_category: dict[str, int]
    people_total: int
    outputs: list[dict[str, Any]]  # title, date, output_type
    partners: list[dict[str, Any]]  # organisation_name, role
    funding: list[dict[str, Any]]  # funder_name, programme, amount, year
    funding_total: Decimal
    credited: list[str] = field(default_factory=list)  # names the project lead chose to credit


def _project_years(db: Database, project_id: str) -> list[int]:
    with db.read() as session:
        lo = session.scalar(select(func.min(TimeEntry.date)).where(TimeEntry.project_id == project_id))
        hi = session.scalar(select(func.max(TimeEntry.date)).where(TimeEntry.project_id == project_id))
    return list(range(lo.year, hi.year + 1)) if lo and hi else []


def _people_by_category(db: Database, project_id: str, year: int | None) -> dict[str, int]:
    """Distinct people with hours on the project (in the year), counted by category."""
    counts = {c: 0 for c in V.PARTICIPANT_CATEGORY.codes}
    where = [TimeEntry.project_id == project_id]
    if year is not None:
        where.append(TimeEntry.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    with db.read() as session:
        who = select(TimeEntry.participant_id).where(*where)
        query = (
            select(Participant.category, func.count())
            .where(Participant.id.in_(who))
            .group_by(Participant.category)
        )
        counts.update(dict(session.execute(query).all()))
    return counts


def _project_year(db: Database, project_id: str, year: int) -> ProjectYear:
    params = structure.year_parameters(db, year)
    per_fte = int(params["hours_per_fte"])
    rate = Decimal(params["volunteer_hourly_rate"])
    hours = project_hours(db, year).get(project_id)
    by_type = {t: ZERO for t in V.TIME_TYPE.codes}
    if hours is not None:
        by_type.update(hours.by_type)
    by_activity: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for row in aggregates.hours_by_project_month_type_activity(db, year):
        if row["project_id"] == project_id:
            by_activity[row["activity"]] += row["hours"]
    total = hours.total if hours is not None else ZERO
    return ProjectYear(
        year=year,
        hours_total=total,
        hours_by_type=by_type,
        hours_by_activity={a: by_activity[a] for a in V.ACTIVITY.codes if by_activity.get(a)},
        people=hours.people if hours is not None else 0,
        hours_per_fte=per_fte,
        fte_total=_fte(total, per_fte),
        volunteer_hourly_rate=rate,
        volunteer_valuation=_money(by_type["benevole"] * rate),
    )


def project_report(
    db: Database, project_id: str, year: int | None = None, credit: Iterable[str] = ()
) -> ProjectReport:
    """A project's report for a year, or for its whole life (``year=None``, one section a year).

    ``credit``: ids of the people the project lead chooses to name; nobody else is named.
    """
    head = letterhead(db)
    project = projects.get_project(db, project_id)
    years = [year] if year is not None else _project_years(db, project_id)
    sections = [_project_year(db, project_id, y) for y in years]
    by_type = {t: sum((s.hours_by_type[t] for s in sections), ZERO) for t in V.TIME_TYPE.codes}
    people = _people_by_category(db, project_id, year)
    outs = [
        {"title": o["title"], "date": o["date"], "output_type": o["output_type"]}
        for o in outputs.list_outputs(db, project_id=project_id, year=year)
    ]
    partners = [
        {"organisation_name": p["organisation_name"], "role": p["role"]}
        for p in projects.project_partners(db, project_id)
    ]
    funds = [
        {k: f[k] for k in ("funder_name", "programme", "amount", "year")}
        for f in funding.list_funding(db, project_id=project_id, year=year)
    ]
    credited = []
    wanted = list(credit)
    if wanted:
        members = {r["participant_id"]: r for r in projects.project_participants(db, project_id)}
        for pid in wanted:
            member = members.get(pid)
            if member is None:
                raise TiersLieuxError(
                    f"La personne « {pid} » ne participe pas à ce projet : elle ne peut pas y être créditée."
                )
            credited.append(f"{member['first_name']} {member['last_name']}".strip())
    total = sum(by_type.values(), ZERO)
    return ProjectReport(
        letterhead=head,
        project_id=project_id,
        title=project["title"],
        summary=project.get("summary"),
        start_date=project.get("start_date"),
        end_date=project.get("end_date"),
        year=year,
        years=sections,
        hours_total=total,
        hours_by_type=by_type,
        fte_total=sum((s.fte_total for s in sections), ZERO),
        volunteer_valuation=sum((s.volunteer_valuation for s in sections), ZERO),
        people_by_category=people,
        people_total=sum(people.values()),
        outputs=outs,
        partners=partners,
        funding=funds,
        funding_total=sum((f["amount"] for f in funds), ZERO),
        credited=credited,
    )


# -- volunteer time valuation (accounts annex) ----------------------------------------------


@dataclass
class ValuationRow:
    project_id: str
    title: str
    volunteer_hours: Decimal
    valuation: Decimal


@dataclass
class Valuation:
    letterhead: Letterhead
    year: int
    method: str
    volunteer_hourly_rate: Decimal
    volunteer_hours: Decimal
    volunteer_valuation: Decimal  # the dashboard's and the export's figure
    volunteers: int  # people with volunteer hours in the year
    rows: list[ValuationRow]  # per project (each rounded to the cent)


DEFAULT_METHOD = "taux horaire de la structure pour l’année"


def valuation(db: Database, year: int, method: str | None = None) -> Valuation:
    """Volunteer hours x the year's rate, in total (``year_figures``) and per project (export)."""
    head = letterhead(db)
    figures = aggregates.year_figures(db, year)
    rate = figures.volunteer_hourly_rate
    per_project = project_hours(db, year)
    with db.read() as session:
        query = select(Project.id, Project.title).where(Project.id.in_(list(per_project)))
        titles = dict(session.execute(query).all())
    rows = []
    for pid, h in per_project.items():
        hours = h.by_type.get("benevole", ZERO)
        if hours:
            rows.append(ValuationRow(pid, titles.get(pid, ""), hours, _money(hours * rate)))
    rows.sort(key=lambda r: (-r.volunteer_hours, r.title))
    return Valuation(
        letterhead=head,
        year=year,
        method=method or DEFAULT_METHOD,
        volunteer_hourly_rate=rate,
        volunteer_hours=figures.hours_by_type["benevole"],
        volunteer_valuation=figures.volunteer_valuation,
        volunteers=len(volunteers_of_year(db, year)),
        rows=rows,
    )


# -- research activity report (general assembly) --------------------------------------------


@dataclass
class ActivityReport:
    letterhead: Letterhead
    year: int
    figures: YearFigures
    hours_by_month: dict[str, dict[str, Decimal]]
    projects: list[dict[str, Any]]  # title, total, hours by type (year_charts)
    hours_by_activity: dict[str, Decimal]
    outputs: list[dict[str, Any]]  # title, date, output_type, project title
    partners: list[str]  # organisation names of the year's active projects
    funding: list[dict[str, Any]]


def activity_report(db: Database, year: int) -> ActivityReport:
    head = letterhead(db)
    figures = aggregates.year_figures(db, year)
    months, by_project = aggregates.year_charts(db, year)
    by_activity: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for row in aggregates.hours_by_project_month_type_activity(db, year):
        by_activity[row["activity"]] += row["hours"]
    outs = [
        {
            "title": o["title"],
            "date": o["date"],
            "output_type": o["output_type"],
            "project": o["project_title"],
        }
        for o in outputs.list_outputs(db, year=year)
    ]
    partner_names: set[str] = set()
    for p in projects.list_projects(db, year=year):
        partner_names.update(r["organisation_name"] for r in projects.project_partners(db, p["id"]))
    funds = [
        {"funder_name": f["funder_name"], "programme": f["programme"], "amount": f["amount"]}
        for f in funding.list_funding(db, year=year)
    ]
    return ActivityReport(
        letterhead=head,
        year=year,
        figures=figures,
        hours_by_month=months,
        projects=by_project,
        hours_by_activity={a: by_activity[a] for a in V.ACTIVITY.codes if by_activity.get(a)},
        outputs=outs,
        partners=sorted(partner_names, key=str.lower),
        funding=funds,
    )
