"""The contact form (催收记录): every field of a collection contact, none of them required.

Used for a new contact and for editing a stored one (its id is kept). The only
input that can be refused is a call length that cannot be read; the problem is
then shown next to that field and everything typed stays. Leaving with changes
asks first, with "keep editing" as the default. Ctrl+Enter saves; Enter alone
does not, so pressing it in a field never saves a half-filled form.

The caller stores the record: either it passes ``save_with`` (called on Save with the
contact and its new files; a :class:`UserError` it raises — a file that can no longer be
read — is shown and the form stays open with everything typed, since nothing was saved),
or it takes :meth:`ContactDialog.contact` and :meth:`ContactDialog.new_files` after
``exec()`` returns Accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.content.model import Content
from desktop.domain.contacts import Answer, Channel, Contact, Direction, Relation
from desktop.domain.errors import UserError
from desktop.domain.legal import THIRD_PARTY
from desktop.ui.common import labels, messages
from desktop.ui.common.accessible import name_fields_from_labels
from desktop.ui.common.choice import ask
from desktop.ui.common.form_parts import (
    BIG_TARGET_PX,
    HINT_STYLE,
    WARNING_STYLE,
    ChoiceRow,
    NumberEdit,
    add_row,
    clean,
    form_layout,
    line_edit,
    loan_combo,
    on_ctrl_enter,
    row_of,
    section,
    text_box,
)
from desktop.ui.common.screen_fit import fit_to_screen
from desktop.ui.common.scrolling import scroll_area
from desktop.ui.log.attachment_list import AttachmentList
from desktop.ui.log.duration_edit import DurationEdit
from desktop.ui.log.marks_box import MarksBox, danger_banner, show_danger
from desktop.ui.log.suggestion_box import SuggestionBox
from desktop.ui.log.third_party_editor import ThirdPartyEditor
from desktop.ui.log.when_edit import WhenEdit


class ContactDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        content: Content,
        lang: str,
        loans: list[tuple[int, str]],
        contact: Contact | None = None,
        attachments=(),
        now: Callable[[], datetime] = datetime.now,
        findings: Sequence[tuple[str, str]] = (),
        dismissed_suggestions: Collection[str] = (),
        save_with: Callable[[Contact, list[Path]], Contact] | None = None,
    ) -> None:
        """``findings``: the stored record's automatic flags as (label, reason), shown at the top.
        ``dismissed_suggestions``: rule ids whose keyword suggestions the user dismissed before."""
        super().__init__(parent)
        self.setObjectName("ContactDialog")
        self.lang = lang
        self._original = contact
        self._saved: Contact | None = None
        self._save_with = save_with
        self.stored: Contact | None = None  # what ``save_with`` returned
        self.setWindowTitle(self.tr("Edit contact record") if contact else self.tr("New contact record"))
        self.setMinimumWidth(720)

        self.danger = danger_banner()
        inner = QWidget()
        column = QVBoxLayout(inner)
        if findings:
            column.addWidget(self._findings(findings))
        column.addWidget(self._when_and_how(now))
        column.addWidget(self._who(loans))
        column.addWidget(self._what_happened())
        self.marks = MarksBox(content, lang)
        self.suggestions = SuggestionBox(getattr(content, "keyword_rules", ()),
                                         {rid: rule.label(lang) for rid, rule in content.rules.items()},
                                         dismissed=dismissed_suggestions)
        marks_part = QWidget()
        marks_layout = QVBoxLayout(marks_part)
        marks_layout.setContentsMargins(0, 0, 0, 0)
        marks_layout.addWidget(self.suggestions)
        marks_layout.addWidget(self.marks)
        column.addWidget(section(self.tr("What you think was improper (tick any)"), marks_part))
        self.files = AttachmentList(attachments)
        column.addWidget(section(self.tr("Files (recordings, screenshots, photos)"), self.files))
        column.addStretch(1)
        self.scroll = scroll_area(inner)

        # Plain buttons, not a QDialogButtonBox: the box makes "Save" the default button,
        # and Enter in any field would then save a half-filled form.
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setMinimumSize(120, BIG_TARGET_PX + 4)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.danger)
        layout.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

        self.marks.danger_changed.connect(lambda text: show_danger(self.danger, text))
        self.channel.changed.connect(self._update_call_rows)
        for signal in (self.channel.changed, self.contacted.currentIndexChanged, self.third_parties.changed,
                       self.marks.changed):
            signal.connect(self._update_third_party_rows)
        self.suggestions.watch(self._update_suggestions)
        self.suggestions.confirmed.connect(self._confirm_suggestion)
        for box in (self.summary, self.threats, self.notes):
            box.textChanged.connect(self._update_suggestions)
        self.marks.changed.connect(self._update_suggestions)
        on_ctrl_enter(self, self.save)
        name_fields_from_labels(self)
        self._load(contact or Contact(occurred_at=now()))
        self._initial = self._state()
        self.when.setFocus()
        # Wide enough for the widest row that cannot wrap (a row of choices in English at large
        # text), where the screen allows; on a narrower screen the form scrolls sideways
        # rather than cutting that row off.
        margins = layout.contentsMargins()
        needed = (inner.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()
                  + 2 * self.scroll.frameWidth() + margins.left() + margins.right())
        fit_to_screen(self, max(940, needed), 780)

    # -- building ---------------------------------------------------------------------------------
    def _when_and_how(self, now: Callable[[], datetime]) -> QWidget:
        form = self._call_form = form_layout()
        self.when = WhenEdit(now)
        add_row(form, self.tr("When"), self.when)
        self.channel = ChoiceRow([(str(c), labels.channel(c)) for c in Channel])
        add_row(form, self.tr("How they contacted you"), self.channel)
        incoming, outgoing = str(Direction.INCOMING), str(Direction.OUTGOING)
        self.direction = ChoiceRow(
            [(incoming, self.tr("They called me")), (outgoing, self.tr("I called them"))]
        )
        self.answered = ChoiceRow([("yes", self.tr("Answered")), ("no", self.tr("Not answered"))])
        self.call_box = row_of(self.direction, self.answered, spacing=24)
        add_row(form, self.tr("The call"), self.call_box)
        self.duration = DurationEdit(self.lang)
        add_row(form, self.tr("How long"), self.duration)
        self.number = NumberEdit()
        add_row(form, self.tr("Number or account shown"), self.number)
        return section(self.tr("When and how"), form)

    def _who(self, loans: list[tuple[int, str]]) -> QWidget:
        form = form_layout()
        self.claimed_org = line_edit("claimedOrgEdit", self.tr("e.g. the company or app they named"))
        add_row(form, self.tr("Organisation they named"), self.claimed_org)
        self.claimed_name = line_edit("claimedNameEdit", self.tr("e.g. “Manager Zhang”"))
        add_row(form, self.tr("Name they gave"), self.claimed_name)
        self.claimed_staff_id = line_edit("staffIdEdit")
        add_row(form, self.tr("Staff number they gave"), self.claimed_staff_id)
        self.loan = loan_combo(loans, self.tr("Not about a specific loan"))
        add_row(form, self.tr("Which loan"), self.loan)
        self.contacted = QComboBox()
        self.contacted.setObjectName("contactedCombo")
        self.contacted.setMinimumHeight(BIG_TARGET_PX)
        for relation in Relation:
            self.contacted.addItem(labels.relation(relation), str(relation))
        self.disclosed = QCheckBox(self.tr("They told this person about the debt"))
        self.disclosed.setObjectName("disclosedCheck")
        self.disclosed.setMinimumHeight(BIG_TARGET_PX)
        self.asked_to_pay = QCheckBox(self.tr("They asked this person to pay"))
        self.asked_to_pay.setObjectName("askedToPayCheck")
        self.asked_to_pay.setMinimumHeight(BIG_TARGET_PX)
        add_row(form, self.tr("Who they contacted"), row_of(self.contacted, self.disclosed, self.asked_to_pay))
        self.third_parties = ThirdPartyEditor()
        add_row(form, self.tr("Other people they contacted"), self.third_parties)
        self.questions = self._third_party_questions()
        form.addRow(self.questions)
        return section(self.tr("Who"), form)

    def _third_party_questions(self) -> QWidget:
        """Asked only when someone else was contacted: the answers grade that contact (legal-facts §8)."""
        box = QWidget()
        box.setObjectName("thirdPartyQuestions")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        intro = QLabel(self.tr("They contacted someone other than you. Two questions help judge how serious "
                               "this is. You can skip them, and answer later."))
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        layout.addWidget(intro)
        dont_know = self.tr("Don't know")
        self.reachable = ChoiceRow([(str(Answer.YES), self.tr("Yes, I could")),
                                    (str(Answer.NO), self.tr("No, I couldn't")),
                                    (str(Answer.UNKNOWN), dont_know)])
        self.reachable.setObjectName("reachableChoice")
        self.continued = ChoiceRow([(str(Answer.YES), self.tr("Yes, they kept on")),
                                    (str(Answer.NO), self.tr("No, they stopped")),
                                    (str(Answer.UNKNOWN), dont_know)])
        self.continued.setObjectName("continuedChoice")
        questions = form_layout()
        add_row(questions, self.tr("When they contacted you, could you answer the phone?"), self.reachable)
        add_row(questions, self.tr("After the person said not to call again, did they keep on?"), self.continued)
        layout.addLayout(questions)
        self.unanswered_hint = QLabel(self.tr("Not answered yet: until it is, this contact is counted as "
                                              "“medium”, never lower."))
        self.unanswered_hint.setObjectName("unansweredHint")
        self.unanswered_hint.setWordWrap(True)
        self.unanswered_hint.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.unanswered_hint)
        for choice in (self.reachable, self.continued):
            choice.changed.connect(self._update_third_party_rows)
        return box

    def _findings(self, findings: Sequence[tuple[str, str]]) -> QWidget:
        """What the app found automatically when this record was last saved (grade, count, tag the loan)."""
        box = QLabel("<br>".join(f"<b>{escape(label)}</b>：{escape(reason)}" if self.lang != "en"
                                 else f"<b>{escape(label)}</b>: {escape(reason)}" for label, reason in findings)
                     + "<br><i>" + escape(self.tr("Checked again when you save.")) + "</i>")
        box.setObjectName("findingsLabel")
        box.setWordWrap(True)
        box.setTextFormat(Qt.TextFormat.RichText)
        return section(self.tr("Found automatically"), box)

    def _what_happened(self) -> QWidget:
        form = form_layout()
        self.summary = text_box("summaryEdit", 140)
        add_row(form, self.tr("What happened, what was said"), self.summary)
        self.threats = text_box("threatsEdit", 80)
        add_row(form, self.tr("What they threatened or demanded"), self.threats)
        self.notes = text_box("notesEdit", 80)
        add_row(form, self.tr("Notes"), self.notes)
        self.mood = QComboBox()
        self.mood.setObjectName("moodCombo")
        self.mood.setMinimumHeight(BIG_TARGET_PX)
        self.mood.addItem(self.tr("Not set"), None)
        moods = [self.tr("0 – calm"), "1", "2", "3", "4", self.tr("5 – very frightened or upset")]
        for value, text in enumerate(moods):
            self.mood.addItem(text, value)
        mood_hint = QLabel(self.tr("Optional. It can help later to show what this did to you."))
        mood_hint.setWordWrap(True)
        mood_hint.setStyleSheet(HINT_STYLE)
        mood_row = row_of(self.mood, mood_hint)
        mood_row.layout().setStretchFactor(mood_hint, 2)  # the hint gets the room, not the empty end
        add_row(form, self.tr("How you felt"), mood_row)
        return section(self.tr("What happened"), form)

    # -- values -----------------------------------------------------------------------------------
    def _load(self, c: Contact) -> None:
        self.when.set_value(c.occurred_at)
        self.channel.set_value(str(c.channel))
        direction = (
            None
            if c.direction is None
            else (str(Direction.INCOMING) if c.direction is Direction.MISSED else str(c.direction))
        )
        self.direction.set_value(direction)
        answered = False if c.direction is Direction.MISSED else c.answered
        self.answered.set_value(None if answered is None else ("yes" if answered else "no"))
        self.duration.set_seconds(c.duration_s)
        self.number.setText(c.number)
        self.claimed_org.setText(c.claimed_org)
        self.claimed_name.setText(c.claimed_name)
        self.claimed_staff_id.setText(c.claimed_staff_id)
        if c.loan_id is not None and self.loan.findData(c.loan_id) < 0:
            self.loan.addItem(self.tr("Loan no. %1").replace("%1", str(c.loan_id)), c.loan_id)
        self.loan.setCurrentIndex(max(0, self.loan.findData(c.loan_id)) if c.loan_id is not None else 0)
        self.contacted.setCurrentIndex(max(0, self.contacted.findData(str(c.contacted_party))))
        self.disclosed.setChecked(c.debt_disclosed)
        self.asked_to_pay.setChecked(c.asked_to_pay)
        self.third_parties.set_value(c.third_parties)
        self.reachable.set_value(str(c.reachable) if c.reachable is not None else None)
        self.continued.set_value(str(c.continued_after_refusal) if c.continued_after_refusal is not None else None)
        self.summary.setPlainText(c.summary)
        self.threats.setPlainText(c.threats)
        self.notes.setPlainText(c.notes)
        self.mood.setCurrentIndex(max(0, self.mood.findData(c.mood)) if c.mood is not None else 0)
        self.marks.set_marks(c.marks)
        self._update_call_rows()
        self._update_third_party_rows()

    def _direction_and_answered(self) -> tuple[Direction | None, bool | None]:
        direction = self.direction.value()
        answered = {"yes": True, "no": False, None: None}[self.answered.value()]
        if direction == Direction.INCOMING and answered is False:
            return Direction.MISSED, False  # as the import reads "未接"
        return (Direction(direction) if direction else None), answered

    def contact(self) -> Contact:
        """The contact as saved (after Accepted), else as filled in now. Raises UserError for a bad duration."""
        if self._saved is not None:
            return self._saved
        is_call = self.channel.value() == Channel.CALL
        direction, answered = self._direction_and_answered() if is_call else (None, None)
        return Contact(
            id=self._original.id if self._original else None,
            occurred_at=self.when.value(),
            channel=Channel(self.channel.value() or Channel.CALL),
            direction=direction,
            answered=answered,
            number=self.number.text().strip(),
            claimed_org=clean(self.claimed_org.text()).strip(),
            claimed_name=clean(self.claimed_name.text()).strip(),
            claimed_staff_id=clean(self.claimed_staff_id.text()).strip(),
            loan_id=self.loan.currentData(),
            duration_s=self.duration.seconds() if is_call else None,
            contacted_party=Relation(self.contacted.currentData()),
            debt_disclosed=self.disclosed.isChecked(),
            summary=clean(self.summary.toPlainText()),
            threats=clean(self.threats.toPlainText()),
            notes=clean(self.notes.toPlainText()),
            mood=self.mood.currentData(),
            marks=self.marks.marks(),
            third_parties=self.third_parties.value(),
            reachable=_answer(self.reachable.value()),
            continued_after_refusal=_answer(self.continued.value()),
            asked_to_pay=self.asked_to_pay.isChecked(),
        )

    def new_files(self) -> list[Path]:
        """Files the user chose to keep with this contact; the caller stores them after saving it."""
        return self.files.new_files()

    # -- behaviour --------------------------------------------------------------------------------
    def _update_call_rows(self) -> None:
        is_call = self.channel.value() == Channel.CALL
        self._call_form.setRowVisible(self.call_box, is_call)
        self._call_form.setRowVisible(self.duration, is_call)

    def _someone_else_contacted(self) -> bool:
        return (self.contacted.currentData() != str(Relation.SELF) or self.channel.value() == Channel.THIRD_PARTY
                or bool(self.third_parties.value()) or THIRD_PARTY in self.marks.marks())

    def _update_third_party_rows(self) -> None:
        """Ask the two questions only when someone else was contacted; say when one is still unanswered."""
        shown = self._someone_else_contacted()
        self.questions.setVisible(shown)
        unanswered = self.reachable.value() is None or self.continued.value() is None
        self.unanswered_hint.setVisible(shown and unanswered)
        # "This person" is the one chosen beside the boxes: they mean nothing when that is you.
        about_someone_else = self.contacted.currentData() != str(Relation.SELF)
        for box in (self.disclosed, self.asked_to_pay):
            box.setEnabled(about_someone_else or box.isChecked())

    def _update_suggestions(self) -> None:
        text = "\n".join(box.toPlainText() for box in (self.summary, self.threats, self.notes))
        self.suggestions.update_for(text, self.marks.marks())

    def _confirm_suggestion(self, rule_id: str) -> None:
        """Confirmed: the mark is ticked in the form, as if the user had ticked it (it is theirs now)."""
        self.marks.set_marks(tuple(dict.fromkeys((*self.marks.marks(), rule_id))))
        self._update_suggestions()

    def dismissed_suggestions(self) -> list[str]:
        """Rule ids whose suggestion was dismissed while the form was open; the caller stores them."""
        return self.suggestions.newly_dismissed()

    def save(self) -> None:
        """Save if the call length can be read; otherwise explain it next to the field and stay open."""
        try:
            contact = self.contact()
        except UserError:
            self.duration.check()
            self.scroll.ensureWidgetVisible(self.duration)
            self.duration.edit.setFocus()
            return
        if self._save_with is not None:
            try:
                self.stored = self._save_with(contact, self.new_files())
            except UserError as exc:
                messages.show_error(self, UserError(
                    zh=f"这条记录还没有保存。{exc.zh}\n\n您填写的内容都还在表格里。如果是某个文件的问题，"
                    "请把它从下面的文件列表中移除（或把它放回原来的位置），再按“保存”。",
                    en=f"This record has not been saved yet. {exc.en}\n\nEverything you entered is still in the "
                    "form. If a file is the problem, remove it from the list of files below (or put it back where "
                    "it was), then press Save again."))
                return
        self._saved = contact
        self.accept()

    def _state(self) -> tuple:
        """Everything the user can change, raw (a bad duration must not hide a change)."""
        return (
            self.when.value(),
            self.channel.value(),
            self.direction.value(),
            self.answered.value(),
            self.duration.text(),
            self.number.text(),
            self.claimed_org.text(),
            self.claimed_name.text(),
            self.claimed_staff_id.text(),
            self.loan.currentIndex(),
            self.contacted.currentIndex(),
            self.disclosed.isChecked(),
            self.asked_to_pay.isChecked(),
            self.third_parties.value(),
            self.reachable.value(),
            self.continued.value(),
            self.summary.toPlainText(),
            self.threats.toPlainText(),
            self.notes.toPlainText(),
            self.mood.currentIndex(),
            self.marks.marks(),
            tuple(self.files.new_files()),
        )

    def has_changes(self) -> bool:
        return self._state() != self._initial

    def reject(self) -> None:
        """Cancel, Esc and the close button: ask before throwing away anything typed."""
        if self._saved is None and self.has_changes():
            answer = ask(
                self,
                self.tr("Leave without saving?"),
                self.tr("What you entered in this record has not been saved."),
                [
                    ("discard", self.tr("Discard what I entered"), "destructive"),
                    ("keep", self.tr("Keep editing"), "reject"),
                ],
                default="keep",
            )
            if answer != "discard":
                return
        super().reject()


def _answer(code: str | None) -> Answer | None:
    return Answer(code) if code else None
