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

from ._common import Result, demo_database

FIRST_ROWS = 200
TYPED = "jardin"
# Typed then erased key by key, three times: 36 answers, so that the 95th centile is not
# simply the slowest key (with 6 answers it was), while each one-off cost still counts once.
ROUNDS = 3


def keystrokes() -> list[str]:
    """The search field's successive contents: "j" … "jardin", then "jardi" … "" (backspace)."""
    typed = [TYPED[:i] for i in range(1, len(TYPED) + 1)]
    return (typed + typed[-2::-1] + [""]) * ROUNDS


BARE_QUERY = """
SELECT t.date, p.title, pa.first_name || ' ' || pa.last_name, t.hours / 100.0, t.time_type,
       t.activity, t.note
FROM time_entry t JOIN project p ON p.id = t.project_id JOIN participant pa ON pa.id = t.participant_id
ORDER BY t.date DESC, t.id LIMIT ?
"""


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


def _wait_settled(page: object, app: object) -> None:
    """Let the window run until the exact count and the filter choices are in (the user's pause)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from tierslieux_app.ui.worker import running_tasks

    loop = QEventLoop()

    def check() -> None:
        if page.model.counted and not running_tasks():  # type: ignore[attr-defined]
            loop.quit()

    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(check)
    poll.start()
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    poll.stop()


def run(size: str, workdir: Path) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from tierslieux_app.core.storage import open_database
    from tierslieux_app.ui.context import AppContext
    from tierslieux_app.ui.pages.hours import HoursPage

    # The shared demo file, read-only: the list only reads (never write to the cached file).
    path = demo_database(workdir, size)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    app = QApplication.instance() or QApplication([])
    db = open_database(path, readonly=True, check=False)  # opening is not what is measured
    probe = sqlite3.connect(uri, uri=True)
    entries = probe.execute("SELECT count(*) FROM time_entry").fetchone()[0]
    probe.close()

    # Baseline: plain sqlite3 + a bare table view.
    t0 = time.perf_counter()
    conn = sqlite3.connect(uri, uri=True)
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

    # Filter keystrokes, each answered (query done, view reset, rows painted).
    beat = _Heartbeat()
    beat.start()
    answers: list[float] = []
    for text in keystrokes():
        page.text.setText(text)
        t0 = time.perf_counter()
        page.apply_filter()
        _wait_loaded(page.model, app)
        page.view.viewport().repaint()
        answers.append(time.perf_counter() - t0)
    # Then the pause after typing, still watched: the exact count and the filter choices
    # (deferred while the list changes) come in.
    _wait_settled(page, app)
    frozen = beat.stop()
    page.model.wait()
    page.close()
    db.close()
    p95 = statistics.quantiles(answers, n=20)[-1] if len(answers) > 1 else answers[0]
    slowest = max(answers)
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
            f"Liste des heures ({label}) : réponse à une frappe dans le filtre (95e centile de "
            f"{len(answers)} frappes, « {TYPED} » tapé puis effacé {ROUNDS} fois)",
            p95 * 1000,
            100.0,
            "ms",
            1.0 if size == "full" else None,
            "cible absolue : 100 ms",
            f"frappe la plus lente : {slowest * 1000:.0f} ms",
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
