"""Retention reminder: people with no activity for N years, to erase once their data is no longer needed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import erasure
from ..context import AppContext
from .erase_dialog import EraseParticipantDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class RetentionDialog(QDialog):
    """Lists inactive participants; the duration is saved in the database (shared by every computer)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Durée de conservation des données"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Le RGPD demande de ne garder les données personnelles que le temps nécessaire. "
                "Voici les personnes sans heures, participation ni modification depuis :"
            )
        )
        intro.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setRange(1, 50)
        self.years.valueChanged.connect(
            lambda v: self.years.setSuffix(self.tr(" an", "", v) if v < 2 else self.tr(" ans", "", v))
        )
        self.years.setValue(erasure.retention_years(ctx.db))
        self.years.setSuffix(self.tr(" an", "", 1) if self.years.value() < 2 else self.tr(" ans", "", 2))
        self.years.setAccessibleName(self.tr("Durée de conservation en années"))
        self.years.setEnabled(not ctx.db.readonly)
        self.years.valueChanged.connect(self._years_changed)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Participants sans activité"))
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.count = QLabel()
        self.erase_button = QPushButton(self.tr("&Effacer définitivement…"))
        self.erase_button.clicked.connect(self.erase_selected)
        self.people.itemSelectionChanged.connect(self._update_button)
        close = QPushButton(self.tr("&Fermer"))
        close.clicked.connect(self.accept)

        row = QHBoxLayout()
        row.addWidget(self.years)
        row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.people, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.people.clear()
        rows = erasure.inactive_participants(self.ctx.db, self.years.value())
        for person in rows:
            text = self.tr("%1 %2 — dernière activité : %3")
            text = text.replace("%1", person["first_name"]).replace("%2", person["last_name"])
            item = QListWidgetItem(text.replace("%3", person["last_activity"].strftime("%d/%m/%Y")))
            item.setData(ID_ROLE, (person["id"], f"{person['first_name']} {person['last_name']}"))
            self.people.addItem(item)
        n = len(rows)
        self.count.setText(self.tr("%n personne", "", n) if n < 2 else self.tr("%n personnes", "", n))
        self._update_button()

    def _years_changed(self, years: int) -> None:
        erasure.set_retention_years(self.ctx.db, years)
        self.refresh()

    def _update_button(self) -> None:
        self.erase_button.setEnabled(bool(self.people.selectedItems()) and not self.ctx.db.readonly)

    def erase_selected(self) -> None:
        items = self.people.selectedItems()
        if not items:
            return
        person_id, name = items[0].data(ID_ROLE)
        EraseParticipantDialog(self.ctx, person_id, name, self).exec()
        self.refresh()
