"""Every page fits a 1024×640 laptop without widening the window, and the dashboard fits
1280×800 without a scrollbar; an empty database says what to do next."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtGui import QImage

from tierslieux_app.core import demo
from tierslieux_app.core.storage import open_database


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(path)
    demo.generate(db, seed=2024, size="small")
    db.close()
    return path


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_screenshots_at_1024x640_are_exactly_1024_wide_on_every_page(qapp, demo_file, tmp_path, lang):
    from tierslieux_app.commands import screenshots
    from tierslieux_app.core.services.projects import list_projects
    from tierslieux_app.ui.main_window import PAGES

    db = open_database(demo_file)
    longest = max(len(p["title"]) for p in list_projects(db))
    db.close()
    assert longest >= 60  # the demo's longest title is long enough to have widened the window
    args = argparse.Namespace(db=str(demo_file), out=str(tmp_path), lang=lang, year=None, size="1024x640")
    assert screenshots.run(args) == 0
    shots = sorted(tmp_path.glob("*.png"))
    assert len(shots) == len(PAGES) + 2  # every page, the structure's year, and one project's page
    sizes = {p.name: (QImage(str(p)).width(), QImage(str(p)).height()) for p in shots}
    assert set(sizes.values()) == {(1024, 640)}, sizes


def test_dashboard_at_1280x800_has_no_vertical_scrollbar(qtbot, demo_file, prefs, wait_idle):
    from tierslieux_app.ui.context import AppContext
    from tierslieux_app.ui.main_window import MainWindow

    db = open_database(demo_file)
    ctx = AppContext(db, "fr")
    window = MainWindow(ctx, prefs)  # deleted once closed (not given to qtbot)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "dashboard" in window.pages)
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.data is not None and not page.loading, timeout=30_000)
    wait_idle()
    assert page.charts.isVisible() and page.findings.isVisible()
    bar = page.scroll.verticalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible()
    window.close()
    db.close()


def test_structure_page_falls_back_to_one_column_when_narrow(qtbot, ctx):
    from PySide6.QtWidgets import QBoxLayout

    from tierslieux_app.ui.pages.structure_page import StructurePage

    page = StructurePage(ctx)
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    qtbot.waitExposed(page)
    assert page.columns.direction() == QBoxLayout.Direction.TopToBottom
    page.resize(1100, 600)
    qtbot.waitUntil(lambda: page.columns.direction() == QBoxLayout.Direction.LeftToRight)


def test_empty_dashboard_says_create_your_first_project(qtbot, window, wait_idle):
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.data is not None and not page.loading, timeout=30_000)
    wait_idle()
    assert page.first_steps.isVisible()
    assert "Créez votre premier projet" in page.first_steps_button.text()
    assert not page.charts.isVisible()  # no « aucune heure » axis on an empty chart
    page.first_steps_button.click()
    assert window.current_key() == "projects"


def test_lists_leave_a_hint_where_the_form_would_be(qtbot, window):
    participants = window.show_page("participants")
    assert participants.pick_hint.isVisible()
    assert participants.pick_hint.text().startswith("Sélectionnez une personne")
    outputs = window.show_page("outputs")
    assert outputs.pick_hint.isVisible()


def test_one_working_year_for_the_dashboard_the_export_and_the_structure_page(qtbot, window, wait_idle):
    from tierslieux_app.core.services import projects

    projects.create_project(
        window.ctx.db, {"title": "Atelier", "status": "en_cours", "start_date": "2023-01-10"}
    )
    window.ctx.data_changed.emit("project")
    structure = window.show_page("structure")
    structure.year.setValue(2023)  # chosen here…
    dashboard = window.show_page("dashboard")
    qtbot.waitUntil(lambda: dashboard.current_year() == 2023 and not dashboard.loading, timeout=20_000)
    export = window.show_page("export")
    qtbot.waitUntil(lambda: export.current_year() == 2023, timeout=20_000)  # …and seen everywhere
    wait_idle()
