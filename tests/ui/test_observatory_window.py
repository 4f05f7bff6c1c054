"""The observatory window, driven with real widgets: validate, detail, import, figures, report."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from observatory_corpus import read_package, write_package
from observatory_fixtures import YEAR


@pytest.fixture
def window(qtbot, tmp_path):
    from tierslieux_app.core.observatory.store import open_observatory
    from tierslieux_app.ui.observatory.window import ObservatoryWindow

    db = open_observatory(tmp_path / "obs.sqlite3")
    w = ObservatoryWindow(db)
    qtbot.addWidget(w)
    w.show()
    yield w
    db.close()


def test_validate_import_figures_and_report(qtbot, window, wait_idle, demo_exports, tmp_path):
    package, tables = read_package(demo_exports[(3, "datapackage")])
    tables["temps"][1][5] = "-3"
    bad = write_package(tmp_path / "bad.zip", package, tables)
    files = [demo_exports[(1, "xlsx")], demo_exports[(2, "xlsx")], demo_exports[(3, "datapackage")], bad]
    window.validate(files)
    wait_idle()
    table = window.table
    assert table.rowCount() == 4
    states = [table.item(r, 3).text() for r in range(4)]
    assert states == ["valide", "valide", "valide", "non valide"]
    assert table.item(0, 2).text() == str(YEAR)
    assert "heures" in window.detail_text(3) and "ligne 2" in window.detail_text(3)
    rect = table.visualItemRect(table.item(3, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.detail_dialog.isVisible()
    window.detail_dialog.reject()

    window.year.setValue(YEAR)
    qtbot.mouseClick(window.import_button, Qt.MouseButton.LeftButton)
    wait_idle()
    assert "Fichiers importés\u00a0: 3 sur 3" in window.status.text()
    wait_idle()
    rows = {
        window.figures.item(r, 0).text(): window.figures.item(r, 3).text()
        for r in range(window.figures.rowCount())
    }
    assert rows["Heures de l'année"] == "3"

    dest = tmp_path / "national.xlsx"
    window.write_report_to(dest, YEAR)
    wait_idle()
    assert dest.exists() and "Classeur national écrit" in window.status.text()
