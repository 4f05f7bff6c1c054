"""Shown when another copy of the app (maybe on another computer) writes to the same database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.lock import LockedError


class InUseDialog(QDialog):
    """``exec()`` is Accepted when the person chooses to open the database read-only."""

    def __init__(self, error: LockedError, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Base déjà ouverte"))
        self.setMinimumWidth(480)
        owner = error.owner
        who = owner.get("user") or self.tr("un autre utilisateur")
        host = owner.get("host") or self.tr("un ordinateur inconnu")
        try:
            stamp = dt.datetime.fromisoformat(str(owner.get("since", "")))
            since = QLocale().toString(
                QDateTime(stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, 0),
                QLocale.FormatType.ShortFormat,
            )
        except ValueError:
            since = ""
        self.text = text = QLabel(
            self.tr(
                "La base « %1 » est déjà ouverte par %2 sur l’ordinateur « %3 »%4.\n\n"
                "Une seule copie de TiersLieux peut la modifier à la fois. Fermez l’autre fenêtre "
                "puis relancez, ou ouvrez la base en lecture seule pour consulter les données."
            )
            .replace("%1", error.path.name)
            .replace("%2", who)
            .replace("%3", host)
            .replace("%4", self.tr(" depuis %1").replace("%1", since) if since else "")
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.readonly_button = QPushButton(self.tr("Ouvrir en &lecture seule"))
        self.quit_button = QPushButton(self.tr("&Quitter"))
        buttons.addButton(self.readonly_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.readonly_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(self.reject)
        self.readonly_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
