"""Journal of changes: every create, update and delete, in the same transaction as the change.

Recorded from the write sessions of ``db.py`` (so every service is covered):
ORM flushes (``after_flush``) and Core statements run through the session
(``do_orm_execute``: cascade deletes and undo re-inserts). Bulk writes through
``Database.write_connection`` (demo data, imports) get one summary line with
the number of rows changed, not one line per row.

Personal fields of participants (and free-text notes) are journaled by NAME
only, never by value: erasing a person must not leave them in the journal.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Table, event, func, insert, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm import attributes as orm_attributes

from . import paths
from .models import AppSetting, Base, ChangeLog
from .types import utcnow

log = logging.getLogger(__name__)

JOURNAL_TABLE = ChangeLog.__tablename__
# Values of these fields never enter the journal (GDPR: erasure must be real).
PERSONAL_FIELDS: dict[str, frozenset[str]] = {
    "participant": frozenset({"first_name", "last_name", "email", "phone", "notes", "consent_date"}),
    "time_entry": frozenset({"note"}),
}
_SKIPPED = frozenset({"created_at", "updated_at"})
_NOT_JOURNALED = frozenset({JOURNAL_TABLE, AppSetting.__tablename__, "alembic_version"})
MAX_VALUE_CHARS = 120


@cache
def installation_id() -> str:
    """A random id for this installation (user account on a machine), kept in the config folder."""
    path = paths.config_dir() / "installation.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        value = str(uuid.UUID(data["id"]))
        return value
    except (OSError, ValueError, KeyError, TypeError):
        pass
    value = str(uuid.uuid4())
    try:
        from .fileio import atomic_path

        with atomic_path(path) as tmp:
            tmp.write_text(json.dumps({"id": value}), encoding="utf-8")
    except OSError as exc:  # read-only profile: the id lives as long as the process
        log.warning("installation id not saved: %s", exc)
    return value


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Decimal | dt.date | dt.datetime):
        return str(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, bytes | memoryview):  # a logo: its size, not its bytes
        return f"{len(bytes(value))} octets"
    text = str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def summarise(table: str, values: Mapping[str, Any]) -> str:
    """JSON: changed field names, and values except personal ones."""
    personal = PERSONAL_FIELDS.get(table, frozenset())
    names = [k for k in values if k not in _SKIPPED]
    shown = {k: _plain(values[k]) for k in names if k not in personal}
    return json.dumps({"fields": names, "values": shown}, ensure_ascii=False, default=str)


def _entry(table: str, record_id: Any, action: str, summary: str) -> dict[str, Any]:
    return {
        "at": utcnow(),
        "installation": installation_id(),
        "table_name": table,
        "record_id": None if record_id is None else str(record_id),
        "action": action,
        "summary": summary,
    }


def write_entries(conn: Any, entries: list[dict[str, Any]]) -> None:
    """Insert journal lines on a Core connection (the caller's transaction)."""
    if entries:
        conn.execute(insert(ChangeLog.__table__), entries)


def record(conn: Any, table: str, record_id: Any, action: str, summary: str | Mapping[str, Any]) -> None:
    """One journal line, for code that writes outside the ORM (erasure, bulk import)."""
    text = summary if isinstance(summary, str) else json.dumps(summary, ensure_ascii=False, default=str)
    write_entries(conn, [_entry(table, record_id, action, text)])


# -- cascade counts (what a delete takes with it through ON DELETE CASCADE) ---------------


def _children(table: Table) -> list[tuple[Table, Any]]:
    out = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table and (fk.ondelete or "").upper() == "CASCADE":
                out.append((other, fk.parent))
    return out


def cascade_counts(conn: Any, table: Table, where: Any, out: dict[str, int] | None = None) -> dict[str, int]:
    """Rows of each child table that deleting ``table WHERE where`` removes by cascade."""
    out = {} if out is None else out
    pk = list(table.primary_key.columns)
    if len(pk) != 1:
        return out
    ids = select(pk[0]).where(where).scalar_subquery()
    for child, column in _children(table):
        n = conn.execute(select(func.count()).select_from(child).where(column.in_(ids))).scalar() or 0
        if n:
            out[child.name] = out.get(child.name, 0) + n
            cascade_counts(conn, child, column.in_(ids), out)
    return out


# -- session hooks ----------------------------------------------------------------------


def _key(table: Table, values: Mapping[str, Any]) -> tuple[Any, dict[str, Any]]:
    """First primary-key value as the record id; the other key columns go in the summary."""
    cols = [c.name for c in table.primary_key.columns]
    extra = {c: values.get(c) for c in cols[1:]}
    return values.get(cols[0]), extra


def _row_values(obj: Any) -> dict[str, Any]:
    state = orm_attributes.instance_state(obj)
    return {attr.key: state.dict.get(attr.key) for attr in state.mapper.column_attrs}


def _changed_values(obj: Any) -> dict[str, Any]:
    state = orm_attributes.instance_state(obj)
    out = {}
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            out[attr.key] = hist.added[0] if hist.added else None
    return out


def _orm_entries(session: Session) -> list[dict[str, Any]]:
    entries = []
    pending_counts: dict[int, dict[str, int]] = session.info.pop("tl_cascade", {})
    for action, objects in (("create", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            table = getattr(obj, "__table__", None)
            if table is None or table.name in _NOT_JOURNALED:
                continue
            values = _row_values(obj)
            record_id, _extra = _key(table, values)
            if action == "create":
                shown: dict[str, Any] = {**values}
            elif action == "update":
                shown = _changed_values(obj)
                if not set(shown) - _SKIPPED:
                    continue
            else:
                shown = {**values}
            data = json.loads(summarise(table.name, shown))
            cascade = pending_counts.get(id(obj))
            if cascade:
                data["cascade"] = cascade
            entries.append(_entry(table.name, record_id, action, json.dumps(data, ensure_ascii=False)))
    return entries


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    if not session.info.get("tl_journal"):
        return
    counts = {}
    conn = session.connection()
    for obj in session.deleted:
        table = getattr(obj, "__table__", None)
        if table is None or len(table.primary_key.columns) != 1:
            continue
        pk = next(iter(table.primary_key.columns))
        found = cascade_counts(conn, table, pk == getattr(obj, pk.key))
        if found:
            counts[id(obj)] = found
    session.info["tl_cascade"] = counts


def _after_flush(session: Session, _ctx: Any) -> None:
    if not session.info.get("tl_journal"):
        return
    write_entries(session.connection(), _orm_entries(session))


def _as_rows(state: ORMExecuteState, table: Table) -> list[dict[str, Any]]:
    params = state.parameters
    if isinstance(params, list):
        return [dict(p) for p in params]
    if params:
        return [dict(params)]
    compiled = state.statement.compile().params
    return [{k: v for k, v in compiled.items() if k in table.c}]


def _on_execute(state: ORMExecuteState) -> None:
    """Core INSERT/UPDATE/DELETE run through a write session (cascade delete, undo)."""
    session = state.session
    if not session.info.get("tl_journal") or not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if not isinstance(table, Table) or table.name in _NOT_JOURNALED:
        return
    conn = session.connection()
    entries: list[dict[str, Any]] = []
    if state.is_insert:
        for row in _as_rows(state, table):
            record_id, _extra = _key(table, row)
            entries.append(_entry(table.name, record_id, "create", summarise(table.name, row)))
    else:
        where = state.statement.whereclause
        pk_cols = list(table.primary_key.columns)
        query = select(*(pk_cols if state.is_update else table.c))
        if where is not None:
            query = query.where(where)
        keys = [dict(r._mapping) for r in conn.execute(query)]
        if state.is_update:
            changed = {k: v for k, v in _as_rows(state, table)[0].items() if k not in _SKIPPED}
            if not changed:
                return
            summary = summarise(table.name, changed)
            entries = [_entry(table.name, k[pk_cols[0].name], "update", summary) for k in keys]
        else:
            for k in keys:
                record_id, _extra = _key(table, k)
                data = json.loads(summarise(table.name, k))
                if len(pk_cols) == 1:
                    cascade = cascade_counts(conn, table, pk_cols[0] == record_id)
                    if cascade:
                        data["cascade"] = cascade
                entries.append(_entry(table.name, record_id, "delete", json.dumps(data, ensure_ascii=False)))
    write_entries(conn, entries)


def attach(factory: sessionmaker[Session]) -> None:
    """Journal every session this factory makes (when the session's info says so)."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_execute)


def bulk_summary(conn: Any, rows_changed: int) -> None:
    """One line for a bulk write (demo data, import): how many rows, not which."""
    record(conn, "*", None, "bulk", {"rows": rows_changed})


# -- reading ------------------------------------------------------------------------------


def entries(
    db: Any,
    *,
    table: str | None = None,
    record_id: str | None = None,
    since: dt.datetime | None = None,
    limit: int = 200,
) -> list[dict[str, Any]]:
    """The newest journal lines first, as plain dicts (summary decoded from JSON)."""
    with db.read() as session:
        query = select(ChangeLog).order_by(ChangeLog.seq.desc()).limit(limit)
        if table:
            query = query.where(ChangeLog.table_name == table)
        if record_id:
            query = query.where(ChangeLog.record_id == record_id)
        if since is not None:
            query = query.where(ChangeLog.at >= since)
        out = []
        for row in session.scalars(query):
            try:
                summary = json.loads(row.summary) if row.summary else {}
            except ValueError:
                summary = {"text": row.summary}
            out.append(
                {
                    "seq": row.seq,
                    "at": row.at,
                    "installation": row.installation,
                    "table": row.table_name,
                    "record_id": row.record_id,
                    "action": row.action,
                    "summary": summary,
                }
            )
        return out


def last_seq(conn: Any) -> int:
    """The number of the newest journal line (0 if none): a cheap "has anything changed" mark."""
    return int(conn.execute(select(func.max(ChangeLog.seq))).scalar() or 0)
