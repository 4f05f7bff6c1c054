"""Structure page, format 1.1.0 inputs: the jobs grid by keyboard, the year's organisational changes,
the INSEE legal category (search, proposed legal form, TSR advice), the logo; and the project's
forms of engagement."""

from __future__ import annotations

from pathlib import Path

import pytest
from datahelp import answer_next_dialog
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from tierslieux_app.core.services import jobs, org_changes, participants, projects
from tierslieux_app.core.services.logo import MAX_LOGO_BYTES
from tierslieux_app.core.services.structure import get_structure, get_year, save_structure
from tierslieux_app.ui.models.jobs_model import COL_FTE, COL_HEADCOUNT, COL_RESEARCH, TOTAL_EMPLOYEES
from tierslieux_app.ui.models.org_changes_model import OrgChangesModel
from tierslieux_app.ui.pages.structure_page import StructurePage

YEAR = 2024


@pytest.fixture
def page(qtbot, ctx):
    widget = StructurePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.year.setValue(YEAR)
    return widget


def _cell_text(page: StructurePage, code: str, column: int) -> str:
    model = page.jobs.model
    return model.data(model.index(model.row_of(code), column))


def _type_in_grid(qtbot, page: StructurePage, text: str, key: Qt.Key) -> None:
    """Type a number on the current cell (the editor opens by itself), then Enter or Tab."""
    view = page.jobs.view
    qtbot.keyClicks(view, text[0])  # the first key opens the editor with it
    _finish_editor(qtbot, page, text[1:], key)


def _finish_editor(qtbot, page: StructurePage, text: str, key: Qt.Key) -> None:
    view = page.jobs.view
    editor = view.focusWidget()
    assert editor is not view and view.state() == view.State.EditingState
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState or view.focusWidget() is not editor)


# -- jobs grid ---------------------------------------------------------------------------------


def test_jobs_typed_by_keyboard_are_saved_totalled_and_become_the_years_employees(qtbot, page, ctx):
    view, model = page.jobs.view, page.jobs.model
    employees = page.year_form.editor("employees")
    assert not employees.isReadOnly() and not page.derived_note.isVisible()
    view.setFocus()
    view.setCurrentIndex(model.index(model.row_of("cdi"), COL_HEADCOUNT))
    _type_in_grid(qtbot, page, "3", Qt.Key.Key_Tab)  # Tab: to the FTE of the same line, editing
    assert view.currentIndex() == model.index(model.row_of("cdi"), COL_FTE)
    _finish_editor(qtbot, page, "2,5", Qt.Key.Key_Return)  # Enter: saved, one line down
    assert view.currentIndex() == model.index(model.row_of("cdd"), COL_FTE)
    view.setCurrentIndex(model.index(model.row_of("cdd"), COL_HEADCOUNT))
    _type_in_grid(qtbot, page, "1", Qt.Key.Key_Return)
    assert view.currentIndex() == model.index(model.row_of("contrat_aide"), COL_HEADCOUNT)
    view.setCurrentIndex(model.index(model.row_of("autre_contrat"), COL_HEADCOUNT))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # past the totals line, to the interns
    assert view.currentIndex() == model.index(model.row_of("stage"), COL_HEADCOUNT)
    _type_in_grid(qtbot, page, "2", Qt.Key.Key_Return)

    lines = {r["contract_type"]: r for r in jobs.list_jobs(ctx.db, YEAR)}
    assert (lines["cdi"]["headcount"], lines["cdi"]["fte"], lines["cdd"]["headcount"]) == (3, 2.5, 1)
    assert lines["stage"]["headcount"] == 2
    assert _cell_text(page, TOTAL_EMPLOYEES, COL_HEADCOUNT) == "4"  # interns apart
    assert _cell_text(page, TOTAL_EMPLOYEES, COL_FTE) == "2,5"
    assert get_year(ctx.db, YEAR)["employees"] == 4
    # the year's totals are now the grid's: read-only, said so
    assert employees.isReadOnly() and employees.text() == "4"
    assert page.year_form.editor("fte").text() == "2,5"
    assert page.derived_note.isVisible()
    assert "calculés à partir des emplois" in page.derived_note.text()

    for _ in range(4):
        ctx.undo_stack.undo()
    assert jobs.list_jobs(ctx.db, YEAR) == []
    assert _cell_text(page, "cdi", COL_HEADCOUNT) == ""
    assert not employees.isReadOnly() and not page.derived_note.isVisible()
    ctx.undo_stack.redo()
    assert _cell_text(page, "cdi", COL_HEADCOUNT) == "3"


