"""The background helper: results, progress, errors in the GUI thread; the window stays responsive."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tierslieux_app.ui.worker import run_in_background


def test_result_arrives_in_the_gui_thread(qtbot, wait_idle):
    parent = QWidget()
    qtbot.addWidget(parent)
    got: list[tuple[int, bool]] = []
    worker_thread: list[object] = []

    def work() -> int:
        worker_thread.append(QThread.currentThread())
        return 6 * 7

    run_in_background(
        parent,
        work,
        on_done=lambda v: got.append((v, QThread.currentThread() is QApplication.instance().thread())),
        on_error=lambda e: got.append((-1, False)),
    )
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(42, True)]
    assert worker_thread[0] is not QApplication.instance().thread()
    wait_idle()


def test_generator_reports_progress_then_returns(qtbot, wait_idle):
    parent = QWidget()
    qtbot.addWidget(parent)
    steps: list[tuple[int, int]] = []
    done: list[str] = []

    def work():
        for i in range(1, 4):
            yield (i, 3)
        return "fini"

    run_in_background(
        parent,
        work,
        on_done=done.append,
        on_error=lambda e: done.append(repr(e)),
        on_progress=lambda d, t: steps.append((d, t)),
    )
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert done == ["fini"]
    assert steps == [(1, 3), (2, 3), (3, 3)]
    wait_idle()


def test_error_goes_to_on_error_only(qtbot, wait_idle):
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []
    done: list[object] = []

    def work() -> None:
        raise ValueError("mauvaise valeur")

    run_in_background(parent, work, on_done=done.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "mauvaise valeur"
    assert done == []
    wait_idle()


def test_window_keeps_responding_and_dialog_appears_only_for_long_work(qtbot, wait_idle):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    done: list[str] = []

    def slow() -> str:
        assert release.wait(30), "never released"
        return "ok"

    task = run_in_background(
        parent, slow, on_done=done.append, on_error=lambda e: done.append(repr(e)), label="Calcul…"
    )
    # While the work blocks its thread, the GUI thread still runs timers and paints.
    ticks: list[int] = []
    timer = QTimer(parent)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    assert done == []
    # After 600 ms of work, the progress dialog shows (and only then).
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.isVisible(), timeout=5000)
    assert task.dialog.labelText() == "Calcul…"
    release.set()
    qtbot.waitUntil(lambda: done == ["ok"], timeout=5000)
    assert task.dialog is None
    timer.stop()
    wait_idle()


def test_quick_work_never_shows_a_dialog(qtbot, wait_idle):
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[int] = []
    task = run_in_background(parent, lambda: 1, on_done=done.append, on_error=print)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    wait_idle()
    from PySide6.QtWidgets import QProgressDialog

    assert task.dialog is None  # its timer went with it: no dialog can come later
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def test_nothing_called_back_when_the_parent_is_gone(qtbot, wait_idle):
    parent = QWidget()
    release = threading.Event()
    called: list[object] = []
    task = run_in_background(parent, lambda: release.wait(30), on_done=called.append, on_error=called.append)
    finished: list[bool] = []
    task.finished.connect(lambda: finished.append(True))
    parent.deleteLater()
    qtbot.waitUntil(lambda: not task._alive, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert called == []
    wait_idle()


def test_a_finished_task_is_deleted_by_qt_after_its_callback_not_during_it(qtbot, wait_idle):
    """Freed by Python inside its own slot, the task crashed PySide now and then (segfault)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import Shiboken

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[bool] = []
    tasks: list[object] = []

    def on_done(_value: object) -> None:
        seen.append(Shiboken.isValid(tasks[0]))

    tasks.append(run_in_background(parent, lambda: 1, on_done=on_done, on_error=lambda e: None))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    wait_idle()
    assert seen == [True]  # still whole while its callback runs
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not Shiboken.isValid(tasks[0])  # then deleted by Qt, from the event loop


def test_progress_reaches_the_caller_in_order_while_the_modal_dialog_processes_events(qtbot):
    """QProgressDialog.setValue of a modal dialog processes pending events: a later progress is
    handled inside an earlier one's. The caller must still get them in order (last = the end)."""
    from PySide6.QtCore import Q_ARG, QMetaObject, Qt
    from PySide6.QtWidgets import QWidget

    from tierslieux_app.ui.worker import Task

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[tuple[int, int]] = []
    task = Task(parent, lambda _r: None, lambda _e: None, lambda d, t: seen.append((d, t)), "x")
    task._show_dialog()  # as after SHOW_PROGRESS_AFTER_MS: a window-modal progress dialog
    for done in (1, 2, 3):
        QMetaObject.invokeMethod(
            task, "_got_progress", Qt.ConnectionType.QueuedConnection, Q_ARG(int, done), Q_ARG(int, 3)
        )
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert task.dialog.value() == 3
    task._got_done(None)
