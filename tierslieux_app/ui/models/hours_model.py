"""The hours list over up to a million entries: pages fetched on demand, filtered and sorted in SQL.

Why not a QSortFilterProxyModel: over 1,000,000 rows one filter change took 4–25 s;
at the source (SQL) it takes a fraction of a second. A filter or sort change resets
the model; scrolling down fetches the next page (canFetchMore/fetchMore).

On a database file the queries run in a worker thread, so the window never waits on
them; ``loaded`` fires when the first page of a new query is in. An in-memory database
(tests) has one shared connection, so there the queries run at once in the caller's thread.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)

from ...core import vocab as V
from ...core.db import Database
from ...core.errors import TiersLieuxError
from ...core.services import time_entries
from ...core.services.time_entries import EntryFilter
from ._rows import ID_ROLE, ROW_ROLE, display

Index = QModelIndex | QPersistentModelIndex
PAGE = 200

COL_DATE, COL_PROJECT, COL_PARTICIPANT, COL_HOURS, COL_TYPE, COL_ACTIVITY, COL_NOTE = range(7)
# column -> (row key, header, service sort key or None)
COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("date", QT_TRANSLATE_NOOP("HoursModel", "Date"), "date"),
    ("project_title", QT_TRANSLATE_NOOP("HoursModel", "Projet"), "project"),
    ("participant_name", QT_TRANSLATE_NOOP("HoursModel", "Personne"), "participant"),
    ("hours", QT_TRANSLATE_NOOP("HoursModel", "Heures"), "hours"),
    ("time_type", QT_TRANSLATE_NOOP("HoursModel", "Type de temps"), "time_type"),
    ("activity", QT_TRANSLATE_NOOP("HoursModel", "Activité"), "activity"),
    ("note", QT_TRANSLATE_NOOP("HoursModel", "Note"), None),
)
VOCABS = {COL_TYPE: V.TIME_TYPE, COL_ACTIVITY: V.ACTIVITY}


@dataclasses.dataclass(frozen=True)
class Query:
    flt: EntryFilter
    order: str
    descending: bool


class _Signals(QObject):
    done = Signal(int, object, object)  # generation, result, error


class _Job(QRunnable):
    def __init__(self, generation: int, work: Any, signals: _Signals, model: HoursModel):
        super().__init__()
        self.generation = generation
        self.work = work
        self.signals = signals
        self.model = model

    def run(self) -> None:
        if self.generation != self.model._generation:
            return  # a newer query was asked for while this one waited: skip it
        try:
            result, error = self.work(), None
        except TiersLieuxError as exc:
            result, error = None, exc
        self.signals.done.emit(self.generation, result, error)


class HoursModel(QAbstractTableModel):
    """Rows are plain dicts from ``time_entries.list_entries``.

    ``total`` is the filtered count once ``counted`` is true (``counted_changed``), and
    until then the number of rows loaded so far.
    """

    loaded = Signal()  # first page of the current query is in
    counted_changed = Signal()  # the exact count (``total``) of the current query is known
    page_loaded = Signal()  # a further page was appended
    failed = Signal(str)  # French message

    def __init__(
        self, db: Database, lang: str = "fr", parent: QObject | None = None, *, threaded: bool | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.threaded = db.path is not None if threaded is None else threaded
        self.query = Query(EntryFilter(), "date", True)
        self.total = 0
        self._rows: list[dict[str, Any]] = []
        self._generation = 0
        self._fetching = False
        self._loading = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # Counts run apart, so that a slow count never delays the next query's first page.
        self._count_pool = QThreadPool(self)
        self._count_pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self.counted = False
        self._exhausted = False

    # -- queries ---------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, flt: EntryFilter) -> None:
        self.query = dataclasses.replace(self.query, flt=flt)
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self.query = dataclasses.replace(
            self.query, order=key, descending=order == Qt.SortOrder.DescendingOrder
        )
        self.reload()

    def reload(self) -> None:
        """Fetch the first page of the current query, then count it; older answers are dropped.

        The first page comes first (ordered scan that stops after one page), the exact
        count after it: on a million rows a text filter's count takes a second or more,
        and the rows should not wait for it.
        """
        self._generation += 1
        self._pool.clear()  # queries not started yet are outdated
        self._count_pool.clear()
        self._loading = True
        self._fetching = False
        self.counted = False
        self._exhausted = False  # a page came back short: nothing more to fetch
        query = self.query

        def first() -> tuple[str, Any]:
            rows = time_entries.list_entries(
                self.db, query.flt, order=query.order, descending=query.descending, offset=0, limit=PAGE
            )
            return "first", rows

        self._start(first)

    def _count(self) -> None:
        query = self.query

        def count() -> tuple[str, Any]:
            return "count", time_entries.count_entries(self.db, query.flt)

        self._start(count, self._count_pool)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._loading or self._fetching:
            return False
        if self.counted:
            return len(self._rows) < self.total
        return not self._exhausted and len(self._rows) > 0 and len(self._rows) % PAGE == 0

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        query, offset = self.query, len(self._rows)

        def more() -> tuple[str, Any]:
            rows = time_entries.list_entries(
                self.db, query.flt, order=query.order, descending=query.descending, offset=offset, limit=PAGE
            )
            return "more", (offset, rows)

        self._start(more)

    def _start(self, work: Any, pool: QThreadPool | None = None) -> None:
        generation = self._generation
        if self.threaded:
            (pool or self._pool).start(_Job(generation, work, self._signals, self))
            return
        try:
            result, error = work(), None
        except TiersLieuxError as exc:
            result, error = None, exc
        self._on_done(generation, result, error)

    def _on_done(self, generation: int, result: Any, error: Any) -> None:
        if generation != self._generation:
            return  # an older query: its answer no longer matters
        if error is not None:
            self._loading = self._fetching = False
            self.failed.emit(str(error))
            return
        kind, payload = result
        if kind == "first":
            self.beginResetModel()
            self._rows = payload
            if len(payload) < PAGE:  # the whole answer is here: no need to count
                self.total, self.counted = len(payload), True
            else:
                self.total = len(payload)
            self._loading = False
            self.endResetModel()
            self.loaded.emit()
            if not self.counted:
                self._count()
            return
        if kind == "count":
            self.total, self.counted = payload, True
            self.counted_changed.emit()
            return
        self._fetching = False
        offset, rows = payload
        if offset != len(self._rows):
            return
        if len(rows) < PAGE:
            self._exhausted = True
        if not rows:
            self.page_loaded.emit()
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        if not self.counted:
            self.total = len(self._rows)
        self.endInsertRows()
        self.page_loaded.emit()

    def wait(self) -> None:
        """Block until the worker is idle (scripts and benchmarks; the window never calls it)."""
        self._pool.waitForDone()
        self._count_pool.waitForDone()
        QCoreApplication.processEvents()

    # -- reading ---------------------------------------------------------------

    def row_dict(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HoursModel", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            kind = "hours" if column == COL_HOURS else "text"
            return display(row.get(COLUMNS[column][0]), kind, VOCABS.get(column), self.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return row
        return None
