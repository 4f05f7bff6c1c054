"""First-run assistant: the structure is created from what is typed, checked as it is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tierslieux_app.core.services.structure import get_structure
from tierslieux_app.ui.first_run import FirstRunAssistant


@pytest.fixture
def assistant(qtbot, file_db):
    wizard = FirstRunAssistant(file_db, "fr")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def test_invalid_siret_is_shown_and_blocks_then_valid_one_creates_the_structure(qtbot, assistant, file_db):
    _click(qtbot, assistant, QWizard.WizardButton.NextButton)  # "Enregistrer ma structure" is the default
    page = assistant.structure
    assert assistant.currentPage() is page
    finish = assistant.button(QWizard.WizardButton.FinishButton)
    qtbot.keyClicks(page.name, "Les Savoirs partages")
    page.legal_form.setFocus()
    qtbot.keyClick(page.legal_form, Qt.Key.Key_Down)
    page.tsr_category.setFocus()
    qtbot.keyClick(page.tsr_category, Qt.Key.Key_Down)
    qtbot.keyClicks(page.commune, "Lille")

    qtbot.keyClicks(page.siret, "73282932000075")  # wrong check digit
    error = page.errors["siret"]
    assert error.isVisible()
    assert "SIRET valide" in error.text() and "73282932000075" in error.text()
    assert not finish.isEnabled()
    _click(qtbot, assistant, QWizard.WizardButton.FinishButton)
    assert assistant.isVisible() and get_structure(file_db) is None

    page.siret.clear()
    qtbot.keyClicks(page.siret, "732 829 320 00074")
    assert not error.isVisible()
    assert finish.isEnabled()
    with qtbot.waitSignal(assistant.finished, timeout=5000) as done:
        _click(qtbot, assistant, QWizard.WizardButton.FinishButton)
    assert done.args == [1]
    saved = get_structure(file_db)
    assert saved is not None
    assert saved["name"] == "Les Savoirs partages"
    assert saved["siret"] == "73282932000074"
    assert saved["legal_form"] == "association" and saved["tsr_category"] == "non_marchand"
    assert saved["commune"] == "Lille"
    assert assistant.demo_db is None


def test_rna_is_checked_as_typed_and_one_identifier_is_required(qtbot, assistant):
    _click(qtbot, assistant, QWizard.WizardButton.NextButton)
    page = assistant.structure
    finish = assistant.button(QWizard.WizardButton.FinishButton)
    qtbot.keyClicks(page.name, "Atelier")
    for combo in (page.legal_form, page.tsr_category):
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert not finish.isEnabled()  # neither SIRET nor RNA yet
    qtbot.keyClicks(page.rna, "W12")
    assert "RNA" in page.errors["rna"].text() and page.errors["rna"].isVisible()
    assert not finish.isEnabled()
    qtbot.keyClicks(page.rna, "3456789")
    assert not page.errors["rna"].isVisible()
    assert finish.isEnabled()


def test_demo_choice_fills_its_own_database(qtbot, assistant, file_db, wait_idle):
    pytest.importorskip("tierslieux_app.core.demo")
    qtbot.mouseClick(assistant.choice.demo_button, Qt.MouseButton.LeftButton)
    _click(qtbot, assistant, QWizard.WizardButton.NextButton)
    assert assistant.currentPage() is assistant.demo
    with qtbot.waitSignal(assistant.finished, timeout=120_000):
        _click(qtbot, assistant, QWizard.WizardButton.FinishButton)
    wait_idle()
    demo = assistant.demo_db
    assert demo is not None
    try:
        assert demo.path is not None and demo.path.name == "demo.sqlite3"
        assert get_structure(demo) is not None
        assert get_structure(file_db) is None  # the real database is untouched
    finally:
        demo.close()


def test_start_up_on_a_new_file_runs_the_assistant_then_opens_the_window(qtbot, tmp_path, prefs, wait_idle):
    from tierslieux_app.ui.app import Launcher

    quits: list[bool] = []
    launcher = Launcher(prefs, on_quit=lambda: quits.append(True))
    location = str(tmp_path / "nouvelle.sqlite3")
    launcher.open(location)
    qtbot.waitUntil(lambda: launcher.assistant is not None and launcher.assistant.isVisible(), timeout=10_000)
    wizard = launcher.assistant
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.structure
    qtbot.keyClicks(page.name, "Tiers-lieu du Faubourg")
    qtbot.keyClicks(page.rna, "W751234567")
    for combo in (page.legal_form, page.tsr_category):
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: launcher.window is not None and launcher.window.isVisible(), timeout=10_000)
    window = launcher.window
    assert prefs.last_db == location
    assert get_structure(window.ctx.db)["name"] == "Tiers-lieu du Faubourg"
    wait_idle()
    window.close()
    assert quits == [True]
    window.ctx.db.close()


def test_a_file_that_is_not_a_database_gives_a_french_message(qtbot, tmp_path, prefs):
    from PySide6.QtWidgets import QMessageBox

    from tierslieux_app.ui.app import Launcher

    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"ceci n'est pas une base SQLite" * 100)
    quits: list[bool] = []
    launcher = Launcher(prefs, on_quit=lambda: quits.append(True))
    launcher.open(str(bad))
    qtbot.waitUntil(lambda: launcher.error_box is not None and launcher.error_box.isVisible(), timeout=10_000)
    box = launcher.error_box
    assert "ne peut pas être ouverte" in box.text() and "notes.sqlite3" in box.text()
    assert "Traceback" not in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Close), Qt.MouseButton.LeftButton)
    assert quits == [True]
    assert bad.read_bytes().startswith(b"ceci n'est pas")  # never touched


def test_enter_on_the_valid_structure_page_finishes_with_the_users_own_database(qtbot, assistant, file_db):
    qtbot.keyClick(assistant, Qt.Key.Key_Return)  # the first page's default: « Enregistrer ma structure »
    page = assistant.structure
    assert assistant.currentPage() is page
    assert not assistant.button(QWizard.WizardButton.NextButton).isVisible()
    qtbot.keyClicks(page.name, "Atelier des communs")
    qtbot.keyClicks(page.rna, "W751234567")
    for combo in (page.legal_form, page.tsr_category):
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    page.commune.setFocus()
    with qtbot.waitSignal(assistant.finished, timeout=5000) as done:
        qtbot.keyClick(page.commune, Qt.Key.Key_Return)
    assert done.args == [1]
    assert assistant.currentPage() is page  # never went to the demonstration page
    assert assistant.demo_db is None
    assert get_structure(file_db)["name"] == "Atelier des communs"
