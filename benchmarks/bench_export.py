"""The yearly export against openpyxl's write-only mode writing the same cells, in the same run.

- time: export (XLSX) of the busiest year of the shared demo database (``demo_database``,
  opened read-only), against openpyxl write-only appending the same cell values,
  materialised beforehand (so the baseline pays neither the SQL nor the formats, the
  checks or the digest); runs alternate, best of two each; target ≤ 1.5×;
- memory: peak Python allocation (tracemalloc) of the export of a year, against the
  same export of a year ten times larger (ten times the hours); target ≤ 1.3×
  (the writer streams: memory must not follow the size of the year).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ._common import Result, demo_database, peak_memory_mb, timed


def _demo(path: Path, size: Any, seed: int = 1) -> Any:
    from tierslieux_app.core import demo
    from tierslieux_app.core.storage import open_database

    db = open_database(path)
    demo.generate(db, seed=seed, size=size)
    return db


def busiest_year(db: Any) -> int:
    from sqlalchemy import func, select

    from tierslieux_app.core.models import TimeEntry

    with db.read() as session:
        year = func.substr(TimeEntry.date, 1, 4)
        row = session.execute(
            select(year, func.count()).group_by(year).order_by(func.count().desc()).limit(1)
        ).first()
    return int(row[0])


def _materialised(db: Any, year: int) -> list[tuple[str, list[str], list[tuple[Any, ...]]]]:
    from tierslieux_app.core.export.tables import year_tables
    from tierslieux_app.core.format.descriptor import load

    return [(t.spec.name, list(t.spec.field_names), list(t.rows())) for t in year_tables(db, year, load())]


def _baseline(tables: list[tuple[str, list[str], list[tuple[Any, ...]]]], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for name, header, rows in tables:
        ws = wb.create_sheet(name)
        ws.append(header)
        for row in rows:
            ws.append(row)
    wb.save(path)


def _export(db: Any, year: int, path: Path) -> Any:
    from tierslieux_app.core.export.exporter import export_year

    return export_year(db, year, path, "xlsx", accept_warnings=True)


def _time_ratio(db: Any, year: int, workdir: Path, label: str, target: float | None) -> Result:
    tables = _materialised(db, year)
    cells = sum(len(h) * len(rows) for _, h, rows in tables)
    base, ours, result = float("inf"), float("inf"), None
    for _ in range(2):  # alternated, best of each: a burst of load on the machine hits both alike
        b, _ = timed(lambda: _baseline(tables, workdir / "baseline.xlsx"))
        o, result = timed(lambda: _export(db, year, workdir / "export.xlsx"))
        base, ours = min(base, b), min(ours, o)
    return Result(
        figure=f"{label} : export XLSX de l'année {year} "
        f"({result.counts['temps']} lignes de temps, {cells} cellules)",
        ours=ours,
        baseline=base,
        unit="s",
        target=target,
        baseline_label="openpyxl write-only, mêmes cellules pré-calculées",
    )


def _memory_ratio(workdir: Path, hours: int, target: float | None) -> Result:
    from tierslieux_app.core.demo import Size

    def size(name: str, n: int) -> Size:
        return Size(name, years=1, projects=30, participants=1000, hours=n, outputs=60, organisations=20)

    small = _demo(workdir / "mem1.sqlite3", size("un", hours))
    big = _demo(workdir / "mem10.sqlite3", size("dix", hours * 10))
    try:
        year = busiest_year(small)
        one, r1 = peak_memory_mb(lambda: _export(small, year, workdir / "mem1.xlsx"))
        ten, r10 = peak_memory_mb(lambda: _export(big, busiest_year(big), workdir / "mem10.xlsx"))
    finally:
        small.close()
        big.close()
    return Result(
        figure=f"Mémoire de pointe : année de {r10.counts['temps']} lignes de temps "
        f"contre {r1.counts['temps']}",
        ours=ten,
        baseline=one,
        unit="MB",
        target=target,
        baseline_label="même export, année dix fois plus petite",
        note=f"{hours * 10} contre {hours} saisies d'heures",
    )


def run(size: str, workdir: Path) -> list[Result]:
    from tierslieux_app.core.storage import open_database

    full = size == "full"
    # the shared demo database; the export only reads, so the cached file is opened read-only
    db = open_database(demo_database(workdir, size), readonly=True)
    try:
        year = busiest_year(db)
        timing = _time_ratio(
            db, year, workdir, "Démo large" if full else "Démo petite", 1.5 if full else None
        )
    finally:
        db.close()
    memory = _memory_ratio(workdir, 10_000 if full else 2_000, 1.3 if full else None)
    return [timing, memory]
