"""The self-test is what a maintainer runs on a fresh install or a frozen bundle."""

from __future__ import annotations

import os
import subprocess
import sys


def test_self_test_passes_and_leaves_user_folders_alone(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TIERSLIEUX_HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-m", "tierslieux_app", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Autotest réussi." in proc.stdout
    assert proc.stdout.count("\nok     ") == 7
    assert "ok     attestations des bénévoles de" in proc.stdout
    assert "ok     pilote PostgreSQL (psycopg) présent" in proc.stdout
    assert "Schéma (révision)" in proc.stdout
    assert not home.exists()  # it worked in its own temporary folder
