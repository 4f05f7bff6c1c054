"""Conflicts waiting for a person: listing them field by field, applying the choices made."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, insert, select, update

from .. import fields as F
from ..errors import FieldProblem, NotFoundError, ValidationError
from ..i18n import t
from ..models import SyncConflict
from .codec import (
    DELETED_FIELD,
    decode,
    differing_fields,
    digest,
    later_timestamp,
    merged,
    table_named,
    where_key,
)
from .lots import retry_waiting
from .state import clocks, known_records, record_values, scan, store

TABLE_LABELS = {
    "structure": "Structure",
    "structure_year": "Données annuelles",
    "organisation": "Organisation",
    "project": "Projet",
    "participant": "Participant",
    "participation": "Participation",
    "time_entry": "Heures",
    "output": "Production",
    "output_author": "Auteur de production",
    "project_partner": "Partenaire de projet",
    "funding": "Financement",
}
_FIELDS: dict[str, tuple[F.Field, ...]] = {
    "structure": F.STRUCTURE,
    "structure_year": F.STRUCTURE_YEAR,
    "organisation": F.ORGANISATION,
    "project": F.PROJECT,
    "participant": F.PARTICIPANT,
    "participation": F.PARTICIPATION,
    "time_entry": F.TIME_ENTRY,
    "output": F.OUTPUT,
    "project_partner": F.PROJECT_PARTNER,
    "funding": F.FUNDING,
}
CHOICES = ("local", "remote")


def field_label(table: str, name: str) -> str:
    if name == DELETED_FIELD:
        return "Existence de l'enregistrement"
    f = F.by_name(_FIELDS.get(table, ())).get(name)
    return f.fr if f else {"created_at": "Créé le", "id": "Identifiant", "pid": "Pseudonyme"}.get(name, name)


def shown(table: str, name: str, value: Any) -> str:
    """A value as a person reads it: labels for codes, « oui »/« non », French decimals."""
    if value is None:
        return "—"
    f = F.by_name(_FIELDS.get(table, ())).get(name)
    if isinstance(value, bool):
        return "oui" if value else "non"
    if f is not None and f.vocab is not None:
        codes = value if isinstance(value, list) else [value]
        return ", ".join(f.vocab.label(str(c)) if str(c) in f.vocab else str(c) for c in codes) or "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    if f is not None and f.kind in {"money", "hours", "float"}:
        return str(value).replace(".", ",")
    return str(value)


def _title(table: str, values: dict[str, Any] | None) -> str:
    if not values:
        return ""
    if table == "participant":
        return f"{values.get('first_name', '')} {values.get('last_name', '')}".strip()
    for key in ("title", "name", "date", "year"):
        if values.get(key):
            return str(values[key])
    return ""


def _describe(conn: Any, row: Any) -> dict[str, Any]:
    local = record_values(conn, row.table_name, row.record_id)
    remote = None if row.remote_deleted else json.loads(row.remote_values)
    names = differing_fields(local, remote)
    out_fields = []
    for name in names:
        if name == DELETED_FIELD:
            lv, rv = ("présent" if local else "supprimé"), ("présent" if remote else "supprimé")
        else:
            lv = shown(row.table_name, name, local.get(name) if local else None)
            rv = shown(row.table_name, name, remote.get(name) if remote else None)
        label = field_label(row.table_name, name)
        out_fields.append({"field": name, "label": label, "local": lv, "remote": rv})
    return {
        "id": row.id,
        "table": row.table_name,
        "table_label": TABLE_LABELS.get(row.table_name, row.table_name),
        "record_id": row.record_id,
        "title": _title(row.table_name, local or remote),
        "source": row.source,
        "found_at": row.found_at,
        "fields": out_fields,
    }


def list_conflicts(db: Any) -> list[dict[str, Any]]:
    """Every waiting conflict with the differing fields (French labels, readable values)."""
    with db.read() as session:
        conn = session.connection()
        rows = conn.execute(select(SyncConflict).order_by(SyncConflict.id)).all()
        return [_describe(conn, r) for r in rows]


def resolve_conflict(db: Any, conflict_id: int, choices: dict[str, str]) -> None:
    """Apply a person's choice for EVERY differing field ("local" or "remote"); the result wins later."""
    with db.write() as session:
        conn = session.connection()
        c = clocks(conn)
        scan(conn, c)
        row = conn.execute(select(SyncConflict).where(SyncConflict.id == conflict_id)).first()
        if row is None:
            raise NotFoundError(t("Ce conflit n'existe plus (déjà réglé ?)."))
        table = table_named(row.table_name)
        assert table is not None
        local = record_values(conn, row.table_name, row.record_id)
        remote = None if row.remote_deleted else json.loads(row.remote_values)
        names = differing_fields(local, remote)
        problems = [
            FieldProblem(n, field_label(row.table_name, n), "choisissez la valeur à garder", "required")
            for n in names
            if choices.get(n) not in CHOICES
        ]
        if problems:
            raise ValidationError(problems)
        where = where_key(table, row.record_id)
        if DELETED_FIELD in names:
            if choices[DELETED_FIELD] == "remote":
                if remote is None:
                    session.execute(delete(table).where(where))
                else:
                    session.execute(insert(table).values(**decode(table, remote)))
        elif local is not None and remote is not None:
            new = {n: remote[n] for n in names if choices[n] == "remote"}
            new["updated_at"] = later_timestamp(local, remote)
            session.execute(update(table).where(where).values(**decode(table, new)))
        k = known_records(conn, row.table_name)[(row.table_name, row.record_id)]
        k.version = merged(k.version, json.loads(row.remote_version))
        k.version[c.me] = c.tick()
        after = record_values(conn, row.table_name, row.record_id)
        k.digest, k.deleted, k.seq = (digest(after) if after else None), after is None, c.next_seq()
        store(conn, k, new=False)
        conn.execute(delete(SyncConflict).where(SyncConflict.id == conflict_id))
        c.save(conn)
        retry_waiting(session)  # a record kept may be the parent that received records wait for
