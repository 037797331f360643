"""Import contacts from a CSV or XLSX file: choose it, see every problem, then store all or nothing.

Reading and parsing run on a worker thread (a 200,000-row CSV takes seconds, a
large workbook longer) behind a busy bar with a Cancel that abandons the result
at once; the worker stops at its next checkpoint (every 64 KB of a workbook's
XML, every 2,048 CSV records). Nothing is written until Import, which is enabled only when no row has a
problem; the import then runs on a worker thread too, over its own connection to
the case file, and a Cancel rolls it back completely.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.loan_matching import LoanMatcher
from desktop.domain.punctuation import list_separator
from desktop.store.importing import ImportResult
from desktop.ui.common import messages
from desktop.ui.common.form_parts import ERROR_STYLE
from desktop.ui.common.jobs import BUG, JobRunner, JobSignals
from desktop.ui.common.screen_fit import fit_to_screen
from desktop.ui.importing.busy_page import BusyPage
from desktop.ui.importing.loading import Loaded, load_file
from desktop.ui.importing.preview_model import ENCODING_LABELS, FIELD_LABELS
from desktop.ui.importing.preview_page import ImportPreviewPage

_PAGE_EMPTY, _PAGE_BUSY, _PAGE_MESSAGE, _PAGE_PREVIEW = range(4)


class ImportDialog(QDialog):
    """Choose a file, preview it, import it. ``exec()`` is true when contacts were stored."""

    def __init__(self, parent: QWidget | None, *, session, loans: dict[int, str], lang: str) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import records from a file"))
        fit_to_screen(self, 980, 700)
        self.session, self.loans, self.lang = session, dict(loans), lang
        self.loaded: Loaded | None = None
        self.result_: ImportResult | None = None
        self._importing = False
        self._close_when_done = False
        self._signals = JobSignals()
        self._jobs = JobRunner(self._signals)
        self._signals.finished.connect(self._job_finished)
        self._signals.failed.connect(self._job_failed)
        self._signals.progress.connect(self._job_progress)

        intro = QLabel(
            self.tr(
                "Choose a CSV or Excel (.xlsx) file. The first row must name the columns, in Chinese or "
                "English: 时间 (time), 方式 (channel), 号码 (number), 内容 (summary) and so on. Nothing is "
                "stored until you click Import, and then either every row is stored or none."
            )
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.setObjectName("chooseFileButton")
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())
        self.stack.addWidget(self._busy_page())
        self.message_label = QLabel()
        self.message_label.setObjectName("importMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack.addWidget(self.message_label)
        self.preview = ImportPreviewPage(self.lang)
        self.stack.addWidget(self.preview)
        # The preview's parts, by the names the rest of the dialog (and its tests) use.
        self.summary_label, self.columns_label = self.preview.summary_label, self.preview.columns_label
        self.verdict_label, self.only_problems = self.preview.verdict_label, self.preview.only_problems
        self.model, self.table, self.table_note = self.preview.model, self.preview.table, self.preview.table_note
        self.problems_title, self.problem_model = self.preview.problems_title, self.preview.problem_model

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.choose_button.clicked.connect(self.choose_file)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)

    # -- pages -------------------------------------------------------------------
    def _busy_page(self) -> QWidget:
        page = BusyPage(self.cancel_job, "cancelJobButton")
        self.busy_label, self.progress, self.cancel_button = page.label, page.progress, page.cancel_button
        return page

    # -- reading -------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            "",
            self.tr("Tables (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read and parse ``path`` on a worker thread; the preview appears when it is done."""
        self.loaded = None
        self.file_label.setText(Path(path).name)
        self.file_label.setToolTip(path)
        self.busy_label.setText(self.tr("Reading “%1”…").replace("%1", Path(path).name))
        self.progress.setRange(0, 0)  # busy: the length of the work is not known
        lang = self.lang  # the worker touches no widget state
        self._start(lambda report: load_file(path, lang, report))

    def _show_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        preview, c = loaded.preview, loaded.preview.counts
        if loaded.source_kind == "xlsx":
            source = self.tr("Excel workbook, sheet “%1”").replace("%1", loaded.sheet)
        else:
            encoding = ENCODING_LABELS.get(loaded.encoding)
            source = self.tr("Encoding: %1").replace("%1", self.tr(encoding) if encoding else loaded.encoding)
        counts = (
            self.tr("%1 rows: %2 can be imported, %3 with problems, %4 with warnings.")
            .replace("%1", f"{c.rows:,}")
            .replace("%2", f"{c.ok:,}")
            .replace("%3", f"{c.with_problems:,}")
            .replace("%4", f"{c.with_warnings:,}")
        )
        self.summary_label.setText(f"{counts}  {source}")
        self.columns_label.setText(self._columns_text(loaded))
        if preview.ok:
            text = self.tr("Nothing has been stored yet. Click Import to add all %1 records to this case.")
            self._verdict(text.replace("%1", f"{c.rows:,}"), ok=True)
        else:
            self._verdict(
                self.tr(
                    "Nothing can be imported until every problem below is corrected. Correct them in the file, "
                    "save it and choose it again."
                ),
                ok=False,
            )
        self.preview.show_rows(preview.rows, any_problems=c.with_problems > 0)
        self.problem_model.set_items(loaded.messages)
        self.problems_title.setText(
            self.tr("Problems and warnings: %1").replace("%1", f"{len(loaded.messages):,}")
            if loaded.messages
            else self.tr("No problems or warnings.")
        )
        self.stack.setCurrentIndex(_PAGE_PREVIEW)
        self.import_button.setEnabled(preview.ok)

    def _columns_text(self, loaded: Loaded) -> str:
        sep = list_separator(self.lang)
        known = [
            (h, self.tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name)
            for _no, h, name in loaded.preview.columns
            if name
        ]
        unknown = [h for _no, h, name in loaded.preview.columns if not name and h]
        lines = []
        if known:
            mapped = sep.join(
                h if h.casefold() == label.casefold() else f"{h} → {label}" for h, label in known
            )
            lines.append(self.tr("Recognised columns: %1").replace("%1", mapped))
        if unknown:
            text = self.tr("Unknown columns (their values will be added to the notes): %1")
            lines.append(text.replace("%1", sep.join(unknown)))
        matcher = LoanMatcher(self.session.loans.list(), self.loans) if loaded.loan_labels else None
        unmatched = sorted(label for label in loaded.loan_labels if matcher and matcher.match(label) is None)
        if unmatched:
            shown = sep.join(unmatched[:8]) + (" …" if len(unmatched) > 8 else "")
            text = self.tr("Loans that match none of this case's loans (kept in the notes): %1")
            lines.append(text.replace("%1", shown))
        return "\n".join(lines)

    def _verdict(self, text: str, *, ok: bool) -> None:
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet("" if ok else ERROR_STYLE)

    # -- importing -------------------------------------------------------------------
    def start_import(self) -> None:
        if self.loaded is None or not self.loaded.preview.ok or self._importing:
            return
        try:
            # The import writes through a connection of its own, which the session's write block
            # does not cover: wait for the case's whole-file check, which runs just after it opens.
            self.session.wait_for_check()
        except UserError as exc:
            messages.show_error(self, exc)
            return
        preview, total = self.loaded.preview, self.loaded.preview.counts.rows
        session, loans = self.session, dict(self.loans)  # the worker touches no widget state
        self._importing = True
        self.busy_label.setText(self.tr("Importing %1 records…").replace("%1", f"{total:,}"))
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)
        self._start(lambda report: session.import_contacts(preview, loans, progress=report))

    def _show_result(self, result: ImportResult) -> None:
        self.result_ = result
        text = self.tr("%1 records were imported.").replace("%1", f"{result.stored:,}")
        if result.unmatched_rows:
            more = self.tr(
                "The loan of %1 records matched none of this case's loans; it is kept in their notes."
            ).replace("%1", f"{result.unmatched_rows:,}")
            text = f"{text}\n\n{more}"
        messages.show_info(self, self.tr("Import finished"), text)
        self.accept()

    # -- the worker ------------------------------------------------------------------
    def _start(self, work) -> None:
        self.cancel_button.setEnabled(True)
        self.choose_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.stack.setCurrentIndex(_PAGE_BUSY)
        self._jobs.start(work)

    def cancel_job(self) -> None:
        """Reading: abandon the result at once. Importing: ask the worker to roll back, and wait for it."""
        self._jobs.cancel()
        if self._importing:
            self.cancel_button.setEnabled(False)
            self.busy_label.setText(self.tr("Cancelling… nothing will be stored."))
            return
        self._jobs.abandon()  # a result that still arrives is ignored
        self._back_to_idle()

    def _back_to_idle(self) -> None:
        self.choose_button.setEnabled(True)
        if self.loaded is not None:
            self.stack.setCurrentIndex(_PAGE_PREVIEW)
            self.import_button.setEnabled(self.loaded.preview.ok)
        else:
            self.stack.setCurrentIndex(_PAGE_EMPTY)
            self.file_label.clear()

    def _job_progress(self, token: int, done: int, total: int) -> None:
        if token == self._jobs.token and self._importing and total:
            self.progress.setValue(done)

    def _job_finished(self, token: int, result) -> None:
        if token != self._jobs.token:
            return
        if self._importing:
            self._importing = False
            self._show_result(result)
        else:
            self.choose_button.setEnabled(True)
            self._show_loaded(result)

    def _job_failed(self, token: int, error) -> None:
        if token != self._jobs.token:
            return
        was_importing, self._importing = self._importing, False
        if error is None:  # cancelled
            if self._close_when_done:
                super().reject()
                return
            self._back_to_idle()
            if was_importing:
                self._verdict(self.tr("The import was cancelled. Nothing was stored."), ok=False)
            return
        if error is BUG:
            text = self.tr(
                "Sorry, something went wrong inside the app. Nothing was stored. Please try again; if it keeps "
                "happening, tell the legal-aid desk."
            )
        else:
            text = error.message(self.lang)
        if was_importing:
            self._back_to_idle()
            self._verdict(text, ok=False)
            return
        self.loaded = None
        self.choose_button.setEnabled(True)
        self.message_label.setText(text)
        self.stack.setCurrentIndex(_PAGE_MESSAGE)

    def reject(self) -> None:
        if self._importing:  # closing mid-import means cancel; the dialog closes once it is rolled back
            self._close_when_done = True
            self.cancel_job()
            return
        self._jobs.abandon()
        super().reject()
