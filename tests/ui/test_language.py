"""Switching the language: the window is rebuilt in English at once, and back in French."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox

from tierslieux_app.core import paths
from tierslieux_app.ui.app import install_translators


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_english_catalogue_is_shipped():
    assert (paths.resources_dir() / "i18n" / "tierslieux_en.qm").stat().st_size > 1000


def test_qt_standard_buttons_follow_the_language(qapp):
    install_translators("fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    install_translators("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_switching_to_english_from_the_structure_page_and_back(qtbot, window, ctx, prefs, wait_idle):
    assert window.nav.item(0).text() == "Tableau de bord"
    assert _menu_titles(window)[:3] == ["&Fichier", "&Données", "&Édition"]
    page = window.show_page("structure")
    combo = page.language
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Français → English
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Dashboard")
    wait_idle()
    assert ctx.lang == "en" and prefs.language == "en"
    assert _menu_titles(window)[:3] == ["&File", "&Data", "&Edit"]
    assert "Structure and years" in [window.nav.item(i).text() for i in range(window.nav.count())]
    assert window.current_key() == "structure"  # still on the same page
    english = window.pages["structure"]
    assert english is not page
    assert english.form.editor("name").accessibleName() == "Name"
    assert english.language.currentData() == "en"
    group_titles = {g.title() for g in english.findChildren(QGroupBox)}
    assert "Structure identity" in group_titles
    dashboard = window.show_page("dashboard")
    wait_idle()
    assert dashboard.cards["hours_total"].caption.text() == "hours in total"
    assert window.undo_action.text() == "Undo"

    # and back to French from the menu
    view_menu = window.menuBar().actions()[3].menu()  # Fichier, Données, Édition, Affichage
    language_menu = next(a.menu() for a in view_menu.actions() if a.menu() is not None)
    french = next(a for a in language_menu.actions() if a.text() == "Français")
    french.trigger()
    wait_idle()
    assert window.nav.item(0).text() == "Tableau de bord"
    assert ctx.lang == "fr" and prefs.language == "fr"
    assert window.pages["dashboard"].cards["hours_total"].caption.text() == "heures au total"
