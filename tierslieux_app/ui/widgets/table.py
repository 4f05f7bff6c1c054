"""Table views that remember their column widths and order (one QSettings key per table)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
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


def list_view(parent: QWidget, name: str, accessible: str) -> QTableView:
    """A read-only list: whole rows selected, one at a time, sortable, last column stretched."""
    view = QTableView(parent)
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
