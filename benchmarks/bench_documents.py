"""Batch attestations against the yearly export, in the same run.

- time: the attestations of every volunteer of the busiest year of the shared demo
  database (one A4 PDF per person, laid out by Qt 50 at a time in one PDF, split into a
  file each by pypdf and written through ``atomic_path`` (``render.write_pdfs``), as
  « Attestations de tous les bénévoles… » and ``tierslieux document attestation`` do),
  against the export of that year's XLSX for the observatory (``export_year``); runs
  alternate, best of two each; target ≤ 2× (issue 16).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from ._common import Result, demo_database, timed
from .bench_export import busiest_year


def _attestations(db: Any, year: int, folder: Path) -> list[Path]:
    from tierslieux_app.ui.documents.produce import Request, write_all

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return write_all(db, Request("attestation", year), folder)


def _export(db: Any, year: int, path: Path) -> Any:
    from tierslieux_app.core.export.exporter import export_year

    return export_year(db, year, path, "xlsx", accept_warnings=True)


def run(size: str, workdir: Path) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tierslieux_app.core.storage import open_database

    _app = QApplication.instance() or QApplication([])  # widgets too: later modules build views
    db = open_database(demo_database(workdir, size), readonly=True)
    try:
        year = busiest_year(db)
        base, ours, written = float("inf"), float("inf"), []
        for _ in range(2):  # alternated, best of each: a burst of load on the machine hits both alike
            b, _ = timed(lambda: _export(db, year, workdir / "export.xlsx"))
            o, written = timed(lambda: _attestations(db, year, workdir / "attestations"))
            base, ours = min(base, b), min(ours, o)
    finally:
        db.close()
    label = "Démo large" if size == "full" else "Démo small"
    return [
        Result(
            figure=f"{label} : attestations de tous les bénévoles de {year} ({len(written)} PDF A4)",
            ours=ours,
            baseline=base,
            unit="s",
            target=2.0 if size == "full" else None,
            baseline_label="export XLSX de la même année",
        )
    ]
