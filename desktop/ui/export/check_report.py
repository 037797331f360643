"""Check an earlier report: type the check code printed on a PDF of this case and see whether the
history that report was made from is unchanged.

A mistyped code is caught at once by its check characters (nothing is read). The
check itself — the chain recomputed from what is stored, the earlier head looked
for in it, the records and evidence files compared — runs on Qt's thread pool with
its own connection to the case, since hashing large evidence files takes a while.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.anchor import parse_anchor
from desktop.domain.errors import UserError
from desktop.domain.integrity import LIMITS
from desktop.domain.rules_engine import EngineParams
from desktop.store.cases import CaseRepository
from desktop.ui.common.form_parts import ERROR_STYLE
from desktop.ui.common.jobs import BUG, JobRunner, JobSignals

_SHOWN_PROBLEMS = 10
_GOOD = "color: #1b5e20;"


def check_work(cases: CaseRepository, case_id: str, params: EngineParams, anchor):
    """The job: the whole ``verify`` of the case against ``anchor``; returns its ``VerifyReport``."""

    def work(_report):
        from desktop.store.safety.verify import verify_stored_case

        return verify_stored_case(cases, case_id, params, anchor)

    return work


class CheckReportDialog(QDialog):
    def __init__(self, parent: QWidget | None, cases: CaseRepository, case_id: str, params: EngineParams,
                 lang: str) -> None:
        super().__init__(parent)
        self.setObjectName("CheckReportDialog")
        self.cases, self.case_id, self.params, self.lang = cases, case_id, params, lang
        # No Qt parent: the check cannot be interrupted, and the dialog deletes itself on close; the
        # running job holds the signals too, so they outlive the dialog and its last emit goes nowhere.
        self.signals = JobSignals()
        self.signals.finished.connect(self._done)
        self.signals.failed.connect(self._failed)
        self._jobs = JobRunner(self.signals)
        self.setWindowTitle(self.tr("Check an earlier report"))
        self.setMinimumWidth(560)

        intro = QLabel(self.tr("Type the check code printed on a report of this case (on its first page, like "
                               "EB71-84E3-B089-915E-5D), or paste the whole chain head. The app then checks "
                               "whether the records that report was made from are unchanged."))
        intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setAccessibleName(self.tr("Check code from the earlier report"))
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XX")
        self.code_edit.setMaxLength(200)
        font = QFont(self.code_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.code_edit.setFont(font)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.check_button)

        self.result = QLabel()
        self.result.setObjectName("checkResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        limits = QLabel(LIMITS.in_(lang))
        limits.setObjectName("checkLimits")
        limits.setWordWrap(True)
        limits.setStyleSheet("color: #555555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(limits)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self.check)
        self.code_edit.returnPressed.connect(self.check)
        self.finished.connect(lambda _result: self._jobs.abandon())

    def check(self) -> None:
        """Read the code; a typo is answered at once, otherwise the check runs in the background."""
        try:
            anchor = parse_anchor(self.code_edit.text())
        except UserError as exc:
            self._show(exc.message(self.lang), good=False)
            return
        self.check_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Checking… (large evidence files take a while)"))
        self._jobs.start(check_work(self.cases, self.case_id, self.params, anchor))

    def _done(self, token: int, report) -> None:
        if token != self._jobs.token:
            return
        self.check_button.setEnabled(True)
        lines = [report.head_check.message(self.lang)]
        if report.problems:
            lines.append(self.tr("The check also found %1 problem(s) in the case as it is stored now:")
                         .replace("%1", str(len(report.problems))))
            lines += [f"• {p.message(self.lang)}" for p in report.problems[:_SHOWN_PROBLEMS]]
            if len(report.problems) > _SHOWN_PROBLEMS:
                lines.append(self.tr("… and %1 more. The command “verify” lists them all.")
                             .replace("%1", str(len(report.problems) - _SHOWN_PROBLEMS)))
        self._show("\n".join(lines), good=report.ok)

    def _failed(self, token: int, error) -> None:
        if token != self._jobs.token:
            return
        self.check_button.setEnabled(True)
        if isinstance(error, UserError):
            self._show(error.message(self.lang), good=False)
        elif error is BUG:
            self._show(self.tr("Sorry, the check stopped because of a fault in the app. Nothing was changed."),
                       good=False)

    def _show(self, text: str, *, good: bool) -> None:
        mark = "✓ " if good else "✗ "
        self.result.setStyleSheet(_GOOD if good else ERROR_STYLE)
        self.result.setText(mark + text)
