"""The main window: a navigation list on the left, the pages on the right.

Pages are built the first time they are shown (their modules, QtCharts and the like
are imported then), so the window paints quickly; the frame itself does not touch
the database (``ctx.path``/``ctx.readonly``): it connects when the first page is
built. Nothing before the first paint touches the ``Qt`` namespace of enums either
(~80 ms to create): the toolbar style waits for it. Switching the language rebuilds
the menus and the pages in place, in the new language, keeping the current page.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core import paths
from .context import AppContext
from .exchange_menu import ExchangeMenu
from .settings import LANGUAGES, Preferences

log = logging.getLogger("tierslieux.ui")


BACKUP_EVERY_MS = 5 * 60 * 1000  # maybe_backup decides: something changed and the last one is ≥ 30 min old


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str  # in tierslieux_app.ui.pages
    cls: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", "dashboard", "DashboardPage"),
    PageSpec("projects", "projects", "ProjectsPage"),
    PageSpec("participants", "participants", "ParticipantsPage"),
    PageSpec("timesheet", "timesheet", "TimesheetPage"),
    PageSpec("hours", "hours", "HoursPage"),
    PageSpec("outputs", "outputs", "OutputsPage"),
    PageSpec("export", "export_page", "ExportPage"),
    PageSpec("structure", "structure_page", "StructurePage"),
    PageSpec("backups", "backups_page", "BackupsPage"),
)

# open_record(entity, id) → page key and the page method that opens the record
ROUTES: dict[str, tuple[str, str | None]] = {
    "project": ("projects", "open_project"),
    "participant": ("participants", "open_participant"),
    "output": ("outputs", "open_output"),
    "structure": ("structure", None),
    "structure_year": ("structure", "open_year"),
    "time_entry": ("hours", "open_entry"),
}


def focus_field(page: QWidget, field: str) -> bool:
    """Put the cursor in the shown editor of ``field`` (a ``FieldForm`` names it ``field_<name>``),
    scrolled into view; the page's own ``focus_field`` when it has one. False when not shown."""
    own = getattr(page, "focus_field", None)
    if callable(own):
        return bool(own(field))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    for editor in page.findChildren(QWidget, f"field_{field}"):
        if not editor.isVisibleTo(page):
            continue
        parent = editor.parentWidget()
        while parent is not None and parent is not page:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(editor)
            parent = parent.parentWidget()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
    return False


