"""Integrity check at opening vs raw ``PRAGMA quick_check`` on the same file.

Ours: ``integrity.startup_check`` as ``open_database`` runs it — the whole-file
path (quick_check of the file + foreign_key_check, of every table but the hours
above 64 MB; read-only) and the fast path used above 64 MB when the whole file
was checked less than a day ago (every table but the hours and the journal).
Also the whole ``open_database`` of the file.
Baseline: ``PRAGMA quick_check`` alone through ``sqlite3``.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from tierslieux_app.core import integrity
from tierslieux_app.core.storage import open_database

from ._common import Result, demo_database, timed


def _quick_check(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def _forget_checks() -> None:
    integrity._state_path().unlink(missing_ok=True)


def run(size: str, workdir: Path) -> list[Result]:
    old_home = os.environ.get("TIERSLIEUX_HOME")
    os.environ["TIERSLIEUX_HOME"] = str(workdir / "home-integrity")  # never the user's check records
    try:
        return _run(size, workdir)
    finally:
        if old_home is None:
            os.environ.pop("TIERSLIEUX_HOME", None)
        else:
            os.environ["TIERSLIEUX_HOME"] = old_home


def _run(size: str, workdir: Path) -> list[Result]:
    path = demo_database(workdir, size, copy_to=workdir / "integrity.sqlite3")
    open_database(path).close()  # brings the copy to the current schema before anything is timed
    mb = path.stat().st_size / 1e6
    base, _ = timed(lambda: _quick_check(path), repeat=3)

    def full() -> bool:
        _forget_checks()
        return integrity.startup_check(path)

    ours_full, was_full = timed(full, repeat=3)
    assert was_full
    opened, _ = timed(lambda: (_forget_checks(), open_database(path).close()), repeat=3)
    results = [
        Result(f"Contrôle à l'ouverture, fichier entier ({mb:.0f} Mo)", ours_full, base, "s", 2.5,
               "PRAGMA quick_check seul", "quick_check + foreign_key_check (sauf heures au-delà de 64 Mo)"),
        Result(f"open_database complet ({mb:.0f} Mo, contrôle entier)", opened, base, "s", 3.0,
               "PRAGMA quick_check seul"),
    ]  # fmt: skip
    if mb * 1e6 > integrity.FAST_PATH_BYTES:
        integrity.startup_check(path)  # records today's whole-file check
        now = dt.datetime.now()
        ours_fast, was_full = timed(lambda: integrity.startup_check(path, now), repeat=5)
        assert not was_full
        results.append(
            Result(f"Contrôle à l'ouverture, voie rapide ({mb:.0f} Mo)", ours_fast, base, "s", 0.1,
                   "PRAGMA quick_check seul", "toutes les tables sauf heures et journal")
        )  # fmt: skip
    return results
