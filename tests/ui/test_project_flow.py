"""A whole season typed through the pages: a project, a person, hours in the grid, an output;
then the year's figures are exactly those hours. And the refusals that save nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from datahelp import answer_next_dialog, click_button, make_ctx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit

from tierslieux_app.core.services import aggregates, outputs, participants, projects
from tierslieux_app.ui.models.timesheet_model import COL_DAY0
from tierslieux_app.ui.pages.projects import ProjectsPage
from tierslieux_app.ui.pages.timesheet import TimesheetPage

MONDAY = dt.date(2025, 3, 3)


@pytest.fixture
def ctx(qtbot, tmp_path):
    from tierslieux_app.ui.worker import running_tasks

    context = make_ctx(tmp_path)
    yield context
    qtbot.waitUntil(lambda: running_tasks() == 0)  # lists filled from worker threads
    context.db.close()


def _type_line(qtbot, dialog: QDialog, name: str, text: str) -> None:
    editor = dialog.form.editor(name)
    editor = getattr(editor, "line", editor)  # a date field types in its line edit
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, text)


def _choose(qtbot, dialog: QDialog, name: str, first_letters: str) -> None:
    combo = dialog.form.editor(name)
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    qtbot.keyClicks(combo, first_letters)  # keyboard search in the list, as a person does


def _new_project(qtbot, page: ProjectsPage, end: str) -> dict[str, str]:
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        _type_line(qtbot, dialog, "title", "Jardins partages")
        _type_line(qtbot, dialog, "start_date", "01/03/2025")
        _type_line(qtbot, dialog, "end_date", end)
        dialog.accept()
        seen["problem"] = dialog.form.problem_text("end_date")
        seen["count"] = str(len(projects.list_projects(page.ctx.db)))
        if dialog.isVisible():
            _type_line(qtbot, dialog, "end_date", "30/11/2025")
            dialog.accept()

    answer_next_dialog(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    return seen


def test_a_season_typed_through_the_pages_gives_the_year_figures(qtbot, ctx):
    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()

    seen = _new_project(qtbot, page, "01/02/2025")
    assert seen == {"problem": "La date de fin précède la date de début", "count": "0"}
    [project] = projects.list_projects(ctx.db)
    assert (project["title"], project["end_date"]) == ("Jardins partages", dt.date(2025, 11, 30))
    assert page.stack.currentWidget() is page.detail and page.project_id == project["id"]

    page.tabs.setCurrentWidget(page.members)

    def person(dialog: QDialog) -> None:
        _type_line(qtbot, dialog, "first_name", "Anne")
        _type_line(qtbot, dialog, "last_name", "Dupont")
        _choose(qtbot, dialog, "category", "B")  # Bénévole
        _choose(qtbot, dialog, "sector", "Soc")
        dialog.accept()

    answer_next_dialog(person)
    qtbot.mouseClick(page.members.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.members.person.count() == 0)  # no one left to add: Anne is in
    [member] = projects.project_participants(ctx.db, project["id"])
    assert (member["first_name"], member["category"], member["role"]) == ("Anne", "benevole", "contributeur")
    assert page.members.model.rowCount() == 1

    sheet = TimesheetPage(ctx)
    qtbot.addWidget(sheet)
    sheet.show()
    sheet.open_project(project["id"], MONDAY)
    view = sheet.view
    view.setFocus()
    view.setCurrentIndex(sheet.model.index(0, COL_DAY0))
    for text in ("2,5", "3", "", "1.5"):
        if text:
            qtbot.keyClicks(view, text[0])
            editor = view.focusWidget()
            qtbot.keyClicks(editor, text[1:])
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            QApplication.processEvents()
        else:
            qtbot.keyClick(view, Qt.Key.Key_Return)  # an empty day: Enter just moves on

    page.tabs.setCurrentWidget(page.outputs)

    def output(dialog: QDialog) -> None:
        _type_line(qtbot, dialog, "title", "Guide du compost")
        _type_line(qtbot, dialog, "date", "15/06/2025")
        _choose(qtbot, dialog, "output_type", "Rap")  # asked at creation: the export needs it
        dialog.accept()

    answer_next_dialog(output)
    qtbot.mouseClick(page.outputs.new_button, Qt.MouseButton.LeftButton)
    assert [o["title"] for o in outputs.list_outputs(ctx.db)] == ["Guide du compost"]

    figures = aggregates.year_figures(ctx.db, 2025)
    assert figures.hours_total == Decimal("7.00")
    assert figures.hours_by_type["benevole"] == Decimal("7.00")
    assert figures.participants_total == 1
    assert figures.outputs_total == 1
    assert figures.active_projects == 1


def test_end_before_start_on_the_project_form_saves_nothing(qtbot, ctx):
    project = projects.create_project(
        ctx.db, {"title": "Rivières", "status": "en_cours", "start_date": "2025-03-01"}
    )
    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_project(project["id"])
    end = page.identity.form.editor("end_date").line
    end.setFocus()
    qtbot.keyClicks(end, "01/01/2025")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert page.identity.form.problem_text("end_date") == "La date de fin précède la date de début"
    assert page.identity.form.error_label("end_date").isVisible()
    assert projects.get_project(ctx.db, project["id"]) == project
    assert ctx.undo_stack.count() == 0
    end.clear()
    qtbot.keyClicks(end, "31/12/2025")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    assert page.identity.form.problem_text("end_date") == ""
    assert projects.get_project(ctx.db, project["id"])["end_date"] == dt.date(2025, 12, 31)
    ctx.undo_stack.undo()
    assert projects.get_project(ctx.db, project["id"])["end_date"] is None
    assert page.identity.form.editor("end_date").text() == ""


def test_deleting_a_project_says_what_goes_with_it_and_undo_restores_all(qtbot, ctx):
    from tierslieux_app.core.services import time_entries

    project = projects.create_project(ctx.db, {"title": "Rivières", "status": "en_cours"})
    person = participants.create_participant(
        ctx.db, {"first_name": "Karim", "last_name": "Benali", "category": "benevole", "sector": "citoyen"}
    )
    projects.add_participant(
        ctx.db, {"participant_id": person["id"], "project_id": project["id"], "role": "porteur"}
    )
    for day in (3, 4):
        time_entries.create_entry(
            ctx.db,
            {
                "participant_id": person["id"],
                "project_id": project["id"],
                "date": dt.date(2025, 3, day),
                "hours": "2",
                "time_type": "benevole",
                "activity": "autre",
            },
        )
    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.view.setCurrentIndex(page.model.index(0, 0))
    text: dict[str, str] = {}

    def read_and_delete(box) -> None:
        text["message"] = box.text()
        click_button("Supprimer")(box)

    answer_next_dialog(read_and_delete)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert text["message"] == "Ce projet et ses 2 saisies d’heures, 1 participation seront supprimés."
    assert projects.list_projects(ctx.db) == [] and time_entries.count_entries(ctx.db) == 0
    assert page.model.rowCount() == 0
    ctx.undo_stack.undo()
    assert [p["id"] for p in projects.list_projects(ctx.db)] == [project["id"]]
    assert time_entries.count_entries(ctx.db) == 2
    assert page.model.rowCount() == 1
