"""What goes with a deleted record, and how to put it all back (undo).

Dependents are found from the foreign keys' ON DELETE rules, so a new table
with a cascading key is covered without touching this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from ..db import Database
from ..errors import NotFoundError
from ..i18n import t
from ..models import Base


@dataclass
class Snapshot:
    """Rows removed by one deletion, parents first; re-inserted in that order on undo."""

    rows: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    # (table, primary-key value, column, old value) for ON DELETE SET NULL links
    unlinked: list[tuple[str, Any, str, Any]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return sum(len(rows) for name, rows in self.rows if name == table)


def _dependents(table: Table) -> list[tuple[Table, Any, str]]:
    out = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                out.append((other, fk.parent, (fk.ondelete or "").upper()))
    return out


def _collect(session: Session, table: Table, where: Any, snap: Snapshot) -> None:
    rows = [dict(r._mapping) for r in session.execute(select(table).where(where))]
    if not rows:
        return
    snap.rows.append((table.name, rows))
    pk = list(table.primary_key.columns)
    if len(pk) != 1:
        return
    ids = [r[pk[0].name] for r in rows]
    for child, column, rule in _dependents(table):
        if rule == "CASCADE":
            _collect(session, child, column.in_(ids), snap)
        elif rule == "SET NULL":
            child_pk = next(iter(child.primary_key.columns))
            for r in session.execute(select(child_pk, column).where(column.in_(ids))):
                snap.unlinked.append((child.name, r[0], column.name, r[1]))


def snapshot(session: Session, table_name: str, record_id: str) -> Snapshot:
    table = Base.metadata.tables[table_name]
    snap = Snapshot()
    pk = next(iter(table.primary_key.columns))
    _collect(session, table, pk == record_id, snap)
    if not snap.rows:
        raise NotFoundError(t("{what} introuvable (identifiant {id}).", what=t("Élément"), id=record_id))
    return snap


def counts(db: Database, table_name: str, record_id: str) -> dict[str, int]:
    """How many rows of each table a deletion would remove (for the confirmation)."""
    table = Base.metadata.tables[table_name]
    out: dict[str, int] = {}
    with db.read() as session:
        pk = next(iter(table.primary_key.columns))
        ids = [record_id]
        _count(session, table, pk.in_(ids), out)
    out.pop(table_name, None)
    return out


def _count(session: Session, table: Table, where: Any, out: dict[str, int]) -> None:
    pk = list(table.primary_key.columns)
    n = session.scalar(select(func.count()).select_from(table).where(where)) or 0
    if not n:
        return
    out[table.name] = out.get(table.name, 0) + n
    if len(pk) != 1:
        return
    ids = select(pk[0]).where(where)
    for child, column, rule in _dependents(table):
        if rule == "CASCADE":
            _count(session, child, column.in_(ids), out)


def delete_with_snapshot(session: Session, table_name: str, record_id: str) -> Snapshot:
    snap = snapshot(session, table_name, record_id)
    table = Base.metadata.tables[table_name]
    pk = next(iter(table.primary_key.columns))
    session.execute(table.delete().where(pk == record_id))
    return snap


def restore(db: Database, snap: Snapshot) -> None:
    """Re-insert everything a deletion removed, in one transaction."""
    with db.write() as session:
        for name, rows in snap.rows:
            session.execute(insert(Base.metadata.tables[name]), rows)
        for name, key, column, value in snap.unlinked:
            table = Base.metadata.tables[name]
            pk = next(iter(table.primary_key.columns))
            session.execute(update(table).where(pk == key).values({column: value}))
