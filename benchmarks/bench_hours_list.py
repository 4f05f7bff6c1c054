"""Hours list on the demo database: first page painted, filter keystrokes, window blocking.

Ours: the real HoursPage (lazy model, SQL at the source, worker thread) until its first
page is loaded and painted. Baseline: a bare QTableView over a QStandardItemModel filled
with the same first rows fetched by plain sqlite3, painted the same way, in the same run.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from pathlib import Path

from ._common import Result

FIRST_ROWS = 200
TYPED = "jardin"

BARE_QUERY = """
SELECT t.date, p.title, pa.first_name || ' ' || pa.last_name, t.hours / 100.0, t.time_type,
       t.activity, t.note
FROM time_entry t JOIN project p ON p.id = t.project_id JOIN participant pa ON pa.id = t.participant_id
ORDER BY t.date DESC, t.id LIMIT ?
"""


def _database(size: str, workdir: Path) -> Path:
    from tierslieux_app.core.demo import generate
    from tierslieux_app.core.storage import open_database

    path = workdir / f"hours-{size}.sqlite3"
    if not path.exists():
        db = open_database(path)
        generate(db, seed=1, size="large" if size == "full" else "small")
        db.close()
    return path


class _Heartbeat:
    """A 5 ms timer: the longest gap between its ticks is the longest time the window froze."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def _wait_loaded(model: object, app: object) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    model.loaded.connect(loop.quit)  # type: ignore[attr-defined]
    model.failed.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    model.loaded.disconnect(loop.quit)  # type: ignore[attr-defined]
    model.failed.disconnect(loop.quit)  # type: ignore[attr-defined]


def run(size: str, workdir: Path) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from tierslieux_app.core.storage import open_database
    from tierslieux_app.ui.context import AppContext
    from tierslieux_app.ui.pages.hours import HoursPage

    path = _database(size, workdir)
    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    entries = sqlite3.connect(path).execute("SELECT count(*) FROM time_entry").fetchone()[0]

    # Baseline: plain sqlite3 + a bare table view.
    t0 = time.perf_counter()
    conn = sqlite3.connect(path)
    rows = conn.execute(BARE_QUERY, (FIRST_ROWS,)).fetchall()
    model = QStandardItemModel(len(rows), 7)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    view = QTableView()
    view.setModel(model)
    view.resize(1100, 700)
    view.show()
    view.grab()
    bare = time.perf_counter() - t0
    view.close()
    conn.close()

    # Ours: the real page until its first page is in and painted.
    ctx = AppContext(db, "fr")
    t0 = time.perf_counter()
    page = HoursPage(ctx)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    _wait_loaded(page.model, app)
    page.grab()
    ours = time.perf_counter() - t0

    # Filter keystrokes: each prefix of TYPED, answered (query done, view reset).
    beat = _Heartbeat()
    beat.start()
    answers: list[float] = []
    for i in range(1, len(TYPED) + 1):
        page.text.setText(TYPED[:i])
        t0 = time.perf_counter()
        page.apply_filter()
        _wait_loaded(page.model, app)
        answers.append(time.perf_counter() - t0)
    frozen = beat.stop()
    page.model.wait()  # the last count may still run: finish it before closing the file
    page.close()
    db.close()
    p95 = statistics.quantiles(answers, n=20)[-1] if len(answers) > 1 else answers[0]
    label = f"{entries:,} saisies".replace(",", " ")
    return [
        Result(
            f"Liste des heures ({label}) : première page affichée",
            ours,
            bare,
            "s",
            2.0 if size == "full" else None,
            "QTableView nu sur les mêmes premières lignes (sqlite3)",
        ),
        Result(
            f"Liste des heures ({label}) : réponse à une frappe dans le filtre (95e centile, « {TYPED} »)",
            p95 * 1000,
            100.0,
            "ms",
            1.0 if size == "full" else None,
            "cible absolue : 100 ms",
        ),
        Result(
            f"Liste des heures ({label}) : plus long blocage de la fenêtre pendant le filtrage",
            frozen * 1000,
            50.0,
            "ms",
            1.0 if size == "full" else None,
            "cible absolue : 50 ms",
        ),
    ]
