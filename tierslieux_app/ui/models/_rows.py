"""A table model over a list of plain dicts (small lists: projects, participants, outputs).

Columns are (key, header, kind); a subclass names its columns as constants so that
pages and tests refer to COL_TITLE, never to a bare number.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...core.vocab import Vocab
from ..widgets.form import format_number

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole row (dict)
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # a value that sorts naturally (dates, numbers)

Index = QModelIndex | QPersistentModelIndex


def display(value: Any, kind: str = "text", vocab: Vocab | None = None, lang: str = "fr") -> str:
    """How a stored value reads in a cell."""
    if value is None:
        return ""
    if vocab is not None:
        if isinstance(value, list):
            return ", ".join(vocab.label(v, lang) for v in value)
        return vocab.label(value, lang)
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Decimal | float):
        return format_number(value, lang, kind)
    return str(value)


NUMERIC = {"hours", "money", "int"}


def _sort_key(value: Any, text: str) -> Any:
    """Numbers sort as numbers, dates as dates, the rest as lower-case text."""
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return text.lower()


class Column:
    def __init__(self, key: str, header: str, kind: str = "text", vocab: Vocab | None = None):
        self.key = key
        self.header = header
        self.kind = kind
        self.vocab = vocab


class RowsModel(QAbstractTableModel):
    """Read-only rows; ``set_rows`` replaces them (the lists are small, a reset is cheap)."""

    columns: tuple[Column, ...] = ()

    def __init__(self, lang: str = "fr", parent: Any = None):
        super().__init__(parent)
        self.lang = lang
        self._rows: list[dict[str, Any]] = []
        self._texts: list[list[str]] = []
        self._keys: list[list[Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Texts and sort keys are computed once here: a proxy sorting 5,000 people asks for
        them tens of thousands of times, which took seconds when formatted on each call."""
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [
            [display(r.get(c.key), c.kind, c.vocab, self.lang) for c in self.columns] for r in self._rows
        ]
        self._keys = [
            [_sort_key(r.get(c.key), text) for c, text in zip(self.columns, texts, strict=True)]
            for r, texts in zip(self._rows, self._texts, strict=True)
        ]
        self.endResetModel()

    def row_dict(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.get("id") == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(type(self).__name__, self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == SORT_ROLE:
            return self._keys[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return self._rows[index.row()].get("id")
        if role == ROW_ROLE:
            return self._rows[index.row()]
        return None
