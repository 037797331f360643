"""Background work off the UI thread: the import, the report and bundle exports, the bundle import, the check
of an earlier report — every long job of the app runs here, one way.

A :class:`Job` runs on Qt's thread pool and reports back through :class:`JobSignals`
(queued to the UI thread) with a token, so the widget can ignore the result of a
job it has abandoned. Cancelling is cooperative: the job's ``report`` callback
raises :class:`~desktop.domain.errors.Cancelled` at its next call, which goes through
the work's own clean-up (an import rolls back, a PDF or bundle leaves no file). A
:class:`UserError` comes back as it is (a calm message); anything else is a bug,
logged without personal data and reported as :data:`BUG` (the apology). What an import
job reads and parses is :mod:`desktop.ui.importing.loading`.

The signals object must outlive every emit (a QObject destroyed under a running emit
crashes the process). A widget that can be closed while its job runs therefore either
keeps its signals without a Qt parent (the job holds them too), or passes ``done`` and
waits for it before it goes: ``done`` is set only after the job's last emit.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.domain.errors import Cancelled, UserError
from desktop.logs import log_bug

BUG = object()  # a job failed for a reason that is the app's fault; logged, shown as an apology


class JobSignals(QObject):
    finished = Signal(int, object)  # job token, result
    failed = Signal(int, object)  # job token, UserError | None (cancelled) | BUG
    progress = Signal(int, int, int)  # job token, done, total


class Job(QRunnable):
    """Runs ``work(report)`` on the thread pool; ``report`` raises :class:`Cancelled` once cancelled."""

    def __init__(self, token: int, work, signals: JobSignals, cancel: threading.Event,
                 done: threading.Event | None = None) -> None:
        super().__init__()
        self.token, self.work, self.signals, self.cancel, self.done = token, work, signals, cancel, done

    def run(self) -> None:
        shown = {"percent": -1}

        def report(done: int, total: int) -> None:
            if self.cancel.is_set():
                raise Cancelled
            # At most ~100 updates: the bar needs no more, and every emit() crosses threads.
            percent = done * 100 // total if total else -1
            if total and percent != shown["percent"]:
                shown["percent"] = percent
                self.signals.progress.emit(self.token, done, total)

        try:
            try:
                result = self.work(report)
            except Cancelled:
                self.signals.failed.emit(self.token, None)
            except UserError as exc:
                self.signals.failed.emit(self.token, exc)
            except Exception as exc:  # a bug: logged without personal data, shown as an apology
                log_bug(type(exc), exc.__traceback__)
                self.signals.failed.emit(self.token, BUG)
            else:
                self.signals.finished.emit(self.token, result)
        finally:
            if self.done is not None:  # after the last emit: the owner may now destroy the signals
                self.done.set()


class JobRunner:
    """One widget's background jobs, one at a time, on the thread pool.

    Each :meth:`start` gets a new token and a new cancel event; a result whose token is not
    :attr:`token` comes from a job the widget has abandoned, and the widget ignores it. (The
    Export tab makes its :class:`Job` itself: its work polls the cancel event between pages and
    the tab waits on ``done`` when the case closes.)
    """

    def __init__(self, signals: JobSignals) -> None:
        self.signals = signals
        self.token = 0
        self._cancel = threading.Event()

    def start(self, work) -> None:
        """Run ``work(report)`` as a new job (see :class:`Job`)."""
        self.token += 1
        self._cancel = threading.Event()
        QThreadPool.globalInstance().start(Job(self.token, work, self.signals, self._cancel))

    def cancel(self) -> None:
        """Ask the running job to stop at its next report (its result, a cancel, still arrives)."""
        self._cancel.set()

    def abandon(self) -> None:
        """Cancel, and ignore whatever the job still sends."""
        self._cancel.set()
        self.token += 1
