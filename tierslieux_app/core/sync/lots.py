"""Transfer files (``.tllot``): writing the changes since the last lot, merging a received lot.

A lot is a zip holding ``manifest.json`` (format version, source replica,
creation time, base and high-water marks) and ``records.json`` (each record's
table, id, version vector, values or deletion mark).
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import TiersLieuxError
from ..fileio import atomic_path
from ..i18n import t
from ..models import SyncConflict, SyncPeer, SyncPending, SyncRecord
from ..types import utcnow
from .codec import (
    decode,
    differing_fields,
    digest,
    dominates,
    dump_version,
    later_timestamp,
    merged,
    table_named,
    where_key,
)
from .state import Known, clocks, current_values, drop_conflict, known_records, record_values, scan, store

FORMAT_VERSION = 1
KIND = "tierslieux-lot"
MAX_LOT_BYTES = 500 * 1024 * 1024
MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024


class LotError(TiersLieuxError):
    """A lot that cannot be read (not a lot, damaged, too new)."""


@dataclass
class LotResult:
    source: str = ""
    records: int = 0
    taken: int = 0
    unchanged: int = 0
    conflicts: int = 0
    ignored: list[str] = field(default_factory=list)
    waiting: int = 0  # received records whose parent is not here yet (kept, applied when it is)
    backup: Path | None = None
    path: Path | None = None


def export_lot(
    db: Any, out: Path, since: int | None = None, peer: str | None = None, *, full: bool = False
) -> LotResult:
    """Write the records changed since ``since`` (default: the last lot sent to ``peer``, or all)."""
    out = Path(out)
    with db.write() as session:
        conn = session.connection()
        c = clocks(conn)
        scan(conn, c)
        peer_row = conn.execute(select(SyncPeer).where(SyncPeer.name == peer)).first() if peer else None
        base = since if since is not None else (peer_row.sent_seq if peer_row and not full else 0)
        items: list[dict[str, Any]] = []
        values_cache: dict[str, dict[str, dict[str, Any]]] = {}
        rows = conn.execute(select(SyncRecord).where(SyncRecord.seq > base).order_by(SyncRecord.seq))
        for r in rows:
            item: dict[str, Any] = {
                "table": r.table_name,
                "id": r.record_id,
                "version": json.loads(r.version),
                "deleted": bool(r.deleted),
            }
            if not r.deleted:
                if r.table_name not in values_cache:
                    values_cache[r.table_name] = current_values(conn, r.table_name)
                item["values"] = values_cache[r.table_name][r.record_id]
            items.append(item)
        manifest = {
            "kind": KIND,
            "format_version": FORMAT_VERSION,
            "source": c.me,
            "created_at": utcnow().isoformat(),
            "base": base,
            "high": c.seq,
            "peer": peer,
            "records": len(items),
        }
        with atomic_path(out) as tmp, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
            zf.writestr("records.json", json.dumps(items, ensure_ascii=False))
        if peer:
            if peer_row is None:
                conn.execute(insert(SyncPeer).values(name=peer, sent_seq=c.seq, sent_at=utcnow()))
            else:
                conn.execute(
                    update(SyncPeer).where(SyncPeer.name == peer).values(sent_seq=c.seq, sent_at=utcnow())
                )
        c.save(conn)
    return LotResult(source=c.me, records=len(items), path=out)


def _read_member(zf: zipfile.ZipFile, name: str) -> Any:
    try:
        return json.loads(zf.read(name).decode("utf-8"))
    except KeyError as exc:
        raise LotError(t("Ce lot est incomplet : « {name} » manque.", name=name)) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise LotError(t("Ce lot est endommagé : « {name} » est illisible.", name=name)) from exc


def _check_manifest(manifest: Any) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND:
        raise LotError(t("Ce fichier n'est pas un lot de transfert TiersLieux."))
    version = manifest.get("format_version")
    if not isinstance(version, int):
        raise LotError(t("Ce lot est endommagé : sa version de format est illisible."))
    if version > FORMAT_VERSION:
        raise LotError(
            t(
                "Ce lot a été créé par une version plus récente de l'application (format {version}, "
                "cette version lit le format {mine}) : mettez l'application à jour pour l'importer.",
                version=version,
                mine=FORMAT_VERSION,
            )
        )
    return manifest


def read_lot(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The manifest and the records of a lot, checked before anything is merged."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LotError(t("Le lot « {path} » est introuvable ou illisible.", path=path)) from exc
    if size > MAX_LOT_BYTES:
        raise LotError(
            t("Le lot « {name} » est trop gros ({size} Mo).", name=path.name, size=size // 1_000_000)
        )
    try:
        with zipfile.ZipFile(path) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_UNPACKED_BYTES:
                raise LotError(
                    t("Le lot « {name} » est anormalement gros une fois décompressé.", name=path.name)
                )
            manifest = _check_manifest(_read_member(zf, "manifest.json"))
            items = _read_member(zf, "records.json")
    except zipfile.BadZipFile as exc:
        raise LotError(
            t("« {name} » n'est pas un lot de transfert (fichier zip attendu).", name=path.name)
        ) from exc
    if not isinstance(items, list) or not all(_valid_item(i) for i in items):
        raise LotError(t("Ce lot est endommagé : la liste des enregistrements est illisible."))
    return manifest, items


def read_manifest(path: Path) -> dict[str, Any]:
    return read_lot(path)[0]


def _valid_item(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("table"), str)
        and isinstance(item.get("id"), str)
        and isinstance(item.get("version"), dict)
        and all(isinstance(v, int) for v in item["version"].values())
        and (item.get("deleted") is True or isinstance(item.get("values"), dict))
    )


_TABLE_LABELS = {
    "participant": "participant",
    "project": "projet",
    "time_entry": "heures",
    "output": "production",
    "organisation": "organisation",
    "participation": "participation",
    "funding": "financement",
    "project_partner": "partenaire",
}


def _missing_parent(session: Session, table: Table, values: dict[str, Any]) -> str | None:
    for fk in table.foreign_keys:
        value = values.get(fk.parent.name)
        if value is None:
            continue
        parent = fk.column.table
        if session.execute(select(fk.column).where(fk.column == value)).first() is None:
            return parent.name
    return None


SUPERSEDED = "superseded"


def _clash(session: Session, table: Table, values: dict[str, Any]) -> str | None:
    """The id of a local row holding the same unique values (the same pair added on two machines)."""
    from sqlalchemy import UniqueConstraint

    if [c.name for c in table.primary_key.columns] != ["id"]:
        return None
    for uc in table.constraints:
        if isinstance(uc, UniqueConstraint) and all(c.name in values for c in uc.columns):
            row = session.execute(
                select(table.c.id).where(*(c == values[c.name] for c in uc.columns))
            ).first()
            if row is not None:
                return str(row.id)
    return None


def _apply(session: Session, table: Table, record_id: str, item: dict[str, Any]) -> str | None:
    """Write one received record; returns a French reason if it could not be written."""
    label = _TABLE_LABELS.get(table.name, table.name)
    where = where_key(table, record_id)
    exists = session.execute(select(*table.primary_key.columns).where(where)).first() is not None
    try:
        with session.begin_nested():
            if item.get("deleted"):
                if exists:
                    session.execute(delete(table).where(where))
                return None
            values = decode(table, item["values"])
            if _missing_parent(session, table, values):
                return WAITING
            clash = None if exists else _clash(session, table, values)
            if clash is not None and clash != record_id:
                if clash < record_id:  # the same row wins on every machine: the smaller id
                    return SUPERSEDED
                session.execute(delete(table).where(table.c.id == clash))
            if exists:
                session.execute(update(table).where(where).values(**values))
            else:
                session.execute(insert(table).values(**values))
    except IntegrityError:
        action = "supprimé" if item.get("deleted") else "enregistré"
        return f"Enregistrement « {label} » {record_id} non {action} : il contredit une donnée de cette base."
    return None


def _record_conflict(conn: Any, source: str, k: Known, item: dict[str, Any]) -> bool:
    """Store (or refresh) the conflict; False if exactly this conflict was already waiting."""
    values = {
        "source": source,
        "remote_version": dump_version(item["version"]),
        "remote_deleted": bool(item.get("deleted")),
        "remote_values": json.dumps(item.get("values") or {}, sort_keys=True, ensure_ascii=False),
    }
    where = (SyncConflict.table_name == k.table_name, SyncConflict.record_id == k.record_id)
    old = conn.execute(select(SyncConflict).where(*where)).first()
    if old is None:
        conn.execute(insert(SyncConflict).values(table_name=k.table_name, record_id=k.record_id, **values))
        return True
    if all(getattr(old, name) == value for name, value in values.items() if name != "source"):
        return False
    conn.execute(update(SyncConflict).where(*where).values(found_at=utcnow(), **values))
    return True


def _order(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parents before children for writes; children before parents for deletions."""
    from .codec import synced_tables

    rank = {t.name: i for i, t in enumerate(synced_tables())}
    writes = sorted((i for i in items if not i.get("deleted")), key=lambda i: rank.get(i["table"], -1))
    deletions = sorted((i for i in items if i.get("deleted")), key=lambda i: -rank.get(i["table"], -1))
    return writes + deletions


