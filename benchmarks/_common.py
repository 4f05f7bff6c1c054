"""What every benchmark module shares: the result row, timing, peak memory, the report.

A benchmark module ``bench_*.py`` exposes ``run(size: str, workdir: Path) -> list[Result]``
where size is "smoke" (CI: small, no target judged) or "full" (the large demo).
"""

from __future__ import annotations

import gc
import platform
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Result:
    figure: str  # what is measured, e.g. "Démo large : 1 000 000 heures"
    ours: float  # this project's figure
    baseline: float  # the raw dependency's figure, same run
    unit: str  # "s", "ms", "MB"
    target: float | None  # maximal ratio ours/baseline, None = recorded only
    baseline_label: str = ""  # what the baseline is
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.ratio <= self.target


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Best wall time of ``repeat`` runs (seconds) and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def peak_memory_mb(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Peak Python allocation during ``fn`` (tracemalloc), in MB."""
    gc.collect()
    tracemalloc.start()
    try:
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 1e6, result


def demo_database(workdir: Path, size: str, *, copy_to: Path | None = None) -> Path:
    """The demo database of this run ("large" for full, "small" for smoke), generated once.

    Every module measuring on the large demo shares one file (seed 1, at the current schema
    head, indexes included) instead of generating its own. ``TL_BENCH_CACHE`` (a folder)
    keeps it between runs while developing; the head revision is in its name, so a new
    migration gives a new file. ``copy_to`` gives a module its own copy when it writes.
    """
    import os
    import shutil
    import sqlite3

    from tierslieux_app.core.storage import head_revision

    demo = "large" if size == "full" else "small"
    cache = os.environ.get("TL_BENCH_CACHE")
    folder = Path(cache) if cache else workdir
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"demo-{demo}-seed1-{head_revision()}.sqlite3"
    if not path.exists():
        from tierslieux_app.core.demo import generate
        from tierslieux_app.core.storage import open_database

        tmp = path.with_name(path.name + ".part")
        tmp.unlink(missing_ok=True)
        db = open_database(tmp)
        try:
            generate(db, seed=1, size=demo)
        finally:
            db.close()
        conn = sqlite3.connect(tmp)  # fold the WAL into the file: one file to copy
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
        os.replace(tmp, path)
        for leftover in folder.glob(f"{tmp.name}*"):  # the lock file of the generating run
            leftover.unlink(missing_ok=True)
    if copy_to is None:
        return path
    shutil.copyfile(path, copy_to)
    return copy_to


def machine() -> str:
    import os

    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        mem_txt = f"{mem:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        mem_txt = "?"
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cœurs, {mem_txt}, "
        f"Python {platform.python_version()}"
    )


def table(results: list[Result]) -> str:
    lines = [
        "| figure | ce projet | référence (même exécution) | ratio | cible | atteinte |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        target = f"≤ {r.target:g}×" if r.target is not None else "—"
        met = {True: "oui", False: "**non**", None: "—"}[r.met]
        base = f"{r.baseline:.3f} {r.unit}" + (f" ({r.baseline_label})" if r.baseline_label else "")
        note = f" — {r.note}" if r.note else ""
        lines.append(
            f"| {r.figure}{note} | {r.ours:.3f} {r.unit} | {base} | {r.ratio:.2f}× | {target} | {met} |"
        )
    return "\n".join(lines)


def write_report(results: list[Result], path: Path, size: str, command: str) -> None:
    import os

    from tierslieux_app.core.fileio import atomic_path

    try:
        load = "charge moyenne à la fin : " + ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except (OSError, AttributeError):
        load = "charge moyenne inconnue"
    notes = Path(__file__).with_name("notes.md")  # the hand-written commentary on the figures
    commentary = notes.read_text(encoding="utf-8") if notes.exists() else ""
    text = (
        "# Résultats des mesures de performance\n\n"
        f"Commande : `{command}` (taille : {size})\n\n"
        f"Machine : {machine()} ({load})\n\n"
        f"Date : {time.strftime('%Y-%m-%d %H:%M')}\n\n"
        f"{table(results)}\n" + (f"\n{commentary}" if commentary else "")
    )
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
