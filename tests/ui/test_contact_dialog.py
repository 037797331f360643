"""The contact form as a person uses it: type, click, read what it says, save or leave."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton

from desktop.content.loader import load_content
from desktop.domain.contacts import Answer, Channel, Contact, Direction, Relation, ThirdParty
from desktop.paths import resources_dir
from desktop.ui import fonts
from desktop.ui.log import attachment_list
from desktop.ui.log.contact_dialog import ContactDialog
from tests.ui.conftest import answer_dialog, save_screenshot, type_text
from tests.ui.zh import installed_zh

NOW = datetime(2026, 11, 3, 23, 40, 0)
LOANS = [(7, "某某借呗 5万"), (9, "XX分期 2万")]


@pytest.fixture(scope="module")
def content():
    loaded, problems = load_content(resources_dir())
    assert not problems
    return loaded


@pytest.fixture
def zh(qapp):
    """The app's Chinese UI font, and Chinese for these forms, as a user in China would see them."""
    fonts.apply(qapp, 100)
    with installed_zh():
        yield


def close_quietly(dialog) -> None:
    """At teardown, close without the "leave without saving?" question (it would wait for an answer forever)."""
    if dialog.isVisible():
        dialog.done(ContactDialog.DialogCode.Rejected)


@pytest.fixture
def open_dialog(qtbot, content, zh):
    def make(**kwargs) -> ContactDialog:
        kwargs.setdefault("lang", "zh_CN")
        kwargs.setdefault("loans", LOANS)
        kwargs.setdefault("now", lambda: NOW)
        dialog = ContactDialog(None, content=content, **kwargs)
        qtbot.addWidget(dialog, before_close_func=close_quietly)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def click(qtbot, button) -> None:
    """Click a checkbox or radio on its box (its centre may lie past the text, where a click does nothing)."""
    scroll = getattr(button.window(), "scroll", None)
    if scroll is not None:
        scroll.ensureWidgetVisible(button)
    pos = (
        QPoint(8, button.height() // 2)
        if isinstance(button, QCheckBox) or button.inherits("QRadioButton")
        else button.rect().center()
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)


def set_when(qtbot, dialog, text: str) -> None:
    dialog.when.edit.setFocus()
    qtbot.keyClick(dialog.when.edit, Qt.Key.Key_Home)
    qtbot.keyClicks(dialog.when.edit, text)


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def save(qtbot, dialog) -> None:
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_whole_night_call_to_my_employer_is_recorded_with_every_value(
    qtbot, open_dialog, tmp_path, monkeypatch
):
    recording = tmp_path / "录音 2026-11-03.m4a"
    recording.write_bytes(b"\x00" * 2048)
    monkeypatch.setattr(attachment_list, "choose_files", lambda parent, title: [str(recording)])
    dialog = open_dialog()
    assert dialog.windowTitle() == "新建催收记录"
    assert dialog.when.value() == NOW  # default: now

    set_when(qtbot, dialog, "2026-11-03 23:15")
    click(qtbot, dialog.channel.buttons["call"])
    click(qtbot, dialog.direction.buttons["incoming"])
    click(qtbot, dialog.answered.buttons["yes"])
    type_text(qtbot, dialog.duration.edit, "3分20秒")
    assert dialog.duration.reading.text() == "= 3分20秒"
    type_text(qtbot, dialog.number.edit, "+86 138-1234-5678")
    type_text(qtbot, dialog.claimed_org, "某某金融科技")
    type_text(qtbot, dialog.claimed_name, "张经理")
    type_text(qtbot, dialog.claimed_staff_id, "A1024")
    choose(dialog.loan, 7)
    choose(dialog.contacted, "employer")
    click(qtbot, dialog.disclosed)
    qtbot.mouseClick(dialog.third_parties.add_button, Qt.MouseButton.LeftButton)
    (row,) = dialog.third_parties.rows
    choose(row.relation, "colleague")
    type_text(qtbot, row.name, "李四")
    type_text(qtbot, row.number, "139 0000 1111")
    click(qtbot, row.disclosed)
    click(qtbot, row.asked)
    type_text(qtbot, dialog.summary, "晚上11点多打到我单位前台，说我欠钱不还，让同事转告。")
    type_text(qtbot, dialog.threats, "说明天上门")
    type_text(qtbot, dialog.notes, "录音在手机里")
    choose(dialog.mood, 4)
    click(qtbot, dialog.marks.boxes["third_party_contact"])
    qtbot.mouseClick(dialog.files.add_button, Qt.MouseButton.LeftButton)
    assert "新文件" in dialog.files.list.item(0).text()

    save(qtbot, dialog)  # Ctrl+Enter

    assert dialog.result() == ContactDialog.DialogCode.Accepted
    assert dialog.contact() == Contact(
        id=None,
        occurred_at=datetime(2026, 11, 3, 23, 15),
        channel=Channel.CALL,
        direction=Direction.INCOMING,
        answered=True,
        number="+86 138-1234-5678",
        claimed_org="某某金融科技",
        claimed_name="张经理",
        claimed_staff_id="A1024",
        loan_id=7,
        duration_s=200,
        contacted_party=Relation.EMPLOYER,
        debt_disclosed=True,
        summary="晚上11点多打到我单位前台，说我欠钱不还，让同事转告。",
        threats="说明天上门",
        notes="录音在手机里",
        mood=4,
        marks=("third_party_contact",),
        third_parties=(
            ThirdParty(Relation.COLLEAGUE, "李四", "139 0000 1111", debt_disclosed=True, asked_to_pay=True),
        ),
    )
    assert dialog.new_files() == [recording]


STORED = Contact(
    id=42,
    occurred_at=datetime(2026, 10, 30, 7, 5),
    channel=Channel.CALL,
    direction=Direction.MISSED,
    answered=False,
    number="021-5555 6666",
    claimed_org="某某资产",
    claimed_name="王专员",
    claimed_staff_id="9527",
    loan_id=9,
    duration_s=3725,
    contacted_party=Relation.FAMILY,
    debt_disclosed=True,
    summary="打给我妈妈。",
    threats="说要起诉",
    notes="第二次",
    mood=2,
    marks=("debt_disclosure", "home_visit"),
    third_parties=(
        ThirdParty(Relation.FAMILY, "妈妈", "", True, False),
        ThirdParty(Relation.FRIEND, "", "1380000", False, True),
    ),
)


def test_editing_a_stored_contact_shows_its_values_and_keeps_its_id(qtbot, open_dialog):
    dialog = open_dialog(
        contact=STORED,
        attachments=[("录音.m4a", 120_000, "ok"), ("截图.png", 500, "missing"), ("合同.pdf", 900, "altered")],
    )
    assert dialog.windowTitle() == "修改催收记录"
    assert dialog.when.text() == "2026-10-30 07:05"
    assert dialog.direction.value() == "incoming" and dialog.answered.value() == "no"  # 未接
    assert dialog.duration.text() == "1小时2分5秒" and dialog.duration.reading.text() == "= 1小时2分5秒"
    assert dialog.number.text() == "021-5555 6666" and dialog.number.normalised.text() == "→ 02155556666"
    assert dialog.loan.currentText() == "XX分期 2万"
    assert dialog.contacted.currentText() == "家人" and dialog.disclosed.isChecked()
    assert [r.name.text() for r in dialog.third_parties.rows] == ["妈妈", ""]
    assert dialog.summary.toPlainText() == "打给我妈妈。"
    assert dialog.mood.currentData() == 2
    assert (
        dialog.marks.boxes["home_visit"].isChecked() and dialog.marks.more.isVisible()
    )  # "more" opened itself
    texts = [dialog.files.list.item(i).text() for i in range(3)]
    assert texts[0].startswith("录音.m4a — 117.2 ") and texts[0].endswith(" — 已核对，未改动")
    assert "文件丢失" in texts[1] and "文件被改动" in texts[2]  # a word, not only red
    assert dialog.files.list.item(1).foreground().color().name() == "#a00000"
    assert not dialog.files.remove_button.isEnabled()

    qtbot.keyClick(dialog.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, dialog.notes, "，补充")
    save(qtbot, dialog)
    assert dialog.contact() == replace(STORED, notes="第二次，补充")
    assert dialog.new_files() == []


@pytest.mark.parametrize(
    ("typed", "says"), [("-5", "不能是负数"), ("99:99:99", "无法识别"), ("25小时", "超过 24 小时")]
)
def test_a_bad_duration_is_explained_and_nothing_typed_is_lost(qtbot, open_dialog, typed, says):
    dialog = open_dialog()
    type_text(qtbot, dialog.summary, "他们说要去我老家。")
    type_text(qtbot, dialog.claimed_name, "刘")
    type_text(qtbot, dialog.duration.edit, typed)
    assert dialog.duration.reading.text() == ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.result() != ContactDialog.DialogCode.Accepted
    error = dialog.findChild(QLabel, "durationError")
    assert error.isVisible() and says in error.text()
    assert dialog.duration.text() == typed
    assert dialog.summary.toPlainText() == "他们说要去我老家。" and dialog.claimed_name.text() == "刘"

    dialog.duration.edit.clear()
    type_text(qtbot, dialog.duration.edit, "200")
    assert not error.isVisible()  # typing again clears the message
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    assert dialog.contact().duration_s == 200 and dialog.contact().claimed_name == "刘"


def test_a_future_time_gets_a_gentle_warning_but_still_saves(qtbot, open_dialog):
    dialog = open_dialog()
    warning = dialog.findChild(QLabel, "futureWarning")
    assert not warning.isVisible()
    set_when(qtbot, dialog, "2026-11-04 09:00")
    assert warning.isVisible() and "还没到" in warning.text()
    qtbot.mouseClick(dialog.when.now_button, Qt.MouseButton.LeftButton)
    assert not warning.isVisible() and dialog.when.value() == NOW
    set_when(qtbot, dialog, "2026-11-04 09:00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    assert dialog.contact().occurred_at == datetime(2026, 11, 4, 9, 0)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("+86 138-1234-5678", "→ 13812345678"),
        ("0086 138 1234 5678", "→ 13812345678"),
        ("400-123-4567", "→ 4001234567"),
        ("13812345678", ""),
        ("wxid_abc123", ""),
    ],
)
def test_the_number_is_kept_as_typed_and_its_normal_form_is_shown_beside_it(qtbot, open_dialog, typed, shown):
    dialog = open_dialog()
    type_text(qtbot, dialog.number.edit, typed)
    assert dialog.number.normalised.text() == shown
    assert dialog.number.normalised.isVisible() == bool(shown)
    assert dialog.contact().number == typed


