"""Helpers shared by the tests of the data pages: a real database file and context, dialogs answered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget


def make_ctx(tmp_path: Path):
    from tierslieux_app.core.storage import open_database
    from tierslieux_app.ui.context import AppContext

    db = open_database(tmp_path / "x.sqlite3")
    return AppContext(db, "fr")


def answer_next_dialog(act: Callable[[QWidget], None]) -> None:
    """When the next modal dialog opens, run ``act`` on it (click a button, fill a field)."""

    def poll(tries: int = 200) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog | QMessageBox):
            act(widget)
        elif tries:
            QTimer.singleShot(10, lambda: poll(tries - 1))

    QTimer.singleShot(0, poll)


def click_button(text: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        for button in dialog.findChildren(QAbstractButton):
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {dialog}")

    return act
