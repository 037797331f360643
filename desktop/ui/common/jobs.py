"""The import dialog's background work: reading and parsing a file, and storing it, off the UI thread.

A :class:`Job` runs on Qt's thread pool and reports back through :class:`JobSignals`
(queued to the UI thread) with a token, so the dialog can ignore the result of a
job it has abandoned. Cancelling is cooperative: the job's ``report`` callback
raises :class:`Cancelled` at its next call, which rolls an import back.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from desktop.domain.errors import UserError
from desktop.domain.importing.parse import parse_table
from desktop.domain.importing.preview import ImportPreview
from desktop.files.tables import read_table
from desktop.logs import log_bug
from desktop.ui.importing.preview_model import ProblemListModel

BUG = object()  # a job failed for a reason that is the app's fault; logged, shown as an apology


class Cancelled(Exception):
    """Raised inside a job by ``report`` once the dialog has cancelled it."""


@dataclass(frozen=True)
class Loaded:
    """What the worker hands back after reading and parsing a file."""

    name: str
    source_kind: str
    encoding: str
    sheet: str
    preview: ImportPreview
    messages: list[tuple[str, str]]
    loan_labels: frozenset[str]


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


def load_file(path: str, lang: str, report) -> Loaded:
    """Read and parse ``path``; ``report`` is called while reading and between the steps, so a cancel
    stops the work there (a large workbook's parse included) instead of running on unseen."""
    table = read_table(path, checkpoint=lambda: report(0, 0))
    report(0, 0)
    preview = parse_table(table)
    report(0, 0)
    return Loaded(
        Path(path).name,
        table.source_kind,
        table.encoding,
        table.sheet,
        preview,
        preview_messages(preview, lang),
        frozenset(label for row in preview.rows if (label := row.loan_label.strip())),
    )


def preview_messages(preview: ImportPreview, lang: str) -> list[tuple[str, str]]:
    """Every message of the preview: blocking header problems and row problems, then notes and warnings."""
    p, w, i = ProblemListModel.PROBLEM, ProblemListModel.WARNING, ProblemListModel.INFO
    items = [(c.message(lang), p) for c in preview.column_problems if c.blocking]
    items += [(x.message(lang), p) for row in preview.rows for x in row.problems]
    items += [(c.message(lang), i) for c in preview.column_problems if not c.blocking]
    items += [(x.message(lang), w) for row in preview.rows for x in row.warnings]
    return items
