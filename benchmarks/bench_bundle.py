"""The frozen application: bundle size and start-up, vs a bare PySide6 window frozen the same way.

Full size only (minutes of PyInstaller; CI builds the real bundle in its own job, so
the smoke run builds nothing). Ours: ``build.spec`` (onedir, dist/TiersLieux). Baseline:
``benchmarks/minimal_window.spec`` — benchmarks/minimal_window.py with build.spec's
excludes and dropped Qt plugins. Both are built into the work folder.

Start-up is measured as in bench_start.py (launch → first paint of the main window,
fresh processes, alternating): ``tierslieux-cli gui --db <copy of the large demo>``
vs the frozen minimal window. The size is recorded, not judged: it is mostly Qt,
which both carry; the difference is what the application brings (SQLAlchemy,
Alembic, openpyxl, QtCharts, our code and resources).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ._common import Result, demo_database
from .bench_start import compare, launch, start_env, start_results

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def build(spec: Path, workdir: Path, name: str) -> Path:
    """``pyinstaller spec`` into the work folder; returns the onedir folder."""
    dist, work = workdir / "dist", workdir / f"build-{name}"
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(dist), "--workpath", str(work), str(spec)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"PyInstaller {spec.name}: {proc.stderr[-3000:]}")
    return dist / name


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def run(size: str, workdir: Path) -> list[Result]:
    if size != "full":
        return []  # no build in the smoke run
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("bench_bundle : PyInstaller absent (pip install -e .[build]) — rien mesuré", file=sys.stderr)
        return []
    minimal = build(HERE / "minimal_window.spec", workdir, "MinimalWindow")
    ours = build(ROOT / "build.spec", workdir, "TiersLieux")
    results = [
        Result(
            "Bundle PyInstaller (onedir) : taille",
            folder_mb(ours),
            folder_mb(minimal),
            "MB",
            None,
            "QMainWindow nu gelé de même",
            "enregistrée : Qt est commun aux deux",
        )
    ]
    db = demo_database(workdir, size, copy_to=workdir / "bundle-start.sqlite3")
    env = start_env(workdir / "home-bundle")
    ours_cmd = [str(ours / f"tierslieux-cli{EXE_SUFFIX}"), "gui", "--db", str(db)]
    base_cmd = [str(minimal / f"minimal_window{EXE_SUFFIX}")]
    launch(ours_cmd, env)  # warm-up: schema at head, day's full check, first backup
    launch(base_cmd, env)
    ours_starts, base_starts = compare(ours_cmd, base_cmd, env, 5)
    results += start_results(
        ours_starts, base_starts, "Démarrage du bundle, base de démo large", "QMainWindow nu gelé de même"
    )
    return results
