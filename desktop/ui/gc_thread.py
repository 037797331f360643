"""Python's cyclic garbage collector, run on the GUI thread only.

CPython starts a collection in whichever thread happens to be allocating when a threshold is
passed. The app has worker threads (file import, case check, case list, export), and a
collection there can free a Qt object's Python wrapper — a dialog or widget caught in a
reference cycle — and so destroy the Qt object off the GUI thread, which crashes the process
(seen: a segmentation fault "Garbage-collecting" inside the CSV import's worker). So the
automatic collector is switched off and the same generational collection is run here, from a
timer on the GUI thread. Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Installed once, on the application object; collects when the usual thresholds say so."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        collect_due(self.threshold)


def collect_due(threshold: tuple[int, ...]) -> None:
    """The collection CPython itself would run now (the oldest generation past its threshold), if any."""
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > threshold[generation]:
            gc.collect(generation)
            return


# A dynamic property on the application object names its collector. Searching the children
# instead (findChild) wraps every internal child of the QApplication and builds their Python
# enum types: ~6 ms before the first paint. The collector is the application's child, so the
# pointer the property holds lives exactly as long as the object that holds it.
_PROPERTY = "desktop_gui_thread_collector"


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Switch the automatic collector off and collect from ``app``'s thread instead (idempotent)."""
    existing = app.property(_PROPERTY)
    if isinstance(existing, GuiThreadCollector):
        return existing
    collector = GuiThreadCollector(app)
    app.setProperty(_PROPERTY, collector)
    return collector