def _same_content(session: Session, table: Table, k: Known, item: dict[str, Any]) -> bool:
    """Both sides reached the same values; the newer modification time is kept on both."""
    remote_deleted = bool(item.get("deleted"))
    if k.deleted or remote_deleted:
        return k.deleted and remote_deleted
    local = record_values(session.connection(), table.name, k.record_id)
    if local is None or differing_fields(local, item["values"]):
        return False
    stamp = later_timestamp(local, item["values"])
    if stamp != local.get("updated_at"):
        values = decode(table, {"updated_at": stamp})
        session.execute(update(table).where(where_key(table, k.record_id)).values(**values))
    return True


class _Receiver:
    """Merges received records into an open write transaction (a lot, or the records waiting)."""

    def __init__(self, session: Session, result: LotResult):
        self.session, self.result = session, result
        self.conn = session.connection()
        self.c = clocks(self.conn)
        scan(self.conn, self.c)
        self.known = known_records(self.conn)

    def receive(self, item: dict[str, Any], source: str) -> None:
        session, conn, c, known, result = self.session, self.conn, self.c, self.known, self.result
        table = table_named(item["table"])
        if table is None:
            result.ignored.append(f"Table inconnue « {item['table']} » ignorée.")
            return
        key = (table.name, item["id"])
        k = known.get(key)
        remote = item["version"]
        if k is not None and dominates(k.version, remote):
            result.unchanged += 1
            return
        remote_digest = None if item.get("deleted") else digest(item["values"])
        if k is None or dominates(remote, k.version):
            problem = _apply(session, table, item["id"], item)
            if problem == SUPERSEDED:  # a twin kept here: the received row is deleted everywhere
                k = k or Known(table.name, item["id"], {}, None, True, 0)
                new = k.seq == 0 and key not in known
                k.version = merged(k.version, remote)
                k.version[c.me] = c.tick()
                k.digest, k.deleted, k.seq = None, True, c.next_seq()
                store(conn, k, new=new)
                known[key] = k
                result.unchanged += 1
                return
            if problem == WAITING:
                _wait(conn, source, item)
                result.waiting += 1
                return
            if problem:
                result.ignored.append(problem)
                return
            new = k is None
            k = Known(table.name, item["id"], dict(remote), remote_digest, bool(item.get("deleted")), 0)
            k.seq = c.next_seq()
            store(conn, k, new=new)
            known[key] = k
            drop_conflict(conn, table.name, item["id"])
            result.taken += 1
        elif _same_content(session, table, k, item):
            k.version = merged(k.version, remote)  # same content reached on both sides
            after = None if k.deleted else record_values(conn, table.name, k.record_id)
            k.digest = digest(after) if after else None
            k.seq = c.next_seq()
            store(conn, k, new=False)
            drop_conflict(conn, table.name, item["id"])
            result.unchanged += 1
        elif _record_conflict(conn, source, k, item):
            result.conflicts += 1
        else:
            result.unchanged += 1

    def retry_waiting(self) -> None:
        """Apply the waiting records whose parent is here now (parents first); the others wait on."""
        rows = self.conn.execute(select(SyncPending)).all()
        items = {(r.table_name, r.record_id): (r.source, json.loads(r.item)) for r in rows}
        for item in _order([it for _, it in items.values()]):
            source = items[(item["table"], item["id"])][0]
            self.conn.execute(
                delete(SyncPending).where(
                    SyncPending.table_name == item["table"], SyncPending.record_id == item["id"]
                )
            )
            self.receive(item, source)  # waits again (same row) if its parent is still missing

    def finish(self) -> None:
        self.c.save(self.conn)


