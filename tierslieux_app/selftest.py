"""``tierslieux --self-test``: prove that this installation (or frozen bundle) works.

Each step runs in a temporary folder (never the user's data) and prints one line;
the first failure is named precisely and the exit code is 1.

The folder is removed only once nothing can write there any more: the window's
background work is awaited before it closes (a worker still reading would reopen
the database after its engine is disposed, recreating ``-wal``/``-shm`` while the
folder is being removed: "Directory not empty"), then the window is deleted, the
database closed and any log handler writing under the folder closed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .core.i18n import plural

YEAR = 2025


class _Steps:
    def __init__(self) -> None:
        self.failed: str | None = None

    def run(self, label: str, fn: Callable[[], Any]) -> Any:
        if self.failed:
            return None
        t0 = time.perf_counter()
        try:
            result = fn()
        except Exception as exc:  # the point is to report anything, precisely
            self.failed = label
            print(f"ÉCHEC  {label} : {exc.__class__.__name__}: {exc}")
            traceback.print_exc(limit=6, file=sys.stderr)
            return None
        print(f"ok     {label} ({(time.perf_counter() - t0) * 1000:.0f} ms)")
        return result


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="tierslieux-selftest-") as tmp:
        os.environ["TIERSLIEUX_HOME"] = str(Path(tmp) / "home")  # never the user's folders
        os.environ.pop("TIERSLIEUX_DB", None)
        try:
            return _run(Path(tmp))
        finally:
            _quiesce()
            _close_log_handlers_under(Path(tmp))


def _quiesce(window: Any = None) -> None:
    """Wait until no background task of the window runs (Qt's thread pools included)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    from .ui.worker import running_tasks

    app = QCoreApplication.instance()
    if app is None:
        return
    deadline = time.monotonic() + 120
    while True:
        pools = [QThreadPool.globalInstance(), *(window.findChildren(QThreadPool) if window else [])]
        if not running_tasks() and not any(p.activeThreadCount() for p in pools):
            break
        if time.monotonic() > deadline:
            raise RuntimeError("des tâches de fond de la fenêtre ne se terminent pas")
        for pool in pools:
            pool.waitForDone(20)
        app.processEvents()  # their callbacks run here, in the GUI thread
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _close_log_handlers_under(folder: Path) -> None:
    """A log file under the temporary folder (TIERSLIEUX_HOME) must be closed before it goes."""
    import logging

    for name in [None, *logging.Logger.manager.loggerDict]:
        logger = logging.getLogger(name)
        for handler in list(getattr(logger, "handlers", [])):
            target = getattr(handler, "baseFilename", None)
            if target and Path(target).is_relative_to(folder):
                logger.removeHandler(handler)
                handler.close()


def _run(tmp: Path) -> int:
    from .commands._versions import versions

    steps = _Steps()
    for key, value in versions().items():
        print(f"{key}: {value}")
    print()
    db_path = tmp / "autotest.sqlite3"

    def migrate() -> Any:
        from .core.storage import current_revision, head_revision, open_database

        db = open_database(db_path)
        rev = current_revision(db)
        if rev != head_revision():
            raise RuntimeError(f"révision {rev}, attendu {head_revision()}")
        return db

    db = steps.run("base de données créée et migrée (Alembic)", migrate)

    def demo() -> None:
        from .core.demo import generate

        generate(db, seed=7, size="small")

    steps.run("données de démonstration écrites", demo)
    export_path = tmp / "export.xlsx"

    def export() -> None:
        from .core.export.exporter import export_year

        export_year(db, YEAR, export_path, "xlsx", accept_warnings=True)

    steps.run(f"export XLSX de {YEAR} écrit", export)

    def reread() -> None:
        from .core.format.readers import check_file

        report = check_file(export_path)
        if not report.ok:
            first = report.problems[0]
            raise RuntimeError(
                f"{plural(len(report.problems), '{n} problème', '{n} problèmes', 'fr')}, dont : {first}"
            )

    steps.run("export relu et conforme au format", reread)

    def documents() -> str:
        from .ui.app import create_application
        from .ui.documents.produce import Request, write_all

        create_application()  # the window's application, created once for this step and the next

        # The batch of attestations: Qt's PDF engine, then pypdf's split, as the bundle runs them.
        paths = write_all(db, Request("attestation", year=YEAR), tmp / "attestations")
        bad = [p.name for p in paths if not p.read_bytes().startswith(b"%PDF-")]
        if not paths or bad:
            raise RuntimeError(f"attestations illisibles : {bad or 'aucune'}")
        return plural(len(paths), "{n} attestation", "{n} attestations", "fr")

    steps.run(f"attestations des bénévoles de {YEAR} écrites (PDF)", documents)

    def render() -> None:
        from PySide6.QtCore import QSettings

        from .ui.app import create_application, install_translators
        from .ui.context import AppContext
        from .ui.main_window import MainWindow
        from .ui.settings import Preferences

        app = create_application()
        install_translators("fr")
        prefs = Preferences(QSettings(str(tmp / "selftest.ini"), QSettings.Format.IniFormat))
        window = MainWindow(AppContext(db, "fr"), prefs)
        window.show()
        for _ in range(5):
            app.processEvents()
        try:
            image = window.grab()
            if image.isNull() or image.width() < 100:
                raise RuntimeError("la fenêtre n'a pas été dessinée")
        finally:
            _quiesce(window)  # its pages' workers read the database: let them finish first
            window.close()  # backs up (in the temporary folder) and closes the database
            _quiesce()
            prefs.sync()

    steps.run("fenêtre principale dessinée (hors écran)", render)
    steps.run("pilote PostgreSQL (psycopg) présent", _postgresql_driver)
    if db is not None:
        db.close()
    if steps.failed:
        print(f"\nAutotest en échec à l'étape : {steps.failed}")
        return 1
    print("\nAutotest réussi.")
    return 0


def _postgresql_driver() -> str:
    """The Observatoire's PostgreSQL database needs psycopg: the frozen bundle must carry it."""
    from sqlalchemy.dialects.postgresql import psycopg as dialect

    module = dialect.PGDialect_psycopg.import_dbapi()  # what create_engine("postgresql+psycopg:…") does
    return str(module.__version__)
