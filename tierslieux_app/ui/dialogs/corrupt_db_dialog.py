"""Shown at start when the database is damaged: nothing was written; offer the latest good backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.backup import BackupInfo, latest_good_backup
from ...core.errors import TiersLieuxError
from ...core.integrity import CorruptDatabaseError
from ...core.recovery import RestoreResult, restore_backup
from ..pages.backups_page import when_text

SEARCH = object()  # default: look for the latest good backup here


class CorruptDbDialog(QDialog):
    """``exec()`` is Accepted once a backup was restored (``result`` says where the damaged file went)."""

    def __init__(
        self,
        error: CorruptDatabaseError,
        parent: QWidget | None = None,
        backup: BackupInfo | object | None = SEARCH,
    ):
        """``backup``: the one to offer, if already found in a worker (each is quick_check'ed)."""
        super().__init__(parent)
        self.error = error
        self.db_path: Path = error.path
        self.restore_result: RestoreResult | None = None
        found = latest_good_backup(self.db_path) if backup is SEARCH else backup
        self.backup: BackupInfo | None = found if isinstance(found, BackupInfo) else None
        self.setWindowTitle(self.tr("Base de données endommagée"))
        self.setMinimumWidth(560)

        text = QLabel(
            self.tr(
                "<b>La base « %1 » est endommagée.</b><br>Elle n’a pas été modifiée. Restaurer une "
                "sauvegarde remet la base dans l’état de cette sauvegarde ; le fichier abîmé est gardé "
                "dans le même dossier, sous un autre nom (il n’est pas effacé)."
            ).replace("%1", self.db_path.name)
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        details = QPlainTextEdit("\n".join(error.problems[:50]))
        details.setReadOnly(True)
        details.setMaximumHeight(90)
        details.setAccessibleName(self.tr("Détail des problèmes trouvés"))

        if self.backup is not None:
            offer = (
                self.tr("Dernière sauvegarde saine : %1 (%2).")
                .replace("%1", when_text(self.backup.taken))
                .replace("%2", self.backup.path.name)
            )
        else:
            offer = self.tr("Aucune sauvegarde saine n’a été trouvée dans le dossier des sauvegardes.")
        self.offer = QLabel(offer)
        self.offer.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restaurer cette sauvegarde"))
        self.restore_button.setEnabled(self.backup is not None)
        self.choose_button = QPushButton(self.tr("&Choisir une autre sauvegarde…"))
        self.quit_button = QPushButton(self.tr("&Quitter"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore_offered)
        self.choose_button.clicked.connect(self._choose)
        self.quit_button.clicked.connect(self.reject)
        if self.backup is not None:
            self.restore_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Détail technique :")))
        layout.addWidget(details)
        layout.addWidget(self.offer)
        layout.addWidget(buttons)

    def _restore_offered(self) -> None:
        if self.backup is not None:
            self.restore_from(self.backup.path)

    def _choose(self) -> None:
        from ...core import paths

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir une sauvegarde"), str(paths.backup_dir()), self.tr("Bases (*.sqlite3)")
        )
        if name:
            self.restore_from(Path(name))

    def restore_from(self, source: Path) -> None:
        """Set the damaged file aside and copy the backup in its place (quick: a local file copy)."""
        try:
            self.restore_result = restore_backup(self.db_path, source)
        except TiersLieuxError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()
