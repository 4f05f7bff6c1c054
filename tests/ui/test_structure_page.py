"""Structure page: saved as soon as a field is left; refused values shown and not saved; undo."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tierslieux_app.core.services.structure import get_structure, get_year
from tierslieux_app.ui.pages.structure_page import StructurePage


@pytest.fixture
def page(qtbot, ctx):
    widget = StructurePage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.year.setValue(2024)
    return widget


def _retype(qtbot, edit: QLineEdit, text: str) -> None:
    """Select all, type, then Tab away (what a person does); editingFinished saves."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_bad_siret_is_shown_and_nothing_is_saved(qtbot, page, ctx):
    before = get_structure(ctx.db)
    siret = page.form.editor("siret")
    _retype(qtbot, siret, "12345678901234")
    assert "SIRET valide" in page.form.problem_text("siret")
    assert page.form.error_label("siret").isVisible()
    assert get_structure(ctx.db) == before
    assert ctx.undo_stack.count() == 0
    _retype(qtbot, siret, "73282932000074")
    assert page.form.problem_text("siret") == ""
    assert get_structure(ctx.db)["siret"] == "73282932000074"


def test_removing_the_only_identifier_is_refused(qtbot, page, ctx):
    _retype(qtbot, page.form.editor("rna"), "")
    assert "SIRET ou un numéro RNA" in page.form.problem_text("siret")
    assert get_structure(ctx.db)["rna"] == "W751234567"


def test_subsidy_share_above_one_is_refused_before_saving(qtbot, page, ctx):
    share = page.year_form.editor("public_subsidy_share")
    _retype(qtbot, share, "150")  # typed as a percentage
    message = page.year_form.problem_text("public_subsidy_share")
    assert "150" in message and "pourcentage entre 0 et 100" in message
    assert get_year(ctx.db, 2024) is None  # nothing saved, not even the year with its defaults
    _retype(qtbot, share, "40 %")
    assert page.year_form.problem_text("public_subsidy_share") == ""
    assert get_year(ctx.db, 2024)["public_subsidy_share"] == pytest.approx(0.4)
    assert share.text() == "40"


def test_each_change_is_saved_at_once_and_undo_restores_it(qtbot, page, ctx):
    name = page.form.editor("name")
    _retype(qtbot, name, "Atelier des communs")
    assert get_structure(ctx.db)["name"] == "Atelier des communs"
    rate = page.year_form.editor("volunteer_hourly_rate")
    _retype(qtbot, rate, "18,25")
    assert get_year(ctx.db, 2024)["volunteer_hourly_rate"] == Decimal("18.25")
    assert ctx.undo_stack.count() == 2

    ctx.undo_stack.undo()
    assert get_year(ctx.db, 2024)["volunteer_hourly_rate"] == Decimal("16.50")
    assert rate.text() == "16,50"
    ctx.undo_stack.undo()
    assert get_structure(ctx.db)["name"] == "La Fabrique des savoirs"
    assert name.text() == "La Fabrique des savoirs"
    ctx.undo_stack.redo()
    assert get_structure(ctx.db)["name"] == "Atelier des communs"
    assert name.text() == "Atelier des communs"


def test_codes_are_saved_from_the_combo(qtbot, page, ctx):
    combo = page.form.editor("legal_form")
    combo.setFocus()
    target = combo.findData("scic")
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert get_structure(ctx.db)["legal_form"] == "scic"


def test_open_year_shows_that_year(qtbot, page, ctx):
    page.open_year("2021")
    assert page.year.value() == 2021
    assert "2021" in page.year_note.text()
