"""The bundle dialogs' background work: writing or reading a ``.dchcase`` file off the UI thread.

The work runs as a :class:`~desktop.ui.common.jobs.Job` on Qt's thread pool, like every long job,
with the same rules: its ``report`` raises :class:`~desktop.domain.errors.Cancelled` once cancelled, a
:class:`UserError` comes back as it is, anything else is logged as a bug. The store's
``progress(fraction)`` callback is that ``report`` in thousandths, so a cancel stops the store at
its next file chunk and its own clean-up runs (no partial bundle, no staging folder).

No sqlite3 connection crosses threads: a :class:`CaseRepository` holds only the data folder's
path and opens a new connection on whichever thread asks, so ``export_bundle`` and
``import_bundle`` open theirs on the worker.

:class:`BundleTask` runs one job and waits for it in a local event loop: the dialog's code reads
top to bottom (and its callers get a finished result, as before), while the UI thread keeps
painting, moving the progress bar and answering Cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Signal

from desktop.store.bundle.bundles import export_bundle, import_bundle
from desktop.store.cases import CaseRepository
from desktop.ui.common.jobs import JobRunner, JobSignals

STEPS = 1000  # the progress bar's range: thousandths of the work


def export_work(cases: CaseRepository, case_id: str, target: Path, passphrase: str | None):
    """The job that writes the case ``case_id`` to ``target``; it returns an ``ExportResult``."""

    def work(report):
        return export_bundle(cases, case_id, target, passphrase, progress=_in_steps(report))

    return work


def import_work(cases: CaseRepository, source: Path, passphrase: str | None):
    """The job that checks the bundle ``source`` and adds it as a new case; it returns an ``ImportResult``."""

    def work(report):
        return import_bundle(cases, source, passphrase, progress=_in_steps(report))

    return work


def _in_steps(report):
    return lambda fraction: report(round(fraction * STEPS), STEPS)


class BundleTask(QObject):
    """Runs one job at a time on the thread pool and waits for it while the UI thread handles events."""

    progress = Signal(int)  # steps done, out of STEPS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # No Qt parent: when the application quits mid-job, run() returns before the job has stopped
        # and the dialog may go first; the job holds the signals, so its last emit goes nowhere.
        self._signals = JobSignals()
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self._signals.progress.connect(self._progress)
        self._jobs = JobRunner(self._signals)
        self._loop: QEventLoop | None = None
        self._outcome: tuple[bool, object] | None = None

    @property
    def running(self) -> bool:
        return self._loop is not None

    def run(self, work) -> tuple[bool, object]:
        """Run ``work(report)`` off the UI thread and return ``(True, result)`` or ``(False, why)``.

        ``why`` is a :class:`UserError`, :data:`BUG`, or ``None`` when the job was cancelled.
        """
        if self._loop is not None:
            raise RuntimeError("a bundle job is already running")
        self._outcome = None
        self._loop = QEventLoop(self)
        self._jobs.start(work)
        try:
            # The job's signals are queued to this thread, so they arrive inside exec(); the check is
            # for a job that reported on this very thread (a direct call) before the loop started.
            if self._outcome is None:
                self._loop.exec()
        finally:
            self._loop = None
        if self._outcome is None:  # the application is quitting: stop the job; the store cleans up
            self._jobs.abandon()
            return False, None
        return self._outcome

    def cancel(self) -> None:
        """Ask the job to stop at its next step; :meth:`run` returns once it has cleaned up."""
        self._jobs.cancel()

    def _progress(self, token: int, done: int, total: int) -> None:
        if token == self._jobs.token and total:
            self.progress.emit(done * STEPS // total)

    def _finished(self, token: int, result) -> None:
        self._done(token, (True, result))

    def _failed(self, token: int, error) -> None:
        self._done(token, (False, error))

    def _done(self, token: int, outcome: tuple[bool, object]) -> None:
        if token == self._jobs.token and self._loop is not None:
            self._outcome = outcome
            self._loop.quit()
