"""Settling merge conflicts: each record changed on two machines, field by field, side by side.

Nothing is chosen in advance: every differing field needs a person's choice
(« garder ici » or « prendre la valeur reçue ») before the record can be applied.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import TiersLieuxError
from ..core.sync import list_conflicts, resolve_conflict
from .context import AppContext

ENTITY = {"participant": "participant", "project": "project", "time_entry": "time_entry", "output": "output"}


class ConflictsDialog(QDialog):
    """Open with ``ConflictsDialog(ctx, parent).exec()`` after importing a lot that reported conflicts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list[dict[str, Any]] = []
        self.setWindowTitle(self.tr("Conflits à régler"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Liste des conflits"))
        self.list.currentRowChanged.connect(self._show_current)
        splitter.addWidget(self.list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        right_layout.addWidget(self.title)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Champ"), self.tr("Valeur ici"), self.tr("Valeur reçue"), self.tr("À garder")]
        )
        self.table.setAccessibleName(self.tr("Champs en conflit"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        right_layout.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #a4262c;")
        right_layout.addWidget(self.status)
        all_row = QHBoxLayout()
        self.all_local = QPushButton(self.tr("Tout garder &ici"))
        self.all_local.clicked.connect(lambda: self.choose_all("local"))
        self.all_remote = QPushButton(self.tr("Tout prendre du &lot reçu"))
        self.all_remote.clicked.connect(lambda: self.choose_all("remote"))
        self.apply_button = QPushButton(self.tr("&Appliquer ce choix"))
        self.apply_button.clicked.connect(self.apply)
        for b in (self.all_local, self.all_remote):
            all_row.addWidget(b)
        all_row.addStretch(1)
        all_row.addWidget(self.apply_button)
        right_layout.addLayout(all_row)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.clicked.connect(self.accept)
        close_row.addWidget(self.close_button)
        layout.addLayout(close_row)
        self.reload()

    def reload(self) -> None:
        self.conflicts = list_conflicts(self.ctx.db)
        self.list.clear()
        for c in self.conflicts:
            item = QListWidgetItem(f"{c['table_label']} — {c['title'] or c['record_id'][:8]}")
            item.setData(Qt.ItemDataRole.UserRole, c["id"])
            self.list.addItem(item)
        n = len(self.conflicts)
        self.intro.setText(
            (
                self.tr(
                    "%n enregistrement a été modifié ici et sur un autre poste. Pour chaque champ, "
                    "choisissez la valeur à garder : rien n’est remplacé sans votre choix.",
                    "",
                    n,
                )
                if n < 2
                else self.tr(
                    "%n enregistrements ont été modifiés ici et sur un autre poste. Pour chaque champ, "
                    "choisissez la valeur à garder : rien n’est remplacé sans votre choix.",
                    "",
                    n,
                )
            )
            if n
            else self.tr("Aucun conflit à régler.")
        )
        if n:
            self.list.setCurrentRow(0)
        else:
            self._show_current(-1)

    def current(self) -> dict[str, Any] | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_current(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        fields = conflict["fields"] if conflict else []
        self.title.setText(f"{conflict['table_label']} « {conflict['title']} »" if conflict else "")
        self.table.setRowCount(len(fields))
        for i, f in enumerate(fields):
            for j, text in enumerate((f["label"], f["local"], f["remote"])):
                self.table.setItem(i, j, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Valeur à garder pour %1").replace("%1", f["label"]))
            combo.addItem(self.tr("— à choisir —"), None)
            combo.addItem(self.tr("Garder ici"), "local")
            combo.addItem(self.tr("Prendre la valeur reçue"), "remote")
            self.table.setCellWidget(i, 3, combo)
        self.table.resizeColumnsToContents()
        for b in (self.all_local, self.all_remote, self.apply_button):
            b.setEnabled(conflict is not None)

    def choose_all(self, side: str) -> None:
        for i in range(self.table.rowCount()):
            combo = self.table.cellWidget(i, 3)
            if isinstance(combo, QComboBox):
                combo.setCurrentIndex(combo.findData(side))

    def choices(self) -> dict[str, str]:
        conflict = self.current()
        out: dict[str, str] = {}
        if conflict is None:
            return out
        for i, f in enumerate(conflict["fields"]):
            combo = self.table.cellWidget(i, 3)
            if isinstance(combo, QComboBox) and combo.currentData():
                out[f["field"]] = str(combo.currentData())
        return out

    def apply(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        choices = self.choices()
        missing = [f["label"] for f in conflict["fields"] if f["field"] not in choices]
        if missing:
            self.status.setText(
                self.tr("Choisissez la valeur à garder pour : %1.").replace("%1", ", ".join(missing))
            )
            return
        self.status.clear()
        try:
            resolve_conflict(self.ctx.db, conflict["id"], choices)
        except TiersLieuxError as exc:
            QMessageBox.warning(self, self.tr("Conflit non réglé"), str(exc))
            self.reload()
            return
        self.ctx.data_changed.emit(ENTITY.get(conflict["table"], conflict["table"]))
        self.reload()
