"""The live-call panel (正在接电话): a running timer, the call script, big marks and a notes box.

Opened by one big button while the phone is ringing. Nothing is required: the
user can click "End and save" without touching anything else and still get a
record of when the call started and how long it took.

Drafts: what is entered is kept through ``drafts.put("live_call", …)`` on every
change (text after a short pause, so typing stays smooth) and every few
seconds, so a window closed by mistake — or a crash — loses nothing. Closing
asks whether to keep the draft for later, discard it or go back. Opening the
panel while a draft exists offers to continue it with its real start time (so
the duration stays honest) or to start a new call.

**Who clears the draft:** the caller. After ``exec()`` returns Accepted the caller
stores :meth:`LiveCallPanel.contact` and then calls :meth:`LiveCallPanel.discard_draft`
(or ``drafts.clear("live_call")``). If storing fails, the draft is still there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.content.model import Content
from desktop.domain.contacts import Contact
from desktop.domain.durations import duration_clock
from desktop.domain.live_call import DRAFT_KIND, LiveCallDraft, draft_from_dict, new_draft
from desktop.ui.common.accessible import name_fields_from_labels
from desktop.ui.common.call_script import CallScriptWidget
from desktop.ui.common.choice import ask
from desktop.ui.common.form_parts import (
    BIG_TARGET_PX,
    ERROR_STYLE,
    NumberEdit,
    clean,
    field_label,
    line_edit,
    loan_combo,
    on_ctrl_enter,
    scaled_font,
)
from desktop.ui.common.screen_fit import fit_to_screen
from desktop.ui.common.scrolling import scroll_area
from desktop.ui.log.marks_box import MarksBox, danger_banner, show_danger

log = logging.getLogger(__name__)

CLOCK_MS = 500
AUTOSAVE_MS = 5000  # a safety net; changes are saved as they happen
TYPING_PAUSE_MS = 400


class LiveCallPanel(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        content: Content,
        lang: str,
        loans: list[tuple[int, str]],
        drafts,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("LiveCallPanel")
        self.setWindowTitle(self.tr("On a call now"))
        self.lang = lang
        self.drafts = drafts
        self._now = now
        self._contact: Contact | None = None
        self._ended_at: datetime | None = None
        fit_to_screen(self, 1180, 800)

        self.draft = self._choose_draft(content)
        self._build(content, loans)
        self._fill(self.draft)
        self._connect()
        self.save_draft()
        self._tick()
        self.notes.setFocus()

    # -- the draft to start from -----------------------------------------------------------------
    def _choose_draft(self, content: Content) -> LiveCallDraft:
        stored = draft_from_dict(self.drafts.get(DRAFT_KIND), known_marks=tuple(content.rules))
        if stored is None:
            return new_draft(self._now())
        answer = ask(
            self.parentWidget(),
            self.tr("Continue the unsaved call?"),
            self.tr(
                "A call you started logging at %1 was not saved. Continue it? The timer counts from when that "
                "call started. Starting a new call deletes what was entered for that one."
            ).replace("%1", stored.started_at.strftime("%Y-%m-%d %H:%M")),
            [
                ("continue", self.tr("Continue that call"), "accept"),
                ("new", self.tr("Start a new call"), "destructive"),
            ],
            default="continue",
        )
        return stored if answer == "continue" else new_draft(self._now())

    # -- building ---------------------------------------------------------------------------------
    def _build(self, content: Content, loans: list[tuple[int, str]]) -> None:
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("timerLabel")
        self.timer_label.setFont(scaled_font(self.timer_label.font(), 3.2))
        self.timer_label.setStyleSheet("font-weight: bold;")
        self.started_label = QLabel(
            self.tr("Call started at %1").replace("%1", self.draft.started_at.strftime("%H:%M"))
        )
        self.started_label.setObjectName("startedLabel")
        self.started_label.setFont(scaled_font(self.started_label.font(), 1.2))
        self.status = QLabel()
        self.status.setObjectName("draftStatus")
        self.status.setStyleSheet(ERROR_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.timer_label)
        top.addSpacing(16)
        top.addWidget(self.started_label)
        top.addStretch(1)
        top.addWidget(self.status)
        self.danger = danger_banner()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self._heading(self.tr("Tick what they do or say")))
        self.marks = MarksBox(content, self.lang, big=True, common_only=True)
        left_layout.addWidget(self.marks)
        notes_heading = self._heading(self.tr("Notes: what they say, in their words"))
        left_layout.addWidget(notes_heading)
        self.notes = QPlainTextEdit()
        notes_heading.setBuddy(self.notes)
        self.notes.setObjectName("notesEdit")
        self.notes.setFont(scaled_font(self.notes.font(), 1.25))
        self.notes.setMinimumHeight(150)
        self.notes.setTabChangesFocus(True)
        left_layout.addWidget(self.notes, 1)
        left_layout.addLayout(self._details(loans))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self._heading(self.tr("What you can say")))
        self.script = CallScriptWidget(content, self.lang, show_title=False)
        self.script.setMinimumWidth(300)  # the words to say must stay readable beside long mark labels
        right_layout.addWidget(self.script, 1)
        # The left column scrolls, so at large text on a laptop screen the panel still fits
        # and "End and save" stays in view.
        left_scroll = scroll_area(left, frame=False, sideways=False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left_scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([660, 480])

        self.end_button = QPushButton(self.tr("End and save"))
        self.end_button.setObjectName("endButton")
        self.end_button.setMinimumHeight(60)
        self.end_button.setMinimumWidth(260)
        self.end_button.setFont(scaled_font(self.end_button.font(), 1.5))
        self.end_button.setStyleSheet(
            "QPushButton { font-weight: bold; color: white; background: #1a5fb4; border-radius: 6px; padding: 6px 18px; }"
            "QPushButton:hover { background: #1c6bd0; } QPushButton:pressed { background: #134a8e; }"
            "QPushButton:focus { border: 3px solid #f6d32d; }"
        )
        self.end_button.setToolTip(self.tr("Stop the timer and save this call (Ctrl+Enter)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.setMinimumHeight(BIG_TARGET_PX + 4)
        for button in (self.end_button, self.close_button):
            button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.close_button)
        bottom.addStretch(1)
        bottom.addWidget(self.end_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.danger)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _heading(self, text: str) -> QLabel:
        label = field_label(text)
        label.setFont(scaled_font(label.font(), 1.15))
        return label

    def _details(self, loans: list[tuple[int, str]]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.number = NumberEdit()
        form.addRow(field_label(self.tr("Number shown"), self.number), self.number)
        self.claimed_org = line_edit("claimedOrgEdit", self.tr("Organisation"))
        self.claimed_name = line_edit("claimedNameEdit", self.tr("Name"))
        self.claimed_staff_id = line_edit("staffIdEdit", self.tr("Staff number"))
        who = QHBoxLayout()
        who.addWidget(self.claimed_org, 2)
        who.addWidget(self.claimed_name, 1)
        who.addWidget(self.claimed_staff_id, 1)
        form.addRow(field_label(self.tr("Who they said they were"), self.claimed_org), who)
        self.loan = loan_combo(loans, self.tr("Not about a specific loan"))
        form.addRow(field_label(self.tr("Which loan"), self.loan), self.loan)
        return form

    def _fill(self, draft: LiveCallDraft) -> None:
        self.number.setText(draft.number)
        self.claimed_org.setText(draft.claimed_org)
        self.claimed_name.setText(draft.claimed_name)
        self.claimed_staff_id.setText(draft.claimed_staff_id)
        index = self.loan.findData(draft.loan_id) if draft.loan_id is not None else 0
        self.loan.setCurrentIndex(max(0, index))
        self.marks.set_marks(draft.marks)
        show_danger(self.danger, self.marks.danger_text())
        self.notes.setPlainText(draft.notes)

    def _connect(self) -> None:
        self.clock = QTimer(self, interval=CLOCK_MS, timeout=self._tick)
        self.clock.start()
        self.autosave = QTimer(self, interval=AUTOSAVE_MS, timeout=self.save_draft)
        self.autosave.start()
        self.typing_pause = QTimer(self, interval=TYPING_PAUSE_MS, singleShot=True, timeout=self.save_draft)
        for signal in (
            self.notes.textChanged,
            self.number.changed,
            self.claimed_org.textChanged,
            self.claimed_name.textChanged,
            self.claimed_staff_id.textChanged,
        ):
            signal.connect(self.typing_pause.start)  # restarts: saved once typing pauses
        self.loan.currentIndexChanged.connect(self.save_draft)
        self.marks.changed.connect(self.save_draft)
        self.marks.danger_changed.connect(lambda text: show_danger(self.danger, text))
        self.end_button.clicked.connect(self.end_and_save)
        self.close_button.clicked.connect(self.reject)
        on_ctrl_enter(self, self.end_and_save)
        name_fields_from_labels(self)

    # -- running ----------------------------------------------------------------------------------
    def elapsed_seconds(self) -> int:
        end = self._ended_at or self._now()
        return max(0, int((end - self.draft.started_at).total_seconds()))

    def _tick(self) -> None:
        self.timer_label.setText(duration_clock(self.elapsed_seconds(), two_digit_minutes=True))

    def current_draft(self) -> LiveCallDraft:
        """What the panel shows now, as a draft."""
        return LiveCallDraft(
            started_at=self.draft.started_at,
            number=self.number.text().strip(),
            claimed_org=clean(self.claimed_org.text()).strip(),
            claimed_name=clean(self.claimed_name.text()).strip(),
            claimed_staff_id=clean(self.claimed_staff_id.text()).strip(),
            loan_id=self.loan.currentData(),
            marks=self.marks.marks(),
            notes=clean(self.notes.toPlainText()),
        )

    def save_draft(self) -> None:
        """Store the draft; a failure is shown quietly and never interrupts the call."""
        self.typing_pause.stop()
        draft = self.current_draft()
        try:
            self.drafts.put(DRAFT_KIND, draft.to_dict())
        except Exception:  # noqa: BLE001 — mid-call, losing the panel would be worse than a missed autosave
            log.exception("live-call draft could not be saved")
            self.status.setText(self.tr("The notes could not be saved just now; keep the window open."))
            return
        self.draft = draft
        self.status.clear()

    def end_and_save(self) -> None:
        """Stop the clock and hand the call to the caller (the draft stays until the caller clears it)."""
        if self._ended_at is None:
            self._ended_at = self._now()
        self.clock.stop()
        self.autosave.stop()
        self.save_draft()
        self._tick()
        self._contact = self.current_draft().to_contact(self._ended_at)
        self.accept()

    def contact(self) -> Contact | None:
        """The call as a contact after "End and save": start time, duration, marks, notes as the summary."""
        return self._contact

    def discard_draft(self) -> None:
        """Forget the stored draft (the caller does this after storing :meth:`contact`)."""
        self.drafts.clear(DRAFT_KIND)

    def reject(self) -> None:
        """Close, Esc and the window's close button: keep the draft, discard it, or go back to the call."""
        if self._contact is None:
            answer = ask(
                self,
                self.tr("Close the call panel?"),
                self.tr("This call has not been saved. You can keep what you entered and continue later."),
                [
                    ("keep", self.tr("Keep the draft for later"), "accept"),
                    ("discard", self.tr("Discard it"), "destructive"),
                    ("back", self.tr("Go back to the call"), "reject"),
                ],
                default="back",
            )
            if answer == "back":
                return
            if answer == "discard":
                self.typing_pause.stop()
                self.discard_draft()
            else:
                self.save_draft()
        self.clock.stop()
        self.autosave.stop()
        self.typing_pause.stop()
        super().reject()
