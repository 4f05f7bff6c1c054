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
    from tierslieux_app.core.fileio import atomic_path

    text = (
        "# Résultats des mesures de performance\n\n"
        f"Commande : `{command}` (taille : {size})\n\n"
        f"Machine : {machine()}\n\n"
        f"Date : {time.strftime('%Y-%m-%d %H:%M')}\n\n"
        f"{table(results)}\n"
    )
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
