"""Right to erasure: confirm, erase from the database file, then offer to purge the backups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core import erasure
from ...core.backup import BackupInfo
from ..context import AppContext
from ..pages.backups_page import when_text
from ..worker import run_in_background


class EraseParticipantDialog(QDialog):
    """Two steps in one window: the choice and confirmation, then which backups still hold the person."""

    def __init__(self, ctx: AppContext, participant_id: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.found: list[BackupInfo] = []
        self.erased = False
        self.setWindowTitle(self.tr("Effacement définitif"))
        self.setMinimumWidth(520)

        self.text = QLabel(
            self.tr(
                "Effacer définitivement les données personnelles de %1 (nom, prénom, courriel, "
                "téléphone, notes) ? Cette action ne peut pas être annulée."
            ).replace("%1", name)
        )
        self.text.setWordWrap(True)
        self.anonymise = QRadioButton(
            self.tr("&Anonymiser : garder ses heures et participations (statistiques)")
        )
        self.delete = QRadioButton(self.tr("&Supprimer aussi ses heures, participations et autorats"))
        self.anonymise.setChecked(True)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Sauvegardes qui contiennent encore la personne"))
        self.backups.hide()

        self.erase_button = QPushButton(self.tr("&Effacer définitivement"))
        self.purge_button = QPushButton(self.tr("Effacer aussi des &sauvegardes"))
        self.close_button = QPushButton(self.tr("Annuler"))
        self.purge_button.hide()
        self.close_button.setDefault(True)
        self.erase_button.clicked.connect(self._erase)
        self.purge_button.clicked.connect(self._purge)
        self.close_button.clicked.connect(self._close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.erase_button, self.purge_button, self.close_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.anonymise)
        layout.addWidget(self.delete)
        layout.addWidget(self.backups)
        layout.addLayout(buttons)

    def _close(self) -> None:
        if self.erased:
            self.accept()
        else:
            self.reject()

    def _erase(self) -> None:
        db, pid, delete = self.ctx.db, self.participant_id, self.delete.isChecked()
        self.erase_button.setEnabled(False)
        run_in_background(
            self,
            lambda: erasure.erase_participant(db, pid, delete=delete),
            on_done=self._erased,
            on_error=self._failed,
            label=self.tr("Effacement en cours…"),
        )

    def _erased(self, result: erasure.ErasureResult) -> None:
        self.erased = True
        self.ctx.undo_stack.clear()  # an undo could put the person back
        self.ctx.data_changed.emit("participant")
        self.found = result.backups
        self.anonymise.hide()
        self.delete.hide()
        self.erase_button.hide()
        self.close_button.setText(self.tr("&Fermer"))
        lines = [self.tr("Les données personnelles ont été effacées du fichier de la base.")]
        if not result.file_clean:
            lines.append(
                self.tr(
                    "Un autre programme lit la base : fermez-le puis recommencez pour finir le nettoyage."
                )
            )
        if self.found:
            n = len(self.found)
            lines.append(
                self.tr("%n sauvegarde contient encore cette personne :", "", n)
                if n < 2
                else self.tr("%n sauvegardes contiennent encore cette personne :", "", n)
            )
            for info in self.found:
                self.backups.addItem(f"{when_text(info.taken)} — {info.path.name}")
            self.backups.show()
            self.purge_button.show()
            self.purge_button.setDefault(True)
        else:
            lines.append(self.tr("Aucune sauvegarde ne la contient."))
        self.text.setText("\n".join(lines))

    def _purge(self) -> None:
        pid, found, delete = self.participant_id, list(self.found), self.delete.isChecked()
        self.purge_button.setEnabled(False)
        run_in_background(
            self,
            lambda: erasure.purge_backups(pid, found, delete=delete),
            on_done=self._purged,
            on_error=self._failed,
            label=self.tr("Nettoyage des sauvegardes…"),
        )

    def _purged(self, done: list) -> None:
        self.found = []
        self.backups.clear()
        self.backups.hide()
        self.purge_button.hide()
        self.text.setText(
            self.tr("La personne a été effacée de la base et de %n sauvegarde.", "", len(done))
            if len(done) < 2
            else self.tr("La personne a été effacée de la base et de %n sauvegardes.", "", len(done))
        )

    def _failed(self, exc: BaseException) -> None:
        self.erase_button.setEnabled(not self.erased)
        self.purge_button.setEnabled(True)
        QMessageBox.warning(self, self.windowTitle(), str(exc))
