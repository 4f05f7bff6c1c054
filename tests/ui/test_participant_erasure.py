"""The participants page's « Effacer définitivement… » button: the erasure dialog, then the page updated."""

from __future__ import annotations

from datahelp import make_ctx
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tierslieux_app.core.services import participants
from tierslieux_app.ui.worker import running_tasks


def test_erase_button_opens_the_dialog_and_anonymises_the_person(qtbot, tmp_path):
    from tierslieux_app.ui.dialogs.erase_dialog import EraseParticipantDialog
    from tierslieux_app.ui.pages.participants import ParticipantsPage

    ctx = make_ctx(tmp_path)
    anne = participants.create_participant(
        ctx.db,
        {
            "first_name": "Anne",
            "last_name": "Dupont",
            "email": "anne@example.org",
            "category": "benevole",
            "sector": "citoyen",
        },
    )
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.erase_button.isEnabled()  # nobody selected
    page.open_participant(anne["id"])
    assert page.erase_button.isEnabled()
    seen: dict[str, str] = {}

    def in_dialog(tries: int = 300) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EraseParticipantDialog):
            if tries:
                QTimer.singleShot(10, lambda: in_dialog(tries - 1))
            return
        seen["text"] = dialog.text.text()
        dialog.erase_button.click()
        close_when_erased(dialog)

    def close_when_erased(dialog, tries: int = 1000) -> None:
        if dialog.erased or not tries:
            dialog.close_button.click()
        else:
            QTimer.singleShot(10, lambda: close_when_erased(dialog, tries - 1))

    QTimer.singleShot(0, in_dialog)
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)  # exec() returns once closed
    assert "Anne Dupont" in seen["text"]
    person = participants.get_participant(ctx.db, anne["id"])
    assert person["email"] is None and "Anne" not in (person["first_name"] or "")
    assert "Anne" not in page.heading.text()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    ctx.db.close()
