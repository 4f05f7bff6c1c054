"""Restoring a backup, and putting a damaged database aside (never writing to it).

Restoring copies the backup *into* the database file with SQLite's backup API
(not a file rename): readers that have the file open see the restored content,
and the copy is one transaction, so a crash leaves the old or the new database.
The current file is backed up first; a damaged one is renamed aside instead.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .backup import backup_path, verify_backup
from .db import Database, connect_readonly
from .errors import StorageError
from .fileio import fsync_dir
from .i18n import t
from .lock import DatabaseLock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    safety_copy: Path | None  # backup of the file as it was before the restore
    set_aside: Path | None  # where a damaged file was moved


def set_aside(db_path: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm) to ``<name>.endommagee-<date>.sqlite3``."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    dest = db_path.with_name(f"{db_path.stem}.endommagee-{stamp}.sqlite3")
    n = 2
    while dest.exists():
        dest = db_path.with_name(f"{db_path.stem}.endommagee-{stamp}-{n}.sqlite3")
        n += 1
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            os.replace(side, Path(str(dest) + suffix))  # keeps the pair readable together
    os.replace(db_path, dest)
    fsync_dir(db_path.parent)
    log.warning("damaged database %s set aside as %s", db_path, dest)
    return dest


def _is_sound(db_path: Path) -> bool:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    return verify_backup(db_path) is None


def _copy_into(source: Path, db_path: Path) -> None:
    src = connect_readonly(source)
    try:
        dst = sqlite3.connect(db_path, timeout=15)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
            result = dst.execute("PRAGMA quick_check").fetchone()[0]
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()
    if result != "ok":
        raise StorageError(t("La restauration a échoué : {reason}", reason=result))


def restore_backup(db_path: Path, source: Path) -> RestoreResult:
    """Replace the database at ``db_path`` by the backup ``source``.

    The backup is verified first (nothing happens if it is bad). A sound current
    file is backed up ("avant-restauration"); a damaged one is set aside. The
    writer's lock is taken (shared with this process if it already holds it).
    """
    db_path, source = Path(db_path), Path(source)
    if not source.exists():
        raise StorageError(t("Le fichier « {path} » n'existe pas.", path=source))
    problem = verify_backup(source)
    if problem is not None:
        raise StorageError(
            t("« {name} » n'est pas une sauvegarde utilisable : {reason}", name=source.name, reason=problem)
        )
    if db_path.resolve() == source.resolve():
        raise StorageError(t("La sauvegarde et la base sont le même fichier."))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = DatabaseLock(db_path)
    try:
        safety = aside = None
        if _is_sound(db_path):
            safety = backup_path(db_path, "avant-restauration")
        elif db_path.exists():
            aside = set_aside(db_path)
        _copy_into(source, db_path)
    finally:
        lock.release()
    log.info("restored %s from %s", db_path, source)
    return RestoreResult(safety, aside)


def restore_into(db: Database, source: Path) -> RestoreResult:
    """Restore a backup into an open database (GUI), then bring its schema to head."""
    from .storage import file_revision, head_revision, upgrade

    if db.path is None:
        raise StorageError(t("Seule une base enregistrée dans un fichier peut être restaurée."))
    db.engine.dispose()  # no pooled connection keeps an old snapshot
    result = restore_backup(db.path, source)
    if file_revision(db.path) != head_revision():
        backup_path(db.path, f"avant-migration-{file_revision(db.path)}")
        upgrade(db)
    db.engine.dispose()
    return result
