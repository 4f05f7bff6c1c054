"""Generating the demo vs plain ``sqlite3.executemany`` of the same hours rows.

Ours: the whole ``tierslieux demo`` generation (every table, Faker, the hours
computed, encoded and inserted through SQLAlchemy Core). Baseline: only the
insertion of the very same ``time_entry`` rows (read back from our file) with
``sqlite3.executemany`` into a fresh file of the same schema and indexes that
already holds the same parent rows, with the same pragmas (foreign keys on,
WAL, synchronous FULL, 128 MiB page cache), in one transaction.
"""

from __future__ import annotations

import dataclasses
import resource
import sqlite3
import sys
from pathlib import Path

from tierslieux_app.core.demo import ENTRY_COLUMNS, SIZES, generate
from tierslieux_app.core.demo_rows import TABLE_ORDER
from tierslieux_app.core.storage import open_database

from ._common import Result, timed


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _baseline(source: Path, target: Path) -> tuple[float, int]:
    """Seconds for ``executemany`` of the source's hours into a fresh file with the same parents."""
    open_database(target).close()
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA cache_size=-131072")
        conn.execute("ATTACH DATABASE ? AS src", (str(source),))
        conn.execute("BEGIN")
        for name in TABLE_ORDER:
            conn.execute(f"INSERT INTO main.{name} SELECT * FROM src.{name}")
        conn.execute("COMMIT")
        cols = ", ".join(ENTRY_COLUMNS)
        rows = conn.execute(f"SELECT {cols} FROM src.time_entry ORDER BY rowid").fetchall()
        conn.execute("DETACH DATABASE src")
        sql = f"INSERT INTO time_entry ({cols}) VALUES ({', '.join('?' * len(ENTRY_COLUMNS))})"

        def insert() -> None:
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(sql, rows)
            conn.execute("COMMIT")

        seconds, _ = timed(insert)
        return seconds, len(rows)
    finally:
        conn.close()


def run(size: str, workdir: Path) -> list[Result]:
    if size == "full":
        spec = SIZES["large"]
        figure = "Démo large : génération de 1 000 000 heures"
    else:
        spec = dataclasses.replace(SIZES["small"], name="smoke", hours=20_000)
        figure = "Démo (smoke) : génération de 20 000 heures"
    ours_path = workdir / f"demo-{spec.name}.sqlite3"
    db = open_database(ours_path)
    try:
        ours, summary = timed(lambda: generate(db, seed=1, size=spec))
    finally:
        db.close()
    rss = _peak_rss_mb()
    baseline, rows = _baseline(ours_path, workdir / f"baseline-{spec.name}.sqlite3")
    assert rows == summary.counts["time_entry"] == spec.hours
    note = (
        f"toutes les tables ({sum(summary.counts.values()):,} lignes) ; pic mémoire du processus "
        f"{rss:.0f} Mo".replace(",", "\u202f")
    )
    return [
        Result(
            figure=figure,
            ours=ours,
            baseline=baseline,
            unit="s",
            # Small sizes are dominated by fixed costs (Faker, small tables): recorded, not judged.
            target=3.0 if size == "full" else None,
            baseline_label="sqlite3.executemany des mêmes lignes time_entry",
            note=note,
        )
    ]
