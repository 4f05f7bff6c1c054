"""Checking every row of a spreadsheet, then importing the valid ones in one transaction.

Every row goes through its service's rules (``services._base.check_new`` / ``add_new``, the
bulk path of ``Kind``): the field rules, the cross-field rules and their messages are the
ones the forms get, never restated here. Participants and projects already in the base (or
twice in the file) are found by e-mail or normalised first and last name, and by normalised
title: importing the same file twice adds nothing. Hours rows are deduplicated on
(participant, project, date, hours, type, activity); a person who logs hours on a project
they were not yet part of joins it as « contributeur » (through the participations' rules).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import fields as F
from ..errors import TiersLieuxError, ValidationError
from ..fileio import atomic_path
from ..i18n import t
from ..models import Organisation, Output, Participant, Participation, Project, TimeEntry
from ..services import _base, outputs, participants, projects, time_entries
from .mapping import Mapping, guess_mapping, normalise
from .parsing import parse_cell
from .reading import Sheet, read_sheet
from .templates import KINDS

KINDS_OF_RECORD: dict[str, _base.Kind] = {
    "participants": participants.PARTICIPANT,
    "projets": projects.PROJECT,
    "heures": time_entries.ENTRY,
    "productions": outputs.OUTPUT,
}
# A reference column of the file → the field it fills.
REF_FIELD = {"project": "project_id", "participant": "participant_id", "affiliation": "affiliation_id"}
NEW, EXISTING, DUPLICATE, ERROR = "à importer", "déjà présent", "doublon", "erreur"


@dataclass
class RowResult:
    line: int
    raw: list[Any]
    status: str = NEW
    errors: list[str] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class Preview:
    kind: str
    headers: list[str]
    mapping: Mapping
    rows: list[RowResult] = field(default_factory=list)
    imported: int = 0
    memberships_added: int = 0
    backup: Path | None = None

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def rejected(self) -> list[RowResult]:
        return [r for r in self.rows if r.status == ERROR]


def person_keys(first: Any, last: Any, email: Any) -> list[str]:
    keys = []
    if email:
        keys.append("@" + str(email).strip().lower())
    if first and last:
        keys.append(f"{normalise(first)}|{normalise(last)}")
    return keys


class _Index:
    """What the base already holds, to match names and avoid duplicates (one query per table)."""

    def __init__(self, session: Session, kind: str):
        self.people: dict[str, str] = {}
        for p in session.execute(
            select(Participant.id, Participant.first_name, Participant.last_name, Participant.email)
        ):
            for key in person_keys(p.first_name, p.last_name, p.email):
                self.people.setdefault(key, p.id)
        self.projects = {normalise(t): i for i, t in session.execute(select(Project.id, Project.title))}
        self.orgs = {normalise(n): i for i, n in session.execute(select(Organisation.id, Organisation.name))}
        self.members: set[tuple[str, str]] = set()
        self.hours: set[tuple[Any, ...]] = set()
        self.outputs: set[tuple[str, str]] = set()
        if kind == "heures":
            self.members = {
                tuple(r)
                for r in session.execute(select(Participation.participant_id, Participation.project_id))
            }
            cols = (
                TimeEntry.participant_id,
                TimeEntry.project_id,
                TimeEntry.date,
                TimeEntry.hours,
                TimeEntry.time_type,
                TimeEntry.activity,
            )
            self.hours = {tuple(r) for r in session.execute(select(*cols))}
        if kind == "productions":
            self.outputs = {
                (p, normalise(t)) for p, t in session.execute(select(Output.project_id, Output.title))
            }


def _resolve(kind: str, key: str, text: Any, idx: _Index) -> tuple[str | None, str | None]:
    """A name in a reference column → (id, None) or (None, French problem)."""
    if text is None:
        return None, None
    text = str(text)
    if key == "project":
        found = idx.projects.get(normalise(text))
        return (
            (found, None)
            if found
            else (None, t("projet « {text} » inconnu : créez-le d'abord ou importez les projets", text=text))
        )
    if key == "affiliation":
        found = idx.orgs.get(normalise(text))
        return (
            (found, None)
            if found
            else (
                None,
                t("organisation « {text} » inconnue : créez-la d'abord dans l'application", text=text),
            )
        )
    if "@" in text:
        keys = ["@" + text.strip().lower()]
    else:  # « Prénom Nom » or « Nom Prénom », names of several words included
        words = normalise(text).split()
        keys = [f"{' '.join(words[:i])}|{' '.join(words[i:])}" for i in range(1, len(words))]
        keys += [f"{' '.join(words[i:])}|{' '.join(words[:i])}" for i in range(1, len(words))]
    found_ids = {idx.people[k] for k in keys if k in idx.people}
    if len(found_ids) == 1:
        return found_ids.pop(), None
    if found_ids:
        return None, t("« {text} » désigne plusieurs personnes : indiquez l'e-mail", text=text)
    return None, t("participant « {text} » inconnu : importez d'abord les participants", text=text)


def _header(preview: Preview, key: str) -> str:
    j = preview.mapping.column_of(key)
    if j is None:
        for ref, name in REF_FIELD.items():
            if name == key:
                j = preview.mapping.column_of(ref)
    if j is not None and j < len(preview.headers):
        return preview.headers[j]
    return F.by_name(KINDS_OF_RECORD[preview.kind].fields).get(key, F.Field(key, key, key, "text")).fr


def required(kind: str) -> list[str]:
    """The file's columns that must be there: the required fields of the service's kind."""
    fields = F.by_name(KINDS_OF_RECORD[kind].fields)
    return [
        c.key
        for c in KINDS[kind]
        if (f := fields.get(REF_FIELD.get(c.key, c.key))) is not None and f.required
    ]


def _check_row(session: Session, preview: Preview, row: RowResult, idx: _Index, seen: dict[Any, int]) -> None:
    kind = preview.kind
    columns = {c.key: c for c in KINDS[kind]}
    data: dict[str, Any] = {}
    problems: list[tuple[str, str]] = []
    for j, key in preview.mapping.columns.items():
        if key is None or j >= len(row.raw):
            continue
        value = parse_cell(columns[key], row.raw[j])
        if key in REF_FIELD:
            found, problem = _resolve(kind, key, value, idx)
            if problem:
                problems.append((key, problem))
            data[REF_FIELD[key]] = found
        else:
            data[key] = value
    record = KINDS_OF_RECORD[kind]
    for key in required(kind):
        name = REF_FIELD.get(key, key)
        if name not in data and not any(k == key for k, _p in problems):
            data[name] = None
    known = F.by_name(record.fields)
    values, service_problems = _base.check_new(session, record, {k: v for k, v in data.items() if k in known})
    problems += [
        (p.field, p.message)
        for p in service_problems
        # a reference already reported as unknown; a person not yet in the project joins it
        if not any(REF_FIELD.get(k) == p.field for k, _ in problems) and p.code != time_entries.NOT_MEMBER
    ]
    if problems:
        row.status = ERROR
        row.errors = [
            t(
                "Ligne {line}, colonne {column} : {message}",
                line=row.line,
                column=_header(preview, k),
                message=m,
            )
            for k, m in problems
        ]
        return
    row.values = values
    if kind == "participants":
        keys = person_keys(values["first_name"], values["last_name"], values.get("email"))
        existing = any(k in idx.people for k in keys)
    elif kind == "projets":
        keys = [normalise(values["title"])]
        existing = keys[0] in idx.projects
    elif kind == "heures":
        keys = [
            tuple(
                values[k] for k in ("participant_id", "project_id", "date", "hours", "time_type", "activity")
            )
        ]
        existing = keys[0] in idx.hours
    else:
        keys = [(values["project_id"], normalise(values["title"]))]
        existing = keys[0] in idx.outputs
    first = next((seen[k] for k in keys if k in seen), None)
    if existing:
        row.status = EXISTING
    elif first is not None:
        row.status = DUPLICATE
        row.errors = [
            t("Ligne {line} : même contenu que la ligne {first}, ignorée", line=row.line, first=first)
        ]
    for k in keys:
        seen.setdefault(k, row.line)


def check_rows(session: Session, kind: str, sheet: Sheet, mapping: Mapping) -> Preview:
    """Every row's status and French errors; nothing is written."""
    if kind not in KINDS:
        raise TiersLieuxError(
            t("Type d'import inconnu : « {kind} » (participants, projets, heures, productions).", kind=kind)
        )
    missing = [c.header for c in KINDS[kind] if c.key in required(kind) and mapping.column_of(c.key) is None]
    if missing:
        names = ", ".join(f"« {m} »" for m in missing)
        raise TiersLieuxError(t("Colonnes obligatoires non trouvées dans le fichier : {names}.", names=names))
    preview = Preview(kind, sheet.headers, mapping, [RowResult(line, raw) for line, raw in sheet.rows])
    idx = _Index(session, kind)
    seen: dict[Any, int] = {}
    for row in preview.rows:
        _check_row(session, preview, row, idx, seen)
    return preview