def test_a_refused_job_value_is_said_under_the_grid_and_saves_nothing(qtbot, page, ctx):
    view, model = page.jobs.view, page.jobs.model
    view.setFocus()
    view.setCurrentIndex(model.index(model.row_of("cdi"), COL_RESEARCH))
    _type_in_grid(qtbot, page, "1", Qt.Key.Key_Return)  # research FTE with no FTE at all
    assert page.jobs.message.isVisible()
    assert "ETP recherche dépassent" in page.jobs.message.text()
    assert jobs.list_jobs(ctx.db, YEAR) == [] and ctx.undo_stack.count() == 0
    view.setCurrentIndex(model.index(model.row_of("cdi"), COL_FTE))
    _type_in_grid(qtbot, page, "1", Qt.Key.Key_Return)
    view.setCurrentIndex(model.index(model.row_of("cdi"), COL_RESEARCH))
    _type_in_grid(qtbot, page, "0,5", Qt.Key.Key_Return)
    assert not page.jobs.message.isVisible()
    assert jobs.list_jobs(ctx.db, YEAR)[0]["research_fte"] == 0.5


def test_the_grid_shows_each_years_jobs(qtbot, page, ctx):
    jobs.save_jobs(ctx.db, 2023, [{"contract_type": "cdd", "headcount": 2, "fte": 1}])
    assert _cell_text(page, "cdd", COL_HEADCOUNT) == ""
    page.year.setValue(2023)
    assert _cell_text(page, "cdd", COL_HEADCOUNT) == "2"
    assert page.year_form.editor("employees").isReadOnly()


def test_the_finding_about_jobs_opens_the_grid(qtbot, page, ctx):
    from tierslieux_app.core.services.structure import save_year

    page.open_year("2023")  # no figures at all: the first figure takes the focus
    qtbot.waitUntil(lambda: page.year_form.editor("employees").hasFocus())
    save_year(ctx.db, 2023, {"active_volunteers": 12})
    page.refresh()
    page.open_year("2023")  # figures but no jobs: the grid
    qtbot.waitUntil(lambda: page.jobs.view.hasFocus())
    assert page.jobs.view.currentIndex() == page.jobs.model.index(0, COL_HEADCOUNT)


# -- organisational changes --------------------------------------------------------------------


def _fill_change(qtbot, description: str, seen: dict[str, str]):
    def act(dialog: QDialog) -> None:
        form = dialog.form
        combo = form.editor("code")
        combo.setCurrentIndex(combo.findData("gouvernance"))
        form.editor("description").setText(description)
        form.editor("shared").setChecked(True)
        dialog.accept()
        seen["problem"] = form.problem_text("description")
        if dialog.isVisible():
            form.editor("description").setText("Nouveau collège des habitants au conseil d’administration")
            dialog.accept()

    return act


