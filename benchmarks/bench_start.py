"""Start-up: launch to the main window's first paint, vs a bare PySide6 QMainWindow.

Ours: ``python -m tierslieux_app gui --db <copy of the demo>`` with ``TIERSLIEUX_HOME``
in the work folder (no first-run assistant: the demo has its structure). Baseline:
``benchmarks/minimal_window.py`` (QApplication + an empty QMainWindow, shown). Both
report their first paint the same way: an event filter on the window prints
``first-paint <time.time()>`` at its first ``QEvent.Paint`` (for ours
``TIERSLIEUX_REPORT_FIRST_PAINT=1``, tierslieux_app/ui/app.py), and the time is
taken from just before the process is launched. Each run is a fresh process;
the two alternate so that the machine's load weighs on both alike.

A warm-up start comes first: it brings the copy to the current schema (backup and
migration, as after an update) and does the day's whole-file integrity check, so
the measured starts are the everyday ones (fast integrity path, no migration).
Also recorded: the first page (the dashboard) built, just after the first paint.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from ._common import Result, demo_database

HERE = Path(__file__).resolve().parent
MINIMAL = HERE / "minimal_window.py"


def start_env(home: Path) -> dict[str, str]:
    """Offscreen unless told otherwise, our folders in ``home``, first paint reported."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TIERSLIEUX_HOME"] = str(home)
    env["TIERSLIEUX_REPORT_FIRST_PAINT"] = "1"
    env.pop("TIERSLIEUX_DB", None)
    return env


def launch(cmd: list[str], env: dict[str, str], timeout: float = 600) -> dict[str, float]:
    """Seconds from launch to each reported moment ("first-paint", "first-page")."""
    t0 = time.time()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    moments = {}
    for line in proc.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("first-paint", "first-page"):
            moments[name] = float(stamp) - t0
    if "first-paint" not in moments:
        raise RuntimeError(
            f"{cmd[0]}: no first paint reported (exit {proc.returncode}): {proc.stderr[-2000:]}"
        )
    return moments


def compare(
    ours_cmd: list[str], base_cmd: list[str], env: dict[str, str], runs: int
) -> tuple[list[dict[str, float]], list[float]]:
    """Alternating fresh starts of both; returns our moments and the baseline's first paints."""
    ours, base = [], []
    for _ in range(runs):
        base.append(launch(base_cmd, env)["first-paint"])
        ours.append(launch(ours_cmd, env))
    return ours, base


def start_results(
    ours: list[dict[str, float]], base: list[float], what: str, baseline_label: str, note: str = ""
) -> list[Result]:
    paint = [m["first-paint"] for m in ours]
    page = [m["first-page"] for m in ours if "first-page" in m]
    n = len(paint)
    results = [
        Result(
            f"{what} : première peinture de la fenêtre (meilleur de {n})",
            min(paint),
            min(base),
            "s",
            2.0,
            baseline_label,
            note,
        ),
        Result(
            f"{what} : première peinture de la fenêtre (médiane de {n})",
            statistics.median(paint),
            statistics.median(base),
            "s",
            None,
            baseline_label,
        ),
    ]
    if page:
        results.append(
            Result(
                f"{what} : première page (tableau de bord) construite (médiane de {len(page)})",
                statistics.median(page),
                statistics.median(base),
                "s",
                None,
                baseline_label,
                "QtCharts et calculs de l'année, juste après la première peinture",
            )
        )
    return results


def run(size: str, workdir: Path) -> list[Result]:
    runs = 5 if size == "full" else 2
    db = demo_database(workdir, size, copy_to=workdir / "start.sqlite3")
    env = start_env(workdir / "home-start")
    ours_cmd = [sys.executable, "-m", "tierslieux_app", "gui", "--db", str(db)]
    base_cmd = [sys.executable, str(MINIMAL)]
    launch(ours_cmd, env)  # warm-up: schema brought to head, day's full check, first backup
    launch(base_cmd, env)
    ours, base = compare(ours_cmd, base_cmd, env, runs)
    demo = "large" if size == "full" else "small"
    return start_results(
        ours,
        base,
        f"Démarrage, base de démo {demo}",
        "QMainWindow nu PySide6",
        "importations différées : SQLAlchemy après la peinture, Alembic seulement pour migrer",
    )
