"""The Export page, driven through its real widgets on a temporary database file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_export_data import YEAR, build_year


@pytest.fixture
def page(qtbot, file_db):
    from tierslieux_app.ui.context import AppContext
    from tierslieux_app.ui.pages.export_page import ExportPage

    build_year(file_db, entries=300)
    ctx = AppContext(file_db, "fr")
    widget = ExportPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    idle(qtbot)
    return widget


def idle(qtbot) -> None:
    from tierslieux_app.ui.worker import running_tasks

    qtbot.waitUntil(lambda: running_tasks() == 0, timeout=30_000)


def texts(page) -> list[str]:
    return [page.checks.item(i).text() for i in range(page.checks.count())]


def choose_folder(qtbot, page, folder: Path) -> None:
    page.folder_edit.clear()
    qtbot.keyClicks(page.folder_edit, str(folder))


def test_blocking_finding_disables_export_until_fixed(qtbot, page, file_db, tmp_path):
    from tierslieux_app.core.services import projects

    bad = projects.create_project(file_db, {"title": "Sans date", "status": "en_cours"})
    page.ctx.data_changed.emit("project")
    idle(qtbot)
    assert page.current_year() == YEAR
    assert any(t.startswith("Bloquant") and "date de début" in t for t in texts(page))
    assert not page.export_button.isEnabled()
    assert not page.accept_box.isEnabled()

    projects.update_project(
        file_db,
        bad["id"],
        {
            "start_date": f"{YEAR}-01-10",
            "participation_level": "contributif",
            "themes": ["sante"],
            "engagement_forms": ["expertise"],
        },
    )
    page.ctx.data_changed.emit("project")
    idle(qtbot)
    assert not any(t.startswith("Bloquant") for t in texts(page))
    choose_folder(qtbot, page, tmp_path)
    assert page.export_button.isEnabled()


def test_warnings_need_the_checkbox_then_export_writes_a_valid_file(qtbot, page, file_db, tmp_path):
    from tierslieux_app.core.format.readers import check_file
    from tierslieux_app.core.services import participants

    person = participants.list_participants(file_db)[0]
    participants.update_participant(file_db, person["id"], {"consent_date": None})
    page.ctx.data_changed.emit("participant")
    idle(qtbot)
    assert any(t.startswith("Avertissement") and "consentement" in t for t in texts(page))
    choose_folder(qtbot, page, tmp_path)
    assert not page.export_button.isEnabled()

    qtbot.mouseClick(page.accept_box, Qt.MouseButton.LeftButton)
    assert page.accept_box.isChecked()
    assert page.export_button.isEnabled()
    assert page.name_label.text() == f"observatoire-tsr_00123457400000_{YEAR}.xlsx"
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    idle(qtbot)

    dest = tmp_path / page.name_label.text()
    assert page.result is not None and page.result.path == dest
    assert dest.is_file()
    assert page.progress.value() == page.progress.maximum()
    assert page.open_button.isVisible()
    assert str(dest) in page.status.text()
    report = check_file(dest)
    assert report.ok, report.problems[:5]


def test_datapackage_format_from_the_combo(qtbot, page, tmp_path):
    choose_folder(qtbot, page, tmp_path)
    page.format_combo.setFocus()
    qtbot.keyClick(page.format_combo, Qt.Key.Key_Down)
    assert page.format_combo.currentData() == "datapackage"
    assert page.name_label.text().endswith(f"_{YEAR}.zip")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    idle(qtbot)
    assert (tmp_path / page.name_label.text()).is_file()


def test_failed_export_says_so_and_keeps_the_old_file(qtbot, page, tmp_path):
    target = tmp_path / "occupe"  # keyClicks types ASCII only
    target.mkdir()
    (target / f"observatoire-tsr_00123457400000_{YEAR}.xlsx").mkdir()  # a folder where the file goes
    choose_folder(qtbot, page, target)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    idle(qtbot)
    assert page.result is None
    assert "aucun fichier n’a été remplacé" in page.status.text()
    assert page.export_button.isEnabled()
    assert [p.name for p in target.iterdir()] == [f"observatoire-tsr_00123457400000_{YEAR}.xlsx"]


def test_without_a_structure_the_page_says_what_to_fill_in(qtbot, file_db):
    from tierslieux_app.ui.context import AppContext
    from tierslieux_app.ui.pages.export_page import ExportPage

    widget = ExportPage(AppContext(file_db, "fr"))
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    idle(qtbot)
    assert any("structure n'est pas renseignée" in t for t in texts(widget))
    assert widget.name_label.text() == ""
    assert not widget.export_button.isEnabled()
