"""Records as plain JSON values (dialect-neutral) and their digests, for lots and comparisons."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, LargeBinary, Table, and_

from ..models import AppSetting, Base, ChangeLog, SyncConflict, SyncPeer, SyncPending, SyncRecord
from ..types import CodeList, Hundredths, UTCDateTime

_LOCAL_ONLY = frozenset(
    {
        ChangeLog.__tablename__,
        AppSetting.__tablename__,
        SyncRecord.__tablename__,
        SyncPeer.__tablename__,
        SyncConflict.__tablename__,
        SyncPending.__tablename__,
        "alembic_version",
    }
)


@cache
def synced_tables() -> tuple[Table, ...]:
    """The data tables, parents before children (the order for inserts)."""
    return tuple(t for t in Base.metadata.sorted_tables if t.name not in _LOCAL_ONLY)


@cache
def table_named(name: str) -> Table | None:
    return next((t for t in synced_tables() if t.name == name), None)


def key_of(table: Table, row: dict[str, Any]) -> str:
    """The record id: the primary key (joined with "|" when it has several columns)."""
    return "|".join(str(row[c.name]) for c in table.primary_key.columns)


def where_key(table: Table, record_id: str) -> Any:
    cols = list(table.primary_key.columns)
    parts = record_id.split("|")
    if len(parts) != len(cols):
        raise ValueError(f"bad record id {record_id!r} for {table.name}")
    return and_(*(c == p for c, p in zip(cols, parts, strict=True)))


def encode(table: Table, row: Any) -> dict[str, Any]:
    """A row (Python values) → JSON-ready values."""
    out: dict[str, Any] = {}
    for col in table.columns:
        value = row[col.name]
        if isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, dt.datetime):
            value = value.astimezone(dt.UTC).isoformat() if value.tzinfo else value.isoformat()
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, list):
            value = list(value)
        elif isinstance(value, bytes | memoryview):  # a logo: base64 text in JSON
            value = base64.b64encode(bytes(value)).decode("ascii")
        out[col.name] = value
    return out


def decode(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """JSON values → Python values for an insert or update (unknown columns ignored)."""
    out: dict[str, Any] = {}
    for col in table.columns:
        if col.name not in values:
            continue
        value = values[col.name]
        if value is not None:
            kind = col.type
            if isinstance(kind, Hundredths):
                value = Decimal(str(value))
            elif isinstance(kind, UTCDateTime):
                value = dt.datetime.fromisoformat(value)
            elif isinstance(kind, Date):
                value = dt.date.fromisoformat(value)
            elif isinstance(kind, CodeList):
                value = list(value)
            elif isinstance(kind, Boolean):
                value = bool(value)
            elif isinstance(kind, LargeBinary):
                value = base64.b64decode(value)
        out[col.name] = value
    return out


def digest(values: dict[str, Any]) -> str:
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- version vectors ----------------------------------------------------------------------


def dominates(a: dict[str, int], b: dict[str, int]) -> bool:
    """True if ``a`` has seen everything ``b`` has (a ≥ b, equal included)."""
    return all(a.get(k, 0) >= v for k, v in b.items())


def merged(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in set(a) | set(b)}


def dump_version(v: dict[str, int]) -> str:
    return json.dumps(v, sort_keys=True, separators=(",", ":"))


DELETED_FIELD = "_deleted"
_TIMESTAMP = "updated_at"


def differing_fields(local: dict[str, Any] | None, remote: dict[str, Any] | None) -> list[str]:
    """Fields whose values differ (``_deleted`` if the record exists on one side only)."""
    if local is None or remote is None:
        return [] if local is None and remote is None else [DELETED_FIELD]
    return [k for k in local if k != _TIMESTAMP and local.get(k) != remote.get(k)]


def later_timestamp(local: dict[str, Any], remote: dict[str, Any]) -> Any:
    """The newer ``updated_at`` of two versions: both sides pick the same one."""
    a, b = local.get(_TIMESTAMP), remote.get(_TIMESTAMP)
    if a is None or b is None:
        return a or b
    return max(a, b)
