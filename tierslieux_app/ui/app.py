"""The desktop application: QApplication, translations, error dialogs, and start-up.

Start-up opens the database in a worker (a migration may take a while), shows the
first-run assistant when there is no structure yet, then the main window. When the
file needs no migration, the worker only checks it (lock, schema, integrity: plain
sqlite3) and the window paints before SQLAlchemy is even imported; its first page
connects (see AppContext). Errors a person can act on are shown as one plain French
sentence; anything unexpected goes to the log file and a short dialog, never a
traceback on screen.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core import i18n as core_i18n
from ..core import paths
from ..core.errors import TiersLieuxError
from .settings import Preferences

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QDialog

    from ..core.db import Database
    from ..core.storage import Opening

log = logging.getLogger("tierslieux.ui")

_translators: list[QTranslator] = []
_error_box: QMessageBox | None = None


def icon_path() -> Path:
    return paths.resources_dir() / "icons" / "tierslieux.png"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists, as under pytest-qt), named and with its icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("TiersLieux")
    app.setOrganizationName("ALLISS")
    app.setApplicationDisplayName("TiersLieux")
    if icon_path().exists():
        app.setWindowIcon(QIcon(str(icon_path())))
    from . import gc_guard

    gc_guard.install(app)  # cycles are collected in this thread only (see gc_guard)
    return app


def install_translators(lang: str) -> None:
    """Replace the installed translators: ours for English, Qt's own for French buttons."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    core_i18n.set_language(lang, typographic=True)  # core's messages follow the window
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        files = [(paths.resources_dir() / "i18n", f"tierslieux_{lang}")]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files = [(qt_dir, "qtbase_fr")]
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _translators.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)


