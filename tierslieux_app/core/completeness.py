"""What is missing before a year can be exported: the dashboard's list and the export's gate.

Each finding names the records concerned, so that the UI can open them to fix.
``bloquant`` findings stop the export (the format requires the data);
``avertissement`` findings are shown and can be accepted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select, true

from .db import Database
from .export.tables import project_ids
from .format.descriptor import load
from .i18n import t
from .models import JobLine, Output, Participant, Project, Structure, StructureYear, TimeEntry
from .services.projects import active_in_year
from .types import CodeList

BLOCKING = "bloquant"
WARNING = "avertissement"


@dataclass(frozen=True)
class Finding:
    code: str  # stable code, e.g. "project_no_start"
    severity: str  # BLOCKING or WARNING
    entity: str  # "structure", "structure_year", "project", "output", "participant"
    ids: tuple[str, ...]
    message: str  # French sentence with the count (the CLI, the export's read-me)
    template: str = ""  # the French template of ``message`` (core.i18n), when it has an English one
    params: tuple[tuple[str, Any], ...] = ()
    field: str = ""  # the record's attribute to fill in (« Corriger → » puts the cursor there), if one

    def with_field(self, name: str) -> Finding:
        return replace(self, field=name)

    @property
    def blocking(self) -> bool:
        return self.severity == BLOCKING

    def text(self, lang: str) -> str:
        """The sentence in the interface's language (``message`` itself when none is known)."""
        return t(self.template, lang, **dict(self.params)) if self.template else self.message


def _finding(
    code: str, severity: str, entity: str, ids: tuple[str, ...], template: str, **params: Any
) -> Finding:
    """A finding whose French message is ``template`` filled in (and translatable)."""
    return Finding(code, severity, entity, ids, t(template, "fr", **params), template, tuple(params.items()))


def _counted(code: str, entity: str, ids: list[str], one: str, many: str) -> Finding:
    """« 1 projet sans thématique », « 3 projets sans thématique » (a warning)."""
    return _finding(code, WARNING, entity, tuple(ids), one if len(ids) == 1 else many, n=len(ids))


# The records whose exported columns are declared with a ``source`` (export/definitions*):
# record name in the declarations → model, entity (for the UI), noun (singular, plural), and
# which of them the year's file holds.
RECORDS: dict[str, tuple[Any, str, tuple[str, str], Callable[[int], Any]]] = {
    "structure": (Structure, "structure", ("structure", "structures"), lambda year: true()),
    "projet": (Project, "project", ("projet", "projets"), lambda year: Project.id.in_(project_ids(year))),
    "production": (
        Output,
        "output",
        ("production", "productions"),
        lambda year: Output.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
    ),
}


def _declared_sources(recommended: bool = False) -> list[tuple[Any, str, str]]:
    """(column declaration, record name, attribute) of every column the format requires (and,
    with ``recommended``, recommends) whose source the database lets be empty (NULL, or an empty
    code list): what the export may block on, or warn about."""
    out = []
    for spec in load().tables:
        for f in spec.fields:
            record, _, attr = f.source.partition(".")
            if not (f.required or (recommended and f.recommended)) or record not in RECORDS:
                continue
            column = RECORDS[record][0].__table__.c[attr]
            if column.nullable or isinstance(column.type, CodeList):
                out.append((f, record, attr))
    return out


def export_requires(entity: str) -> tuple[str, ...]:
    """The attributes of ``entity`` (« project », « output ») that the yearly file requires and
    the database lets be empty: what a creation form asks at once, so the export never blocks
    on what creation never asked."""
    return tuple(attr for _f, record, attr in _declared_sources() if RECORDS[record][1] == entity)


def _missing_required(session: Any, year: int) -> list[Finding]:
    """Blocking: a record of the year's file lacks a column the format requires (a warning when
    the column is only ``recommended``, as the columns format 1.1 added are).

    Derived from the column declarations (``required`` or ``recommended``, with a ``source`` on
    a column that the database lets be empty), so that the export never blocks on a rule stated
    only here.
    """
    out = []
    for f, record, attr in _declared_sources(recommended=True):
        model, entity, (one, many), in_file = RECORDS[record]
        column = getattr(model, attr)
        empty = column == [] if isinstance(model.__table__.c[attr].type, CodeList) else column.is_(None)
        ids = list(session.scalars(select(model.id).where(in_file(year), empty)))
        if ids:
            label = f.title[0].lower() + f.title[1:]
            out.append(
                Finding(
                    f"{entity}_no_{f.name}",
                    BLOCKING if f.required else WARNING,
                    entity,
                    tuple(ids),
                    f"{len(ids)} {one if len(ids) < 2 else many} sans {label}",
                    field=attr,
                )
            )
    return out


