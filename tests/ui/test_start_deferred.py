"""Start-up: the window paints from a checked file, then connects; the first page waits for the paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tierslieux_app.core.lock import read_owner
from tierslieux_app.core.services import structure
from tierslieux_app.core.storage import Opening, open_database, prepare_database


def _database_with_structure(path: Path) -> Path:
    db = open_database(path)
    try:
        structure.save_structure(
            db,
            {
                "name": "La Fabrique",
                "legal_form": "association",
                "tsr_category": "non_marchand",
                "rna": "W751234567",
            },
        )
    finally:
        db.close()
    return path


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return _database_with_structure(tmp_path / "fabrique.sqlite3")


def test_worker_returns_a_checked_file_unconnected_and_a_new_one_connected(base, tmp_path):
    from tierslieux_app.core.db import Database
    from tierslieux_app.ui.app import _open_or_find_backup

    opening = _open_or_find_backup(str(base), False)
    try:
        assert isinstance(opening, Opening) and opening.ready
        assert read_owner(base.resolve())  # the writer's lock is already held
    finally:
        opening.abandon()
    new = _open_or_find_backup(str(tmp_path / "nouvelle.sqlite3"), False)
    try:
        assert isinstance(new, Database)  # first run: the assistant needs the database
    finally:
        new.close()


def test_frame_does_not_connect_and_first_page_does(qtbot, base, prefs):
    from tierslieux_app.ui.context import AppContext
    from tierslieux_app.ui.main_window import MainWindow

    ctx = AppContext(prepare_database(base), "fr")
    win = MainWindow(ctx, prefs, page_keys=("projects", "participants"))
    qtbot.addWidget(win)
    assert not ctx.connected
    assert "fabrique.sqlite3" in win.windowTitle() and "lecture seule" not in win.windowTitle()
    assert win.db_label.text() == str(base.resolve())
    assert win.pages == {}  # nothing built before the first paint, whatever the list's focus does
    win.show()
    qtbot.waitUntil(lambda: "projects" in win.pages)
    assert ctx.connected and ctx.db.journal
    assert win.nav.currentRow() == 0 and win.stack.currentIndex() == 0
    assert list(win.pages) == ["projects"]
    qtbot.keyClick(win, "2", modifier=_ctrl())
    qtbot.waitUntil(lambda: win.current_key() == "participants")
    assert win.stack.currentIndex() == 1


def _ctrl():
    from PySide6.QtCore import Qt

    return Qt.KeyboardModifier.ControlModifier


def test_window_closed_before_its_first_page_releases_the_file(qtbot, base, prefs):
    from tierslieux_app.ui.context import AppContext
    from tierslieux_app.ui.main_window import MainWindow

    ctx = AppContext(prepare_database(base), "fr")
    win = MainWindow(ctx, prefs, page_keys=("projects",))
    closed = []
    win.closed.connect(lambda: closed.append(True))
    win.show()
    win.close()  # before any event: no paint, no page
    assert closed == [True] and win.pages == {}
    assert not read_owner(base.resolve())  # backed up on close and closed: lock released


def test_first_paint_report_prints_both_moments_and_closes(qtbot, base, prefs, monkeypatch, capsys):
    from tierslieux_app.ui.app import REPORT_FIRST_PAINT, Launcher

    monkeypatch.setenv(REPORT_FIRST_PAINT, "1")
    quits: list[bool] = []
    launcher = Launcher(prefs, on_quit=lambda: quits.append(True))
    launcher.open(str(base), remember=False)
    qtbot.waitUntil(lambda: quits == [True], timeout=30_000)
    lines = [line.split() for line in capsys.readouterr().out.splitlines()]
    moments = {name: float(stamp) for name, stamp in lines if name in ("first-paint", "first-page")}
    assert set(moments) == {"first-paint", "first-page"}
    assert moments["first-paint"] <= moments["first-page"]
    assert not read_owner(base.resolve())


# A fresh interpreter (this one has everything loaded): the real start, a filter noting what is
# imported when the main window first paints.
START = textwrap.dedent(
    """
    import json, sys
    import PySide6.QtCore as QtCore
    from PySide6.QtCore import QEvent, QObject
    import tierslieux_app.ui.main_window as mw

    HEAVY = ("sqlalchemy", "alembic", "openpyxl", "PySide6.QtCharts", "tierslieux_app.core.models")

    class Spy(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                loaded = [m for m in HEAVY if m in sys.modules]
                qt_namespace = "Qt" in QtCore.__dict__  # the enums namespace, ~80 ms to create
                print("AT-PAINT " + json.dumps({"loaded": loaded, "qt": qt_namespace}), flush=True)
            return False

    init = mw.MainWindow.__init__
    def spied(self, *args, **kwargs):
        init(self, *args, **kwargs)
        self._spy = Spy()
        self.installEventFilter(self._spy)
    mw.MainWindow.__init__ = spied

    from tierslieux_app.cli import main
    sys.exit(main(["gui", "--db", sys.argv[1]]))
    """
)


def test_first_paint_comes_before_the_heavy_imports(base, tmp_path):
    env = dict(os.environ, TIERSLIEUX_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    env["TIERSLIEUX_REPORT_FIRST_PAINT"] = "1"  # closes the window once its first page is built
    proc = subprocess.run(
        [sys.executable, "-c", START, str(base)], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.startswith("AT-PAINT ")]
    assert [json.loads(line.removeprefix("AT-PAINT ")) for line in lines] == [{"loaded": [], "qt": False}]
    assert "first-page" in proc.stdout
