"""Python's cyclic garbage collector, run in the GUI thread only.

Left automatic, a collection can start in whichever thread happens to allocate: a
worker thread (export, erasure, import…) may then destroy Qt objects that belong to
the GUI thread — a dialog of a page already closed, a model — and Qt crashes (a
segmentation fault, no Python traceback). So automatic collection is turned off and
a timer collects in the GUI thread with the same generational thresholds, as Anki
does (``aqt/main.py``, ``GarbageCollector``) following PyQt's advice. Reference
counting still frees everything without cycles at once: only cycles wait for the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    """Turns automatic collection off for its lifetime and collects on a timer instead."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(collect_due)
        gc.disable()
        self.timer.start()
        self.destroyed.connect(gc.enable)


def collect_due() -> int:
    """Collect the generations whose allocation count passed its threshold, as gc itself would."""
    threshold = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    collected = 0
    if count0 > threshold[0]:
        collected = gc.collect(0)
        if count1 > threshold[1]:
            collected += gc.collect(1)
            if count2 > threshold[2]:
                collected += gc.collect(2)
    return collected


def install(app: QObject) -> MainThreadCollector:
    """Collect in the GUI thread only, for as long as ``app`` (the QApplication) lives."""
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)