def error_text(exc: BaseException) -> str:
    """What a person reads: our French message, or a short note pointing to the log."""
    if isinstance(exc, TiersLieuxError):
        return str(exc)
    from ..core.errors import explain

    known = explain(exc)  # a known failure of the system or a library: its French sentence
    if known is not None:
        return known
    from ..core.logs import log_file

    return QCoreApplication.translate(
        "Application",
        "Une erreur inattendue s’est produite ; la dernière opération n’a peut-être pas été "
        "enregistrée.\n\nDétail : {detail}\nLe journal de l’application contient les "
        "informations techniques : {log}",
    ).format(detail=f"{exc.__class__.__name__}: {exc}", log=log_file())


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> QMessageBox | None:
    """A plain dialog with the French message (never a traceback); returns it (None if one is open)."""
    from PySide6.QtCore import Qt

    global _error_box
    if _error_box is not None:  # an error while showing an error: the log has it, do not pile up
        return None
    from ..core.errors import explain

    known = isinstance(exc, TiersLieuxError) or explain(exc) is not None
    icon = QMessageBox.Icon.Warning if known else QMessageBox.Icon.Critical
    box = QMessageBox(
        icon,
        title or QCoreApplication.translate("Application", "TiersLieux"),
        error_text(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("error_dialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _error_box = box

    def closed() -> None:
        global _error_box
        _error_box = None

    box.finished.connect(closed)
    box.open()
    return box


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if not isinstance(exc, TiersLieuxError):
        log.error("error in the window", exc_info=(kind, exc, tb))
    if QApplication.instance() is not None:
        show_error(QApplication.activeWindow(), exc)


def install_excepthook() -> None:
    sys.excepthook = _excepthook


# benchmarks/bench_start.py sets it: the main window's first paint prints "first-paint
# <time.time()>" on stdout, its first page built (just after) "first-page <time.time()>",
# then the window closes normally (backup on close, lock released).
REPORT_FIRST_PAINT = "TIERSLIEUX_REPORT_FIRST_PAINT"


class _FirstPaintReporter(QObject):
    """Reports the window's first paint and first page (start-up measurement), then closes it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            print(f"first-paint {time.time():.6f}", flush=True)
            # Queued before the window's own _first_page: runs before it, queues after it.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: self._page_built(watched)))
        return False

    def _page_built(self, window: QWidget) -> None:
        print(f"first-page {time.time():.6f}", flush=True)
        window.close()


class Launcher(QObject):
    """Opens a database (in a worker), runs the first-run assistant if needed, shows the window."""

    def __init__(self, prefs: Preferences, on_quit: Callable[[], None] = QApplication.quit):
        super().__init__()
        self.prefs = prefs
        self.window: QWidget | None = None
        self.assistant: QWidget | None = None
        self.error_box: QMessageBox | None = None
        self.dialog: QDialog | None = None  # the in-use or damaged-database dialog, while shown
        self.warning_boxes: list[QMessageBox] = []
        self._warned: set[str] = set()
        self._quit = on_quit

    def open(self, location: str, *, remember: bool = True, readonly: bool = False) -> None:
        from .worker import run_in_background

        run_in_background(
            self.window,
            lambda: _open_or_find_backup(location, readonly),
            on_done=lambda db: self._opened(db, location, remember),
            on_error=lambda exc: self._open_failed(exc, location, remember),
            label=QCoreApplication.translate("Application", "Ouverture de la base de données…"),
        )

    def _open_failed(self, exc: BaseException, location: str, remember: bool) -> None:
        """Another copy writes to it → offer read-only; damaged → offer the last good backup."""
        from PySide6.QtWidgets import QDialog

        from ..core.integrity import CorruptDatabaseError
        from ..core.lock import LockedError

        if isinstance(exc, LockedError):
            from .dialogs.in_use_dialog import InUseDialog

            dialog: QDialog = InUseDialog(exc, self.window)
            on_accept = lambda: self.open(location, remember=remember, readonly=True)  # noqa: E731
        elif isinstance(exc, CorruptDatabaseError):
            from .dialogs.corrupt_db_dialog import CorruptDbDialog

            dialog = CorruptDbDialog(exc, self.window, backup=getattr(exc, "good_backup", None))
            on_accept = lambda: self.open(location, remember=remember)  # noqa: E731
        else:
            self._failed(exc, location)
            return
        self.dialog = dialog  # owned by Python (no parent before the first window): freed with it

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                on_accept()
            elif self.window is None:
                self._quit()

        dialog.finished.connect(finished)
        dialog.open()

    def _opened(self, db: Database | Opening, location: str, remember: bool) -> None:
        from ..core.storage import Opening

        if isinstance(db, Opening):  # checked, at head, structure saved: the window first
            self._show_window(db, location, remember)
            return
        from ..core.services.structure import get_structure

        if get_structure(db) is None:
            self._first_run(db, location)
            return
        self._show_window(db, location, remember)

    def _first_run(self, db: Database, location: str) -> None:
        from .first_run import FirstRunAssistant

        assistant = FirstRunAssistant(db, self.prefs.language, self.window)
        self.assistant = assistant

        def finished(accepted: int) -> None:
            self.assistant = None
            if not accepted:
                db.close()
                if self.window is None:
                    self._quit()
                return
            if assistant.demo_db is not None:
                db.close()
                self._show_window(assistant.demo_db, str(assistant.demo_db.path), False)
            else:
                self._show_window(db, location, True)

        assistant.finished.connect(finished)
        assistant.open()

    def _show_window(self, db: Database | Opening, location: str, remember: bool) -> None:
        from .context import AppContext
        from .main_window import MainWindow

        if remember:
            self.prefs.last_db = location
        old = self.window
        ctx = AppContext(db, self.prefs.language)
        window = MainWindow(ctx, self.prefs)
        window.open_database_requested.connect(self.open)
        window.closed.connect(lambda w=window: self._window_closed(w))
        if os.environ.get(REPORT_FIRST_PAINT) == "1":
            window.installEventFilter(_FirstPaintReporter(window))
        if ctx.readonly:
            readonly_banner(window, getattr(db, "readonly_reason", None))
        window.show()
        self.window = window
        if old is not None:
            old.close()  # its closeEvent backs up and closes its database
        self._show_warnings(db)

    def _show_warnings(self, db: Database | Opening) -> None:
        """What the person should know about this file (network folder…), each text once."""
        for text in db.warnings:
            if text in self._warned:
                continue
            from PySide6.QtCore import Qt  # not at start-up when there is nothing to say

            self._warned.add(text)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Application", "Attention"),
                text,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("open_warning")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.warning_boxes.append(box)
            box.finished.connect(lambda _r, b=box: self.warning_boxes.remove(b))
            box.open()

    def _window_closed(self, window: QWidget) -> None:
        # Not "quit on last window closed": a progress dialog closing must not end the app.
        if window is self.window:
            self._quit()

    def _failed(self, exc: BaseException, location: str) -> None:
        """A plain French message; the person may pick another file or give up."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFileDialog

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Application", "Ouverture impossible"),
            QCoreApplication.translate(
                "Application", "La base de données « {path} » ne peut pas être ouverte.\n\n{reason}"
            ).format(path=location, reason=error_text(exc)),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("open_failed")
        choose = box.addButton(
            QCoreApplication.translate("Application", "Choisir un autre fichier…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel if self.window else QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_box = box

        def answered(button: QAbstractButton) -> None:
            self.error_box = None
            if button is choose:
                path, _ = QFileDialog.getSaveFileName(
                    self.window,
                    QCoreApplication.translate("Application", "Choisir une base de données"),
                    str(paths.data_dir()),
                    QCoreApplication.translate("Application", "Base TiersLieux (*.sqlite3 *.sqlite *.db)"),
                    options=QFileDialog.Option.DontConfirmOverwrite,
                )
                if path:
                    self.open(path)
                    return
            if self.window is None:
                self._quit()

        box.buttonClicked.connect(answered)
        box.open()


def readonly_banner(window: QWidget, reason: str | None = None) -> QWidget:
    """A strip across the top of the window: the database is open read-only, and why."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

    assert isinstance(window, QMainWindow)
    text = reason or QCoreApplication.translate(
        "Application",
        "La base est ouverte en lecture seule\u00a0: vous pouvez la consulter et exporter l’année, "
        "pas la modifier.",
    )
    bar = QToolBar(window)
    bar.setObjectName("readonly_banner")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)  # not something to hide from the toolbar menu
    label = QLabel(text, bar)
    label.setObjectName("readonly_banner_text")
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("Application", "Lecture seule"))
    label.setStyleSheet("QLabel { background: #fff4ce; color: #3d3000; padding: 6px 10px; }")
    bar.addWidget(label)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def _open_or_find_backup(location: str, readonly: bool) -> Database | Opening:
    """In the worker: open; if the file is damaged, look for the latest good backup there too.

    A file at head with its structure saved comes back checked but not connected
    (the window connects after its first paint); otherwise connected (new file,
    migration with its backup first, first-run assistant).
    """
    from ..core.integrity import CorruptDatabaseError
    from ..core.storage import has_structure, prepare_database

    try:
        # A file on a read-only medium (CD, protected stick) opens read-only, with a banner.
        opening = prepare_database(location, readonly=readonly, readonly_if_unwritable=True)
        try:
            later = opening.ready and opening.path is not None and has_structure(opening.path)
        except BaseException:
            opening.abandon()
            raise
        return opening if later else opening.connect()
    except CorruptDatabaseError as exc:
        from ..core.backup import latest_good_backup

        exc.good_backup = latest_good_backup(exc.path)  # type: ignore[attr-defined]
        raise


def start_location(db_arg: str | None, prefs: Preferences) -> str:
    """``--db`` first, then ``TIERSLIEUX_DB``, then the last database opened, then the default."""
    if db_arg:
        return db_arg
    if os.environ.get("TIERSLIEUX_DB"):
        return paths.default_db_location()
    return prefs.last_db or paths.default_db_location()


def run_gui(db_arg: str | None = None, lang: str | None = None) -> int:
    app = create_application()
    prefs = Preferences()
    if lang is not None:
        prefs.language = lang
    install_translators(prefs.language)
    install_excepthook()
    app.setQuitOnLastWindowClosed(False)
    launcher = Launcher(prefs)
    launcher.open(start_location(db_arg, prefs))
    # While the worker checks the file (SQLite's checks release the GIL), what the window
    # will need anyway: its module, and the font database its first text loads (~30 ms).
    from PySide6.QtGui import QFontMetrics

    from . import main_window  # noqa: F401

    QFontMetrics(app.font()).height()

    code = app.exec()
    prefs.sync()
    return int(code)
