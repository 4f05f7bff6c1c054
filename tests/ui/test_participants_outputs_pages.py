"""A person's page (form saved per field, projects and hours) and the outputs page (form, authors)."""

from __future__ import annotations

import datetime as dt

import pytest
from datahelp import answer_next_dialog, click_button, make_ctx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from tierslieux_app.core.services import outputs, participants, projects, time_entries
from tierslieux_app.ui.models.participants_model import ParticipantsModel
from tierslieux_app.ui.pages.outputs import OutputsPage
from tierslieux_app.ui.pages.participants import ParticipantsPage


@pytest.fixture
def ctx(qtbot, tmp_path):
    from tierslieux_app.ui.worker import running_tasks

    context = make_ctx(tmp_path)
    db = context.db
    project = projects.create_project(db, {"title": "Jardins", "status": "en_cours"})
    anne = participants.create_participant(
        db, {"first_name": "Anne", "last_name": "Dupont", "category": "benevole", "sector": "citoyen"}
    )
    projects.add_participant(
        db, {"participant_id": anne["id"], "project_id": project["id"], "role": "porteur"}
    )
    time_entries.create_entry(
        db,
        {
            "participant_id": anne["id"],
            "project_id": project["id"],
            "date": dt.date(2025, 3, 3),
            "hours": "4,5",
            "time_type": "benevole",
            "activity": "autre",
        },
    )
    context.ids = {"project": project["id"], "anne": anne["id"]}  # type: ignore[attr-defined]
    yield context
    qtbot.waitUntil(lambda: running_tasks() == 0)  # the hours totals come from a worker thread
    db.close()


def test_a_person_shows_projects_and_hours_and_saves_each_field(qtbot, ctx):
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_participant(ctx.ids["anne"])
    assert page.projects_model.rowCount() == 1
    assert page.projects_model.index(0, 0).data() == "Jardins"
    assert page.hours.text() == "Total\u00a0: 4,5 h"
    email = page.form.editor("email")
    assert isinstance(email, QLineEdit)
    email.setFocus()
    qtbot.keyClicks(email, "pas-une-adresse")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    expected = "«\u00a0pas-une-adresse\u00a0» n'est pas une adresse e-mail valide"  # French typography
    assert page.form.problem_text("email") == expected
    assert participants.get_participant(ctx.db, ctx.ids["anne"])["email"] is None
    email.clear()
    qtbot.keyClicks(email, "anne@example.org")
    qtbot.keyClick(email, Qt.Key.Key_Return)
    assert page.form.problem_text("email") == ""
    assert participants.get_participant(ctx.db, ctx.ids["anne"])["email"] == "anne@example.org"


def test_search_filters_the_people_list(qtbot, ctx):
    participants.create_participant(
        ctx.db, {"first_name": "Karim", "last_name": "Benali", "category": "benevole", "sector": "citoyen"}
    )
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # the list comes from a worker thread
    assert page.model.index(0, ParticipantsModel.COL_LAST).data() == "Benali"  # sorted by last name
    assert page.model.index(page.model.row_of(ctx.ids["anne"]), ParticipantsModel.COL_HOURS).data() == "4,5"
    qtbot.keyClicks(page.search, "kar")
    assert page.model.rowCount() == 1
    page.view.setCurrentIndex(page.model.index(0, 0))
    assert page.form.values()["first_name"] == "Karim"


def test_deleting_a_person_with_hours_says_so_and_undo_restores(qtbot, ctx):
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_participant(ctx.ids["anne"])
    said: dict[str, str] = {}

    def confirm(box) -> None:
        said["text"] = box.text()
        click_button("Supprimer")(box)

    answer_next_dialog(confirm)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "1 saisie d’heures" in said["text"] and "1 participation" in said["text"]
    assert participants.list_participants(ctx.db) == []
    ctx.undo_stack.undo()
    assert [p["id"] for p in participants.list_participants(ctx.db)] == [ctx.ids["anne"]]
    assert time_entries.count_entries(ctx.db) == 1


def test_outputs_form_and_authors(qtbot, ctx):
    page = OutputsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()

    def fill(dialog: QDialog) -> None:
        title = dialog.form.editor("title")
        qtbot.keyClicks(title, "Guide du compost")
        ident = dialog.form.editor("identifier")
        qtbot.keyClicks(ident, "pas un identifiant")
        dialog.accept()
        assert "ni un DOI" in dialog.form.problem_text("identifier")
        assert outputs.list_outputs(ctx.db) == []
        ident.clear()
        qtbot.keyClicks(ident, "10.1234/abc")
        kind = dialog.form.editor("output_type")  # asked at creation: the export needs it
        kind.setFocus()
        qtbot.keyClicks(kind, "Rap")
        dialog.accept()

    page.project.set_value(ctx.ids["project"])
    answer_next_dialog(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    [output] = outputs.list_outputs(ctx.db)
    assert (output["title"], output["identifier"], output["project_id"]) == (
        "Guide du compost",
        "10.1234/abc",
        ctx.ids["project"],
    )
    assert page.output_id == output["id"] and page.authors.count() == 1
    item = page.authors.item(0)
    page.authors.setCurrentItem(item)  # tick the box the way a person does: the line, then Space
    page.authors.setFocus()
    qtbot.keyClick(page.authors, Qt.Key.Key_Space)
    assert outputs.output_authors(ctx.db, output["id"]) == [ctx.ids["anne"]]
    ctx.undo_stack.undo()
    assert outputs.output_authors(ctx.db, output["id"]) == []
