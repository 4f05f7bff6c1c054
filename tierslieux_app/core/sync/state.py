"""What this database knows for merging: its replica name, its clocks and each record's version.

Services do not know about merging: local changes are found by comparing each
record's digest with the one last recorded (``scan``), which also sees rows
removed by a cascade or a restore.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update

from .. import journal
from ..models import AppSetting, SyncConflict, SyncRecord
from .codec import digest, dump_version, encode, key_of, synced_tables

REPLICA_KEY = "sync.replica"
CLOCK_KEY = "sync.clock"
SEQ_KEY = "sync.seq"


def _get(conn: Any, key: str) -> str | None:
    return conn.execute(select(AppSetting.value).where(AppSetting.key == key)).scalar()


def _put(conn: Any, key: str, value: str) -> None:
    if _get(conn, key) is None:
        conn.execute(insert(AppSetting).values(key=key, value=value))
    else:
        conn.execute(update(AppSetting).where(AppSetting.key == key).values(value=value))


def replica_id(conn: Any) -> str:
    """This file on this installation. A copy (other machine, other path) is another replica:
    two copies that shared a name would give the same version to different edits."""
    here = {"installation": journal.installation_id(), "location": str(conn.engine.url.database or "")}
    try:
        stored = json.loads(_get(conn, REPLICA_KEY) or "{}")
    except ValueError:
        stored = {}
    if (
        not isinstance(stored, dict)
        or not stored.get("id")
        or any(stored.get(k) != v for k, v in here.items())
    ):
        stored = {"id": uuid.uuid4().hex[:12], **here}
        _put(conn, REPLICA_KEY, json.dumps(stored, sort_keys=True))
    return f"{here['installation']}/{stored['id']}"


@dataclass
class Clocks:
    """The replica's counters, read once per transaction and written back by ``save``."""

    me: str
    clock: int
    seq: int

    def tick(self) -> int:
        """Milliseconds of the wall clock, at least one more than the last: a database restored
        from an old backup never gives again a version number it had already sent."""
        self.clock = max(self.clock + 1, int(time.time() * 1000))
        return self.clock

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def save(self, conn: Any) -> None:
        _put(conn, CLOCK_KEY, str(self.clock))
        _put(conn, SEQ_KEY, str(self.seq))


def clocks(conn: Any) -> Clocks:
    return Clocks(replica_id(conn), int(_get(conn, CLOCK_KEY) or 0), int(_get(conn, SEQ_KEY) or 0))


@dataclass
class Known:
    table_name: str
    record_id: str
    version: dict[str, int]
    digest: str | None
    deleted: bool
    seq: int


def known_records(conn: Any, table_name: str | None = None) -> dict[tuple[str, str], Known]:
    query = select(SyncRecord)
    if table_name is not None:
        query = query.where(SyncRecord.table_name == table_name)
    out = {}
    for r in conn.execute(query):
        out[(r.table_name, r.record_id)] = Known(
            r.table_name, r.record_id, json.loads(r.version), r.digest, bool(r.deleted), r.seq
        )
    return out


def store(conn: Any, k: Known, *, new: bool) -> None:
    values = {
        "version": dump_version(k.version),
        "digest": k.digest,
        "deleted": k.deleted,
        "seq": k.seq,
    }
    if new:
        conn.execute(insert(SyncRecord).values(table_name=k.table_name, record_id=k.record_id, **values))
    else:
        conn.execute(
            update(SyncRecord)
            .where(SyncRecord.table_name == k.table_name, SyncRecord.record_id == k.record_id)
            .values(**values)
        )


def current_values(conn: Any, table_name: str) -> dict[str, dict[str, Any]]:
    table = next(t for t in synced_tables() if t.name == table_name)
    return {key_of(table, r._mapping): encode(table, r._mapping) for r in conn.execute(select(table))}


def scan(conn: Any, c: Clocks) -> int:
    """Give a new version to every record created, changed or deleted here since the last scan."""
    changed = 0
    for table in synced_tables():
        known = known_records(conn, table.name)
        seen: set[str] = set()
        for record_id, values in current_values(conn, table.name).items():
            seen.add(record_id)
            d = digest(values)
            k = known.get((table.name, record_id))
            if k is not None and not k.deleted and k.digest == d:
                continue
            is_new = k is None
            if k is None:
                k = Known(table.name, record_id, {}, None, False, 0)
            k.version[c.me] = c.tick()
            k.digest, k.deleted, k.seq = d, False, c.next_seq()
            store(conn, k, new=is_new)
            changed += 1
        for (_t, record_id), k in known.items():
            if record_id in seen or k.deleted:
                continue
            k.version[c.me] = c.tick()
            k.digest, k.deleted, k.seq = None, True, c.next_seq()
            store(conn, k, new=False)
            changed += 1
    return changed


def drop_conflict(conn: Any, table_name: str, record_id: str) -> None:
    conn.execute(
        delete(SyncConflict).where(SyncConflict.table_name == table_name, SyncConflict.record_id == record_id)
    )


def record_values(conn: Any, table_name: str, record_id: str) -> dict[str, Any] | None:
    """One record's JSON values, or None if it is not (or no longer) here."""
    from .codec import table_named, where_key

    table = table_named(table_name)
    assert table is not None
    row = conn.execute(select(table).where(where_key(table, record_id))).first()
    return None if row is None else encode(table, row._mapping)
