"""Garbage collection runs on the GUI thread only: a worker thread must never destroy a widget."""

from __future__ import annotations

import gc

from desktop.app import make_application
from desktop.ui.gc_thread import GuiThreadCollector


def test_the_app_switches_automatic_collection_off_and_collects_on_its_timer(qtbot):
    app = make_application()
    collector = app.findChild(GuiThreadCollector)
    assert collector is not None and collector.timer.isActive()
    assert not gc.isenabled()
    assert make_application().findChildren(GuiThreadCollector) == [collector]  # installed once

    class Cycle:
        pass

    for _ in range(collector.threshold[0] + 10):
        a, b = Cycle(), Cycle()
        a.other, b.other = b, a
    before = gc.get_count()[0]
    collector.check()
    assert gc.get_count()[0] < before
