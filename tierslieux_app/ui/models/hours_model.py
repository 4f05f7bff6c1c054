"""The hours list over up to a million entries: pages fetched on demand, filtered and sorted in SQL.

Why not a QSortFilterProxyModel: over 1,000,000 rows one filter change took 4–25 s;
at the source (SQL) it takes a fraction of a second. A filter or sort change resets
the model; scrolling down fetches the next page (canFetchMore/fetchMore).

On a database file the queries run in a worker thread, so the window never waits on
them; ``loaded`` fires when the first page of a new query is in. An in-memory database
(tests) has one shared connection, so there the queries run at once in the caller's thread.
The worker also prepares each cell's text, so that painting only looks them up, and a new
query stops the outdated ones still running (a text count reads the whole table).
What the user does not wait for (the exact count) starts once the list has stayed the
same for SETTLE_MS: while someone types, each count would be stopped by the next key
anyway, and would only take the processor from the rows being asked for.
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
    QTimer,
    Signal,
)

from ...core import vocab as V
from ...core.db import Database
from ...core.errors import TiersLieuxError
from ...core.services import time_entries
from ...core.services.time_entries import EntryFilter, Stopper
from ._rows import ID_ROLE, ROW_ROLE, display

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
SETTLE_MS = 300
# Roles as plain ints: data() is called for every role of every visible cell at each paint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ID = int(ID_ROLE)
_ROW = int(ROW_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

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


def cell_texts(rows: list[dict[str, Any]], lang: str) -> list[tuple[str, ...]]:
    """Each row's cells as shown, computed once (in the worker thread), not at every paint.

    Same texts as ``display``; dates, hours and labels repeat a lot within a page, so
    each distinct value is formatted once.
    """
    seen: dict[tuple[int, Any], str] = {}

    def text(column: int, value: Any) -> str:
        key = (column, value)
        if key not in seen:
            kind = "hours" if column == COL_HOURS else "text"
            seen[key] = display(value, kind, VOCABS.get(column), lang)
        return seen[key]

    def plain(value: Any) -> str:
        return value if isinstance(value, str) else display(value)

    return [
        (
            text(COL_DATE, row["date"]),
            plain(row["project_title"]),
            plain(row["participant_name"]),
            text(COL_HOURS, row["hours"]),
            text(COL_TYPE, row["time_type"]),
            text(COL_ACTIVITY, row["activity"]),
            plain(row["note"]),
        )
        for row in rows
    ]


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
    settled = Signal()  # the first page has stayed SETTLE_MS without a new query: background work may start

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
        self._texts: list[tuple[str, ...]] = []
        self._generation = 0
        self._started = False  # no query before the first reload(): a page sets up its view first
        self._stopper = Stopper()
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
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self._settle)

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
        if self._started:  # before the first reload, only remember the order (view set-up)
            self.reload()

    def reload(self) -> None:
        """Fetch the first page of the current query; older answers are dropped.

        The first page comes first (ordered scan that stops after one page), the exact
        count once the list has settled: on a million rows a text filter's count takes a
        second or more, and the rows should not wait for it.
        """
        self._generation += 1
        self._started = True
        self._settle_timer.stop()
        self._pool.clear()  # queries not started yet are outdated
        self._count_pool.clear()
        self._stopper.stop()  # and those still running are interrupted
        self._stopper = stopper = Stopper()
        self._loading = True
        self._fetching = False
        self.counted = False
        self._exhausted = False  # a page came back short: nothing more to fetch
        query, db, lang = self.query, self.db, self.lang

        def first() -> tuple[str, Any]:
            rows = time_entries.list_entries(
                db,
                query.flt,
                order=query.order,
                descending=query.descending,
                offset=0,
                limit=PAGE,
                stopper=stopper,
            )
            return "first", (rows, cell_texts(rows, lang))

        self._start(first)

    def _settle(self) -> None:
        if not self.counted:
            self._count()
        self.settled.emit()

    def _count(self) -> None:
        query, db, stopper = self.query, self.db, self._stopper

        def count() -> tuple[str, Any]:
            return "count", time_entries.count_entries(db, query.flt, stopper=stopper)

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
        query, offset, db, lang, stopper = self.query, len(self._rows), self.db, self.lang, self._stopper

        def more() -> tuple[str, Any]:
            rows = time_entries.list_entries(
                db,
                query.flt,
                order=query.order,
                descending=query.descending,
                offset=offset,
                limit=PAGE,
                stopper=stopper,
            )
            return "more", (offset, rows, cell_texts(rows, lang))

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
            rows, texts = payload
            self.beginResetModel()
            self._rows, self._texts = rows, texts
            if len(rows) < PAGE:  # the whole answer is here: no need to count
                self.total, self.counted = len(rows), True
            else:
                self.total = len(rows)
            self._loading = False
            self.endResetModel()
            self.loaded.emit()
            if self.threaded:
                self._settle_timer.start()
            else:  # one thread: nothing to make room for
                self._settle()
            return
        if kind == "count":
            self.total, self.counted = payload, True
            self.counted_changed.emit()
            return
        self._fetching = False
        offset, rows, texts = payload
        if offset != len(self._rows):
            return
        if len(rows) < PAGE:
            self._exhausted = True
        if not rows:
            self.page_loaded.emit()
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self._texts.extend(texts)
        if not self.counted:
            self.total = len(self._rows)
        self.endInsertRows()
        self.page_loaded.emit()

    def wait(self) -> None:
        """Block until the worker is idle, count included (scripts, tests; the window never calls it)."""
        if self._settle_timer.isActive():
            self._settle_timer.stop()
            self._settle()
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
        role = int(role)
        if role in (_DISPLAY, _TOOLTIP):
            row = index.row()
            return self._texts[row][index.column()] if 0 <= row < len(self._texts) else None
        if role == _ALIGN:
            return _RIGHT if index.column() == COL_HOURS else None
        if role in (_ID, _ROW):
            row = index.row()
            if not 0 <= row < len(self._rows):
                return None
            return self._rows[row]["id"] if role == _ID else self._rows[row]
        return None