def preview_file(db: Any, path: Path, kind: str, mapping: Mapping | None = None) -> tuple[Sheet, Preview]:
    sheet = read_sheet(path)
    mapping = mapping or guess_mapping(kind, sheet.headers)
    with db.read() as session:
        return sheet, check_rows(session, kind, sheet, mapping)


def run_import(db: Any, kind: str, sheet: Sheet, mapping: Mapping, *, dry_run: bool = False) -> Preview:
    """Check, then (unless ``dry_run``) import the valid new rows in ONE transaction, after a backup."""
    if dry_run:
        with db.read() as session:
            return check_rows(session, kind, sheet, mapping)
    from ..backup import backup_before

    backup = backup_before(db, "import")
    with db.write() as session:
        preview = check_rows(session, kind, sheet, mapping)
        preview.backup = backup
        record = KINDS_OF_RECORD[kind]
        members: set[tuple[str, str]] = set()
        if kind == "heures":
            members = {
                tuple(r)
                for r in session.execute(select(Participation.participant_id, Participation.project_id))
            }
        for row in preview.rows:
            if row.status != NEW:
                continue
            if kind == "heures":
                pair = (row.values["participant_id"], row.values["project_id"])
                if pair not in members:
                    member = {"participant_id": pair[0], "project_id": pair[1], "role": "contributeur"}
                    values, problems = _base.check_new(session, projects.PARTICIPATION, member)
                    if problems:  # the checks above found both: a rule changed under our feet
                        raise ValidationError(problems)
                    _base.add_new(session, projects.PARTICIPATION, values)
                    session.flush()
                    members.add(pair)
                    preview.memberships_added += 1
            _base.add_new(session, record, row.values)
            preview.imported += 1
    return preview


def write_rejects(preview: Preview, out: Path) -> Path:
    """The rejected rows as they were, with an « Erreur » column, to correct and import again."""
    from openpyxl import Workbook

    from ..export.safety import clean_cell_text, needs_text_type

    wb = Workbook()
    ws = wb.active
    ws.title = "Lignes refusées"
    ws.append([*preview.headers, "Erreur", "Ligne d'origine"])
    for r, row in enumerate(preview.rejected, start=2):
        cells = [*row.raw, "\n".join(row.errors), row.line]
        for j, value in enumerate(cells, start=1):
            if isinstance(value, dt.time):
                value = value.strftime("%H:%M")
            if isinstance(value, str):
                text = clean_cell_text(value)
                cell = ws.cell(r, j, text)
                if needs_text_type(text):
                    cell.data_type = "s"
            else:
                ws.cell(r, j, value)
    with atomic_path(Path(out), suffix=".xlsx") as tmp:
        wb.save(tmp)
    return Path(out)
