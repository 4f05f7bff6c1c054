"""Integrity of a database file: SQLite's own checks plus the schema revision."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from . import paths
from .db import sqlite_path, to_url
from .errors import StorageError
from .storage import head_revision, open_database


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
    url = to_url(location if location is not None else paths.default_db_location())
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise StorageError(f"Le fichier « {path} » n'existe pas.")
    report = IntegrityReport()
    db = open_database(url, readonly=True)
    try:
        with db.engine.connect() as conn:
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
    finally:
        db.close()
    return report
