"""导出报告 — the Export tab: choose who the PDF is for, the period and language, see what it
will hold, and write it off the UI thread with a progress bar and Cancel.

The export is a :class:`~desktop.ui.common.jobs.Job` on the thread pool, like every long
job of the app. It opens its own connection to the case (a sqlite3 connection must not
cross threads), gathers the report and renders it. A lender export freezes the letter
version it includes, back on the UI thread.
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.content.model import Content
from desktop.domain.errors import UserError
from desktop.domain.rules_engine import EngineParams
from desktop.report_data.model import (
    ALL_SECTIONS,
    COVER,
    CUSTOM,
    DOCUMENTS,
    EVIDENCE,
    FLAGGED,
    INTEGRITY,
    LAWYER,
    LENDER,
    LETTER,
    LOG,
    PLAN,
    PRESETS,
    SOURCES,
    STATEMENT,
    THIRD_PARTIES,
    TIMELINE,
)
from desktop.store.cases import CaseRepository
from desktop.store.session import CaseSession
from desktop.ui.common import messages
from desktop.ui.common.form_parts import ERROR_STYLE
from desktop.ui.common.jobs import BUG, Job, JobSignals
from desktop.ui.context import AppContext

STEPS = 1000  # the progress bar's range: gathering is the first fifth, laying out the pages the rest
_GATHERED = 200
CLOSE_WAIT_S = 30  # closing the case waits this long for a cancelled export to stop


def export_work(cases: CaseRepository, case_id: str, params: EngineParams, content: Content, options: dict,
                path: Path, cancel: threading.Event):
    """The job that gathers the case's report and writes the PDF to ``path`` (atomically).

    It returns the id of the letter to freeze (a lender export that includes a frozen
    letter version), or ``None``. ``params`` are the window's, derived once from the
    content, so this session counts alike; ``cancel`` is also polled between pages.
    """

    def work(report):
        from desktop.pdf.report.render import render
        from desktop.report_data.gather import gather

        report(0, STEPS)  # cancelled while it waited for a free thread: the case is not even opened
        session = CaseSession(cases, case_id, params)
        try:
            data = gather(session, content, check=lambda f: report(int(_GATHERED * f), STEPS), **options)
        except Exception as exc:
            # A value stored in this case that the app cannot use (hand-edited, or imported by an
            # older version) is the case's fault, said plainly — not a bug apology.
            if (calm := session.calm_read_failure(exc)) is None:
                raise
            raise calm from exc
        finally:
            session.close()
        render(data, path, progress=lambda f: report(_GATHERED + int((STEPS - _GATHERED) * f), STEPS),
               cancel=cancel.is_set)
        frozen = data.letter is not None and data.letter.frozen and options["preset"] == LENDER
        return data.letter.id if frozen else None

    return work


class ExportTab(QWidget):
    def __init__(self, ctx: AppContext, session: CaseSession, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportTab")
        self.ctx, self.session, self.content = ctx, session, content
        self.exporting = False
        self._path: Path | None = None  # where the running export writes
        self._token = 0
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._done.set()
        # No Qt parent: the running job holds the signals too, so they outlive its last emit even
        # if this tab is destroyed first (close_case waits for the job, but never crash over it).
        self._signals = JobSignals()
        self._signals.progress.connect(self._job_progress)
        self._signals.finished.connect(self._job_finished)
        self._signals.failed.connect(self._job_failed)
        self.last_path: Path | None = None
        self._closed = False  # after close_case() the session's connection is gone

        who = QGroupBox(self.tr("Who is the report for?"))
        self.lender_radio = QRadioButton(self.tr("For the lender: letter, income and spending, plan, documents"))
        self.lawyer_radio = QRadioButton(self.tr("For a lawyer or regulator: full log, flags with their basis, "
                                                 "evidence, integrity"))
        self.custom_radio = QRadioButton(self.tr("Custom: choose the sections"))
        self.lawyer_radio.setChecked(True)
        self.presets = QButtonGroup(self)
        for button in (self.lender_radio, self.lawyer_radio, self.custom_radio):
            self.presets.addButton(button)
        who_layout = QVBoxLayout(who)
        for button in (self.lender_radio, self.lawyer_radio, self.custom_radio):
            button.setMinimumHeight(28)
            who_layout.addWidget(button)
        self.section_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, section in enumerate(s for s in ALL_SECTIONS if s != COVER):
            box = QCheckBox(self.section_label(section))
            box.setChecked(section in PRESETS[LAWYER])
            self.section_boxes[section] = box
            grid.addWidget(box, i // 3, i % 3)
            box.toggled.connect(self._changed)
        grid.setContentsMargins(24, 0, 0, 0)
        who_layout.addLayout(grid)
        self.mask_box = QCheckBox(self.tr("Hide third parties' numbers and how I felt (as in the lender's copy)"))
        self.mask_box.setContentsMargins(24, 0, 0, 0)
        who_layout.addWidget(self.mask_box)

        options = QGroupBox(self.tr("Period and language"))
        form = QFormLayout(options)
        self.range_box = QCheckBox(self.tr("Only records in this period"))
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addMonths(-3))
        self.to_edit = QDateEdit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._changed)
        dates = QHBoxLayout()
        dates.addWidget(self.range_box)
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        form.addRow(self.tr("Period:"), dates)
        self.lang_combo = QComboBox()
        self.lang_combo.addItem("中文（简体）", "zh_CN")
        self.lang_combo.addItem("English", "en")
        form.addRow(self.tr("Language of the report:"), self.lang_combo)

        preview_box = QGroupBox(self.tr("What the report will include"))
        self.preview = QLabel()
        self.preview.setObjectName("exportPreview")
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problem = QLabel()
        self.problem.setObjectName("exportProblem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview)
        preview_layout.addWidget(self.problem)

        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setMinimumHeight(40)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the PDF"))
        self.folder_button = QPushButton(self.tr("Open its folder"))
        for button in (self.open_button, self.folder_button):
            button.hide()
        self.check_button = QPushButton(self.tr("Check an earlier report…"))
        self.check_button.setObjectName("checkReportButton")
        self.check_button.setToolTip(self.tr("Type the check code printed on a report of this case to see whether "
                                             "the records it was made from are unchanged"))
        run_row = QHBoxLayout()
        run_row.addWidget(self.export_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.cancel_button)
        done_row = QHBoxLayout()
        done_row.addWidget(self.result, 1)
        done_row.addWidget(self.open_button)
        done_row.addWidget(self.folder_button)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(options)
        layout.addWidget(preview_box, 1)
        layout.addLayout(run_row)
        layout.addLayout(done_row)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        layout.addLayout(check_row)

        self.presets.buttonToggled.connect(lambda *_: self._changed())
        self.range_box.toggled.connect(self._changed)
        self.mask_box.toggled.connect(self._changed)
        self.export_button.clicked.connect(self.export)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button.clicked.connect(self.open_folder)
        self.check_button.clicked.connect(self.check_earlier_report)
        self.ctx.signals.contacts_changed.connect(self._changed)
        self.ctx.signals.draft_saved.connect(self._changed)
        self._changed()

    # -- choices -------------------------------------------------------------------------
    def section_label(self, section: str) -> str:
        return {
            COVER: self.tr("Cover and summary"),
            LETTER: self.tr("Repayment letter"),
            STATEMENT: self.tr("Income and spending"),
            PLAN: self.tr("Repayment plan"),
            DOCUMENTS: self.tr("Supporting documents"),
            TIMELINE: self.tr("Contacts over time (chart)"),
            FLAGGED: self.tr("Possibly improper conduct, with its basis"),
            LOG: self.tr("Full contact log"),
            THIRD_PARTIES: self.tr("Third parties contacted"),
            EVIDENCE: self.tr("Evidence files with SHA-256"),
            INTEGRITY: self.tr("Integrity statement"),
            SOURCES: self.tr("Sources cited"),
        }[section]

    def preset(self) -> str:
        if self.lender_radio.isChecked():
            return LENDER
        return CUSTOM if self.custom_radio.isChecked() else LAWYER

    def dates(self) -> tuple[date | None, date | None]:
        if not self.range_box.isChecked():
            return None, None
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def options(self) -> dict:
        preset = self.preset()
        date_from, date_to = self.dates()
        chosen = tuple(s for s, box in self.section_boxes.items() if box.isChecked())
        return {
            "preset": preset,
            "sections": chosen if preset == CUSTOM else None,
            "date_from": date_from,
            "date_to": date_to,
            "lang": self.lang_combo.currentData(),
            "masked": self.mask_box.isChecked() if preset == CUSTOM else None,
        }

    def _changed(self, *_args) -> None:
        custom = self.custom_radio.isChecked()
        for box in self.section_boxes.values():
            box.setEnabled(custom)
        self.mask_box.setEnabled(custom)
        for edit in (self.from_edit, self.to_edit):
            edit.setEnabled(self.range_box.isChecked())
        self.refresh_preview()

    def refresh_preview(self) -> None:
        from desktop.report_data.preview import preview_counts

        if self._closed:
            return
        opts = self.options()
        try:
            counts = preview_counts(self.session, preset=opts["preset"], sections=opts["sections"],
                                    date_from=opts["date_from"], date_to=opts["date_to"])
        except UserError as exc:
            self.problem.setText(exc.message(self.ctx.lang))
            self.problem.show()
            self.export_button.setEnabled(False)
            return
        self.problem.hide()
        self.export_button.setEnabled(not self.exporting)
        lines = [f"• {self.section_label(s)}{self._count_text(s, n)}" for s, n in counts]
        if opts["preset"] == LENDER or opts["masked"]:
            lines.append(self.tr("Third parties' numbers are partly hidden; how you felt is left out."))
        self.preview.setText("\n".join(lines))

    def _count_text(self, section: str, count: int | None) -> str:
        if count is None:
            return ""
        if section == LETTER:
            return self.tr(" — written") if count else self.tr(" — not written yet")
        if section in (LOG, TIMELINE, FLAGGED, THIRD_PARTIES):
            return self.tr(" — %1 records").replace("%1", str(count))
        if section == EVIDENCE:
            return self.tr(" — %1 files").replace("%1", str(count))
        if section == PLAN:
            return self.tr(" — %1 instalments").replace("%1", str(count))
        return self.tr(" — %1 items").replace("%1", str(count))

    # -- exporting -------------------------------------------------------------------------
    def default_path(self) -> Path:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        kind = {LENDER: self.tr("for the lender"), LAWYER: self.tr("for a lawyer"),
                CUSTOM: self.tr("report")}[self.preset()]
        name = f"{self.session.case.alias}-{kind}-{datetime.now():%Y%m%d}.pdf"
        return Path(docs or Path.home()) / "".join("_" if ch in '\\/:*?"<>|' else ch for ch in name)

    def ask_path(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"), str(self.default_path()),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else path + ".pdf")

    def export(self, path: Path | None = None) -> None:
        """Ask where to save (unless ``path`` is given) and start the export in the background."""
        if self.exporting:
            return
        path = path or self.ask_path()
        if path is None:
            return
        self._path = Path(path)
        self._token += 1
        self._cancel = threading.Event()
        self._done = threading.Event()
        work = export_work(self.ctx.cases, self.session.case.id, self.session.params, self.content, self.options(),
                           self._path, self._cancel)
        self.exporting = True
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.export_button.setEnabled(False)
        self.result.setText(self.tr("Making the PDF…"))
        for button in (self.open_button, self.folder_button):
            button.hide()
        QThreadPool.globalInstance().start(Job(self._token, work, self._signals, self._cancel, self._done))

    def cancel(self) -> None:
        if self.exporting:
            self._cancel.set()
            self.cancel_button.setEnabled(False)

    def _job_progress(self, token: int, done: int, _total: int) -> None:
        if token == self._token:
            self.progress.setValue(done)

    def _job_finished(self, token: int, freeze_id: int | None) -> None:
        if token != self._token:
            return
        self._stopped()
        if freeze_id is not None:
            try:
                if self._closed:  # the case was closed while the export finished: the store opens it briefly
                    from desktop.store.letters import freeze_letter

                    freeze_letter(self.ctx.cases, self.session.case.id, freeze_id)
                else:
                    self.session.letters.freeze(freeze_id)
            except UserError as exc:
                messages.show_error(self, exc)
        self.last_path = self._path
        self.result.setText(self.tr("Saved: %1").replace("%1", str(self._path)))
        for button in (self.open_button, self.folder_button):
            button.show()

    def _job_failed(self, token: int, error) -> None:
        if token != self._token:
            return
        self._stopped()
        if error is None:
            self.result.setText(self.tr("Cancelled. No file was written."))
            return
        self.result.setText(self.tr("The PDF was not saved."))
        if error is BUG:
            messages.show_bug(self)
        else:
            messages.show_error(self, error)

    def _stopped(self) -> None:
        self.exporting = False
        self.progress.hide()
        self.cancel_button.hide()
        QTimer.singleShot(0, self.refresh_preview)

    def open_pdf(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    def open_folder(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))

    def check_earlier_report(self):
        """Open the "check an earlier report" dialog (window-modal, not blocking); return it."""
        from desktop.ui.export.check_report import CheckReportDialog

        dialog = CheckReportDialog(self, self.ctx.cases, self.session.case.id, self.session.params, self.ctx.lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def close_case(self) -> None:
        """Called before the case's file is closed: stop a running export and wait for it."""
        self._closed = True
        if self.exporting:
            self._cancel.set()
            self._done.wait(CLOSE_WAIT_S)
        try:
            self.ctx.signals.contacts_changed.disconnect(self._changed)
            self.ctx.signals.draft_saved.disconnect(self._changed)
        except (RuntimeError, TypeError):
            pass
