"""Core's messages reach the English window in English (issue 15): a service's refusal under its
field or in a section's message line, a known failure of the system; the French window keeps
its French."""

from __future__ import annotations

import errno

import pytest
from datahelp import make_ctx, project_with_a_member_who_has_hours
from PySide6.QtCore import Qt

from tierslieux_app.core.services import projects
from tierslieux_app.ui.app import error_text, install_translators
from tierslieux_app.ui.pages.projects import ProjectsPage


@pytest.fixture
def ctx(qtbot, tmp_path):
    from tierslieux_app.ui.worker import running_tasks

    context = make_ctx(tmp_path)
    yield context
    qtbot.waitUntil(lambda: running_tasks() == 0)
    context.db.close()


def _window_language(ctx, lang: str) -> None:
    install_translators(lang)  # as the window does: Qt's translators and core's language
    ctx.lang = lang


def _page_with_a_member_who_has_hours(qtbot, ctx) -> ProjectsPage:
    project, _person = project_with_a_member_who_has_hours(ctx.db, "Rivières", "2025-03-01")
    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_project(project["id"])
    return page


def _type_end_before_start(qtbot, page: ProjectsPage) -> str:
    end = page.identity.form.editor("end_date").line
    end.setFocus()
    qtbot.keyClicks(end, "01/01/2025")
    qtbot.keyClick(end, Qt.Key.Key_Return)
    return page.identity.form.problem_text("end_date")


def _remove_the_member(page: ProjectsPage) -> str:
    page.tabs.setCurrentWidget(page.members)
    page.members.view.setCurrentIndex(page.members.model.index(0, 0))
    page.members.remove_button.click()
    return page.members.message.text()


@pytest.mark.parametrize(
    ("lang", "under_field", "in_section"),
    [
        (
            "en",
            "The end date is before the start date",
            "This person has 1 hour entry on this project: delete them first.",
        ),
        (
            "fr",
            "La date de fin précède la date de début",
            "Cette personne a 1 saisie d’heures sur ce projet\u00a0: supprimez-les d’abord.",
        ),
    ],
)
def test_a_service_refusal_is_shown_in_the_window_language(qtbot, ctx, lang, under_field, in_section):
    _window_language(ctx, lang)
    page = _page_with_a_member_who_has_hours(qtbot, ctx)
    assert _type_end_before_start(qtbot, page) == under_field
    assert _remove_the_member(page) == in_section
    assert len(projects.project_participants(ctx.db, page.project_id)) == 1  # nothing removed


def test_a_required_field_and_its_label_in_english(qtbot, ctx):
    """A ValidationError's text (label and message) as a dialog or a message line shows it."""
    from tierslieux_app.core.errors import ValidationError

    _window_language(ctx, "en")
    with pytest.raises(ValidationError) as refused:
        projects.create_project(ctx.db, {"title": "", "status": "en_cours"})
    assert error_text(refused.value) == "Title: this field is required"
    _window_language(ctx, "fr")
    with pytest.raises(ValidationError) as refused:
        projects.create_project(ctx.db, {"title": "", "status": "en_cours"})
    assert error_text(refused.value) == "Titre\u00a0: ce champ est obligatoire"


def test_a_known_failure_of_the_system_is_said_in_english(ctx, tmp_path):
    full = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "export" / "2025.xlsx"))
    _window_language(ctx, "en")
    english = error_text(full)
    assert english.startswith("The disk is full (folder “") and english.endswith(
        "”): the file was not written; free some space and try again."
    )
    _window_language(ctx, "fr")
    assert error_text(full).startswith("Le disque est plein (dossier «\u00a0")
