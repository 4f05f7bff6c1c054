"""Export one year: checks first, then the file written beside its destination and moved in place.

``export_steps`` is a generator (it yields ``(done, total)`` rows) so that the window
can run it in a worker thread with a progress bar; ``export_year`` drains it for the
command line and the tests. Stopping the generator (or a crash, or a kill) leaves the
previous file untouched: the new one only replaces it once complete and fsynced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ... import __version__
from ..completeness import Finding, check_year
from ..db import Database
from ..errors import NotFoundError, TiersLieuxError
from ..fileio import atomic_path, remove_stale_temporaries
from ..format import descriptor as descriptor_mod
from ..i18n import t
from ..services import structure
from .csv_writer import write_datapackage
from .tables import estimated_rows, year_tables
from .xlsx_writer import write_xlsx

FORMATS = ("xlsx", "datapackage")
EXTENSIONS = {"xlsx": ".xlsx", "datapackage": ".zip"}


class ExportBlocked(TiersLieuxError):
    """Data the format requires is missing: nothing was written."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        lines = "\n".join(f"  - {f.message}" for f in findings)
        super().__init__(f"Export impossible : des données obligatoires manquent.\n{lines}")


class WarningsNotAccepted(TiersLieuxError):
    """There are warnings and the caller did not accept them."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        lines = "\n".join(f"  - {f.message}" for f in findings)
        super().__init__(f"Des avertissements doivent être acceptés avant l'export :\n{lines}")


@dataclass
class ExportResult:
    path: Path
    format: str
    year: int
    counts: dict[str, int]
    digest: str
    metadata: dict[str, Any]
    warnings: list[Finding] = field(default_factory=list)


def structure_identifier(s: dict[str, Any]) -> str:
    return s.get("siret") or s.get("rna") or s["id"]


def default_filename(db: Database, year: int, fmt: str = "xlsx") -> str:
    """``observatoire-tsr_<SIRET|RNA>_<année>.xlsx`` (``.zip`` for the Data Package)."""
    s = structure.get_structure(db)
    if s is None:
        raise NotFoundError(t("La structure n'est pas renseignée : impossible d'exporter."))
    return f"{descriptor_mod.FORMAT_NAME}_{structure_identifier(s)}_{year}{EXTENSIONS[fmt]}"


def resolve_destination(db: Database, year: int, out: Path, fmt: str) -> Path:
    """A folder gets the standard file name inside it; a file name is kept as given."""
    out = Path(out)
    return out / default_filename(db, year, fmt) if out.is_dir() else out


def metadata(db: Database, year: int, d: descriptor_mod.Descriptor) -> dict[str, Any]:
    s = structure.get_structure(db)
    if s is None:
        raise NotFoundError(t("La structure n'est pas renseignée : impossible d'exporter."))
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return {
        "format": d.name,
        "version_format": d.version,
        "structure_id": s["id"],
        "structure_nom": s["name"],
        "identifiant": structure_identifier(s),
        "annee": year,
        "date_export": now.isoformat().replace("+00:00", "Z"),
        "version_application": f"TiersLieux {__version__}",
    }


def gate(db: Database, year: int, accept_warnings: bool) -> list[Finding]:
    """The completeness checks: blocking findings stop, warnings need acceptance."""
    findings = check_year(db, year)
    blocking = [f for f in findings if f.blocking]
    if blocking:
        raise ExportBlocked(blocking)
    warnings = [f for f in findings if not f.blocking]
    if warnings and not accept_warnings:
        raise WarningsNotAccepted(warnings)
    return warnings


def export_steps(
    db: Database, year: int, dest: Path, fmt: str = "xlsx", *, accept_warnings: bool = False
) -> Generator[tuple[int, int], None, ExportResult]:
    """Check, then write ``dest`` atomically; yields ``(rows done, rows total)``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    warnings = gate(db, year, accept_warnings)
    d = descriptor_mod.load()
    total = estimated_rows(db, year, d)
    meta = metadata(db, year, d)
    tables = year_tables(db, year, d)
    writer = write_xlsx if fmt == "xlsx" else write_datapackage
    done = 0
    yield done, total
    remove_stale_temporaries(dest.parent)  # ".part" files of an export killed earlier
    with atomic_path(dest, suffix=".part") as tmp:
        steps = writer(d, tables, meta, tmp)
        while True:
            try:
                done += next(steps)
            except StopIteration as stop:
                info = stop.value
                break
            yield min(done, total), total
    yield total, total
    return ExportResult(dest, fmt, year, info["counts"], meta["empreinte_sha256"], meta, warnings)


def export_year(
    db: Database,
    year: int,
    dest: Path,
    fmt: str = "xlsx",
    *,
    accept_warnings: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    steps = export_steps(db, year, Path(dest), fmt, accept_warnings=accept_warnings)
    while True:
        try:
            done, total = next(steps)
        except StopIteration as stop:
            return stop.value
        if progress is not None:
            progress(done, total)
