"""Main window: keyboard navigation, record routing, undo/redo shortcuts, layout memory, screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tierslieux_app.core.errors import FieldProblem, ValidationError
from tierslieux_app.core.services.structure import get_structure
from tierslieux_app.ui.app import error_text
from tierslieux_app.ui.main_window import MainWindow


def _press(qtbot, window: MainWindow, key: Qt.Key, mods=Qt.KeyboardModifier.ControlModifier) -> None:
    window.nav.setFocus()
    qtbot.keyClick(window.nav, key, mods)


def test_pages_are_built_when_first_shown(qtbot, window, pages_present):
    assert set(window.pages) == {"dashboard"}
    assert window.current_key() == "dashboard"
    assert window.nav.count() == len(pages_present)


def test_ctrl_digit_switches_pages(qtbot, window, wait_idle):
    keys = [s.key for s in window.specs]
    index = keys.index("structure")
    _press(qtbot, window, getattr(Qt.Key, f"Key_{index + 1}"))
    assert window.current_key() == "structure"
    assert window.stack.currentWidget().objectName() == "page_structure"
    assert window.pages["structure"].isVisible()
    _press(qtbot, window, Qt.Key.Key_1)
    assert window.current_key() == "dashboard"
    wait_idle()


def test_open_record_goes_to_the_page_that_holds_it(qtbot, window, ctx):
    ctx.open_record.emit("structure_year", "2022")
    assert window.current_key() == "structure"
    assert window.pages["structure"].year.value() == 2022
    ctx.open_record.emit("structure", get_structure(ctx.db)["id"])
    assert window.current_key() == "structure"


def test_open_project_and_ctrl_f_focus_the_search(qtbot, window, ctx, wait_idle, pages_present):
    from tierslieux_app.core.services.projects import create_project

    project = create_project(ctx.db, {"title": "Jardins", "status": "en_cours"})
    ctx.open_record.emit("project", project["id"])
    assert window.current_key() == "projects"
    wait_idle()
    window.show_page("projects")
    page = window.pages["projects"]
    _press(qtbot, window, Qt.Key.Key_F)
    assert QApplication.focusWidget() is page.search


def test_undo_and_redo_shortcuts(qtbot, window, ctx):
    page = window.show_page("structure")
    name = page.form.editor("name")
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Atelier")
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert get_structure(ctx.db)["name"] == "Atelier"
    assert window.undo_action.isEnabled()
    _press(qtbot, window, Qt.Key.Key_Z)
    assert get_structure(ctx.db)["name"] == "La Fabrique des savoirs"
    assert name.text() == "La Fabrique des savoirs"
    _press(
        qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert get_structure(ctx.db)["name"] == "Atelier"


def test_window_size_is_remembered(qtbot, ctx, prefs, wait_idle):
    first = MainWindow(ctx, prefs, page_keys=("dashboard", "structure"))  # deleted when closed
    first.show()
    first.resize(760, 560)  # the offscreen screen is 800 x 600
    qtbot.waitUntil(lambda: first.size().width() == 760)
    with qtbot.waitSignal(first.closed):
        first.close()
    wait_idle()
    second = MainWindow(ctx, prefs, page_keys=("dashboard", "structure"))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (760, 560)
    wait_idle()


def test_error_dialog_text_is_french_and_has_no_traceback():
    problem = ValidationError([FieldProblem("siret", "SIRET", "clé incorrecte")])
    assert error_text(problem) == "SIRET\u00a0: clé incorrecte"
    text = error_text(KeyError("x"))
    assert "Une erreur inattendue" in text and "KeyError" in text and "tierslieux.log" in text
    assert "Traceback" not in text


def test_screenshots_command_writes_a_png_per_page(qtbot, structure_db, tmp_path: Path, pages_present):
    from tierslieux_app.cli import main

    out = tmp_path / "images"
    code = main(
        [
            "screenshots",
            "--db",
            str(structure_db.path),
            "--out",
            str(out),
            "--lang",
            "fr",
            "--size",
            "1024x700",
        ]
    )
    names = sorted(p.name for p in out.glob("*.png"))
    for key in pages_present:
        assert any(f"_{key}_fr.png" in n for n in names), key
    assert code == 0
    from PySide6.QtGui import QImage

    image = QImage(str(out / names[0]))
    assert (image.width(), image.height()) == (1024, 700)


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_is_logged_and_shown_plainly(qtbot, isolated_home):
    import logging
    import sys

    from PySide6.QtWidgets import QMessageBox

    from tierslieux_app.core.logs import log_file, setup_logging
    from tierslieux_app.ui import app as ui_app

    root = logging.getLogger()
    earlier = [h for h in root.handlers if getattr(h, "_tierslieux", False)]  # another test's log file
    for handler in earlier:
        root.removeHandler(handler)
    before = list(root.handlers)
    setup_logging()
    added = [h for h in root.handlers if h not in before]
    previous = sys.excepthook
    ui_app.install_excepthook()
    try:
        try:
            {}["clé absente"]
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    box = ui_app._error_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Une erreur inattendue" in box.text() and "KeyError" in box.text()
    assert "Traceback" not in box.text()
    for handler in added:
        handler.flush()
        root.removeHandler(handler)
        handler.close()
    for handler in earlier:
        root.addHandler(handler)
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "clé absente" in logged
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui_app._error_box is None)
