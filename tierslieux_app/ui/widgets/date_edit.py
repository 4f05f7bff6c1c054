"""A date field that may stay empty: typed as JJ/MM/AAAA (or 15102026, 15/10/26, 15.10.2026,
AAAA-MM-JJ: whatever ``core.parsing`` reads), or picked in a calendar.

QDateEdit cannot be empty, and most dates here are optional, hence this line edit.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.fields import Invalid, parse_date


class DateEdit(QWidget):
    """``value()`` is a date, None when empty, or the raw text when it is not a date (so that the
    service names the problem)."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Choisir dans un calendrier"))
        self.button.setAccessibleName(self.tr("Choisir dans un calendrier"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self._tidy)
        self.line.editingFinished.connect(self.editingFinished)
        self.button.clicked.connect(self._pick)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def text(self) -> str:
        return self.line.text()

    def value(self) -> dt.date | str | None:
        text = self.line.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except Invalid:
            return text

    def set_value(self, value: dt.date | str | None) -> None:
        if isinstance(value, dt.date):
            self.line.setText(value.strftime("%d/%m/%Y"))
        elif isinstance(value, str) and value:
            try:
                self.line.setText(parse_date(value).strftime("%d/%m/%Y"))
            except Invalid:
                self.line.setText(value)
        else:
            self.line.clear()

    def _tidy(self) -> None:
        """« 15102026 » reads back as « 15/10/2026 » once typed, so the person sees what was understood."""
        value = self.value()
        if isinstance(value, dt.date):
            self.line.setText(value.strftime("%d/%m/%Y"))

    def _pick(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Choisir une date"))
        calendar = QCalendarWidget(dialog)
        current = self.value()
        if isinstance(current, dt.date):
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        calendar.activated.connect(dialog.accept)
        calendar.clicked.connect(dialog.accept)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = calendar.selectedDate()
            self.set_value(dt.date(chosen.year(), chosen.month(), chosen.day()))
            self.editingFinished.emit()
