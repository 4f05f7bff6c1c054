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

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Select, func, literal_column, or_, select

from .. import vocab as V
from ..db import Database
from ..errors import NotFoundError
from ..format.descriptor import Descriptor, FieldSpec, TableSpec
from ..i18n import t
from ..models import (
    Funding,
    JobLine,
    Organisation,
    Output,
    Participant,
    Participation,
    Project,
    ProjectPartner,
    TimeEntry,
)
from ..services import structure
from ..services.org_changes import shared_rows
from ..services.projects import active_in_year
from .figures import (
    ZERO,
    ProjectHours,
    bounds,
    hours_in,
    hundredths,
    indicator_values,
    project_hours,
    to_decimal,
)
from .safety import clean_cell_text

Row = tuple[Any, ...]
_ORG_ORDER = {code: i for i, code in enumerate(V.ORG_CHANGE.codes)}


def project_ids(year: int) -> Select[Any]:
    """The projects of the year's file (see the module docstring)."""
    first, last = bounds(year)
    return select(Project.id).where(
        or_(
            active_in_year(year),
            hours_in(year, TimeEntry.project_id == Project.id),
            Project.id.in_(select(Output.project_id).where(Output.date.between(first, last))),
            Project.id.in_(
                select(Funding.project_id).where(Funding.year == year, Funding.project_id.is_not(None))
            ),
        )
    )


def participant_ids(scope: Scope) -> Select[Any]:
    return select(Participant.id).where(
        or_(
            Participant.id.in_(
                select(Participation.participant_id).where(Participation.project_id.in_(scope.projects))
            ),
            hours_in(scope.year, TimeEntry.participant_id == Participant.id),
        )
    )


def _month(session: Any, column: Any) -> Any:
    """``AAAA-MM`` of a date column, on SQLite (ISO text) and PostgreSQL alike.

    Constants are written in the SQL, not bound: the GROUP BY and the ORDER BY then hold
    the very same expression and the database sorts the groups once, not twice.
    """
    if session.get_bind().dialect.name == "sqlite":
        return func.substr(column, literal_column("1"), literal_column("7"))
    return func.to_char(column, literal_column("'YYYY-MM'"))


@dataclass
class Scope:
    """What one export reads: the database, the year, the format, and the year's projects.

    The project ids are read once per export (a few hundred at most) instead of
    re-running their query inside every other query; so are the hours per project.
    """

    db: Database
    year: int
    d: Descriptor
    _projects: list[str] | None = None
    _hours: dict[str, ProjectHours] | None = None
    _structure: dict[str, Any] | None = None
    _changes: list[dict[str, Any]] | None = None

    @property
    def projects(self) -> list[str]:
        if self._projects is None:
            with self.db.read() as session:
                self._projects = list(session.scalars(project_ids(self.year)))
        return self._projects

    @property
    def hours(self) -> dict[str, ProjectHours]:
        """Hours and people per project (one pass), for ``projets`` and ``indicateurs``."""
        if self._hours is None:
            self._hours = project_hours(self.db, self.year)
        return self._hours

    @property
    def structure(self) -> dict[str, Any]:
        """The structure (``structure``, ``emplois`` and ``evolutions`` carry its id)."""
        if self._structure is None:
            s = structure.get_structure(self.db)
            if s is None:
                raise NotFoundError(t("La structure n'est pas renseignée : impossible d'exporter."))
            self._structure = s
        return self._structure

    @property
    def changes(self) -> list[dict[str, Any]]:
        """The year's organisational changes as sent (``structure`` lists their codes)."""
        if self._changes is None:
            with self.db.read() as session:
                self._changes = shared_rows(session, self.year)
        return self._changes


# -- normalisation ------------------------------------------------------------------------


MEMO_LIMIT = 4096  # distinct texts remembered per column: codes, ids and months repeat a lot


def _memo_clean(multiple: bool) -> Callable[[Any], str | None]:
    """clean_cell_text for one column, remembered: a code or an id is cleaned once, not per row."""
    cache: dict[str, str | None] = {}

    def clean(v: Any) -> str | None:
        if type(v) is not str:  # a code list, or a value that is not text yet
            v = ";".join(v) if multiple and isinstance(v, list | tuple) else str(v)
        try:
            return cache[v]
        except KeyError:
            pass
        out = clean_cell_text(v) or None
        if len(cache) >= MEMO_LIMIT:
            cache.clear()  # free text does not repeat: keep memory bounded
        cache[v] = out
        return out

    return clean


def _converter(f: FieldSpec) -> Callable[[Any], Any] | None:
    if f.type == "string":
        return _memo_clean(f.multiple)
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


