"""The rows of each table of the yearly file, streamed from the database in descriptor order.

Only the columns the format publishes are ever selected: a participant's name,
e-mail, phone or notes are not read at all, so they cannot leak into a file.
Values come out normalised for both writers alike (clean text, decimals rounded to
the field's places, code lists joined with ``;``).

Which records belong to the year:
- projets: dates overlapping the year, or any hours, output or funding in the year
  (so that every row of the other tables points to a project of the file);
- participants: people taking part in those projects, or with hours in the year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select

from ..db import Database
from ..errors import NotFoundError
from ..models import (
    Funding,
    Organisation,
    Output,
    Participant,
    Participation,
    Project,
    ProjectPartner,
    TimeEntry,
)
from ..services import aggregates, structure
from ..services.projects import active_in_year
from .descriptor import Descriptor, FieldSpec, TableSpec
from .safety import clean_cell_text

Row = tuple[Any, ...]
ZERO = Decimal("0.00")


def _bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def project_ids(year: int) -> Select[Any]:
    """The projects of the year's file (see the module docstring)."""
    first, last = _bounds(year)
    return select(Project.id).where(
        or_(
            active_in_year(year),
            Project.id.in_(select(TimeEntry.project_id).where(TimeEntry.date.between(first, last))),
            Project.id.in_(select(Output.project_id).where(Output.date.between(first, last))),
            Project.id.in_(
                select(Funding.project_id).where(Funding.year == year, Funding.project_id.is_not(None))
            ),
        )
    )


def participant_ids(scope: Scope) -> Select[Any]:
    first, last = _bounds(scope.year)
    return select(Participant.id).where(
        or_(
            Participant.id.in_(
                select(Participation.participant_id).where(Participation.project_id.in_(scope.projects))
            ),
            Participant.id.in_(select(TimeEntry.participant_id).where(TimeEntry.date.between(first, last))),
        )
    )


@dataclass
class Scope:
    """What one export reads: the database, the year, the format, and the year's projects.

    The project ids are read once per export (a few hundred at most) instead of
    re-running their query, which scans the year's hours, inside every other query.
    """

    db: Database
    year: int
    d: Descriptor
    _projects: list[str] | None = None

    @property
    def projects(self) -> list[str]:
        if self._projects is None:
            with self.db.read() as session:
                self._projects = list(session.scalars(project_ids(self.year)))
        return self._projects


# -- normalisation ------------------------------------------------------------------------


def _converter(f: FieldSpec) -> Callable[[Any], Any] | None:
    if f.type == "string":
        if f.multiple:
            return lambda v: clean_cell_text(";".join(v) if isinstance(v, list | tuple) else v) or None
        return lambda v: clean_cell_text(v if isinstance(v, str) else str(v)) or None
    if f.type == "number":
        q = f.quantum or Decimal(1)
        return lambda v: (v if isinstance(v, Decimal) else Decimal(str(v))).quantize(
            q, rounding=ROUND_HALF_UP
        )
    if f.type == "integer":
        return int
    if f.type == "boolean":
        return bool
    return None


def normaliser(spec: TableSpec) -> Callable[[Sequence[Any]], Row]:
    """Turn a raw row (descriptor order) into the exported values; None stays None."""
    convs = [_converter(f) for f in spec.fields]

    def norm(raw: Sequence[Any]) -> Row:
        return tuple(v if v is None or c is None else c(v) for v, c in zip(raw, convs, strict=True))

    return norm


# -- the tables ------------------------------------------------------------------------------


def _structure(scope: Scope) -> Iterator[Sequence[Any]]:
    db, year = scope.db, scope.year
    s = structure.get_structure(db)
    if s is None:
        raise NotFoundError("La structure n'est pas renseignée : impossible d'exporter.")
    y = structure.year_parameters(db, year)
    yield (
        s["id"],
        s["name"],
        s.get("siret"),
        s.get("rna"),
        s["legal_form"],
        s["tsr_category"],
        s.get("insee_code"),
        s.get("departement"),
        s.get("region"),
        s.get("typology") or None,
        year,
        y.get("employees"),
        y.get("fte"),
        y.get("research_fte"),
        y.get("active_volunteers"),
        y.get("total_budget"),
        y.get("research_budget"),
        y.get("public_subsidy_share"),
        y.get("org_changes") or None,
        y["hours_per_fte"],
        y["volunteer_hourly_rate"],
    )


