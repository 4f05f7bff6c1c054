"""The completeness findings in the interface language.

``core.completeness`` writes each finding from a French template of ``core.i18n``, which
also holds its English (``Finding.text(lang)``). The findings derived from the export's
column declarations (« projets sans date de début »…) have no English template in core
yet: their English is rebuilt here from the stable code and the number of records.

``FindingsList`` shows them on the export page, each with « Corriger → », which opens the
record at the field to fill in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget


def finding_text(finding: Any, year: int, lang: str) -> str:
    """The sentence to show for a ``completeness.Finding`` (its own French one in French)."""
    if lang == "fr" or getattr(finding, "template", ""):
        return finding.text(lang) if hasattr(finding, "text") else finding.message
    texts = {
        "project_no_date_debut": QCoreApplication.translate("Findings", "Projets sans date de début : %n"),
        "output_no_type": QCoreApplication.translate("Findings", "Productions sans type : %n"),
    }
    text = texts.get(finding.code)
    # %n is replaced here: with a number, Qt would look for plural forms these entries do not have
    return (
        text.replace("%n", str(len(finding.ids))).format(year=year) if text is not None else finding.message
    )


class FindingRow(QWidget):
    """One check: its sentence, and « Corriger → » when a record can be opened to fix it."""

    def __init__(self, text: str, color: str, fixable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if color:
            self.label.setStyleSheet(f"color: {color};")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.label, 1)
        self.fix_button: QPushButton | None = None
        if fixable:
            button = QPushButton(QCoreApplication.translate("Findings", "Corriger →"), self)
            button.setObjectName("fix")
            name = QCoreApplication.translate("Findings", "Corriger : %1")
            button.setAccessibleName(name.replace("%1", text))
            button.setAutoDefault(True)  # Enter as well as Space, outside a dialog too
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.fix_button = button

    def text(self) -> str:
        return self.label.text()


class FindingsList(QScrollArea):
    """The export's checks, one row each; ``fix(target)`` when a « Corriger → » is pressed
    (Tab reaches each button; Enter or Space presses it)."""

    fix = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        inner.setBackgroundRole(QPalette.ColorRole.Base)
        inner.setAutoFillBackground(True)
        self._rows_layout = QVBoxLayout(inner)
        self._rows_layout.setContentsMargins(2, 2, 2, 2)
        self._rows_layout.setSpacing(0)
        self._rows_layout.addStretch(1)
        self.setWidget(inner)
        self._rows: list[FindingRow] = []

    def clear(self) -> None:
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []

    def add(self, text: str, color: str = "", target: Any = None) -> FindingRow:
        row = FindingRow(text, color, target is not None, self.widget())
        if row.fix_button is not None:
            row.fix_button.clicked.connect(lambda _c=False, t=target: self.fix.emit(t))
        self._rows_layout.insertWidget(len(self._rows), row)
        self._rows.append(row)
        return row

    def count(self) -> int:
        return len(self._rows)

    def item(self, index: int) -> FindingRow:
        return self._rows[index]