def check_year(db: Database, year: int) -> list[Finding]:
    """All findings for the yearly export of ``year``, blocking ones first."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    out: list[Finding] = []
    with db.read() as session:
        structure = session.scalars(select(Structure)).first()
        if structure is None:
            return [
                _finding(
                    "no_structure",
                    BLOCKING,
                    "structure",
                    (),
                    "La structure n'est pas renseignée (nom, SIRET ou RNA, forme juridique…)",
                )
            ]
        if not structure.insee_code:
            out.append(
                _finding(
                    "structure_no_insee",
                    WARNING,
                    "structure",
                    (structure.id,),
                    "Le code commune INSEE de la structure n'est pas renseigné",
                ).with_field("insee_code")
            )
        if not structure.region:
            out.append(
                _finding(
                    "structure_no_region",
                    WARNING,
                    "structure",
                    (structure.id,),
                    "La région de la structure n'est pas renseignée",
                ).with_field("region")
            )
        facts = session.scalars(select(StructureYear).where(StructureYear.year == year)).first()
        if facts is None:
            out.append(
                _finding(
                    "no_year_facts",
                    WARNING,
                    "structure_year",
                    (),
                    "Les chiffres de l'année {year} (salariés, ETP, budgets…) ne sont pas renseignés ; "
                    "les paramètres par défaut seront utilisés",
                    year=year,
                )
            )
        has_jobs = session.scalar(select(func.count()).where(JobLine.year == year)) or 0
        if not has_jobs:
            out.append(
                _finding(
                    "no_jobs",
                    WARNING,
                    "structure_year",
                    (),
                    "Les emplois de {year} par type de contrat (CDI, CDD, service civique…) ne sont "
                    "pas renseignés",
                    year=year,
                )
            )
        projects = select(Project.id).where(active_in_year(year))
        out += _missing_required(session, year)
        no_level = list(session.scalars(projects.where(Project.participation_level.is_(None))))
        if no_level:
            out.append(
                _counted(
                    "project_no_level",
                    "project",
                    no_level,
                    "{n} projet sans niveau de participation",
                    "{n} projets sans niveau de participation",
                ).with_field("participation_level")
            )
        no_theme = list(session.scalars(projects.where(Project.themes == "")))
        if no_theme:
            out.append(
                _counted(
                    "project_no_theme",
                    "project",
                    no_theme,
                    "{n} projet sans thématique",
                    "{n} projets sans thématique",
                ).with_field("themes")
            )
        undated = list(
            session.scalars(select(Output.id).where(Output.date.is_(None), Output.project_id.in_(projects)))
        )
        if undated:
            out.append(
                _counted(
                    "output_no_date",
                    "output",
                    undated,
                    "{n} production sans date (non exportée)",
                    "{n} productions sans date (non exportées)",
                ).with_field("date")
            )
        # EXISTS per person without consent: a probe of the (participant, date) index each,
        # instead of reading every hour entry of the year
        has_hours = (
            select(TimeEntry.id)
            .where(TimeEntry.participant_id == Participant.id, TimeEntry.date.between(first, last))
            .exists()
        )
        no_consent = list(
            session.scalars(select(Participant.id).where(Participant.consent_date.is_(None), has_hours))
        )
        if no_consent:
            out.append(
                _counted(
                    "participant_no_consent",
                    "participant",
                    no_consent,
                    "{n} participant sans date de consentement",
                    "{n} participants sans date de consentement",
                ).with_field("consent_date")
            )
        hours = session.scalar(select(func.count()).where(TimeEntry.date.between(first, last))) or 0
        if not hours:
            out.append(
                _finding(
                    "no_hours", WARNING, "time_entry", (), "Aucune heure n'est saisie pour {year}", year=year
                )
            )
    out.sort(key=lambda f: (not f.blocking,))
    return out
