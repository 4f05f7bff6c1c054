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


def project_with_a_member_who_has_hours(db, title: str, start: str) -> tuple[dict, dict]:
    """A project, a volunteer taking part in it and two hours of hers on 3 March 2025."""
    from tierslieux_app.core.services import participants, projects, time_entries

    project = projects.create_project(db, {"title": title, "status": "en_cours", "start_date": start})
    person = participants.create_participant(
        db, {"first_name": "Anne", "last_name": "Dupont", "category": "benevole", "sector": "citoyen"}
    )
    projects.add_participant(
        db, {"participant_id": person["id"], "project_id": project["id"], "role": "contributeur"}
    )
    time_entries.create_entry(
        db,
        {
            "participant_id": person["id"],
            "project_id": project["id"],
            "date": "2025-03-03",
            "hours": "2",
            "time_type": "benevole",
            "activity": "animation",
        },
    )
    return project, person