def normaliser(spec: TableSpec) -> Callable[[Mapping[str, Any]], Row]:
    """Turn a named row (column name → raw value) into the exported values, in descriptor order.

    The first row of each table must name exactly the declared columns (a producer that forgets
    or invents one is a programming error); None stays None.
    """
    names = spec.field_names
    convs = [(i, c) for i, c in enumerate(_converter(f) for f in spec.fields) if c is not None]
    checked = False

    def norm(raw: Mapping[str, Any]) -> Row:
        nonlocal checked
        if not checked:
            if set(raw) != set(names):
                missing, extra = set(names) - set(raw), set(raw) - set(names)
                raise ValueError(
                    f"{spec.name} : colonnes manquantes {sorted(missing)}, en trop {sorted(extra)}"
                )
            checked = True
        row = [raw[n] for n in names]
        for i, c in convs:
            v = row[i]
            if v is not None:
                row[i] = c(v)
        return tuple(row)

    return norm


def declared_values(spec: TableSpec) -> Callable[..., dict[str, Any]]:
    """The columns declared with a ``source`` (``record.attribute``), read from the given records.

    ``declared_values(spec)(projet=p)`` gives ``{"titre": p.title, …}``: a record is an object
    (attribute) or a mapping (key, missing keys read as None).
    """
    wanted = [(f.name, *f.source.split(".", 1)) for f in spec.fields if f.source]

    def values(**records: Any) -> dict[str, Any]:
        out = {}
        for name, record, attr in wanted:
            r = records[record]
            out[name] = r.get(attr) if isinstance(r, Mapping) else getattr(r, attr)
        return out

    return values


# -- the tables ------------------------------------------------------------------------------


def _structure(scope: Scope) -> Iterator[Mapping[str, Any]]:
    s = scope.structure
    y = structure.year_parameters(scope.db, scope.year)
    codes = sorted({c["code"] for c in scope.changes}, key=_ORG_ORDER.get)
    yield {
        **declared_values(scope.d.table("structure"))(structure=s, annee=y),
        "annee": scope.year,
        "evolutions_organisation": codes or None,
    }


def _emplois(scope: Scope) -> Iterator[Mapping[str, Any]]:
    """The year's job lines, in the vocabulary's order of contract types."""
    sid = scope.structure["id"]
    declared = declared_values(scope.d.table("emplois"))
    order = {c.code: i for i, c in enumerate(scope.d.codes("contract_type"))}
    with scope.db.read() as session:
        lines = list(session.scalars(select(JobLine).where(JobLine.year == scope.year)))
        for line in sorted(lines, key=lambda j: order.get(j.contract_type, len(order))):
            yield {**declared(emploi=line), "structure_id": sid, "annee": scope.year}


def _evolutions(scope: Scope) -> Iterator[Mapping[str, Any]]:
    """The year's organisational changes; a description only when shared and free of names."""
    sid = scope.structure["id"]
    declared = declared_values(scope.d.table("evolutions"))
    for row in scope.changes:
        yield {**declared(evolution=row), "structure_id": sid}


def _projets(scope: Scope) -> Iterator[Mapping[str, Any]]:
    db, year = scope.db, scope.year
    ids = scope.projects  # read before the session below opens (one connection in memory)
    first, last = bounds(year)
    hours = scope.hours  # also read before the session opens
    none = ProjectHours()
    declared = declared_values(scope.d.table("projets"))
    with db.read() as session:
        outputs = dict(
            session.execute(
                select(Output.project_id, func.count())
                .where(Output.date.between(first, last))
                .group_by(Output.project_id)
            ).all()
        )
        query = select(Project).where(Project.id.in_(ids)).order_by(Project.title, Project.id)
        for p in session.scalars(query):
            h = hours.get(p.id, none)
            yield {
                **declared(projet=p),
                "heures_total": h.total,
                "heures_benevoles": h.by_type.get("benevole", ZERO),
                "heures_salariees": h.by_type.get("salarie", ZERO),
                "heures_mises_a_disposition": h.by_type.get("mis_a_disposition", ZERO),
                "participants_distincts": h.people,
                "productions": outputs.get(p.id, 0),
            }


def _participants(scope: Scope) -> Iterator[Mapping[str, Any]]:
    db = scope.db
    people = participant_ids(scope)  # built before the session opens (reads the projects)
    with db.read() as session:
        query = (
            select(
                Participant.pid.label("pid"),
                Participant.category.label("categorie"),
                Participant.sector.label("secteur"),
                Organisation.org_type.label("type_organisation_affiliation"),
            )
            .outerjoin(Organisation, Organisation.id == Participant.affiliation_id)
            .where(Participant.id.in_(people))
            .order_by(Participant.pid)
        )
        yield from session.execute(query.execution_options(yield_per=2000)).mappings()


