"""The organisational changes of one year: code, description, and a box « transmise »."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal

from ...core import vocab as V
from ._rows import Column, Index, RowsModel


class OrgChangesModel(RowsModel):
    """Read-only but for the « transmise à l'observatoire » box: ``shared_toggled(id, checked)``
    asks the page to save it (through an undo command); the box changes once the page reloads."""

    COL_CODE, COL_DESCRIPTION, COL_SHARED = range(3)
    columns = (
        Column("code", QT_TRANSLATE_NOOP("OrgChangesModel", "Évolution"), vocab=V.ORG_CHANGE),
        Column("description", QT_TRANSLATE_NOOP("OrgChangesModel", "Description")),
        Column("shared", QT_TRANSLATE_NOOP("OrgChangesModel", "Transmise")),
    )
    shared_toggled = Signal(str, bool)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        tip = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
        if tip and section == self.COL_SHARED:
            return self.tr("Transmise à l’observatoire (la description comprise)")
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_SHARED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.COL_SHARED:
            if role == Qt.ItemDataRole.CheckStateRole:
                shared = bool(self.row_dict(index.row()).get("shared"))
                return Qt.CheckState.Checked if shared else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return ""  # the box says it
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COL_SHARED or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.shared_toggled.emit(self.row_dict(index.row())["id"], checked)
        return False
