"""Table views that remember their column widths and order (one QSettings key per table)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...core import paths


def _settings() -> QSettings:
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "tierslieux.ini"), QSettings.Format.IniFormat)


def remember_columns(view: QTableView, name: str) -> None:
    """Restore the header state saved under ``tables/<name>`` and save it again whenever it changes.

    Call after the model is set (the state holds one entry per column)."""
    key = f"tables/{name}"
    header = view.horizontalHeader()
    state = _settings().value(key)
    if isinstance(state, QByteArray) and not state.isEmpty():
        header.restoreState(state)

    def save(*_args: object) -> None:
        _settings().setValue(key, header.saveState())

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)


class ListView(QTableView):
    """A table that says what to do when it has no row (``placeholder``), rather than staying blank."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._placeholder = ""

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.viewport().update()

    def placeholder(self) -> str:
        """The text shown now ("" while the list has rows)."""
        model = self.model()
        return self._placeholder if model is not None and model.rowCount() == 0 else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self.placeholder()
        if text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(16, 16, -16, -16)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), text)


def list_view(parent: QWidget, name: str, accessible: str) -> ListView:
    """A read-only list: whole rows selected, one at a time, sortable, last column stretched."""
    view = ListView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)  # one line per record: long titles end with "…"
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    return view
