"""Integrity of a database file: SQLite's own checks plus the schema revision.

At every start ``startup_check`` runs ``quick_check`` and ``foreign_key_check``
read-only. Both read the whole file (1 s + 3 s on the 430 MB large demo, see
benchmarks/bench_integrity.py), so above ``FAST_PATH_BYTES`` the whole-file
quick_check runs at most once a day (and after a crash), the foreign keys of
the hours are left to ``tierslieux check``, and the other starts check every
table except the two big ones (hours, journal) — a few tens of milliseconds.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import paths
from .db import Database, connect_readonly, sqlite_path, to_url
from .errors import StorageError
from .i18n import t
from .storage import head_revision, open_database

log = logging.getLogger(__name__)

FAST_PATH_BYTES = 64 * 1024 * 1024
FULL_CHECK_EVERY = dt.timedelta(days=1)
BIG_TABLES = ("time_entry", "change_log")
_STATE_FILE = "integrity.json"


class CorruptDatabaseError(StorageError):
    """The file is damaged: it is not written to; the caller offers the latest good backup."""

    def __init__(self, path: Path, problems: list[str]):
        self.path = path
        self.problems = problems
        detail = " ".join("; ".join(problems[:3]).split())  # SQLite's report may span lines
        super().__init__(
            f"La base « {path.name} » est endommagée ({detail}). Elle n'a pas été modifiée. "
            "Restaurez la dernière sauvegarde saine : le fichier abîmé sera mis de côté."
        )


def _state_path() -> Path:
    return paths.config_dir() / _STATE_FILE


def _load_state() -> dict[str, str]:
    try:
        data = json.loads(_state_path().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _record_full_check(path: Path, when: dt.datetime) -> None:
    from .fileio import atomic_path

    state = _load_state()
    state[str(path.resolve())] = when.isoformat()
    try:
        with atomic_path(_state_path()) as tmp:
            tmp.write_text(json.dumps(state, indent=1), encoding="utf-8")
    except OSError as exc:  # read-only profile: the next start checks the whole file again
        log.warning("integrity state not saved: %s", exc)


def size_of(path: Path) -> int:
    """The database's bytes, its WAL included."""
    wal = Path(str(path) + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def full_check_due(path: Path, now: dt.datetime | None = None) -> bool:
    """Small file, or the last whole-file check is older than a day (or unknown)."""
    now = now or dt.datetime.now()
    if size_of(path) <= FAST_PATH_BYTES:
        return True
    last = _load_state().get(str(path.resolve()))
    try:
        return last is None or now - dt.datetime.fromisoformat(last) > FULL_CHECK_EVERY
    except ValueError:
        return True


def sqlite_problems(conn: sqlite3.Connection, *, full: bool, big_foreign_keys: bool = True) -> list[str]:
    """quick_check + foreign_key_check: whole file, or every table but the big ones.

    ``big_foreign_keys=False`` skips foreign_key_check of the big tables even in the
    whole-file check: the application always writes with foreign keys enforced,
    so only another program could break those links, and checking them costs
    ~3 s on the large demo (``tierslieux check`` still does it).
    """
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    small = [t for t in tables if t not in BIG_TABLES]
    problems: list[str] = []
    fks: list[tuple] = []
    if full:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        problems += [] if rows == ["ok"] else rows
    else:
        for t in small:
            rows = [r[0] for r in conn.execute(f'PRAGMA quick_check("{t}")')]
            problems += [] if rows == ["ok"] else rows
    if full and big_foreign_keys:
        fks = conn.execute("PRAGMA foreign_key_check").fetchall()
    else:
        for t in small:
            fks += conn.execute(f'PRAGMA foreign_key_check("{t}")').fetchall()
    if fks:
        problems.append(f"références cassées : {len(fks)} (table {fks[0][0]})")
    return problems


def startup_check(path: Path, now: dt.datetime | None = None, *, force_full: bool = False) -> bool:
    """Check a database file read-only at opening; raise CorruptDatabaseError if damaged.

    ``force_full``: the whole file whatever its size (the last session ended by a crash).
    Returns True if the whole file was checked, False for the fast path.
    """
    now = now or dt.datetime.now()
    full = force_full or full_check_due(path, now)
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        raise StorageError(t("Impossible d'ouvrir « {path} » : {reason}", path=path, reason=exc)) from exc
    try:
        problems = sqlite_problems(conn, full=full, big_foreign_keys=size_of(path) <= FAST_PATH_BYTES)
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    if problems:
        log.error("damaged database %s: %s", path, problems[:5])
        raise CorruptDatabaseError(path, problems)
    if full:
        _record_full_check(path, now)
    return full


@dataclass
class IntegrityReport:
    ok: bool = True
    lines: list[str] = field(default_factory=list)

    def fail(self, line: str) -> None:
        self.ok = False
        self.lines.append(line)


def check_database(location: str | Path | None, *, full: bool = True) -> IntegrityReport:
    """``integrity_check`` (or ``quick_check``), ``foreign_key_check`` and the revision.

    Opens read-only: checking never modifies the file.
    """
    from sqlalchemy.exc import DatabaseError

    url = to_url(location if location is not None else paths.default_db_location())
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise StorageError(t("Le fichier « {path} » n'existe pas.", path=path))
    report = IntegrityReport()
    db = open_database(url, readonly=True, check=False)
    try:
        with db.engine.connect() as conn:
            try:
                _check_connection(db, conn, full, report)
            except DatabaseError as exc:  # a damaged page stops SQLite's own check
                if path is None or not isinstance(exc.orig, sqlite3.DatabaseError):
                    raise
                log.error("damaged database %s: %s", path, exc.orig)
                raise CorruptDatabaseError(path, [str(exc.orig)]) from exc
    finally:
        db.close()
    return report


def _check_connection(db: Database, conn: Any, full: bool, report: IntegrityReport) -> None:
    """The pragmas and the revision on an open connection (SQLite's own checks for a file)."""
    from sqlalchemy import text

    if db.is_sqlite:
        pragma = "integrity_check" if full else "quick_check"
        rows = [r[0] for r in conn.execute(text(f"PRAGMA {pragma}"))]
        if rows == ["ok"]:
            report.lines.append(f"Intégrité : ok ({pragma})")
        else:
            for r in rows[:20]:
                report.fail(f"Intégrité : {r}")
        bad = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        if bad:
            report.fail(f"Références cassées : {len(bad)} (ex. table {bad[0][0]}, ligne {bad[0][1]})")
        else:
            report.lines.append("Clés étrangères : ok")
    rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    head = head_revision()
    if rev == head:
        report.lines.append(f"Schéma : {rev} (à jour)")
    else:
        report.fail(
            f"Schéma : {rev}, attendu {head} (ouvrez la base avec l'application pour la mettre à jour)"
        )
