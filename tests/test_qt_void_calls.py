"""Regression guard: PySide6 6.12.0 on CPython 3.11 loses a reference to None on every
void Qt call and aborts after a few thousand ("none_dealloc"). Our constraints must
never install such a combination; this runs 50,000 void calls in a child process."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject, QCoreApplication
app = QCoreApplication([])
obj = QObject()
for i in range(50_000):
    obj.setObjectName("n")          # void
    QCoreApplication.processEvents()  # void
print("clean")
"""


def test_fifty_thousand_void_qt_calls_exit_cleanly():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "clean"