def test_a_change_naming_a_participant_is_refused_then_added_shared_and_undone(qtbot, page, ctx):
    participants.create_participant(
        ctx.db, {"first_name": "Anne", "last_name": "Dupont", "category": "benevole", "sector": "citoyen"}
    )
    section = page.changes
    assert section.model.rowCount() == 0 and section.view.placeholder()
    seen: dict[str, str] = {}
    answer_next_dialog(_fill_change(qtbot, "Anne Dupont entre au conseil", seen))
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert "« Dupont » désigne une personne" in seen["problem"].replace("\u00a0", " ")
    assert seen["problem"].count(".") <= 1  # one sentence
    rows = org_changes.list_changes(ctx.db, YEAR)
    assert len(rows) == 1 and rows[0]["code"] == "gouvernance" and rows[0]["shared"] is True
    assert "Dupont" not in rows[0]["description"]
    assert section.model.rowCount() == 1
    code_cell = section.model.index(0, OrgChangesModel.COL_CODE)
    assert section.model.data(code_cell).startswith("Évolution de la gouvernance")

    # « transmise » unticked in the list, through the service, undoable
    box = section.model.index(0, OrgChangesModel.COL_SHARED)
    assert section.model.data(box, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    section.model.setData(box, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert org_changes.list_changes(ctx.db, YEAR)[0]["shared"] is False
    assert section.model.data(box, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    ctx.undo_stack.undo()
    assert org_changes.list_changes(ctx.db, YEAR)[0]["shared"] is True
    ctx.undo_stack.undo()
    assert org_changes.list_changes(ctx.db, YEAR) == [] and section.model.rowCount() == 0
    ctx.undo_stack.redo()
    assert section.model.rowCount() == 1


def test_a_change_is_removed_and_comes_back_with_undo(qtbot, page, ctx):
    change = org_changes.create_change(ctx.db, {"year": YEAR, "code": "changement_statuts"})
    org_changes.create_change(ctx.db, {"year": YEAR - 1, "code": "gouvernance"})  # another year
    page.refresh()
    section = page.changes
    assert section.model.rowCount() == 1
    assert not section.remove_button.isEnabled()
    section.view.setCurrentIndex(section.model.index(0, 0))
    assert section.remove_button.isEnabled()
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert org_changes.list_changes(ctx.db, YEAR) == [] and section.model.rowCount() == 0
    ctx.undo_stack.undo()
    assert [c["id"] for c in org_changes.list_changes(ctx.db, YEAR)] == [change["id"]]
    assert section.model.rowCount() == 1


# -- INSEE legal category, proposed legal form, TSR advice --------------------------------------


def _search_and_pick(qtbot, page: StructurePage, typed: str) -> None:
    combo = page.form.editor("insee_legal_category")
    line = combo.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_insee_category_found_by_search_proposes_the_legal_form_and_warns_on_the_tsr_category(
    qtbot, page, ctx
):
    save_structure(ctx.db, {"legal_form": "autre"})
    page.refresh()
    combo = page.form.editor("insee_legal_category")
    assert combo.itemText(combo.findData("9220")) == "9220 — Association déclarée"
    assert not page.tsr_advice.isVisible()
    _search_and_pick(qtbot, page, "scop")  # the first of the SCOP categories: 5458
    saved = get_structure(ctx.db)
    assert saved["insee_legal_category"] == "5458"
    assert saved["legal_form"] == "scop"  # proposed, since it was « autre »
    assert page.form.editor("legal_form").code() == "scop"
    assert page.proposal_note.isVisible()
    # declared « non marchand »: a warning that blocks nothing
    assert page.tsr_advice.isVisible()
    advice = page.tsr_advice.text().replace("\u00a0", " ")
    assert "D’ordinaire" in advice and "« Secteur marchand non lucratif »" in advice
    assert saved["tsr_category"] == "non_marchand"
    # one Ctrl+Z takes both back
    ctx.undo_stack.undo()
    saved = get_structure(ctx.db)
    assert (saved["insee_legal_category"], saved["legal_form"]) == (None, "autre")
    assert page.form.editor("legal_form").code() == "autre"
    assert not page.tsr_advice.isVisible()


def test_a_chosen_legal_form_is_kept_and_a_coherent_category_says_nothing(qtbot, page, ctx):
    _search_and_pick(qtbot, page, "9230")  # association reconnue d'utilité publique
    saved = get_structure(ctx.db)
    assert (saved["insee_legal_category"], saved["legal_form"]) == ("9230", "association")
    assert not page.proposal_note.isVisible()
    assert not page.tsr_advice.isVisible()  # an association in the non-market sector: usual
    _search_and_pick(qtbot, page, "GAEC")
    saved = get_structure(ctx.db)
    assert saved["legal_form"] == "association"  # chosen by the person: never replaced
    assert "Petite structure lucrative" in page.tsr_advice.text()


# -- logo --------------------------------------------------------------------------------------


def test_logo_too_big_or_not_an_image_is_refused_then_a_png_is_shown_removed_and_undone(
    qtbot, page, ctx, tmp_path: Path
):
    logo = page.logo
    assert not logo.remove_button.isEnabled()
    big = tmp_path / "huge.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * (MAX_LOGO_BYTES + 10))
    assert not logo.load_file(str(big))
    assert logo.message.isVisible()
    assert "image d’au plus 1 Mo" in logo.message.text()
    text = tmp_path / "notes.jpg"
    text.write_text("pas une image", encoding="utf-8")
    assert not logo.load_file(str(text))
    assert "PNG ou JPEG" in logo.message.text()
    assert get_structure(ctx.db)["logo"] is None and ctx.undo_stack.count() == 0

    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    good = tmp_path / "logo.png"
    assert image.save(str(good))
    assert logo.load_file(str(good))
    assert not logo.message.isVisible()
    assert get_structure(ctx.db)["logo"] == good.read_bytes()
    assert not logo.preview.pixmap().isNull() and logo.remove_button.isEnabled()
    qtbot.mouseClick(logo.remove_button, Qt.MouseButton.LeftButton)
    assert get_structure(ctx.db)["logo"] is None
    assert logo.preview.pixmap().isNull() and not logo.remove_button.isEnabled()
    ctx.undo_stack.undo()
    assert get_structure(ctx.db)["logo"] == good.read_bytes()
    assert not logo.preview.pixmap().isNull()


# -- project: forms of engagement ---------------------------------------------------------------


def test_forms_of_engagement_sit_under_the_participation_level_and_are_saved(qtbot, ctx):
    from tierslieux_app.ui.pages.projects import ProjectsPage

    project = projects.create_project(ctx.db, {"title": "Rivières", "status": "en_cours"})
    page = ProjectsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_project(project["id"])
    form = page.identity.form
    layout = form.layout_
    level_row, _ = layout.getWidgetPosition(form.editor("participation_level").parentWidget())
    forms_row, _ = layout.getWidgetPosition(form.editor("engagement_forms").parentWidget())
    assert forms_row == level_row + 1
    checklist = form.editor("engagement_forms")
    for code in ("recherche_participative", "innovation_sociale"):
        items = (checklist.item(i) for i in range(checklist.count()))
        item = next(it for it in items if it.data(Qt.ItemDataRole.UserRole) == code)
        item.setCheckState(Qt.CheckState.Checked)  # as a click on its box does
    saved = projects.get_project(ctx.db, project["id"])["engagement_forms"]
    assert sorted(saved) == ["innovation_sociale", "recherche_participative"]
    ctx.undo_stack.undo()
    assert projects.get_project(ctx.db, project["id"])["engagement_forms"] == ["recherche_participative"]