def test_huge_pasted_text_emoji_rare_hanzi_and_nul_bytes(qtbot, open_dialog):
    dialog = open_dialog()
    big = ("他们每天打十几个电话，说要让我全家知道。\n" * 60_000)[:1_000_000]
    QApplication.clipboard().setText(big)
    dialog.summary.setFocus()
    started = time.monotonic()
    qtbot.keyClick(dialog.summary, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, dialog.summary, "完")  # typing after the paste stays responsive
    elapsed = time.monotonic() - started
    assert elapsed < 5, f"pasting 1 MB took {elapsed:.1f} s"
    type_text(qtbot, dialog.claimed_name, "𠮷野家😡")
    dialog.claimed_org.insert("某\x00公司")  # as a paste from a damaged file would
    dialog.threats.insertPlainText("上\x00门")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    contact = dialog.contact()
    assert contact.summary == big + "完"
    assert contact.claimed_name == "𠮷野家😡"
    assert contact.claimed_org == "某公司" and contact.threats == "上门"


def test_ticking_a_critical_mark_shows_the_110_line(qtbot, open_dialog):
    dialog = open_dialog()
    banner = dialog.findChild(QLabel, "dangerBanner")
    assert not banner.isVisible()
    click(qtbot, dialog.marks.boxes["insults"])
    assert not banner.isVisible()
    click(qtbot, dialog.marks.boxes["threats"])
    assert banner.isVisible() and "110" in banner.text() and "危险" in banner.text()
    assert dialog.marks.boxes["threats"].toolTip()  # the explanation is there
    click(qtbot, dialog.marks.boxes["threats"])
    assert not banner.isVisible()
    qtbot.mouseClick(dialog.marks.more_button, Qt.MouseButton.LeftButton)
    click(qtbot, dialog.marks.boxes["violence"])  # in "more", under critical
    assert banner.isVisible() and "110" in banner.text()
    qtbot.wait(50)  # let the opened "more" section lay out, as the event loop would
    dialog.scroll.ensureWidgetVisible(dialog.marks.boxes["violence"])
    save_screenshot(dialog, "contact_dialog_danger_zh_CN")