def _participations(scope: Scope) -> Iterator[Mapping[str, Any]]:
    db = scope.db
    ids = scope.projects  # read before the session below opens (one connection in memory)
    with db.read() as session:
        query = (
            select(
                Participant.pid.label("pid"),
                Participation.project_id.label("projet_id"),
                Participation.role.label("role"),
            )
            .join(Participant, Participant.id == Participation.participant_id)
            .where(Participation.project_id.in_(ids))
            .order_by(Participation.project_id, Participant.pid)
        )
        yield from session.execute(query.execution_options(yield_per=2000)).mappings()


def _temps(scope: Scope) -> Iterator[Mapping[str, Any]]:
    """Hours by project x participant pid x month x time type x activity (services.aggregates'
    ``hours_detail``), spelled here with the hours summed as integers: the biggest table."""
    first, last = bounds(scope.year)
    with scope.db.read() as session:
        month = _month(session, TimeEntry.date)
        keys = (TimeEntry.project_id, Participant.pid, month, TimeEntry.time_type, TimeEntry.activity)
        query = (
            select(*keys, hundredths(TimeEntry.hours))
            .join(Participant, Participant.id == TimeEntry.participant_id)
            .where(TimeEntry.date.between(first, last))
            .group_by(*keys)
            .order_by(*keys)
        )
        for project, pid, m, time_type, activity, hours in session.execute(
            query.execution_options(yield_per=2000)
        ):
            yield {
                "projet_id": project,
                "pid": pid,
                "mois": m,
                "type_temps": time_type,
                "activite": activity,
                "heures": to_decimal(hours),
            }


def _productions(scope: Scope) -> Iterator[Mapping[str, Any]]:
    db, year, d = scope.db, scope.year, scope.d
    first, last = bounds(year)
    uris = {c.code: c.uri for c in d.codes("output_type")}
    declared = declared_values(d.table("productions"))
    with db.read() as session:
        query = (
            select(Output)
            .where(Output.date.between(first, last))
            .order_by(Output.date, Output.title, Output.id)
            .execution_options(yield_per=1000)
        )
        for o in session.scalars(query):
            yield {
                **declared(production=o),
                "type_uri_coar": uris.get(o.output_type or ""),
                "sous_type": o.subtype or "aucun",
            }


def _partenaires(scope: Scope) -> Iterator[Mapping[str, Any]]:
    db = scope.db
    ids = scope.projects  # read before the session below opens (one connection in memory)
    with db.read() as session:
        query = (
            select(
                ProjectPartner.project_id.label("projet_id"),
                Organisation.id.label("organisation_id"),
                Organisation.name.label("organisation"),
                Organisation.org_type.label("type_organisation"),
                Organisation.sector.label("secteur"),
                Organisation.siret.label("siret"),
                Organisation.rna.label("rna"),
                Organisation.ror.label("ror"),
                ProjectPartner.role.label("role"),
            )
            .join(Organisation, Organisation.id == ProjectPartner.organisation_id)
            .where(ProjectPartner.project_id.in_(ids))
            .order_by(ProjectPartner.project_id, Organisation.name, Organisation.id, ProjectPartner.role)
        )
        for row in session.execute(query).mappings():
            ror = row["ror"]
            if ror and not ror.startswith("https://"):
                row = {**row, "ror": "https://ror.org/" + ror}
            yield row


def _financements(scope: Scope) -> Iterator[Mapping[str, Any]]:
    db, year = scope.db, scope.year
    with db.read() as session:
        query = (
            select(
                Funding.id.label("financement_id"),
                Funding.project_id.label("projet_id"),
                Organisation.name.label("financeur"),
                Organisation.org_type.label("type_financeur"),
                Funding.programme.label("programme"),
                Funding.amount.label("montant"),
                Funding.nature.label("nature"),
                Funding.reference.label("reference"),
            )
            .join(Organisation, Organisation.id == Funding.funder_id)
            .where(Funding.year == year)
            .order_by(Funding.project_id.is_not(None), Funding.project_id, Funding.programme, Funding.id)
        )
        yield from session.execute(query).mappings()


def _indicateurs(scope: Scope) -> Iterator[Mapping[str, Any]]:
    values = indicator_values(scope.db, scope.year, scope.hours)
    for code in scope.d.codes("indicateur"):
        yield {
            "code": code.code,
            "libelle": code.libelle,
            "valeur": values.get(code.code, 0),
            "unite": code.unite,
        }


PRODUCERS: dict[str, Callable[[Scope], Iterator[Mapping[str, Any]]]] = {
    "structure": _structure,
    "emplois": _emplois,
    "evolutions": _evolutions,
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
    first, last = bounds(year)
    with db.read() as session:

        def n(model: Any, *where: Any) -> int:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

        return (
            1
            + n(JobLine, JobLine.year == year)
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