class MainWindow(QMainWindow):
    open_database_requested = Signal(str)
    closed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        prefs: Preferences,
        parent: QWidget | None = None,
        *,
        page_keys: tuple[str, ...] | None = None,
    ):
        super().__init__(parent)  # deleted once closed (closeEvent: as WA_DeleteOnClose, without Qt)
        self.setObjectName("MainWindow")
        self.ctx = ctx
        self.prefs = prefs
        keys = page_keys or tuple(p.key for p in PAGES)
        self.specs = tuple(p for p in PAGES if p.key in keys)
        self.pages: dict[str, QWidget] = {}
        self._containers: dict[str, QWidget] = {}
        self._painted = False  # the first page (QtCharts…) is built once the window has been painted
        self._build()
        ctx.open_record.connect(self.open_record)
        ctx.open_field.connect(self.open_field)
        self.resize(1200, 780)
        geometry, state = prefs.window_geometry(), prefs.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._db_closed = False
        self.backup_timer = QTimer(self)
        self.backup_timer.setObjectName("backup_timer")
        self.backup_timer.setInterval(BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(self.backup_now)
        if not ctx.readonly and ctx.path is not None:
            self.backup_timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._first_page)

    def _first_page(self) -> None:
        self._text_only_toolbar()
        if self.pages or self._db_closed:  # already shown, or closed at once (closed database)
            return
        row = self.nav.currentRow()
        if row < 0:
            self.nav.setCurrentRow(0)  # → _row_changed
        else:
            self._row_changed(row)  # the focus chose it before the first paint

    # -- building -------------------------------------------------------------------

    def titles(self) -> dict[str, str]:
        return {
            "dashboard": self.tr("Tableau de bord"),
            "projects": self.tr("Projets"),
            "participants": self.tr("Participants"),
            "timesheet": self.tr("Feuille de temps"),
            "hours": self.tr("Heures saisies"),
            "outputs": self.tr("Productions"),
            "export": self.tr("Export annuel"),
            "structure": self.tr("Structure et années"),
            "backups": self.tr("Sauvegardes"),
        }

    def _build(self) -> None:
        db_path = self.ctx.path  # neither these nor the frame connect: see AppContext
        where = db_path.name if db_path else self.ctx.url
        if self.ctx.readonly:
            self.setWindowTitle(self.tr("TiersLieux — {name} (lecture seule)").format(name=where))
        else:
            self.setWindowTitle(self.tr("TiersLieux — {name}").format(name=where))
        titles = self.titles()
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation entre les pages"))
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; } QListWidget#navigation::item { padding: 7px 10px; }"
        )
        self.stack = QStackedWidget(self)
        for i, spec in enumerate(self.specs):
            item = QListWidgetItem(titles[spec.key], self.nav)  # row i is self.specs[i]
            if i < 9:
                item.setToolTip(f"Ctrl+{i + 1}")
            container = QWidget(self.stack)
            container.setObjectName(f"page_{spec.key}")
            QVBoxLayout(container).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(container)
            self._containers[spec.key] = container
        self.nav.ensurePolished()
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24
        self.nav.setMinimumWidth(width)
        self.nav.setMaximumWidth(width + 60)
        self.nav.currentRowChanged.connect(self._row_changed)
        # No parent here: QSplitter(parent) is resolved against QSplitter(Qt.Orientation, …),
        # which creates the Qt namespace (~80 ms); setCentralWidget below adopts it.
        splitter = QSplitter()
        splitter.setObjectName("splitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([width, 10_000])
        self.setCentralWidget(splitter)
        self._build_actions()
        self._build_menus()
        self.db_label = QLabel(str(db_path) if db_path else self.ctx.url, self)
        self.db_label.setAccessibleName(self.tr("Base de données ouverte"))
        self.statusBar().addPermanentWidget(self.db_label)

    def _build_actions(self) -> None:
        stack = self.ctx.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.triggered.connect(lambda: self.statusBar().showMessage(self.tr("Annulé"), 4000))
        self.redo_action = stack.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(lambda: self.statusBar().showMessage(self.tr("Rétabli"), 4000))
        self.search_action = QAction(self.tr("Rechercher"), self)
        self.search_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find)])
        self.search_action.triggered.connect(self.focus_search)
        self.page_actions: list[QAction] = []
        titles = self.titles()
        for i, spec in enumerate(self.specs):
            action = QAction(titles[spec.key], self)
            if i < 9:
                action.setShortcuts([QKeySequence(f"Ctrl+{i + 1}")])
            action.triggered.connect(lambda _c=False, k=spec.key: self._go_to(k))
            self.page_actions.append(action)

    def _drop_actions(self) -> None:
        for action in (self.undo_action, self.redo_action, self.search_action, *self.page_actions):
            action.deleteLater()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for menu in bar.findChildren(QMenu):
            menu.deleteLater()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        open_action = file_menu.addAction(self.tr("&Ouvrir une autre base…"))
        open_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Open)])
        open_action.triggered.connect(self._choose_database)
        new_action = file_menu.addAction(self.tr("&Nouvelle base…"))
        new_action.triggered.connect(lambda: self._choose_database(new=True))
        file_menu.addSeparator()
        self.journal_action = file_menu.addAction(self.tr("&Journal des modifications…"))
        self.journal_action.triggered.connect(self.show_journal)
        self.retention_action = file_menu.addAction(self.tr("&Rappel de conservation…"))
        self.retention_action.triggered.connect(self.show_retention)
        self.retention_action.setEnabled(not self.ctx.readonly)
        file_menu.addSeparator()
        from .documents.actions import fill_documents_menu

        self.documents_menu = file_menu.addMenu(self.tr("&Documents"))
        fill_documents_menu(self.documents_menu, self.ctx, self)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quitter"))
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        data_menu = bar.addMenu(self.tr("&Données"))
        self.exchange = ExchangeMenu(self.ctx, self)
        self.exchange.fill(data_menu)
        edit_menu = bar.addMenu(self.tr("&Édition"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.search_action)
        view_menu = bar.addMenu(self.tr("&Affichage"))
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        lang_menu = view_menu.addMenu(self.tr("&Langue"))
        group = QActionGroup(lang_menu)
        names = {"fr": "Français", "en": "English"}
        for code in LANGUAGES:
            action = lang_menu.addAction(names[code])
            action.setCheckable(True)
            action.setChecked(code == self.ctx.lang)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
        help_menu = bar.addMenu(self.tr("&Aide"))
        help_menu.addAction(self.tr("À &propos de TiersLieux"), self._about)
        for old in self.findChildren(QToolBar):
            self.removeToolBar(old)
            old.deleteLater()
        tools = QToolBar(self.tr("Barre d’outils"), self)
        tools.setObjectName("main_toolbar")
        tools.setMovable(False)
        tools.addAction(self.undo_action)
        tools.addAction(self.redo_action)
        self.addToolBar(tools)
        self.tools = tools
        if self._painted:
            self._text_only_toolbar()

    def _text_only_toolbar(self) -> None:
        """Text buttons even if a theme gives the actions icons (without icons they look the same)."""
        from PySide6.QtCore import Qt

        self.tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    # -- pages ------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page widget, built on first use."""
        page = self.pages.get(key)
        if page is None:
            spec = next(s for s in self.specs if s.key == key)
            module = importlib.import_module(f"{__package__}.pages.{spec.module}")
            page = getattr(module, spec.cls)(self.ctx, self._containers[key])
            self._containers[key].layout().addWidget(page)
            self.pages[key] = page
            if key == "structure" and hasattr(page, "language_requested"):
                page.language_requested.connect(
                    lambda lang: QTimer.singleShot(0, lambda: self.set_language(lang))
                )
        return page

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self.specs[row].key if row >= 0 else self.specs[0].key

    def show_page(self, key: str) -> QWidget:
        """Show a page (built first if needed: an import error surfaces here, to the caller)."""
        page = self.page(key)
        index = next(i for i, s in enumerate(self.specs) if s.key == key)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # → _row_changed: stack, refresh
        return page

    def _go_to(self, key: str) -> None:
        """A page reached with its shortcut (Ctrl+1…9): the keyboard goes where the page's work
        starts (the timesheet's first empty cell), if the page says where."""
        page = self.show_page(key)
        focus = getattr(page, "focus_first", None)
        if callable(focus):
            focus()

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.specs[row].key
        if not self._painted and key not in self.pages:
            return  # the list's focus picks row 0 when shown: the page waits for the first paint
        page = self.page(key)
        self.stack.setCurrentIndex(row)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def open_record(self, entity: str, record_id: str) -> None:
        """Show the page of a record (completeness list, links between pages)."""
        key, method = ROUTES.get(entity, (None, None))
        if key is None or all(s.key != key for s in self.specs):
            return
        page = self.show_page(key)
        opener = getattr(page, method, None) if method else None
        if callable(opener) and record_id:
            opener(record_id)

    def open_field(self, entity: str, record_id: str, field: str) -> None:
        """Open a record and put the cursor in the editor of ``field`` (« Corriger → »)."""
        self.open_record(entity, record_id)
        page = self.pages.get(ROUTES.get(entity, ("", None))[0] or "")
        if page is not None and field and page.isVisible():
            focus_field(page, field)

    def focus_search(self) -> None:
        page = self.pages.get(self.current_key())
        if page is None:
            return
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()
            return
        field = page.findChild(QLineEdit, "search") or getattr(page, "search", None)
        if isinstance(field, QLineEdit):
            from PySide6.QtCore import Qt

            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()

    # -- language, database, about ----------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Apply another language at once: translators, then menus and pages rebuilt."""
        if lang == self.ctx.lang:
            return
        from .app import install_translators

        current = self.current_key()
        self.prefs.language = lang
        install_translators(lang)
        self.ctx.lang = lang
        old_pages = list(self.pages.values())
        self.pages = {}
        self._containers = {}
        old = self.takeCentralWidget()
        self.statusBar().removeWidget(self.db_label)
        self.db_label.deleteLater()
        for widget in (old, *old_pages):
            if widget is not None:
                widget.deleteLater()
        self._drop_actions()
        self._build()
        self.show_page(current)
        self.statusBar().showMessage(
            self.tr("Langue : français") if lang == "fr" else self.tr("Langue : anglais"), 4000
        )

    def _choose_database(self, new: bool = False) -> None:
        folder = str(self.ctx.path.parent if self.ctx.path else paths.data_dir())
        filters = self.tr("Base TiersLieux (*.sqlite3 *.sqlite *.db)")
        if new:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Nouvelle base de données"), folder, filters)
        else:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Ouvrir une base de données"), folder, filters
            )
        if path:
            self.open_database_requested.emit(path)

    def _about(self) -> None:
        from ..core.logs import log_file

        QMessageBox.about(
            self,
            self.tr("À propos de TiersLieux"),
            self.tr(
                "TiersLieux {version}\n\nLa recherche participative des tiers-lieux et son fichier "
                "annuel pour l’Observatoire du TSR.\n\nBase de données : {db}\nJournal : {log}"
            ).format(version=__version__, db=self.ctx.path or self.ctx.url, log=log_file()),
        )

    def show_journal(self) -> None:
        from .dialogs.journal_dialog import JournalDialog

        JournalDialog(self.ctx, self).exec()

    def show_retention(self) -> None:
        from .dialogs.retention_dialog import RetentionDialog

        RetentionDialog(self.ctx, self).exec()

    # -- backups and closing ----------------------------------------------------------

    def backup_now(self) -> None:
        """Every few minutes, in a worker: a backup if something changed (maybe_backup decides)."""
        from ..core import backup
        from .worker import run_in_background

        db = self.ctx.db
        run_in_background(
            self,
            lambda: backup.maybe_backup(db),
            on_done=lambda path: log.info("automatic backup %s", path) if path else None,
            on_error=lambda exc: log.warning("automatic backup failed: %s", exc),
            dialog=False,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        from ..core import backup

        self.prefs.save_window(self.saveGeometry(), self.saveState())
        self.prefs.sync()
        super().closeEvent(event)
        if not event.isAccepted():
            return
        self.deleteLater()  # what WA_DeleteOnClose does
        if self._db_closed:
            return
        self._db_closed = True
        self.backup_timer.stop()
        try:
            backup.backup_on_close(self.ctx.db)
        except Exception:  # a failed backup must not keep the window open; the log has it
            log.exception("backup on close failed")
        self.ctx.close()  # undo commands go first (see AppContext.close)
        self.ctx.db.close()
        self.closed.emit()
