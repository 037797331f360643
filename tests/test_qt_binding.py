"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 lost a reference to None on every Qt call that
returns nothing, and to True on every signal emit, until the interpreter
aborted ("none_dealloc"/"bool_dealloc") — in a long session, or at exit. The
project pins a release without the fault; this test keeps an upgrade honest.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_qt_calls_keep_the_reference_counts_of_none_and_true(qapp):
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 50
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.fired.emit(1)
    assert abs(sys.getrefcount(True) - before) < 50
