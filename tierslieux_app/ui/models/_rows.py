"""A table model over a list of plain dicts (projects, participants, outputs…), with its own
search and sort.

Texts and sort keys are computed once per ``set_rows``: a QSortFilterProxyModel over
5,000 people asked Python for them ~70,000 times per sort (seconds); sorting and
filtering the prepared lists here takes milliseconds.
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
NUMERIC = {"hours", "money", "int"}

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
        return (
            QCoreApplication.translate("RowsModel", "oui")
            if value
            else QCoreApplication.translate("RowsModel", "non")
        )
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Decimal | float):
        return format_number(value, lang, kind)
    return str(value)


def _sort_key(value: Any, text: str) -> tuple[int, Any]:
    """Numbers sort as numbers, dates as dates, the rest as lower-case text; empty cells last."""
    if value is None or value == "":
        return (1, "")
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        return (0, float(value))
    if isinstance(value, dt.date):
        return (0, value.isoformat())
    return (0, text.lower())


class Column:
    def __init__(self, key: str, header: str, kind: str = "text", vocab: Vocab | None = None):
        self.key = key
        self.header = header
        self.kind = kind
        self.vocab = vocab


class RowsModel(QAbstractTableModel):
    """Read-only rows; ``set_rows`` replaces them, ``set_search`` and ``sort`` reorder what is shown."""

    columns: tuple[Column, ...] = ()

    def __init__(self, lang: str = "fr", parent: Any = None):
        super().__init__(parent)
        self.lang = lang
        self._rows: list[dict[str, Any]] = []
        self._texts: list[list[str]] = []
        self._keys: list[list[tuple[int, Any]]] = []
        self._hay: list[str] = []
        self._shown: list[int] = []  # indexes into _rows, in display order
        self._search = ""
        self._sort: tuple[int, bool] | None = None  # column, descending

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [
            [display(r.get(c.key), c.kind, c.vocab, self.lang) for c in self.columns] for r in self._rows
        ]
        self._keys = [
            [_sort_key(r.get(c.key), text) for c, text in zip(self.columns, texts, strict=True)]
            for r, texts in zip(self._rows, self._texts, strict=True)
        ]
        self._hay = ["\n".join(texts).lower() for texts in self._texts]
        self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        order = list(range(len(self._rows)))
        if self._sort is not None:
            column, descending = self._sort
            order.sort(key=lambda i: self._keys[i][column], reverse=descending)
        needle = self._search
        self._shown = [i for i in order if needle in self._hay[i]] if needle else order

    def set_search(self, text: str) -> None:
        """Keep the rows whose cells contain ``text`` (any column, case ignored)."""
        self.beginResetModel()
        self._search = text.strip().lower()
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.beginResetModel()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._arrange()
        self.endResetModel()

    def row_dict(self, row: int) -> dict[str, Any]:
        return self._rows[self._shown[row]]

    def row_of(self, record_id: str) -> int:
        """The row showing ``record_id`` (-1 when absent or filtered out)."""
        return next((n for n, i in enumerate(self._shown) if self._rows[i].get("id") == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

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
        i = self._shown[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[i][index.column()]
        if role == SORT_ROLE:
            return self._keys[i][index.column()][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return self._rows[i].get("id")
        if role == ROW_ROLE:
            return self._rows[i]
        return None
