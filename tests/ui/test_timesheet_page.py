"""The weekly grid driven with the keyboard only, on a real database file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from datahelp import make_ctx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from tierslieux_app.core.services import participants, projects, time_entries, timesheet
from tierslieux_app.ui.models.timesheet_model import COL_ACTIVITY, COL_DAY0
from tierslieux_app.ui.pages.timesheet import TimesheetPage

MONDAY = dt.date(2025, 3, 3)


@pytest.fixture
def page(qtbot, tmp_path):
    ctx = make_ctx(tmp_path)
    project = projects.create_project(ctx.db, {"title": "Jardins", "status": "en_cours"})
    person = participants.create_participant(
        ctx.db, {"first_name": "Anne", "last_name": "Dupont", "category": "benevole", "sector": "citoyen"}
    )
    projects.add_participant(
        ctx.db, {"participant_id": person["id"], "project_id": project["id"], "role": "contributeur"}
    )
    widget = TimesheetPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.open_project(project["id"], MONDAY)
    widget.ids = {"project": project["id"], "anne": person["id"]}  # type: ignore[attr-defined]
    yield widget
    ctx.db.close()


def _type(qtbot, view, text: str):
    """Keys as a person types them: the first one opens the cell editor, which then has the focus."""
    qtbot.keyClicks(view, text[0])
    editor = view.focusWidget()
    assert editor is not view
    qtbot.keyClicks(editor, text[1:])
    return editor


def _enter(qtbot, widget) -> None:
    """Return in a cell editor: Qt commits and closes it from a queued call."""
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    QApplication.processEvents()


def _entries(page) -> list[tuple[dt.date, Decimal]]:
    rows = time_entries.list_entries(page.ctx.db, order="date", descending=False)
    return [(r["date"], r["hours"]) for r in rows]


def test_hours_typed_with_the_keyboard_are_saved_cell_by_cell(qtbot, page):
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, COL_DAY0))
    editor = _type(qtbot, view, "2,5")  # typing starts editing
    _enter(qtbot, editor)  # saves, goes to Tuesday
    assert view.currentIndex().column() == COL_DAY0 + 1
    editor = _type(qtbot, view, "1.25")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert _entries(page) == [(MONDAY, Decimal("2.50")), (MONDAY + dt.timedelta(days=1), Decimal("1.25"))]
    assert page.model.index(0, COL_DAY0).data() == "2,5"


def test_invalid_hours_show_a_french_message_and_save_nothing(qtbot, page):
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, COL_DAY0 + 2))
    editor = _type(qtbot, view, "30")
    _enter(qtbot, editor)
    assert "dépasse le maximum" in page.status.text()
    assert "Heures" in page.status.text()
    assert page.model.index(0, COL_DAY0 + 2).data(Qt.ItemDataRole.ToolTipRole) == page.status.text()
    view.setCurrentIndex(page.model.index(0, COL_DAY0 + 3))
    editor = _type(qtbot, view, "abc")
    _enter(qtbot, editor)
    assert "n'est pas un nombre" in page.status.text()
    assert _entries(page) == []
    assert page.ctx.undo_stack.count() == 0


def test_undo_redo_a_cell_and_copy_previous_week(qtbot, page):
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, COL_DAY0))
    editor = _type(qtbot, view, "3")
    _enter(qtbot, editor)
    assert _entries(page) == [(MONDAY, Decimal("3.00"))]
    page.ctx.undo_stack.undo()
    assert _entries(page) == []
    assert page.model.index(0, COL_DAY0).data() == ""
    page.ctx.undo_stack.redo()
    assert _entries(page) == [(MONDAY, Decimal("3.00"))]
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.model.monday == MONDAY + dt.timedelta(days=7)
    qtbot.mouseClick(page.copy, Qt.MouseButton.LeftButton)
    assert _entries(page) == [(MONDAY, Decimal("3.00")), (MONDAY + dt.timedelta(days=7), Decimal("3.00"))]
    assert page.model.index(0, COL_DAY0).data() == "3"
    page.ctx.undo_stack.undo()
    assert _entries(page) == [(MONDAY, Decimal("3.00"))]


def test_another_line_for_the_same_person_with_another_activity(qtbot, page):
    page.add_line(page.ids["anne"], "benevole", "animation")
    assert page.model.rowCount() == 2
    view = page.view
    row = view.currentIndex().row()
    editor = _type(qtbot, view, "4")
    _enter(qtbot, editor)
    lines = timesheet.week_lines(page.ctx.db, page.ids["project"], MONDAY)
    assert [(ln.activity, ln.hours[0]) for ln in lines] == [("animation", Decimal("4.00"))]
    assert page.model.rowCount() == 2  # the empty default line stays where it was
    assert page.model.lines[row].activity == "animation"


def test_changing_the_activity_of_a_line_moves_its_hours_in_one_undo_step(qtbot, page):
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, COL_DAY0))
    _enter(qtbot, _type(qtbot, view, "2"))
    view.setCurrentIndex(page.model.index(0, COL_ACTIVITY))
    qtbot.keyClick(view, Qt.Key.Key_F2)  # opens the combo of activities
    combo = view.focusWidget()
    assert isinstance(combo, QComboBox)
    qtbot.keyClicks(combo, "Anim")
    _enter(qtbot, combo)
    lines = timesheet.week_lines(page.ctx.db, page.ids["project"], MONDAY)
    assert [(ln.activity, ln.hours[0]) for ln in lines] == [("animation", Decimal("2.00"))]
    assert page.model.index(0, COL_ACTIVITY).data() == "Animation"
    page.ctx.undo_stack.undo()
    lines = timesheet.week_lines(page.ctx.db, page.ids["project"], MONDAY)
    assert [(ln.activity, ln.hours[0]) for ln in lines] == [("autre", Decimal("2.00"))]


def test_column_widths_are_remembered(qtbot, page):
    header = page.view.horizontalHeader()
    header.resizeSection(COL_DAY0, 123)
    again = TimesheetPage(page.ctx)
    qtbot.addWidget(again)
    assert again.view.horizontalHeader().sectionSize(COL_DAY0) == 123
