"""The hours list: filter by typing, edit a line, delete it and undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from datahelp import answer_next_dialog, click_button, make_ctx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from tierslieux_app.core.services import participants, projects, time_entries
from tierslieux_app.ui.pages.hours import HoursPage


@pytest.fixture
def page(qtbot, tmp_path):
    ctx = make_ctx(tmp_path)
    db = ctx.db
    ids = {}
    for title in ("Jardins", "Rivières"):
        ids[title] = projects.create_project(db, {"title": title, "status": "en_cours"})["id"]
    anne = participants.create_participant(
        db, {"first_name": "Anne", "last_name": "Dupont", "category": "benevole", "sector": "citoyen"}
    )
    ids["anne"] = anne["id"]
    for title in ("Jardins", "Rivières"):
        projects.add_participant(
            db, {"participant_id": anne["id"], "project_id": ids[title], "role": "contributeur"}
        )
    for day in range(1, 6):
        time_entries.create_entry(
            db,
            {
                "participant_id": anne["id"],
                "project_id": ids["Jardins"],
                "date": dt.date(2025, 3, day),
                "hours": "2",
                "time_type": "benevole",
                "activity": "autre",
            },
        )
    time_entries.create_entry(
        db,
        {
            "participant_id": anne["id"],
            "project_id": ids["Rivières"],
            "date": dt.date(2025, 3, 10),
            "hours": "3,5",
            "time_type": "benevole",
            "activity": "autre",
            "note": "relevés de la crue",
        },
    )
    widget = HoursPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.model.loaded, timeout=10_000):
        widget.refresh()
    widget.ids = ids  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: widget.project.count() == 3)  # filter choices come from a worker thread
    yield widget
    widget.model.wait()
    ctx.db.close()


def test_typing_in_the_search_filters_the_list(qtbot, page):
    assert page.model.total == 6
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        qtbot.keyClicks(page.text, "crue")  # one query after 150 ms of quiet, not one per key
    assert page.model.total == 1
    assert page.model.row_dict(0)["hours"] == Decimal("3.50")
    assert page.count.text() == "1 saisie"


def test_delete_asks_then_undo_puts_the_entry_back(qtbot, page):
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 0))
    entry_id = page.model.row_dict(0)["id"]
    before = time_entries.get_entry(page.ctx.db, entry_id)
    answer_next_dialog(click_button("Supprimer"))
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.total == 5
    assert time_entries.count_entries(page.ctx.db) == 5
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.ctx.undo_stack.undo()
    assert time_entries.get_entry(page.ctx.db, entry_id) == before
    assert page.model.total == 6


def test_delete_cancelled_keeps_the_entry(qtbot, page):
    page.view.setCurrentIndex(page.model.index(0, 0))
    answer_next_dialog(click_button("Annuler"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert time_entries.count_entries(page.ctx.db) == 6
    assert page.ctx.undo_stack.count() == 0


def test_edit_refuses_bad_hours_then_saves_good_ones(qtbot, page):
    page.view.setCurrentIndex(page.model.index(0, 0))
    entry_id = page.model.row_dict(0)["id"]
    original = time_entries.get_entry(page.ctx.db, entry_id)["hours"]
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        hours = dialog.form.editor("hours")
        assert isinstance(hours, QLineEdit)
        hours.clear()
        qtbot.keyClicks(hours, "30")
        dialog.accept()
        seen["problem"] = dialog.form.problem_text("hours")
        seen["after_bad"] = time_entries.get_entry(page.ctx.db, entry_id)["hours"]
        hours.clear()
        qtbot.keyClicks(hours, "1,75")
        dialog.accept()

    answer_next_dialog(fill)
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.edit_current()
    assert seen["problem"] == "«\u00a030\u00a0» dépasse le maximum (24)"  # French typography in the window
    assert seen["after_bad"] == original == Decimal("3.50")
    assert time_entries.get_entry(page.ctx.db, entry_id)["hours"] == Decimal("1.75")
    page.ctx.undo_stack.undo()
    assert time_entries.get_entry(page.ctx.db, entry_id)["hours"] == original


def test_choosing_a_project_in_the_filter_keeps_its_hours_only(qtbot, page):
    page.project.setFocus()
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        qtbot.keyClicks(page.project, "R")  # keyboard search in the combo: "Rivières"
    assert page.project.value() == page.ids["Rivières"]
    assert page.model.total == 1
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        qtbot.keyClick(page.project, Qt.Key.Key_Up)  # back to "Jardins"
    assert page.model.total == 5


def test_person_filter_choices_come_ready_made_and_filter(qtbot, page):
    assert page.participant.itemText(1) == "Dupont Anne"
    assert page.participant.itemData(1) == page.ids["anne"]
    page.participant.setFocus()
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        qtbot.keyClicks(page.participant, "D")  # keyboard search in the combo: "Dupont Anne"
    assert page.current_filter().participant_id == page.ids["anne"]
    assert page.model.total == 6
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        qtbot.keyClicks(page.text, "crue")
    assert page.model.total == 1


def test_filters_read_no_filter_before_their_choices_arrive(qtbot, ctx):
    widget = HoursPage(ctx)
    qtbot.addWidget(widget)
    for combo in (widget.project, widget.participant):
        assert combo.currentText() == "—" and combo.value() is None