WAITING = "waiting"


def _wait(conn: Any, source: str, item: dict[str, Any]) -> None:
    """Keep a received record until its parent is here (the sender will not send it again)."""
    where = (SyncPending.table_name == item["table"], SyncPending.record_id == item["id"])
    conn.execute(delete(SyncPending).where(*where))
    conn.execute(
        insert(SyncPending).values(
            table_name=item["table"],
            record_id=item["id"],
            source=source,
            found_at=utcnow(),
            item=json.dumps(item, ensure_ascii=False, sort_keys=True),
        )
    )


def retry_waiting(session: Session) -> int:
    """After a conflict is settled (a parent may be back): apply what waited for it."""
    result = LotResult()
    receiver = _Receiver(session, result)
    receiver.retry_waiting()
    receiver.finish()
    return result.taken


def import_lot(db: Any, path: Path) -> LotResult:
    """Merge a lot: one transaction, after a safety backup; importing it twice changes nothing.

    A record whose parent is missing here waits (``sync_pending``) and is applied as soon as
    the parent arrives, in a later lot or when a conflict is settled by keeping it.
    """
    from ..backup import backup_before

    manifest, items = read_lot(path)
    result = LotResult(source=str(manifest.get("source", "")), records=len(items), path=Path(path))
    result.backup = backup_before(db, "fusion")
    with db.write() as session:
        receiver = _Receiver(session, result)
        for item in _order(items):
            receiver.receive(item, result.source)
        receiver.retry_waiting()
        receiver.finish()
    return result
