"""The start-up baseline: a bare PySide6 QMainWindow, shown, reporting its first paint.

Run as a script (``python benchmarks/minimal_window.py``) or frozen with
``minimal_window.spec`` (benchmarks/bench_bundle.py). It reports the first paint
exactly as the application does with ``TIERSLIEUX_REPORT_FIRST_PAINT=1``
(tierslieux_app/ui/app.py): an event filter on the window prints
``first-paint <time.time()>`` at its first ``QEvent.Paint``, then closes it.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, watched.close)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Minimal")
    window.resize(1200, 780)
    reporter = FirstPaint()
    window.installEventFilter(reporter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
