"""The long crash runs at full count: 200 kill -9 during writes, two processes × 5,000 saves.

The test suite runs the same harness (``benchmarks/crash_harness.py``) at a reduced count
(tests/test_crash.py, counts in tests/long_runs.py); here it runs at the count the
figures quote. Ours: problems found (an acknowledged write lost, a transaction
half-applied, an integrity or foreign key error, a bad backup, a save refused as
« locked »). Baseline: the writes acknowledged in the same run, so the ratio is the loss
rate and the target is 0. The harness runs in its own interpreter: it forks writers,
which must not be forks of this process (Qt may be loaded).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ._common import Result

HARNESS = Path(__file__).resolve().with_name("crash_harness.py")
FULL = {"runs": 200, "saves": 5_000}
SMOKE = {"runs": 5, "saves": 200}


def _harness(*args: str) -> tuple[int, dict]:
    done = subprocess.run([sys.executable, str(HARNESS), *args], capture_output=True, text=True, timeout=3600)
    if not done.stdout.strip():
        raise RuntimeError(f"crash_harness {' '.join(args)} printed nothing: {done.stderr[-2000:]}")
    return done.returncode, json.loads(done.stdout)


def run(size: str, workdir: Path) -> list[Result]:
    counts = FULL if size == "full" else SMOKE
    folder = workdir / "crash"
    folder.mkdir(parents=True, exist_ok=True)
    code, report = _harness("--runs", str(counts["runs"]), "--workdir", str(folder))
    problems = len(report["problems"]) + (report["runs"] - report["integrity_ok"])
    kills = Result(
        f"Problèmes après kill -9 au hasard pendant les écritures : {report['runs']} exécutions, "
        f"{report['acked_writes']} écritures et {report['acked_updates']} mises à jour confirmées",
        problems,
        report["acked_writes"],
        "",
        0.0,
        "écritures confirmées",
        f"{report['integrity_ok']}/{report['runs']} fichiers intègres, {report['seconds']:.0f} s, "
        f"code de sortie {code}",
    )
    parallel_folder = workdir / "crash-parallel"
    parallel_folder.mkdir(parents=True, exist_ok=True)
    code, figures = _harness("--parallel", str(counts["saves"]), "--workdir", str(parallel_folder))
    per_process = f"{counts['saves']:,}".replace(",", "\u202f")
    lost = figures["saves"] - figures["rows"]
    errors = figures["locked_errors"] + sum(1 for c in figures["exit_codes"] if c != 0)
    unjournaled = figures["saves"] - figures["journal_lines"]
    saves = Result(
        f"Problèmes, deux processus × {per_process} enregistrements sur un même fichier",
        lost + errors + abs(unjournaled) + (figures["integrity"] != "ok"),
        figures["saves"],
        "",
        0.0,
        "enregistrements",
        f"{figures['rows']} lignes, {figures['journal_lines']} lignes de journal, "
        f"intégrité {figures['integrity']}, {figures['seconds']:.0f} s",
    )
    return [kills, saves]