def _projets(scope: Scope) -> Iterator[Sequence[Any]]:
    db, year = scope.db, scope.year
    ids = scope.projects  # read before the session below opens (one connection in memory)
    first, last = _bounds(year)
    hours = {r["project_id"]: r for r in aggregates.hours_by_project(db, year)}
    with db.read() as session:
        people = dict(
            session.execute(
                select(TimeEntry.project_id, func.count(func.distinct(TimeEntry.participant_id)))
                .where(TimeEntry.date.between(first, last))
                .group_by(TimeEntry.project_id)
            ).all()
        )
        outputs = dict(
            session.execute(
                select(Output.project_id, func.count())
                .where(Output.date.between(first, last))
                .group_by(Output.project_id)
            ).all()
        )
        query = select(Project).where(Project.id.in_(ids)).order_by(Project.title, Project.id)
        for p in session.scalars(query):
            h = hours.get(p.id, {})
            yield (
                p.id,
                p.title,
                p.summary,
                p.status,
                p.start_date,
                p.end_date,
                p.themes or None,
                p.participation_level,
                p.knowledge or None,
                p.charter_signed,
                p.total_budget,
                h.get("total", ZERO),
                h.get("benevole", ZERO),
                h.get("salarie", ZERO),
                h.get("mis_a_disposition", ZERO),
                people.get(p.id, 0),
                outputs.get(p.id, 0),
            )


def _participants(scope: Scope) -> Iterator[Sequence[Any]]:
    db = scope.db
    people = participant_ids(scope)  # built before the session opens (reads the projects)
    with db.read() as session:
        query = (
            select(Participant.pid, Participant.category, Participant.sector, Organisation.org_type)
            .outerjoin(Organisation, Organisation.id == Participant.affiliation_id)
            .where(Participant.id.in_(people))
            .order_by(Participant.pid)
        )
        yield from session.execute(query.execution_options(yield_per=2000))


def _participations(scope: Scope) -> Iterator[Sequence[Any]]:
    db = scope.db
    ids = scope.projects  # read before the session below opens (one connection in memory)
    with db.read() as session:
        query = (
            select(Participant.pid, Participation.project_id, Participation.role)
            .join(Participant, Participant.id == Participation.participant_id)
            .where(Participation.project_id.in_(ids))
            .order_by(Participation.project_id, Participant.pid)
        )
        yield from session.execute(query.execution_options(yield_per=2000))


def _temps(scope: Scope) -> Iterator[Sequence[Any]]:
    db, year = scope.db, scope.year
    for r in aggregates.iter_hours_detail(db, year):
        yield (r["project_id"], r["pid"], r["month"], r["time_type"], r["activity"], r["hours"])


def _productions(scope: Scope) -> Iterator[Sequence[Any]]:
    db, year, d = scope.db, scope.year, scope.d
    first, last = _bounds(year)
    uris = {c.code: c.uri for c in d.codes("output_type")}
    with db.read() as session:
        query = (
            select(Output)
            .where(Output.date.between(first, last))
            .order_by(Output.date, Output.title, Output.id)
            .execution_options(yield_per=1000)
        )
        for o in session.scalars(query):
            yield (
                o.id,
                o.project_id,
                o.title,
                o.date,
                o.output_type,
                uris.get(o.output_type or ""),
                o.subtype or "aucun",
                o.identifier,
                o.open_access,
                o.audiences or None,
                o.non_academic_coauthors,
                o.attendees,
            )


def _partenaires(scope: Scope) -> Iterator[Sequence[Any]]:
    db = scope.db
    ids = scope.projects  # read before the session below opens (one connection in memory)
    with db.read() as session:
        query = (
            select(
                ProjectPartner.project_id,
                Organisation.id,
                Organisation.name,
                Organisation.org_type,
                Organisation.sector,
                Organisation.siret,
                Organisation.rna,
                Organisation.ror,
                ProjectPartner.role,
            )
            .join(Organisation, Organisation.id == ProjectPartner.organisation_id)
            .where(ProjectPartner.project_id.in_(ids))
            .order_by(ProjectPartner.project_id, Organisation.name, Organisation.id, ProjectPartner.role)
        )
        for row in session.execute(query):
            ror = row[7]
            if ror and not ror.startswith("https://"):
                ror = "https://ror.org/" + ror
            yield (*row[:7], ror, row[8])