def test_leaving_with_changes_asks_and_keeps_editing_by_default(qtbot, open_dialog):
    dialog = open_dialog()
    type_text(qtbot, dialog.summary, "打了三次")
    seen = {}

    def press_escape(box):
        seen["text"] = box.text()
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    answer_dialog(press_escape)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    assert "还没有保存" in seen["text"]
    assert dialog.isVisible() and dialog.summary.toPlainText() == "打了三次"

    answer_dialog(
        lambda box: qtbot.mouseClick(box.findChild(QPushButton, "answer_discard"), Qt.MouseButton.LeftButton)
    )
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == ContactDialog.DialogCode.Rejected


def test_leaving_an_untouched_form_does_not_ask(qtbot, open_dialog):
    dialog = open_dialog(contact=STORED)
    qtbot.keyClick(dialog.when.edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and QApplication.activeModalWidget() is None


def test_enter_in_a_field_does_not_save_a_half_filled_form(qtbot, open_dialog):
    dialog = open_dialog()
    type_text(qtbot, dialog.claimed_org, "某某")
    qtbot.keyClick(dialog.claimed_org, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != ContactDialog.DialogCode.Accepted


def test_a_text_message_has_no_call_fields(qtbot, open_dialog):
    dialog = open_dialog()
    type_text(qtbot, dialog.duration.edit, "-5")  # typed while it was a call, then the channel changed
    click(qtbot, dialog.channel.buttons["sms"])
    assert not dialog.duration.isVisible() and not dialog.call_box.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    contact = dialog.contact()
    assert (contact.channel, contact.direction, contact.answered, contact.duration_s) == (
        Channel.SMS,
        None,
        None,
        None,
    )


def test_the_form_reads_top_down_with_tab(qtbot, open_dialog):
    dialog = open_dialog()
    dialog.activateWindow()
    dialog.when.edit.setFocus()
    qtbot.waitUntil(lambda: dialog.when.edit.hasFocus())
    seen = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        name = focused.objectName() if focused is not None else ""
        if name and (not seen or seen[-1] != name):
            seen.append(name)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    expected = [
        "whenEdit",
        "nowButton",
        "choice_call",
        "durationEdit",
        "numberEdit",
        "claimedOrgEdit",
        "claimedNameEdit",
        "staffIdEdit",
        "loanCombo",
        "contactedCombo",
        # "told this person about the debt" is skipped: the person chosen is you, so it is switched off
        "addThirdPartyButton",
        "summaryEdit",
        "threatsEdit",
        "notesEdit",
        "moodCombo",
    ]
    reached = [name for name in seen if name in expected]
    assert reached[: len(expected)] == expected, seen


def test_screenshot_of_the_filled_form_in_chinese(qtbot, open_dialog):
    dialog = open_dialog(
        contact=STORED, attachments=[("录音.m4a", 120_000, "ok"), ("截图.png", 500, "missing")]
    )
    dialog.resize(940, 900)
    qtbot.wait(50)
    path = save_screenshot(dialog, "contact_dialog_zh_CN")
    dialog.scroll.ensureWidgetVisible(dialog.files)
    qtbot.wait(50)
    save_screenshot(dialog, "contact_dialog_marks_zh_CN")
    dialog.resize(1000, 2400)
    qtbot.wait(50)
    save_screenshot(dialog, "contact_dialog_full_zh_CN")
    assert path.exists()


def test_people_can_be_added_and_removed_and_tab_reaches_their_row_in_place(qtbot, open_dialog):
    dialog = open_dialog(contact=STORED)
    editor = dialog.third_parties
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(editor.rows) == 3
    new = editor.rows[-1]
    chain, widget = [], editor.rows[1].remove
    for _ in range(60):
        widget = widget.nextInFocusChain()
        if widget in (new.relation, new.name, new.number, new.remove, editor.add_button, dialog.summary):
            chain.append(widget)
        if widget is dialog.summary:
            break
    assert chain == [new.relation, new.name, new.number, new.remove, editor.add_button, dialog.summary]
    qtbot.mouseClick(editor.rows[0].remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.contact().third_parties == (STORED.third_parties[1], ThirdParty(Relation.FAMILY))


def test_the_form_in_english(qtbot, qapp, open_dialog):
    from desktop import i18n

    i18n.install(qapp, "en")
    dialog = open_dialog(lang="en")
    click(qtbot, dialog.marks.boxes["threats"])
    assert dialog.danger.text() == "If you are in danger, call 110 now."
    type_text(qtbot, dialog.duration.edit, "-5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "cannot be negative" in dialog.duration.error.text()

@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_nothing_is_pushed_off_the_side_at_a_large_text_size(qtbot, qapp, open_dialog, lang):
    """Long labels wrap, and the form is as wide as its widest row that cannot: nothing is cut off at the side."""
    from desktop import i18n

    i18n.install(qapp, lang)  # the window's words and the rules' labels in the same language, as in the app
    fonts.apply(qapp, 160)
    try:
        dialog = open_dialog(lang=lang, contact=STORED)
        qtbot.wait(50)
        inner = dialog.scroll.widget()
        assert inner.width() <= dialog.scroll.viewport().width()
        assert inner.minimumSizeHint().width() <= dialog.width()
        dialog.resize(dialog.width(), 2600)
        qtbot.wait(50)
        save_screenshot(dialog, f"contact_dialog_160_percent_{lang}")
    finally:
        fonts.apply(qapp, 100)
        i18n.install(qapp, "zh_CN")


def test_an_imported_contact_without_a_time_keeps_it_unknown_until_the_user_sets_one(qtbot, open_dialog):
    dialog = open_dialog(contact=replace(STORED, occurred_at=None))
    assert dialog.when.text() == "不清楚"
    assert not dialog.findChild(QLabel, "futureWarning").isVisible()
    qtbot.keyClick(dialog.when.edit, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not dialog.isVisible()
    dialog = open_dialog(contact=replace(STORED, occurred_at=None))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.contact().occurred_at is None
    dialog = open_dialog(contact=replace(STORED, occurred_at=None))
    qtbot.mouseClick(dialog.when.now_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.contact().occurred_at == NOW


def test_the_two_questions_are_asked_only_when_someone_else_was_contacted(qtbot, open_dialog):
    """Facts §8: whether you could be reached and whether they kept on after a refusal grade the contact."""
    dialog = open_dialog()
    assert not dialog.questions.isVisible()
    choose(dialog.contacted, "family")
    assert dialog.questions.isVisible() and dialog.unanswered_hint.isVisible()
    labels = [w.text() for w in dialog.questions.findChildren(QLabel)]
    assert "他们联系你的时候，你能接到电话吗？" in labels
    assert "对方说过别再打了以后，他们还继续吗？" in labels
    assert [b.text() for b in dialog.continued.buttons.values()] == ["还继续", "没有再打", "不知道"]
    click(qtbot, dialog.reachable.buttons["no"])
    assert dialog.unanswered_hint.isVisible()  # one question is still open
    click(qtbot, dialog.continued.buttons["unknown"])
    assert not dialog.unanswered_hint.isVisible()
    click(qtbot, dialog.asked_to_pay)
    save(qtbot, dialog)
    saved = dialog.contact()
    assert (saved.reachable, saved.continued_after_refusal, saved.asked_to_pay) == (
        Answer.NO, Answer.UNKNOWN, True)


@pytest.mark.parametrize("how", ["channel", "person", "mark"])
def test_every_way_of_recording_someone_else_brings_the_questions(qtbot, open_dialog, how):
    dialog = open_dialog()
    if how == "channel":
        click(qtbot, dialog.channel.buttons["third_party"])
    elif how == "person":
        qtbot.mouseClick(dialog.third_parties.add_button, Qt.MouseButton.LeftButton)
    else:
        click(qtbot, dialog.marks.boxes["third_party_contact"])
    assert dialog.questions.isVisible()


def test_nothing_is_required_and_unanswered_questions_stay_unanswered(qtbot, open_dialog):
    dialog = open_dialog()
    choose(dialog.contacted, "colleague")
    save(qtbot, dialog)
    saved = dialog.contact()
    assert saved.reachable is None and saved.continued_after_refusal is None and not saved.asked_to_pay


def test_told_or_asked_to_pay_cannot_be_ticked_about_yourself(qtbot, open_dialog):
    """'This person' is the one chosen beside the boxes; about yourself they would contradict the record."""
    dialog = open_dialog()
    assert not dialog.disclosed.isEnabled() and not dialog.asked_to_pay.isEnabled()
    choose(dialog.contacted, "employer")
    assert dialog.disclosed.isEnabled() and dialog.asked_to_pay.isEnabled()
    # a stored contradictory record (imported "disclosed" about yourself) can still be unticked
    stored = open_dialog(contact=replace(STORED, contacted_party=Relation.SELF, third_parties=()))
    assert stored.disclosed.isChecked() and stored.disclosed.isEnabled()


def test_editing_shows_the_stored_answers_and_what_was_found_automatically(qtbot, open_dialog):
    contact = replace(STORED, reachable=Answer.YES, continued_after_refusal=Answer.NO)
    findings = [("联系第三人/爆通讯录", "较重：联系了你以外的人（你当时接得到电话，他们却去找别人）")]
    dialog = open_dialog(contact=contact, findings=findings)
    assert dialog.reachable.value() == "yes" and dialog.continued.value() == "no"
    assert not dialog.unanswered_hint.isVisible()
    text = dialog.findChild(QLabel, "findingsLabel").text()
    assert "较重" in text and "接得到电话" in text and "保存" in text
    save(qtbot, dialog)
    assert dialog.contact() == contact


def test_screenshot_of_the_third_party_questions_in_chinese(qtbot, open_dialog):
    contact = replace(STORED, reachable=Answer.NO, continued_after_refusal=None)
    findings = [("联系第三人/爆通讯录", "严重：联系了你以外的人（告诉了别人你欠钱）"),
                ("泄露债务信息", "向他人透露了欠款")]
    dialog = open_dialog(contact=contact, findings=findings)
    dialog.resize(940, 900)
    qtbot.wait(50)
    assert save_screenshot(dialog, "contact_dialog_findings_zh_CN").exists()
    dialog.scroll.ensureWidgetVisible(dialog.questions)
    qtbot.wait(50)
    path = save_screenshot(dialog, "contact_dialog_questions_zh_CN")
    assert path.exists()
