"""UI fixtures: a database file with a structure, an application context, clean translators."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def structure_db(file_db):
    """A database file with the structure registered (as after the first run)."""
    from tierslieux_app.core.services import structure

    structure.save_structure(
        file_db,
        {
            "name": "La Fabrique des savoirs",
            "legal_form": "association",
            "tsr_category": "non_marchand",
            "rna": "W751234567",
        },
    )
    return file_db


@pytest.fixture
def ctx(qapp, structure_db):
    from tierslieux_app.ui.context import AppContext

    return AppContext(structure_db, "fr")


@pytest.fixture
def prefs(tmp_path: Path, qapp):
    from PySide6.QtCore import QSettings

    from tierslieux_app.ui.settings import Preferences

    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def french_interface(qapp):
    """Every test starts and ends in French (a test may switch to English)."""
    from tierslieux_app.ui.app import install_translators

    install_translators("fr")
    yield
    install_translators("fr")


@pytest.fixture
def wait_idle(qtbot):
    """Wait until every background task has called back (no sleeps)."""
    from tierslieux_app.ui.worker import running_tasks

    def wait(timeout: int = 20_000) -> None:
        qtbot.waitUntil(lambda: running_tasks() == 0, timeout=timeout)

    return wait


@pytest.fixture
def pages_present() -> tuple[str, ...]:
    return available_pages()


def available_pages() -> tuple[str, ...]:
    """Keys of every page of the window (each page's module must exist: none is optional)."""
    import importlib.util

    from tierslieux_app.ui.main_window import PAGES

    missing = [
        p.module for p in PAGES if importlib.util.find_spec(f"tierslieux_app.ui.pages.{p.module}") is None
    ]
    assert not missing, f"page modules missing: {missing}"
    return tuple(p.key for p in PAGES)


@pytest.fixture
def window(qtbot, ctx, prefs, wait_idle):
    """The main window on the structure database, shown, its first page built."""
    from tierslieux_app.ui.main_window import MainWindow

    win = MainWindow(ctx, prefs, page_keys=available_pages())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: "dashboard" in win.pages)
    wait_idle()
    return win
