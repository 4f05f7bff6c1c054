"""Backups with SQLite's online backup API, verified before they count; rotation; restore.

A backup is written to a temporary file, quick_check'ed, then renamed into the
backup folder: a crash mid-way never leaves a half backup that looks whole.
Names are ``<db stem>-<key>-<YYYYmmdd-HHMMSS>-<label>.sqlite3`` (local time), so the
folder stays readable by a person; ``<key>`` is a short hash of the database's full
path, so that two databases with the same file name in different folders have
their own rotation ladder (older names, without the key, are still listed but
never rotated away: they might be another database's). Labels starting with
``avant-`` mark safety copies (before a migration, a restore, an import, a merge)
kept longer.

Every backup written (in the backup folder or anywhere with ``--out``) is noted in
a register, ``sauvegardes.json`` in the data folder, per database: the right to
erasure reaches every copy the application made (core/erasure.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import re
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .db import Database, connect_readonly
from .errors import StorageError
from .fileio import atomic_path
from .i18n import t

log = logging.getLogger(__name__)

AUTO_INTERVAL = dt.timedelta(minutes=30)
KEEP_NEWEST, KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 3, 7, 4, 12
KEEP_SAFETY = dt.timedelta(days=90)
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<label>[\w.-]+)\.sqlite3$")
REGISTER_FILE = "sauvegardes.json"
_register_mutex = threading.Lock()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    stem: str  # the database it copies (file name without extension)
    taken: dt.datetime  # local time, from the name
    label: str  # auto, fermeture, manuelle, avant-migration-…
    size: int  # bytes

    @property
    def is_safety(self) -> bool:
        return self.label.startswith("avant-")


def backup_key(db_path: Path) -> str:
    """``<stem>-<8 hex>``: the database's name and a hash of its full path (its own ladder)."""
    full = str(Path(db_path).expanduser().resolve())
    return f"{Path(db_path).stem}-{hashlib.sha256(full.encode('utf-8')).hexdigest()[:8]}"


def verify_backup(path: Path, *, any_revision: bool = False) -> str | None:
    """None if the file is a readable, quick_check-clean database of a known schema; else why not.

    ``any_revision``: a schema of a newer version is fine (a copy being made, not restored).
    """
    from .errors import sqlite_reason
    from .storage import known_revisions

    if Path(path).is_dir():
        return "c’est un dossier, pas une sauvegarde"
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        return sqlite_reason(exc)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            return result
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or (row[0] not in known_revisions() and not any_revision):
            return "schéma inconnu (version plus récente de l'application ?)"
    except sqlite3.DatabaseError as exc:
        return sqlite_reason(exc)
    finally:
        conn.close()
    return None


def _copy(source: Path, dest: Path) -> None:
    """Online backup API copy from ``source`` (read-only) into the file ``dest``."""
    src = connect_readonly(source)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            out.close()
    finally:
        src.close()


