"""What changed and when: the newest lines of the journal of changes, for a coordinator."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import fields as F
from ...core import journal
from ..context import AppContext
from ..widgets.confirm import consequences

LIMIT = 500
FIELDS = {
    "structure": F.STRUCTURE,
    "structure_year": F.STRUCTURE_YEAR,
    "organisation": F.ORGANISATION,
    "project": F.PROJECT,
    "participant": F.PARTICIPANT,
    "participation": F.PARTICIPATION,
    "time_entry": F.TIME_ENTRY,
    "output": F.OUTPUT,
    "project_partner": F.PROJECT_PARTNER,
    "funding": F.FUNDING,
}


class JournalDialog(QDialog):
    """Read-only table: date, what, action, fields changed (personal fields by name only)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Journal des modifications"))
        self.resize(760, 480)
        self.tables = {
            "": self.tr("Tout"),
            "project": self.tr("Projets"),
            "participant": self.tr("Participants"),
            "participation": self.tr("Participations"),
            "time_entry": self.tr("Heures"),
            "output": self.tr("Productions"),
            "organisation": self.tr("Organisations"),
            "funding": self.tr("Financements"),
            "structure": self.tr("Structure"),
        }
        self.actions = {
            "create": self.tr("création"),
            "update": self.tr("modification"),
            "delete": self.tr("suppression"),
            "bulk": self.tr("ajout groupé"),
            "erase": self.tr("effacement RGPD"),
        }
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Filtrer par type d’élément"))
        for code, label in self.tables.items():
            self.filter.addItem(label, code)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Élément"), self.tr("Action"), self.tr("Champs modifiés")]
        )
        self.table.setAccessibleName(self.tr("Journal des modifications"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        close = QPushButton(self.tr("&Fermer"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Afficher :"))
        label.setBuddy(self.filter)
        top.addWidget(label)
        top.addWidget(self.filter)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()

    def refresh(self) -> None:
        table = self.filter.currentData() or None
        rows = journal.entries(self.ctx.db, table=table, limit=LIMIT)
        self.table.setRowCount(len(rows))
        locale = QLocale()
        for r, entry in enumerate(rows):
            at = QDateTime(entry["at"].date(), entry["at"].time(), QTimeZone.utc()).toLocalTime()
            detail = self._detail(entry)
            cells = [
                locale.toString(at, QLocale.FormatType.ShortFormat),
                self.tables.get(entry["table"], entry["table"]),
                self.actions.get(entry["action"], entry["action"]),
                detail,
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _detail(self, entry: dict) -> str:
        """Update: the fields' French labels. Create/delete: the record's title or name (never a person's)."""
        summary = entry["summary"]
        if "rows" in summary:
            n = int(summary["rows"])
            return self.tr("%n ligne", "", n) if n < 2 else self.tr("%n lignes", "", n)
        if entry["action"] == "update":
            labels = F.by_name(FIELDS.get(entry["table"], ()))
            names = summary.get("fields", [])
            return ", ".join(labels[n].label(self.ctx.lang) if n in labels else n for n in names)
        values = summary.get("values", {})
        text = str(values.get("title") or values.get("name") or values.get("date") or "")
        if summary.get("cascade"):
            also = consequences(summary["cascade"])
            text = f"{text} (+ {also})" if text else also
        return text
