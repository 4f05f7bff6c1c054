"""The « Nouveau… » forms ask what the yearly export will need (issue 15): a project created with
only its title typed does not block the export, a person gets today as consent date, an
output is refused without its type."""

from __future__ import annotations

import datetime as dt

import pytest
from datahelp import answer_next_dialog, make_ctx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit

from tierslieux_app.core import fields as F
from tierslieux_app.core.completeness import check_year
from tierslieux_app.core.services import outputs, participants, projects


@pytest.fixture
def ctx(qtbot, tmp_path):
    from tierslieux_app.ui.worker import running_tasks

    context = make_ctx(tmp_path)
    yield context
    qtbot.waitUntil(lambda: running_tasks() == 0)
    context.db.close()


def _label_of(dialog: QDialog, name: str) -> str:
    editor = dialog.form.editor(name)
    [label] = [w for w in dialog.findChildren(QLabel) if w.buddy() is editor]
    return label.text()


def test_a_project_with_only_its_title_typed_does_not_block_the_export(qtbot, ctx):
    from tierslieux_app.ui.pages.projects import ProjectsPage

    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        seen["label"] = _label_of(dialog, "start_date")
        seen["proposed"] = dialog.form.editor("start_date").text()
        title = dialog.form.editor("title")
        title.setFocus()
        qtbot.keyClicks(title, "Jardins partages")
        qtbot.keyClick(title, Qt.Key.Key_Return)  # the dialog's default button: « Créer »

    answer_next_dialog(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)

    [project] = projects.list_projects(ctx.db)
    today = dt.date.today()
    assert project["title"] == "Jardins partages" and project["start_date"] == today
    assert seen["proposed"] == today.strftime("%d/%m/%Y")
    assert seen["label"] == "Date de début (aujourd’hui par défaut) *"
    codes = {f.code for f in check_year(ctx.db, today.year)}
    assert "project_no_date_debut" not in codes
    assert not any("sans date de début" in f.message for f in check_year(ctx.db, today.year))


def test_the_start_date_can_be_changed_but_not_left_empty_at_creation(qtbot, ctx):
    from tierslieux_app.ui.pages.projects import ProjectsPage

    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.form.editor("title"), "Sans date")
        line = dialog.form.editor("start_date").line
        line.clear()
        dialog.accept()
        seen["problem"] = dialog.form.problem_text("start_date")
        seen["saved"] = len(projects.list_projects(ctx.db))
        qtbot.keyClicks(line, "15102024")  # any format the import reads
        dialog.accept()

    answer_next_dialog(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen == {"problem": "Ce champ est obligatoire", "saved": 0}
    [project] = projects.list_projects(ctx.db)
    assert project["start_date"] == dt.date(2024, 10, 15)


def test_a_new_person_gets_today_as_consent_date_clearly_labelled(qtbot, ctx):
    from tierslieux_app.ui.pages.participants import ParticipantsPage

    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    seen: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        seen["label"] = _label_of(dialog, "consent_date")
        for name, text in (("first_name", "Anne"), ("last_name", "Dupont")):
            qtbot.keyClicks(dialog.form.editor(name), text)
        for name, letters in (("category", "B"), ("sector", "Soc")):
            combo = dialog.form.editor(name)
            assert isinstance(combo, QComboBox)
            combo.setFocus()
            qtbot.keyClicks(combo, letters)
        dialog.accept()

    answer_next_dialog(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    [person] = participants.list_participants(ctx.db)
    assert person["consent_date"] == dt.date.today()
    assert seen["label"] == "Date de consentement (aujourd’hui par défaut)"


def test_a_new_output_is_dated_today_and_refused_without_its_type(qtbot, ctx):
    from tierslieux_app.ui.pages.outputs import OutputsPage

    project = projects.create_project(
        ctx.db, {"title": "P", "status": "en_cours", "start_date": "2025-01-01"}
    )
    page = OutputsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> None:
        assert _label_of(dialog, "output_type") == "Type de production *"
        title = dialog.form.editor("title")
        assert isinstance(title, QLineEdit)
        qtbot.keyClicks(title, "Guide du compost")
        dialog.accept()
        seen["problem"] = dialog.form.problem_text("output_type")
        seen["saved"] = len(outputs.list_outputs(ctx.db))
        combo = dialog.form.editor("output_type")
        combo.setFocus()
        qtbot.keyClicks(combo, "Rapport")
        dialog.accept()

    answer_next_dialog(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert seen == {"problem": "Ce champ est obligatoire", "saved": 0}
    [output] = outputs.list_outputs(ctx.db)
    assert (output["project_id"], output["output_type"]) == (project["id"], "rapport")
    assert output["date"] == dt.date.today()


def test_the_record_pages_keep_these_fields_optional():
    """Only the creation dialog asks them: the import and the record's page still accept a blank."""
    from tierslieux_app.ui.creation import creation_fields

    asked = {f.name: f for f in creation_fields(F.PROJECT, "project")}
    assert asked["start_date"].required and not F.by_name(F.PROJECT)["start_date"].required
    assert [f.name for f in creation_fields(F.PROJECT, "project")] == [f.name for f in F.PROJECT]
