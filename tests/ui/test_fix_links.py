"""Every export problem is a « Corriger → » button that opens the record at the field (issue 15)."""

from __future__ import annotations

from datahelp import project_with_a_member_who_has_hours
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tierslieux_app.core.services import outputs, projects


def _export_rows(qtbot, window, wait_idle):
    page = window.show_page("export")
    wait_idle()
    qtbot.waitUntil(lambda: page.checks.count() > 0 and page.status.text() == "")
    return page


def _row(page, words: str):
    [row] = [page.checks.item(i) for i in range(page.checks.count()) if words in page.checks.item(i).text()]
    return row


def test_fix_a_missing_start_date_opens_the_project_at_its_start_date(qtbot, window, ctx, wait_idle):
    project = projects.create_project(ctx.db, {"title": "Sans date", "status": "en_cours"})
    page = _export_rows(qtbot, window, wait_idle)
    row = _row(page, "sans date de début")
    assert row.text().startswith("Bloquant") and row.fix_button.text() == "Corriger →"

    qtbot.mouseClick(row.fix_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "projects"
    projects_page = window.pages["projects"]
    assert projects_page.stack.currentWidget() is projects_page.detail
    assert projects_page.project_id == project["id"]
    assert projects_page.title.text() == "Sans date"
    start = projects_page.identity.form.editor("start_date")
    assert QApplication.focusWidget() is start.line

    qtbot.keyClicks(start.line, "15/01/2025")  # typed where the cursor already is
    qtbot.keyClick(start.line, Qt.Key.Key_Tab)
    assert str(projects.get_project(ctx.db, project["id"])["start_date"]) == "2025-01-15"


def test_the_fix_buttons_are_reached_with_tab_and_pressed_with_enter(qtbot, window, ctx, wait_idle):
    _project, person = project_with_a_member_who_has_hours(ctx.db, "Potagers", "2025-01-01")
    window.activateWindow()  # Tab moves the focus within the active window
    qtbot.waitUntil(window.isActiveWindow)
    page = _export_rows(qtbot, window, wait_idle)  # after the activation: its rows are the last ones
    row = _row(page, "consentement")
    button = row.fix_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.waitUntil(button.isVisible)  # Tab skips a row the list has not laid out yet
    page.checks.setFocus()
    seen = []
    for _ in range(100):  # Tab goes round the page's focus chain: it reaches every button
        if QApplication.focusWidget() is button:
            break
        seen.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button, seen
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert window.current_key() == "participants"
    people = window.pages["participants"]
    qtbot.waitUntil(lambda: people.participant_id == person["id"])
    assert QApplication.focusWidget() is people.form.editor("consent_date").line


def test_an_output_without_its_type_opens_at_the_type(qtbot, window, ctx, wait_idle):
    project = projects.create_project(
        ctx.db, {"title": "Potagers", "status": "en_cours", "start_date": "2025-01-01"}
    )
    made = outputs.create_output(
        ctx.db, {"project_id": project["id"], "title": "Guide", "date": "2025-05-01"}
    )
    page = _export_rows(qtbot, window, wait_idle)
    row = _row(page, "sans type")
    qtbot.mouseClick(row.fix_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "outputs"
    outputs_page = window.pages["outputs"]
    qtbot.waitUntil(lambda: outputs_page.output_id == made["id"])
    assert QApplication.focusWidget() is outputs_page.form.editor("output_type")