def _remove_sidecars(tmp: Path) -> None:
    """SQLite's journal of a copy that failed half-way (disk full): ours, never a backup."""
    for extra in ("-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(tmp) + extra).unlink(missing_ok=True)


def backup_file(source: Path, dest: Path) -> Path:
    """Copy a live SQLite database to ``dest`` (consistent even while others write), verified.

    Copying never modifies the source: a database of a newer version is copied too.
    On failure (disk full…) nothing is left beside ``dest``, and a previous ``dest`` is intact.
    """
    with atomic_path(dest, suffix=".sqlite3") as tmp:
        try:
            _copy(source, tmp)
            problem = verify_backup(tmp, any_revision=True)
        except sqlite3.Error as exc:
            from .errors import explain

            raise StorageError(
                t(
                    "La sauvegarde de « {name} » n’a pas pu être écrite. {reason}",
                    name=source.name,
                    reason=explain(exc) or exc,
                )
            ) from exc
        finally:
            _remove_sidecars(tmp)
        if problem is not None:
            detail = " ".join(problem.split())[:200]  # quick_check may answer on several lines
            raise StorageError(
                t("La sauvegarde de « {name} » est invalide : {detail}", name=source.name, detail=detail)
            )
    return dest


def _new_name(source: Path, label: str, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    folder = paths.backup_dir()
    key = backup_key(source)
    dest = folder / f"{key}-{stamp}-{label}.sqlite3"
    n = 2
    while dest.exists():
        dest = folder / f"{key}-{stamp}-{label}-{n}.sqlite3"
        n += 1
    return dest


# -- the register of every backup written ------------------------------------------------------


def register_path() -> Path:
    return paths.data_dir() / REGISTER_FILE


def _load_register() -> dict[str, list[str]]:
    try:
        data = json.loads(register_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found = data.get("bases") if isinstance(data, dict) else None
    if not isinstance(found, dict):
        return {}
    return {str(k): [str(p) for p in v] for k, v in found.items() if isinstance(v, list)}


def _save_register(register: dict[str, list[str]]) -> None:
    data = {"version": 1, "bases": {k: sorted(set(v)) for k, v in sorted(register.items()) if v}}
    try:
        with atomic_path(register_path()) as tmp:
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError as exc:  # a read-only profile: the backup itself is still good
        log.warning("backup register not saved: %s", exc)


def _db_key(db_path: Path) -> str:
    return str(Path(db_path).expanduser().resolve())


def register_backup(db_path: Path, backup: Path) -> None:
    """Note that ``backup`` is a copy of ``db_path`` (the erasure will look there)."""
    with _register_mutex:
        register = _load_register()
        entries = register.setdefault(_db_key(db_path), [])
        entries.append(str(Path(backup).expanduser().resolve()))
        _save_register(register)


def forget_backups(removed: list[Path]) -> None:
    """Take deleted backups out of the register."""
    if not removed:
        return
    gone = {str(Path(p).resolve()) for p in removed}
    with _register_mutex:
        register = _load_register()
        _save_register({k: [p for p in v if p not in gone] for k, v in register.items()})


def registered_backups(db_path: Path | None = None) -> list[Path]:
    """Every copy the register knows of (of one database if given), whether it still exists or not."""
    register = _load_register()
    if db_path is not None:
        return [Path(p) for p in register.get(_db_key(db_path), [])]
    return [Path(p) for entries in register.values() for p in entries]


def backup_path(
    source: Path, label: str = "manuelle", out: Path | None = None, now: dt.datetime | None = None
) -> Path:
    """Back up the file ``source`` to ``out`` or the backup folder; returns the new file."""
    if not source.exists():
        raise StorageError(t("Le fichier « {path} » n'existe pas.", path=source))
    if source.is_dir():
        from .db import directory_text

        raise StorageError(directory_text(source))
    if out is not None:
        from .fileio import require_parent

        dest = require_parent(out)
    else:
        dest = _new_name(source, label, now)
    backup_file(source, dest)
    log.info("backup %s -> %s", source, dest)
    register_backup(source, dest)
    return dest


def backup_before(db: Database, label: str) -> Path | None:
    """A safety copy before a risky operation (migration, merge, import, restore)."""
    source = db.path
    if source is None or not source.exists():
        return None
    if not label.startswith("avant-"):
        label = f"avant-{label}"
    return backup_path(source, label)


# -- listing and rotation ------------------------------------------------------------------


def list_backups(db_path: Path | None = None, *, own_only: bool = False) -> list[BackupInfo]:
    """Backups in the backup folder (of one database if given), newest first.

    A database's backups are those named with its key, and the older ones named by its
    stem alone (which may be another database's of the same name): ``own_only`` leaves
    those out (rotation).
    """
    folder = paths.backup_dir()
    if not folder.is_dir():
        return []
    names = None if db_path is None else {backup_key(db_path)}
    if names is not None and not own_only:
        names.add(Path(db_path).stem)  # type: ignore[arg-type]
    out = []
    for path in folder.glob("*.sqlite3"):
        match = _NAME.match(path.name)
        if match is None or path.name.startswith("."):
            continue
        if names is not None and match["stem"] not in names:
            continue
        try:
            taken = dt.datetime.strptime(match["stamp"], STAMP)
            stat = path.stat()
        except (ValueError, OSError):
            continue
        out.append(
            (taken, stat.st_mtime_ns, BackupInfo(path, match["stem"], taken, match["label"], stat.st_size))
        )
    out.sort(key=lambda t: t[:2], reverse=True)  # same second: the file written last first
    return [info for _t, _m, info in out]


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup of this database that passes quick_check (for a damaged file)."""
    for info in list_backups(db_path):
        if verify_backup(info.path) is None:
            return info
    return None


def backups_to_keep(backups: list[BackupInfo], now: dt.datetime) -> set[Path]:
    """The ladder: newest few, one per day (7), per week (4), per month (12), safety copies 90 days."""
    keep = {b.path for b in backups[:KEEP_NEWEST]}
    ladders = (
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    )
    for count, bucket in ladders:
        seen: list[object] = []
        for b in backups:  # newest first: the first of each bucket is its newest
            key = bucket(b.taken)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(b.path)
    keep.update(b.path for b in backups if b.is_safety and now - b.taken <= KEEP_SAFETY)
    return keep


def prune_backups(db_path: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete this database's backups that fall off the ladder; returns the deleted files."""
    now = now or dt.datetime.now()
    backups = list_backups(db_path, own_only=True)  # never another database's copies
    keep = backups_to_keep(backups, now)
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError as exc:
                log.warning("cannot remove old backup %s: %s", b.path, exc)
    forget_backups(removed)
    _remove_stale_temporaries()
    return removed


def _remove_stale_temporaries(age_s: float = 3600) -> None:
    """Temporary files left by a backup interrupted by a crash (never counted as backups)."""
    for tmp in paths.backup_dir().glob(".*.sqlite3*"):
        try:
            if time.time() - tmp.stat().st_mtime > age_s:
                tmp.unlink()
        except OSError:
            pass


# -- automatic backups -----------------------------------------------------------------------


def _seq_in_file(path: Path) -> int | None:
    try:
        conn = connect_readonly(path)
    except sqlite3.Error:
        return None
    try:
        return int(conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _seq_in_db(db: Database) -> int | None:
    if not db.journal:
        return None
    from .journal import last_seq

    with db.engine.connect() as conn:
        return last_seq(conn)


def changed_since_backup(db: Database) -> bool:
    """True if the journal moved since the newest backup (or there is none)."""
    if db.path is None:
        return False
    backups = list_backups(db.path)
    if not backups:
        return True
    current = _seq_in_db(db)
    return current is None or current != _seq_in_file(backups[0].path)


def maybe_backup(db: Database, reason: str = "auto", now: dt.datetime | None = None) -> Path | None:
    """Call every few minutes: backs up if something changed and the newest backup is ≥ 30 min old."""
    if db.path is None or db.readonly or not db.path.exists():
        return None
    now = now or dt.datetime.now()
    backups = list_backups(db.path)
    if backups and now - backups[0].taken < AUTO_INTERVAL:
        return None
    if not changed_since_backup(db):
        return None
    dest = backup_path(db.path, reason, now=now)
    prune_backups(db.path, now)
    return dest


def backup_on_close(db: Database) -> Path | None:
    """Call when the window closes (before ``db.close()``): backs up if anything changed."""
    if db.path is None or db.readonly or not db.path.exists() or not changed_since_backup(db):
        return None
    dest = backup_path(db.path, "fermeture")
    prune_backups(db.path)
    return dest
