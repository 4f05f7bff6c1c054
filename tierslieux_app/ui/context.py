"""What every page of the window shares: the open database, the undo stack, the language,
and a way to ask the window to open a record (completeness list → record to fix).

Pages receive an ``AppContext`` and call the core services with ``ctx.db``; they never
keep a session or an ORM object.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..core.db import Database


class AppContext(QObject):
    # entity ("project", "participant", "output", "structure", "structure_year", "time_entry"), id
    open_record = Signal(str, str)
    # emitted after any change saved through a page, so that other pages refresh lazily
    data_changed = Signal(str)  # entity that changed

    def __init__(self, db: Database, lang: str = "fr", parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.undo_stack = QUndoStack(self)

    def close(self) -> None:
        """Drop the undo commands before the context goes: each command holds the context
        and the stack owns the commands, a cycle whose collection can crash PySide."""
        self.undo_stack.clear()
