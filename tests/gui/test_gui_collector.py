"""Cycles are freed on the GUI thread, never in a worker thread."""

from __future__ import annotations

import gc
import threading
import weakref

from scheduler_gui.background import start_task
from scheduler_gui.gui_collector import collect_on_gui_thread


class Cycle:
    freed_in: list[int] = []

    def __init__(self):
        self.me = self

    def __del__(self):
        Cycle.freed_in.append(threading.get_ident())


def test_automatic_collection_is_handed_to_the_gui_thread(qapp):
    collector = collect_on_gui_thread()
    assert collector is not None and collect_on_gui_thread() is collector
    assert not gc.isenabled()


def test_a_due_generation_is_collected_by_the_timer(qapp):
    collector = collect_on_gui_thread()
    gc.collect()
    assert collector.collect_due() == -1, "nothing is due right after a collection"
    first = weakref.ref(Cycle())
    for _ in range(collector.thresholds[0] + 10):  # generation 0 fills with unreachable cycles
        Cycle()
    assert first() is not None, "automatic collection is off"
    assert collector.collect_due() >= 0
    assert first() is None


def test_garbage_made_in_a_pool_thread_is_freed_in_the_gui_thread(qtbot, qapp):
    collect_on_gui_thread()
    gc.collect()
    Cycle.freed_in.clear()
    done = []

    def make_garbage():
        for _ in range(20000):  # far past generation 0's threshold: Python would collect here
            Cycle()
        return threading.get_ident()

    start_task(make_garbage, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    worker = done[0]
    qtbot.waitUntil(lambda: bool(Cycle.freed_in), timeout=10000)  # the timer has collected
    gc.collect()  # the last ones, below a generation's threshold
    assert worker != threading.get_ident() and len(Cycle.freed_in) == 20000
    assert set(Cycle.freed_in) == {threading.get_ident()}
