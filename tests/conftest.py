"""Shared fixtures: every test gets its own folders and database, never the user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point data, config, logs and backups at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TIERSLIEUX_HOME", str(home))
    monkeypatch.delenv("TIERSLIEUX_DB", raising=False)
    return home


@pytest.fixture(autouse=True)
def main_thread_gc(request):
    """Qt tests collect garbage in the GUI thread only, as the application does (ui/gc_guard.py),
    and fully after the test, so that none of its widgets is freed later by a worker thread.
    Once that is installed, automatic collection stays off: later tests collect what is due.

    What survives that full collection is still in use (modules, caches, the QApplication):
    it is frozen (``gc.freeze``), so that the next full collection looks only at what the
    next test allocated. Without it each collection walks the whole heap, which grows
    with every test run before: a teardown took 0.1 s alone and 1 s late in the suite.
    Frozen objects are still freed by reference counting; only a cycle of them stays.
    """
    import gc

    qt_test = "qapp" in request.fixturenames
    if qt_test:
        from tierslieux_app.ui import gc_guard

        gc_guard.install(request.getfixturevalue("qapp"))
    yield
    if qt_test:
        gc.collect()
        gc.freeze()
    elif not gc.isenabled():
        from tierslieux_app.ui import gc_guard

        gc_guard.collect_due()


@pytest.fixture(autouse=True)
def undo_stacks_cleared():
    """After each test, delete the undo commands of every UI context, as the window does when
    it closes. A command holds its context, which holds the stack that owns the command: left
    to the garbage collector, PySide may free them in the wrong order and crash a later test.
    The contexts come from the registry of live ones (``ui.context.live_contexts``), not from
    a walk of the whole heap. Core tests never import the UI, so for them this does nothing
    (and imports no Qt).
    """
    import contextlib
    import sys

    yield
    module = sys.modules.get("tierslieux_app.ui.context")
    if module is None:
        return
    for ctx in module.live_contexts():
        with contextlib.suppress(RuntimeError):  # its C++ side is already gone
            ctx.close()


@pytest.fixture(scope="session", autouse=True)
def head_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The database file at head that fresh test databases are copied from (tests/fresh_db.py):
    made once per session by the real migrations, which cost 0.15 s a database."""
    import fresh_db

    folder = tmp_path_factory.mktemp("head_template")
    with pytest.MonkeyPatch.context() as mp:  # session scope: the per-test home is not set yet
        mp.setenv("TIERSLIEUX_HOME", str(folder / "home"))
        mp.delenv("TIERSLIEUX_DB", raising=False)
        fresh_db.TEMPLATE = fresh_db.make_template(folder)
    yield fresh_db.TEMPLATE
    fresh_db.TEMPLATE = None


@pytest.fixture
def db():
    """A fresh in-memory database at the head revision."""
    from fresh_db import open_fresh

    database = open_fresh(":memory:")
    yield database
    database.close()


@pytest.fixture
def file_db(tmp_path: Path):
    """A fresh database file (WAL, pragmas as in the application)."""
    from fresh_db import open_fresh

    database = open_fresh(tmp_path / "test.sqlite3")
    yield database
    database.close()


@pytest.fixture
def sample(db):
    """A structure, a project with two participants, an organisation: plain ids."""
    from tierslieux_app.core.services import organisations, participants, projects, structure

    s = structure.save_structure(
        db,
        {
            "name": "La Fabrique des savoirs",
            "legal_form": "association",
            "tsr_category": "non_marchand",
            "rna": "W751234567",
        },
    )
    org = organisations.create_organisation(
        db, {"name": "Université de Lille", "org_type": "universite", "sector": "esr"}
    )
    p = projects.create_project(
        db,
        {
            "title": "Jardins partagés",
            "status": "en_cours",
            "start_date": "2024-03-01",
            "themes": ["environnement"],
            "participation_level": "collaboratif",
        },
    )
    a = participants.create_participant(
        db,
        {
            "first_name": "Anne",
            "last_name": "Dupont",
            "category": "benevole",
            "sector": "citoyen",
            "email": "anne.dupont@example.org",
        },
    )
    b = participants.create_participant(
        db,
        {
            "first_name": "Karim",
            "last_name": "Benali",
            "category": "chercheur_academique",
            "sector": "esr",
            "affiliation_id": org["id"],
        },
    )
    for person in (a, b):
        projects.add_participant(
            db, {"participant_id": person["id"], "project_id": p["id"], "role": "contributeur"}
        )
    return {"structure": s["id"], "org": org["id"], "project": p["id"], "anne": a["id"], "karim": b["id"]}


@pytest.fixture(scope="session")
def demo_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, str], Path]:
    """(seed, format) → exported yearly file (tests/observatory_fixtures.py); made once per session
    for every module that uses it."""
    from observatory_fixtures import make_exports

    folder = tmp_path_factory.mktemp("demo_exports")
    with pytest.MonkeyPatch.context() as mp:  # session scope: the per-test home is not set yet
        mp.setenv("TIERSLIEUX_HOME", str(folder / "home"))
        return make_exports(folder)


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo database (seed 1), generated once per session; open it read-only."""
    from tierslieux_app.core.demo import generate
    from tierslieux_app.core.storage import open_database

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TIERSLIEUX_HOME", str(tmp_path_factory.mktemp("home")))
        path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
        db = open_database(path)
        try:
            generate(db, seed=1, size="small")
        finally:
            db.close()
        return path
