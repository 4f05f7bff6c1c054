"""Settings page "Sauvegardes": the list of backups (date, kind, size), restore one, open the folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import paths
from ...core.backup import BackupInfo, backup_path, list_backups, prune_backups
from ...core.recovery import RestoreResult, restore_into
from ..context import AppContext
from ..worker import run_in_background

PATH_ROLE = Qt.ItemDataRole.UserRole


def kind_label(label: str) -> str:
    """The backup's kind, as a person reads it."""
    tr = BackupsPage.tr
    if label.startswith("avant-migration"):
        return tr("avant mise à jour de l’application")
    known = {
        "auto": tr("automatique"),
        "fermeture": tr("à la fermeture"),
        "manuelle": tr("manuelle"),
        "avant-restauration": tr("avant restauration"),
        "avant-import": tr("avant import"),
        "avant-fusion": tr("avant fusion"),
    }
    base = label.rsplit("-", 1)[0] if label.rsplit("-", 1)[-1].isdigit() else label
    return known.get(base, label)


def when_text(taken: dt.datetime) -> str:
    stamp = QDateTime(taken.year, taken.month, taken.day, taken.hour, taken.minute, taken.second)
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class BackupsPage(QWidget):
    """Backups of the open database; restoring asks first and backs up the current state."""

    restored = Signal(object)  # RestoreResult, after a successful restore

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        title = QLabel(self.tr("Sauvegardes"))
        title.setObjectName("pageTitle")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Type"), self.tr("Taille")])
        self.table.setAccessibleName(self.tr("Liste des sauvegardes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.restore_selected())

        self.backup_button = QPushButton(self.tr("&Sauvegarder maintenant"))
        self.restore_button = QPushButton(self.tr("&Restaurer…"))
        self.folder_button = QPushButton(self.tr("Ouvrir le &dossier"))
        for button, name in (
            (self.backup_button, self.tr("Sauvegarder maintenant")),
            (self.restore_button, self.tr("Restaurer la sauvegarde choisie")),
            (self.folder_button, self.tr("Ouvrir le dossier des sauvegardes")),
        ):
            button.setAccessibleName(name)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.info)
        self.empty = QLabel(
            self.tr(
                "Aucune sauvegarde pour l’instant. La première sera faite après 30 minutes d’activité "
                "ou à la fermeture ; « Sauvegarder maintenant » en fait une tout de suite."
            )
        )
        self.empty.setObjectName("backups_empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.refresh()

    # -- data ---------------------------------------------------------------------------

    def _db_path(self) -> Path | None:
        return self.ctx.db.path

    def refresh(self) -> None:
        path = self._db_path()
        backups = list_backups(path) if path is not None else []
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            self._fill_row(row, info)
        self.info.setText(
            self.tr(
                "Une copie vérifiée de la base est faite toutes les 30 minutes d’activité, à la "
                "fermeture et avant chaque mise à jour ; on garde une copie par jour (7 jours), par "
                "semaine (4 semaines) et par mois (12 mois). Dossier : %1"
            ).replace("%1", str(paths.backup_dir()))
        )
        self.empty.setVisible(path is not None and not backups)
        if path is None:
            self.info.setText(self.tr("Cette base n’est pas un fichier : pas de sauvegarde possible."))
        self._update_buttons()

    def _fill_row(self, row: int, info: BackupInfo) -> None:
        date = QTableWidgetItem(when_text(info.taken))
        date.setData(PATH_ROLE, str(info.path))
        size = QTableWidgetItem(QLocale().formattedDataSize(info.size))
        size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 0, date)
        self.table.setItem(row, 1, QTableWidgetItem(kind_label(info.label)))
        self.table.setItem(row, 2, size)

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.table.item(rows[0].row(), 0).data(PATH_ROLE))

    def _update_buttons(self) -> None:
        writable = self._db_path() is not None and not self.ctx.db.readonly and not self._busy
        self.backup_button.setEnabled(writable)
        self.restore_button.setEnabled(writable and self.selected_backup() is not None)

    # -- actions --------------------------------------------------------------------------

    def backup_now(self) -> None:
        path = self._db_path()
        if path is None:
            return

        def work() -> Path:
            dest = backup_path(path, "manuelle")
            prune_backups(path)
            return dest

        self._run(work, self.tr("Sauvegarde en cours…"), lambda _dest: self.refresh())

    def restore_selected(self) -> None:
        source = self.selected_backup()
        if source is None or self._busy or self.ctx.db.readonly:
            return
        row = self.table.currentRow()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        box.setText(
            self.tr("Remplacer toutes les données par la sauvegarde du %1 ?").replace(
                "%1", self.table.item(row, 0).text()
            )
        )
        box.setInformativeText(
            self.tr(
                "Les modifications faites depuis seront retirées de la base. L’état actuel est "
                "d’abord sauvegardé : vous pourrez y revenir depuis cette liste."
            )
        )
        restore = box.addButton(self.tr("Restaurer"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return
        db = self.ctx.db
        self._run(lambda: restore_into(db, source), self.tr("Restauration en cours…"), self._restored)

    def _restored(self, result: RestoreResult) -> None:
        self.ctx.undo_stack.clear()  # undo commands refer to the replaced data
        self.refresh()
        self.ctx.data_changed.emit("*")
        self.restored.emit(result)

    def open_folder(self) -> None:
        folder = paths.backup_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _run(self, fn: Callable[[], Any], label: str, on_done: Callable[[Any], None]) -> None:
        self._busy = True
        self._update_buttons()

        def done(result: object) -> None:
            self._busy = False
            on_done(result)
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_buttons()
            QMessageBox.warning(self, self.tr("Sauvegardes"), str(exc))

        run_in_background(self, fn, on_done=done, on_error=failed, label=label)
