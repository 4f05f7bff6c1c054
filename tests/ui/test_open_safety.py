"""Opening a database held by another process, or damaged; backups on a timer and at closing."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tierslieux_app.core.backup import backup_path, list_backups
from tierslieux_app.core.services import participants, projects, structure
from tierslieux_app.core.storage import open_database

SHOTS = os.environ.get("TIERSLIEUX_SCREENSHOTS")  # a folder: save what the dialogs look like

# Another process: opens the database for writing, says so, keeps the lock until its stdin closes.
HOLDER = textwrap.dedent(
    """
    import sys
    from tierslieux_app.core.storage import open_database
    db = open_database(sys.argv[1])
    print("HELD", flush=True)
    sys.stdin.readline()
    db.close()
    """
)


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _with_structure(path: Path) -> None:
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
        for i in range(150):
            participants.create_participant(
                db,
                {"first_name": f"P{i}", "last_name": "Nom" * 20, "category": "benevole", "sector": "citoyen"},
            )
        projects.create_project(db, {"title": "Jardins partagés", "status": "en_cours"})
    finally:
        db.close()


@pytest.fixture
def launcher(prefs):
    from tierslieux_app.ui.app import Launcher

    quits: list[bool] = []
    launcher = Launcher(prefs, on_quit=lambda: quits.append(True))
    launcher.quits = quits
    yield launcher
    if launcher.window is not None:
        launcher.window.close()


def test_second_open_of_a_locked_database_offers_read_only(qtbot, tmp_path, launcher, wait_idle):
    path = tmp_path / "base.sqlite3"
    _with_structure(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
        launcher.open(str(path))
        qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=10_000)
        dialog = launcher.dialog
        assert dialog.windowTitle() == "Base déjà ouverte"
        assert "base.sqlite3" in dialog.text.text()
        shot(dialog, "in_use_dialog_launcher")
        qtbot.mouseClick(dialog.readonly_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: launcher.window is not None and launcher.window.isVisible(), timeout=10_000)
        window = launcher.window
        assert window.ctx.db.readonly
        assert window.windowTitle().endswith("(lecture seule)")
        assert not window.backup_timer.isActive()
        wait_idle()
        # An edit is refused with the plain French message, nothing written.
        page = window.show_page("participants")
        wait_idle()
        page.view.setCurrentIndex(page.model.index(0, 0))
        first = page.form.editor("first_name")
        first.setFocus()
        first.selectAll()
        qtbot.keyClicks(first, "Autre")
        qtbot.keyClick(first, Qt.Key.Key_Tab)
        assert page.message.text() == "La base est ouverte en lecture seule\u00a0: modification impossible."
        assert "Autre" not in {p["first_name"] for p in participants.list_participants(window.ctx.db)}
        wait_idle()
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0


def test_locked_database_and_quit_ends_the_app(qtbot, tmp_path, launcher):
    path = tmp_path / "base.sqlite3"
    _with_structure(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
        launcher.open(str(path))
        qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=10_000)
        qtbot.mouseClick(launcher.dialog.quit_button, Qt.MouseButton.LeftButton)
        assert launcher.quits == [True]
        assert launcher.window is None
    finally:
        holder.communicate("\n", timeout=30)


def _damage(path: Path) -> None:
    rnd = random.Random(5)
    with open(path, "r+b") as fh:
        for n in rnd.sample(range(1, path.stat().st_size // 4096), 4):
            fh.seek(n * 4096)
            fh.write(rnd.randbytes(200))


def test_damaged_database_is_detected_at_start_and_the_last_good_backup_restored(
    qtbot, tmp_path, launcher, wait_idle
):
    path = tmp_path / "base.sqlite3"
    _with_structure(path)
    good = backup_path(path, "auto")
    _damage(path)
    damaged = path.read_bytes()
    launcher.open(str(path))
    qtbot.waitUntil(lambda: launcher.dialog is not None and launcher.dialog.isVisible(), timeout=10_000)
    dialog = launcher.dialog
    assert dialog.windowTitle() == "Base de données endommagée"
    assert dialog.backup is not None and dialog.backup.path == good
    assert good.name in dialog.offer.text()
    assert dialog.restore_button.isEnabled()
    shot(dialog, "corrupt_db_dialog_launcher")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: launcher.window is not None and launcher.window.isVisible(), timeout=10_000)
    window = launcher.window
    assert not window.ctx.db.readonly
    assert len(participants.list_participants(window.ctx.db)) == 150
    aside = [
        p for p in tmp_path.iterdir() if p.is_file() and p.name != path.name and p.read_bytes() == damaged
    ]
    assert aside, "the damaged file is kept aside"
    wait_idle()


def test_timer_backs_up_changes_and_closing_backs_up_then_closes(qtbot, ctx, prefs, wait_idle):
    from tierslieux_app.ui.main_window import BACKUP_EVERY_MS, MainWindow

    # Not handed to qtbot: the window deletes itself when closed, which this test does.
    window = MainWindow(ctx, prefs, page_keys=("structure",))
    window.show()
    assert window.backup_timer.isActive() and window.backup_timer.interval() == BACKUP_EVERY_MS == 300_000
    assert list_backups(ctx.db.path) == []
    window.backup_timer.timeout.emit()  # what the timer does every five minutes
    wait_idle()
    [auto] = list_backups(ctx.db.path)
    window.backup_timer.timeout.emit()  # nothing changed, and the last one is recent: no new backup
    wait_idle()
    assert len(list_backups(ctx.db.path)) == 1
    projects.create_project(ctx.db, {"title": "Après la sauvegarde", "status": "en_cours"})
    window.close()
    backups = list_backups(ctx.db.path)
    assert len(backups) == 2 and backups[1].path == auto.path
    copy = open_database(backups[0].path, readonly=True)
    try:
        assert "Après la sauvegarde" in {p["title"] for p in projects.list_projects(copy)}
    finally:
        copy.close()
    assert ctx.db.lock is None  # the database was closed: its lock is free


def test_network_folder_warning_is_shown_once(qtbot, tmp_path, launcher, wait_idle):
    path = tmp_path / "base.sqlite3"
    _with_structure(path)
    db = open_database(path)
    db.warnings.append("La base est dans un dossier réseau (cifs).")
    launcher._show_window(db, str(path), False)
    qtbot.waitUntil(lambda: len(launcher.warning_boxes) == 1 and launcher.warning_boxes[0].isVisible())
    box = launcher.warning_boxes[0]
    assert box.text() == "La base est dans un dossier réseau (cifs)."
    qtbot.mouseClick(box.button(box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert launcher.warning_boxes == []
    wait_idle()
    launcher._show_warnings(db)
    assert launcher.warning_boxes == []  # the same text is not repeated