def _financements(scope: Scope) -> Iterator[Sequence[Any]]:
    db, year = scope.db, scope.year
    with db.read() as session:
        query = (
            select(
                Funding.id,
                Funding.project_id,
                Organisation.name,
                Organisation.org_type,
                Funding.programme,
                Funding.amount,
                Funding.nature,
                Funding.reference,
            )
            .join(Organisation, Organisation.id == Funding.funder_id)
            .where(Funding.year == year)
            .order_by(Funding.project_id.is_not(None), Funding.project_id, Funding.programme, Funding.id)
        )
        yield from session.execute(query)


def _indicateurs(scope: Scope) -> Iterator[Sequence[Any]]:
    db, year, d = scope.db, scope.year, scope.d
    fig = aggregates.year_figures(db, year)
    values: dict[str, Any] = {"heures_total": fig.hours_total, "heures_par_etp": fig.hours_per_fte}
    values.update({f"heures_{t}": h for t, h in fig.hours_by_type.items()})
    values["etp_total"] = fig.fte_total
    values.update({f"etp_{t}": v for t, v in fig.fte_by_type.items()})
    values["valorisation_horaire_benevolat"] = fig.volunteer_hourly_rate
    values["valorisation_benevolat"] = fig.volunteer_valuation
    values["projets_actifs"] = fig.active_projects
    values["participants_total"] = fig.participants_total
    values.update({f"participants_{c}": n for c, n in fig.participants_by_category.items()})
    values["productions_total"] = fig.outputs_total
    values.update({f"productions_{c}": n for c, n in fig.outputs_by_type.items()})
    values["financements_total"] = fig.funding_total
    values.update({f"financements_{p}": a for p, a in fig.funding_by_programme.items()})
    for code in d.codes("indicateur"):
        yield (code.code, code.libelle, values.get(code.code, 0), code.unite)


PRODUCERS: dict[str, Callable[[Scope], Iterator[Sequence[Any]]]] = {
    "structure": _structure,
    "projets": _projets,
    "participants": _participants,
    "participations": _participations,
    "temps": _temps,
    "productions": _productions,
    "partenaires": _partenaires,
    "financements": _financements,
    "indicateurs": _indicateurs,
}


def estimated_rows(db: Database, year: int, d: Descriptor) -> int:
    """An upper bound of the rows to write, for the progress bar, from cheap indexed counts.

    ``temps`` has at most one row per hour entry of the year; the small tables are
    bounded by their whole size. (Exact counts would cost as much as a second export.)
    """
    first, last = _bounds(year)
    with db.read() as session:

        def n(model: Any, *where: Any) -> int:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

        return (
            1
            + n(TimeEntry, TimeEntry.date.between(first, last))
            + n(Project)
            + n(Participant)
            + n(Participation)
            + n(Output, Output.date.between(first, last))
            + n(ProjectPartner)
            + n(Funding, Funding.year == year)
            + len(d.codes("indicateur"))
        )


@dataclass(frozen=True)
class TableData:
    spec: TableSpec
    rows: Callable[[], Iterator[Row]]  # a fresh stream each call


def year_tables(db: Database, year: int, d: Descriptor) -> list[TableData]:
    """One lazily-streamed table per resource of the descriptor, in its order."""
    missing = set(d.table_names) - set(PRODUCERS)
    if missing:  # the descriptor gained a table the code does not produce: a programming error
        raise AssertionError(f"tables sans producteur : {sorted(missing)}")
    scope = Scope(db, year, d)

    def stream(spec: TableSpec) -> Callable[[], Iterator[Row]]:
        norm = normaliser(spec)
        producer = PRODUCERS[spec.name]
        return lambda: (norm(raw) for raw in producer(scope))

    return [TableData(spec, stream(spec)) for spec in d.tables]
