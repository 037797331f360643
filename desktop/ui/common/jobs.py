"""Background work off the UI thread: the import, the bundle export and import, the check of an earlier report.

A :class:`Job` runs on Qt's thread pool and reports back through :class:`JobSignals`
(queued to the UI thread) with a token, so the dialog can ignore the result of a
job it has abandoned. Cancelling is cooperative: the job's ``report`` callback
raises :class:`Cancelled` at its next call, which rolls an import back. What an import
job reads and parses is :mod:`desktop.ui.importing.loading`.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, Signal

from desktop.domain.errors import UserError
from desktop.logs import log_bug

BUG = object()  # a job failed for a reason that is the app's fault; logged, shown as an apology


class Cancelled(Exception):
    """Raised inside a job by ``report`` once the dialog has cancelled it."""


class JobSignals(QObject):
    finished = Signal(int, object)  # job token, result
    failed = Signal(int, object)  # job token, UserError | None (cancelled) | BUG
    progress = Signal(int, int, int)  # job token, done, total


class Job(QRunnable):
    """Runs ``work(report)`` on the thread pool; ``report`` raises :class:`Cancelled` once cancelled."""

    def __init__(self, token: int, work, signals: JobSignals, cancel: threading.Event) -> None:
        super().__init__()
        self.token, self.work, self.signals, self.cancel = token, work, signals, cancel

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
