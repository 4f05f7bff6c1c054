"""Killing the process during an export leaves the old file or the new one, whole."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from long_runs import count
from test_export_data import YEAR, build_year

# a kill at a random progress line of the export, per format (full: TIERSLIEUX_LONG_TESTS=1)
KILLS_PER_FORMAT = count(2, 20)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_command(db_path: Path, dest: Path, fmt: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "tierslieux_app",
        "export",
        "--db",
        str(db_path),
        "--year",
        str(YEAR),
        "--out",
        str(dest),
        "--format",
        fmt,
        "--progress",
    ]


def test_sigkill_at_random_moments_never_leaves_a_broken_file(tmp_path):
    from tierslieux_app.core.format.readers import check_file
    from tierslieux_app.core.storage import open_database

    db_path = tmp_path / "base.sqlite3"
    db = open_database(db_path)
    build_year(db, entries=5000)
    db.close()
    rng = random.Random(20251123)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    killed_mid_write = 0
    for fmt, dest in (("xlsx", tmp_path / "annee.xlsx"), ("datapackage", tmp_path / "annee.zip")):
        first = subprocess.run(export_command(db_path, dest, fmt), env=env, capture_output=True, text=True)
        assert first.returncode == 0, first.stderr
        for _ in range(KILLS_PER_FORMAT):
            before = sha(dest)
            stop_after = rng.randrange(0, 12)  # progress lines to read before the kill
            proc = subprocess.Popen(
                export_command(db_path, dest, fmt),
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            assert proc.stdout is not None
            lines = 0
            while lines < stop_after and proc.stdout.readline().startswith("avancement"):
                lines += 1
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            proc.stdout.close()
            if proc.returncode == -signal.SIGKILL and lines > 0:
                killed_mid_write += 1
            assert dest.is_file()
            if sha(dest) != before:  # the new one: it must be complete and valid
                report = check_file(dest)
                assert report.ok, report.problems[:5]
            else:  # the old one, untouched
                assert check_file(dest).ok
    assert killed_mid_write >= 2
