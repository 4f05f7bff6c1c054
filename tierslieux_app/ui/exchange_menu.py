"""The « Données » menu: spreadsheets in, lots between machines, conflicts to settle.

Kept apart from the main window so that it stays small; every action calls the core
(spreadsheet_import, sync) and long work runs through the one background helper.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from .context import AppContext
from .worker import run_in_background

LOT_FILTER = "Lot TiersLieux (*.tllot)"


class ExchangeMenu(QObject):
    """Builds the menu's actions; owns no data, only dialogs and background tasks."""

    def __init__(self, ctx: AppContext, window: QWidget):
        super().__init__(window)
        self.ctx = ctx
        self.window = window

    def fill(self, menu: QMenu) -> None:
        writable = not self.ctx.readonly
        for text, slot, enabled in (
            (self.tr("&Importer un tableur…"), self.import_spreadsheet, writable),
            (self.tr("&Exporter un lot pour la coordination…"), self.export_lot, True),
            (self.tr("Im&porter un lot…"), self.import_lot, writable),
            (self.tr("&Conflits à régler…"), self.show_conflicts, writable),
        ):
            action = menu.addAction(text)
            action.triggered.connect(slot)
            action.setEnabled(enabled)

    def import_spreadsheet(self) -> None:
        from .import_wizard import ImportWizard

        ImportWizard(self.ctx, self.window).exec()

    def show_conflicts(self) -> None:
        from .conflicts_dialog import ConflictsDialog

        ConflictsDialog(self.ctx, self.window).exec()

    def export_lot(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Exporter un lot"), str(Path.home() / "envoi.tllot"), LOT_FILTER
        )
        if not path:
            return
        if not path.endswith(".tllot"):
            path += ".tllot"

        def work() -> Any:
            from ..core.sync.lots import export_lot

            return export_lot(self.ctx.db, Path(path))

        run_in_background(
            self.window,
            work,
            on_done=self._exported,
            on_error=self._failed,
            label=self.tr("Préparation du lot…"),
        )

    def _exported(self, result: Any) -> None:
        QMessageBox.information(
            self.window,
            self.tr("Lot exporté"),
            (
                self.tr("%n enregistrement écrit dans « %2 ».", "", result.records)
                if result.records < 2
                else self.tr("%n enregistrements écrits dans « %2 ».", "", result.records)
            ).replace("%2", str(result.path)),
        )

    def import_lot(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Importer un lot"), str(Path.home()), LOT_FILTER
        )
        if not path:
            return

        def work() -> Any:
            from ..core.sync.lots import import_lot

            return import_lot(self.ctx.db, Path(path))

        run_in_background(
            self.window,
            work,
            on_done=self._imported,
            on_error=self._failed,
            label=self.tr("Fusion du lot…"),
        )

    def _imported(self, result: Any) -> None:
        self.ctx.undo_stack.clear()  # undo across a merge would rewrite merged data
        self.ctx.data_changed.emit("*")
        text = (
            self.tr("Enregistrements reçus : %1 · pris : %2 · déjà connus : %3 · conflits : %4")
            .replace("%1", str(result.records))
            .replace("%2", str(result.taken))
            .replace("%3", str(result.unchanged))
            .replace("%4", str(result.conflicts))
        )
        QMessageBox.information(self.window, self.tr("Lot importé"), text)
        if result.conflicts:
            self.show_conflicts()

    def _failed(self, exc: BaseException) -> None:
        from .app import show_error

        show_error(self.window, exc, self.tr("Échange de données"))
