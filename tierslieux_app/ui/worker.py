"""Background work for the window: one helper, so that every long task behaves the same.

``fn`` runs in a thread of the global pool. It may be a plain function, or a generator
that yields ``(done, total)`` tuples and then returns its result (TagStudio style), or
take a ``progress(done, total)`` callback (``with_progress=True``).
A progress dialog appears only if the work lasts more than 600 ms (Anki style), so
quick tasks never flash a window. The callbacks always run in the GUI thread, and
are dropped if ``parent`` was destroyed meanwhile.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import Shiboken

log = logging.getLogger(__name__)

SHOW_PROGRESS_AFTER_MS = 600

_running: set[Task] = set()  # keeps tasks alive until their callbacks ran
_retired: list[QObject] = []  # finished tasks and emitters, until Qt has deleted them


def _retire(*objects: QObject) -> None:
    """Let Qt delete finished objects from its event loop, never from inside their own slot.

    A task used to be freed by Python as soon as its callback had run, that is while Qt
    was still delivering the signal to it: the QObject was destroyed in the middle of
    that delivery and PySide crashed (a segmentation fault, now and then, in the UI
    tests). ``deleteLater`` destroys them once the delivery is over; the Python side is
    only let go after that, once their C++ side is gone.
    """
    _retired[:] = [o for o in _retired if Shiboken.isValid(o)]
    for obj in objects:
        _retired.append(obj)
        obj.deleteLater()


class _Emitter(QObject):
    """Lives in the GUI thread; its signals are emitted from the pool thread (queued)."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], emitter: _Emitter, with_progress: bool):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._emitter = emitter
        self._with_progress = with_progress

    def run(self) -> None:
        try:
            if self._with_progress:
                result = self._fn(lambda done, total: self._emitter.progress.emit(int(done), int(total)))
            else:
                result = self._fn()
            if inspect.isgenerator(result):
                result = _drain(result, self._emitter)
        except BaseException as exc:  # reported to on_error in the GUI thread, never lost
            log.info("background task failed: %r", exc, exc_info=not _expected(exc))
            self._emit(self._emitter.failed, exc)
            return
        self._emit(self._emitter.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is quitting: nobody is left to tell
            log.info("background task finished after the window closed")


def _drain(gen: Any, emitter: _Emitter) -> Any:
    while True:
        try:
            step = next(gen)
        except StopIteration as stop:
            return stop.value
        if isinstance(step, tuple) and len(step) == 2:
            emitter.progress.emit(int(step[0]), int(step[1]))


def _expected(exc: BaseException) -> bool:
    from ..core.errors import TiersLieuxError

    return isinstance(exc, TiersLieuxError)


class Task(QObject):
    """One background job and its optional progress dialog (GUI thread side)."""

    finished = Signal()
    slow = Signal()  # the work has lasted longer than SHOW_PROGRESS_AFTER_MS

    def __init__(
        self,
        parent: QWidget | None,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None,
        label: str,
        dialog: bool = True,
    ):
        super().__init__(None)  # not owned by the widget: a dying page must not kill the job
        self._parent = parent
        self._alive = True
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._label = label
        self._want_dialog = dialog
        self._progress: tuple[int, int] = (0, 0)
        self.dialog: QProgressDialog | None = None
        self.emitter = _Emitter()
        # Emitted from the pool's thread: the automatic connection queues them to this one.
        # (No Qt.ConnectionType here: the Qt namespace costs ~80 ms, kept out of start-up.)
        self.emitter.progress.connect(self._got_progress)
        self.emitter.done.connect(self._got_done)
        self.emitter.failed.connect(self._got_error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        if parent is not None:
            parent.destroyed.connect(self._parent_gone)

    def start(self, fn: Callable[..., Any], with_progress: bool = False) -> None:
        _running.add(self)
        self._timer.start(SHOW_PROGRESS_AFTER_MS)
        QThreadPool.globalInstance().start(_Runnable(fn, self.emitter, with_progress))

    @Slot()
    def _parent_gone(self) -> None:
        self._alive = False
        self._parent = None
        self.dialog = None

    @Slot()
    def _show_dialog(self) -> None:
        self.slow.emit()
        if not self._alive or not self._want_dialog:
            return
        dialog = QProgressDialog(self._label or self.tr("Traitement en cours…"), "", 0, 0, self._parent)
        dialog.setCancelButton(None)  # work in the database is not interrupted half-way
        dialog.setWindowTitle(self.tr("Veuillez patienter"))
        from PySide6.QtCore import Qt

        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        done, total = self._progress
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(done)
        dialog.show()
        self.dialog = dialog

    @Slot(int, int)
    def _got_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        if not self._alive:
            return
        # The caller first: a modal dialog's setValue processes pending events, so the next
        # progress is handled inside this call; told afterwards, the caller would see them swapped.
        if self._on_progress is not None:
            self._on_progress(done, total)
        if self.dialog is not None and total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
            latest, _ = self._progress  # a later step may have been handled meanwhile
            if latest != done and self.dialog is not None:
                self.dialog.setValue(min(latest, total))

    def _close(self) -> None:
        self._timer.stop()
        if self._parent is not None:  # no reference kept: the widget may die with this task
            self._parent.destroyed.disconnect(self._parent_gone)
            self._parent = None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        _running.discard(self)
        self.finished.emit()
        _retire(self.emitter, self)

    @Slot(object)
    def _got_done(self, result: Any) -> None:
        alive = self._alive
        self._close()
        if alive:
            self._on_done(result)

    @Slot(object)
    def _got_error(self, exc: BaseException) -> None:
        alive = self._alive
        self._close()
        if alive:
            self._on_error(exc)


def run_in_background(
    parent: QWidget | None,
    fn: Callable[..., Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
    label: str = "",
    dialog: bool = True,
    with_progress: bool = False,
) -> Task:
    """Run ``fn()`` in a pool thread; ``on_done(result)`` or ``on_error(exc)`` in the GUI thread.

    ``fn`` may be a generator yielding ``(done, total)``; ``on_progress`` then receives
    them too. Nothing is called back if ``parent`` is destroyed before the end.
    With ``dialog=False`` no progress dialog appears: the caller shows its own
    indicator (the dashboard's busy bar), e.g. on the task's ``slow`` signal.
    With ``with_progress=True``, ``fn(progress)`` is called with a ``progress(done, total)``
    callable instead (for core functions that take a progress callback).
    """
    task = Task(parent, on_done, on_error, on_progress, label, dialog)
    task.start(fn, with_progress)
    return task


def running_tasks() -> int:
    """How many tasks have not called back yet (tests, screenshots wait for zero)."""
    return len(_running)
