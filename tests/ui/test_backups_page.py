"""The backups page, the damaged-database dialog, the in-use dialog and the erasure dialog, driven by hand."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tierslieux_app.core.backup import backup_path, list_backups
from tierslieux_app.core.integrity import CorruptDatabaseError
from tierslieux_app.core.lock import LockedError
from tierslieux_app.core.services import participants, projects
from tierslieux_app.core.storage import open_database
from tierslieux_app.ui.worker import running_tasks

SHOTS = os.environ.get("TIERSLIEUX_SCREENSHOTS")  # a folder: save what the dialogs look like


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def click_in_message_box(button_text: str) -> None:
    """Answer the next modal message box by clicking the button with this text."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, answer)


def wait_tasks(qtbot) -> None:
    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=20_000)


def test_page_lists_backups_and_makes_one(qtbot, ctx):
    from tierslieux_app.ui.pages.backups_page import BackupsPage

    backup_path(ctx.db.path, "auto")
    page = BackupsPage(ctx)
    qtbot.addWidget(page)
    page.resize(700, 400)
    page.show()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == "automatique"
    assert page.table.item(0, 2).text()  # size, e.g. "208 Kio"
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert page.table.rowCount() == 2
    assert {page.table.item(r, 1).text() for r in range(2)} == {"automatique", "manuelle"}
    shot(page, "backups_page")


def test_restore_asks_first_then_brings_the_data_back(qtbot, ctx):
    from tierslieux_app.ui.pages.backups_page import BackupsPage

    projects.create_project(ctx.db, {"title": "Avant", "status": "en_cours"})
    backup_path(ctx.db.path, "manuelle")
    projects.create_project(ctx.db, {"title": "Après", "status": "en_cours"})
    page = BackupsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)

    click_in_message_box("Annuler")
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert [p["title"] for p in projects.list_projects(ctx.db)] == ["Après", "Avant"]

    changed = []
    ctx.data_changed.connect(changed.append)
    click_in_message_box("Restaurer")
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert [p["title"] for p in projects.list_projects(ctx.db)] == ["Avant"]
    assert changed == ["*"]
    assert "avant restauration" in {page.table.item(r, 1).text() for r in range(page.table.rowCount())}


def _damage(path: Path) -> None:
    rnd = random.Random(5)
    with open(path, "r+b") as fh:
        for n in rnd.sample(range(1, path.stat().st_size // 4096), 4):
            fh.seek(n * 4096)
            fh.write(rnd.randbytes(200))


def test_damaged_database_dialog_offers_and_restores_the_last_good_backup(qtbot, qapp, tmp_path):
    from tierslieux_app.ui.dialogs.corrupt_db_dialog import CorruptDbDialog

    path = tmp_path / "base.sqlite3"
    db = open_database(path)
    for i in range(200):
        participants.create_participant(
            db, {"first_name": f"P{i}", "last_name": "Nom" * 20, "category": "benevole", "sector": "citoyen"}
        )
    backup_path(path, "auto")
    db.close()
    _damage(path)
    with pytest.raises(CorruptDatabaseError) as info:
        open_database(path)

    dialog = CorruptDbDialog(info.value)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.restore_button.isEnabled()
    assert "Dernière sauvegarde saine" in dialog.offer.text()
    shot(dialog, "corrupt_db_dialog")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.restore_result.set_aside.exists()
    db = open_database(path)
    try:
        assert len(participants.list_participants(db)) == 200
    finally:
        db.close()


def test_in_use_dialog_names_the_holder_and_offers_read_only(qtbot, qapp, tmp_path):
    from tierslieux_app.ui.dialogs.in_use_dialog import InUseDialog

    error = LockedError(
        tmp_path / "base.sqlite3", {"user": "marie", "host": "PC-ACCUEIL", "since": "2026-11-23T09:12:00"}
    )
    dialog = InUseDialog(error)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.text.text()
    assert "marie" in text and "PC-ACCUEIL" in text and "23/11/2026 09:12" in text
    shot(dialog, "in_use_dialog")
    qtbot.mouseClick(dialog.readonly_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_erase_dialog_erases_then_purges_the_backups(qtbot, ctx):
    from tierslieux_app.ui.dialogs.erase_dialog import EraseParticipantDialog

    person = participants.create_participant(
        ctx.db,
        {"first_name": "Zéphirine", "last_name": "Quatremarre", "category": "benevole", "sector": "citoyen",
         "email": "zq@example.org"},
    )  # fmt: skip
    copy = backup_path(ctx.db.path, "manuelle")
    dialog = EraseParticipantDialog(ctx, person["id"], "Zéphirine Quatremarre")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.close_button.isDefault()  # Enter never erases by accident
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert participants.get_participant(ctx.db, person["id"])["last_name"] == "effacée"
    assert dialog.backups.count() == 1 and dialog.purge_button.isVisible()
    assert "1 sauvegarde contient encore" in dialog.text.text()
    shot(dialog, "erase_dialog")
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert b"Quatremarre" not in copy.read_bytes()
    assert [b.path for b in list_backups(ctx.db.path)] == [copy]


def test_retention_dialog_lists_inactive_people_and_saves_the_duration(qtbot, ctx):
    import datetime as dt

    from sqlalchemy import update

    from tierslieux_app.core import erasure
    from tierslieux_app.core.models import Participant
    from tierslieux_app.ui.dialogs.retention_dialog import RetentionDialog

    old = participants.create_participant(
        ctx.db, {"first_name": "Ancien", "last_name": "Membre", "category": "benevole", "sector": "citoyen"}
    )
    participants.create_participant(
        ctx.db, {"first_name": "Récent", "last_name": "Membre", "category": "benevole", "sector": "citoyen"}
    )
    four_years_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=4 * 366)
    with ctx.db.write() as session:
        session.execute(
            update(Participant).where(Participant.id == old["id"]).values(updated_at=four_years_ago)
        )
    dialog = RetentionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.years.value() == 3
    assert [dialog.people.item(i).text().split(" — ")[0] for i in range(dialog.people.count())] == [
        "Ancien Membre"
    ]
    shot(dialog, "retention_dialog")
    dialog.years.setFocus()
    qtbot.keyClick(dialog.years, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.years, Qt.Key.Key_Up)
    assert erasure.retention_years(ctx.db) == 5
    assert dialog.people.count() == 0
    assert dialog.count.text() == "0 personne"


def test_journal_dialog_shows_what_changed(qtbot, ctx):
    from tierslieux_app.ui.dialogs.journal_dialog import JournalDialog

    project = projects.create_project(ctx.db, {"title": "Jardins", "status": "en_cours"})
    projects.update_project(ctx.db, project["id"], {"status": "termine"})
    dialog = JournalDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    first = [dialog.table.item(0, c).text() for c in range(1, 4)]
    assert first == ["Projets", "modification", "Statut"]
    assert [dialog.table.item(1, c).text() for c in range(1, 4)] == ["Projets", "création", "Jardins"]
    shot(dialog, "journal_dialog")
    dialog.filter.setCurrentIndex(dialog.filter.findData("participant"))
    assert dialog.table.rowCount() == 0
