"""What every page of the window shares: the open database, the undo stack, the language,
and a way to ask the window to open a record (completeness list → record to fix).

Pages receive an ``AppContext`` and call the core services with ``ctx.db``; they never
keep a session or an ORM object.

At start-up the context may be given a checked ``storage.Opening`` instead of the
Database: the window paints first, and ``ctx.db`` connects on first use (SQLAlchemy
is imported then, after the first paint). ``path``, ``url`` and ``readonly`` never
connect: the window's frame needs only them.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.storage import Opening

if TYPE_CHECKING:
    from ..core.db import Database


_live: weakref.WeakSet[AppContext] = weakref.WeakSet()


def live_contexts() -> list[AppContext]:
    """Every context not yet freed, without walking the heap (the tests close them after each test)."""
    return list(_live)


class AppContext(QObject):
    # entity ("project", "participant", "output", "structure", "structure_year", "time_entry"), id
    open_record = Signal(str, str)
    # the same, then the cursor in one of its fields (« Corriger → » of the export's checks)
    open_field = Signal(str, str, str)  # entity, id, field name (core.fields)
    # emitted after any change saved through a page, so that other pages refresh lazily
    data_changed = Signal(str)  # entity that changed

    def __init__(self, db: Database | Opening, lang: str = "fr", parent: QObject | None = None):
        super().__init__(parent)
        self._db: Database | None = None
        self._opening: Opening | None = None
        if isinstance(db, Opening):
            self._opening = db
        else:
            self._db = db
        self.lang = lang
        self.undo_stack = QUndoStack(self)
        _live.add(self)

    @property
    def db(self) -> Database:
        """The open database, connected on first use when the context was given an Opening."""
        if self._db is None:
            assert self._opening is not None
            self._db, self._opening = self._opening.connect(), None
        return self._db

    @property
    def connected(self) -> bool:
        return self._db is not None

    @property
    def path(self) -> Path | None:
        return self._opening.path if self._opening is not None else self.db.path

    @property
    def url(self) -> str:
        return self._opening.url if self._opening is not None else self.db.url

    @property
    def readonly(self) -> bool:
        return self._opening.readonly if self._opening is not None else self.db.readonly

    def close(self) -> None:
        """Drop the undo commands before the context goes: each command holds the context
        and the stack owns the commands, a cycle whose collection can crash PySide."""
        self.undo_stack.clear()
