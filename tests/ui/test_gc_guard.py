"""Garbage cycles are collected by the GUI thread's timer, never by whichever thread allocates."""

from __future__ import annotations

import gc
import threading
import weakref

from tierslieux_app.ui import gc_guard


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def _garbage_cycle() -> weakref.ref:
    node = Node()
    ref = weakref.ref(node)
    del node
    return ref


def test_installed_once_and_automatic_collection_is_off(qapp):
    collector = gc_guard.install(qapp)
    assert gc_guard.install(qapp) is collector
    assert not gc.isenabled()


def test_a_cycle_made_in_a_worker_thread_waits_for_the_gui_thread(qapp, qtbot):
    gc_guard.install(qapp)
    refs: list[weakref.ref] = []
    kept: list[list] = []
    collected_in: list[str] = []

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            collected_in.append(threading.current_thread().name)

    def worker() -> None:
        refs.append(_garbage_cycle())
        # enough allocations to start an automatic collection here, were it on
        kept.append([[] for _ in range(gc.get_threshold()[0] * 3)])

    gc.callbacks.append(callback)
    try:
        thread = threading.Thread(target=worker, name="worker")
        thread.start()
        thread.join()
        assert refs[0]() is not None  # nothing collected it in the worker
        assert "worker" not in collected_in
        qtbot.waitUntil(lambda: refs[0]() is None, timeout=5_000)  # the timer's turn
    finally:
        gc.callbacks.remove(callback)
    assert collected_in and set(collected_in) == {threading.main_thread().name}


def test_collect_due_follows_the_thresholds(qapp):
    gc_guard.install(qapp)
    gc.collect()
    assert gc_guard.collect_due() == 0  # nothing allocated since: nothing due
    ref = _garbage_cycle()
    keep = [[] for _ in range(gc.get_threshold()[0] + 10)]
    assert gc_guard.collect_due() >= 1
    assert ref() is None
    del keep
