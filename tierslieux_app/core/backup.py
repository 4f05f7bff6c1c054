"""Backups with SQLite's online backup API, verified before they count."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from . import paths
from .db import Database
from .errors import StorageError
from .fileio import atomic_path


def backup_file(source: Path, dest: Path) -> Path:
    """Copy a live SQLite database to ``dest`` (consistent even while others write)."""
    with atomic_path(dest, suffix=".sqlite3") as tmp:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")
                result = out.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                out.close()
        finally:
            src.close()
        if result != "ok":
            raise StorageError(f"La sauvegarde de « {source.name} » est invalide : {result}")
    return dest


def backup_before(db: Database, label: str) -> Path | None:
    """A safety copy before a risky operation (migration, merge, import)."""
    source = db.path
    if source is None or not source.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = paths.backup_dir() / f"{source.stem}-{stamp}-{label}.sqlite3"
    return backup_file(source, dest)
