"""The live-call panel as a person uses it mid-call: a running clock, big ticks, notes, one button to save.

The clock is a fake the test moves forward, so durations are exact; the draft
goes through the real DraftRepository of a fresh case database.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from desktop import i18n
from desktop.content.loader import load_content
from desktop.domain.contacts import Channel, Contact, Direction
from desktop.domain.rules_engine import EngineParams
from desktop.paths import resources_dir
from desktop.store.session import CaseSession
from desktop.ui import fonts
from desktop.ui.log.live_call import LiveCallPanel
from tests.ui.conftest import answer_dialog, save_screenshot, type_text
from tests.ui.zh import installed_zh

START = datetime(2026, 11, 3, 21, 5, 0)
LOANS = [(7, "某某借呗 5万")]


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture(scope="module")
def content():
    loaded, _problems = load_content(resources_dir())
    return loaded


@pytest.fixture
def drafts(cases):
    session = CaseSession(cases, cases.create("李女士").id, EngineParams())
    yield session.drafts
    session.close()


@pytest.fixture
def clock():
    return FakeClock(START)


def close_quietly(panel) -> None:
    """At teardown, close without the keep/discard question (it would wait for an answer forever)."""
    if panel.isVisible():
        panel.clock.stop()
        panel.autosave.stop()
        panel.done(LiveCallPanel.DialogCode.Rejected)


@pytest.fixture
def open_panel(qtbot, qapp, content, drafts, clock):
    fonts.apply(qapp, 100)

    def make(lang: str = "zh_CN") -> LiveCallPanel:
        if lang == "en":  # the UI language and the content language go together, as in the app
            i18n.install(qapp, "en")
        panel = LiveCallPanel(None, content=content, lang=lang, loans=LOANS, drafts=drafts, now=clock)
        qtbot.addWidget(panel, before_close_func=close_quietly)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    with installed_zh():
        yield make


def tick(qtbot, panel, box_id: str) -> None:
    """Click a big checkbox on its box, where a shaking hand would aim."""
    box = panel.marks.boxes[box_id]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(14, box.height() // 2))


def press(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot, key: str, seen: dict | None = None) -> None:
    """Answer the next question by clicking the button for ``key``."""

    def handler(box):
        if seen is not None:
            seen["text"] = box.text()
        press(qtbot, box.findChild(QPushButton, f"answer_{key}"))

    answer_dialog(handler)


def test_a_whole_live_call_is_saved_with_its_duration_marks_and_notes(qtbot, open_panel, clock, drafts):
    panel = open_panel()
    assert panel.windowTitle() == "正在接电话"
    assert panel.findChild(QLabel, "timerLabel").text() == "00:00"
    assert panel.findChild(QLabel, "startedLabel").text() == "通话开始于 21:05"
    assert "工号" in panel.script.text()  # the call script is beside the marks

    clock.advance(200)
    qtbot.waitUntil(lambda: panel.timer_label.text() == "03:20", timeout=2000)  # the real timer ticks
    tick(qtbot, panel, "insults")
    tick(qtbot, panel, "false_legal_threats")
    type_text(qtbot, panel.notes, "说不还钱就让我坐牢，骂我老赖。")
    type_text(qtbot, panel.number.edit, "+86 138 1234 5678")
    assert panel.number.normalised.text() == "→ 13812345678"
    clock.advance(15)
    press(qtbot, panel.end_button)

    assert panel.result() == LiveCallPanel.DialogCode.Accepted
    assert panel.contact() == Contact(
        occurred_at=START,
        channel=Channel.CALL,
        direction=Direction.INCOMING,
        answered=True,
        number="+86 138 1234 5678",
        duration_s=215,
        summary="说不还钱就让我坐牢，骂我老赖。",
        marks=("false_legal_threats", "insults"),
    )
    assert (
        drafts.get("live_call")["notes"] == "说不还钱就让我坐牢，骂我老赖。"
    )  # kept until the caller has stored it
    panel.discard_draft()  # what the caller does after storing the contact
    assert drafts.get("live_call") is None


def test_the_draft_is_saved_as_the_user_types_and_ticks(qtbot, open_panel, clock, drafts):
    panel = open_panel()
    assert drafts.get("live_call")["started_at"] == "2026-11-03T21:05:00"  # saved at once
    tick(qtbot, panel, "threats")
    assert drafts.get("live_call")["marks"] == ["threats"]  # a tick is saved immediately
    type_text(qtbot, panel.notes, "说知道我住哪")
    qtbot.waitUntil(lambda: drafts.get("live_call")["notes"] == "说知道我住哪", timeout=3000)
    panel.loan.setCurrentIndex(panel.loan.findData(7))
    assert drafts.get("live_call")["loan_id"] == 7


def test_closing_by_mistake_keeps_the_draft_and_reopening_continues_with_the_same_start(
    qtbot, open_panel, clock, drafts
):
    panel = open_panel()
    clock.advance(90)
    tick(qtbot, panel, "threats")
    type_text(qtbot, panel.notes, "第一段")
    type_text(qtbot, panel.claimed_org, "某某资产")
    seen = {}
    answer(qtbot, "keep", seen)
    panel.close()  # the window's close button
    assert "还没有保存" in seen["text"]
    assert not panel.isVisible()
    assert drafts.get("live_call")["notes"] == "第一段"

    clock.advance(30)
    answer(qtbot, "continue", seen)
    again = open_panel()
    assert "21:05" in seen["text"]
    assert again.findChild(QLabel, "startedLabel").text() == "通话开始于 21:05"
    assert again.timer_label.text() == "02:00"  # counted from the real start, not from reopening
    assert again.notes.toPlainText() == "第一段" and again.claimed_org.text() == "某某资产"
    assert again.marks.marks() == ("threats",)
    assert again.findChild(QLabel, "dangerBanner").isVisible()  # the 110 line comes back with the mark
    qtbot.keyClick(again.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, again.notes, "，第二段")
    clock.advance(10)
    qtbot.keyClick(again.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    contact = again.contact()
    assert contact.occurred_at == START and contact.duration_s == 130
    assert contact.summary == "第一段，第二段" and contact.claimed_org == "某某资产"


def test_closing_offers_to_go_back_to_the_call(qtbot, open_panel, drafts):
    panel = open_panel()
    type_text(qtbot, panel.notes, "还在通话")
    answer(qtbot, "back")
    qtbot.keyClick(panel.notes, Qt.Key.Key_Escape)
    assert panel.isVisible() and panel.notes.toPlainText() == "还在通话"
    answer(qtbot, "discard")
    press(qtbot, panel.close_button)
    assert not panel.isVisible()
    assert drafts.get("live_call") is None


def test_starting_a_new_call_over_an_old_draft(qtbot, open_panel, clock, drafts):
    panel = open_panel()
    type_text(qtbot, panel.notes, "旧的")
    answer(qtbot, "keep")
    panel.close()
    clock.advance(3600)
    answer(qtbot, "new")
    again = open_panel()
    assert again.notes.toPlainText() == ""
    assert again.timer_label.text() == "00:00"
    assert drafts.get("live_call")["started_at"] == "2026-11-03T22:05:00"


def test_a_damaged_draft_is_ignored(qtbot, open_panel, drafts):
    drafts.put("live_call", {"started_at": "yesterday", "notes": 5})
    panel = open_panel()  # no question: nothing usable to continue
    assert panel.notes.toPlainText() == "" and panel.timer_label.text() == "00:00"


def test_a_live_call_is_logged_in_four_clicks(qtbot, open_panel, clock):
    """The issue: "a stressed user logs a live call in under 30 seconds".

    Clicks: 1 the big "正在接电话" button (the caller's; here the panel is built
    directly), 2–3 two marks, 4 "结束并保存". With no marks it is 2 clicks. Notes
    are optional typing. The panel opens with the cursor already in the notes box.
    """
    clicks = 1  # opening the panel
    started = time.monotonic()
    panel = open_panel()
    assert panel.focusWidget() is panel.notes
    clock.advance(45)
    for mark in ("threats", "insults"):
        tick(qtbot, panel, mark)
        clicks += 1
    press(qtbot, panel.end_button)
    clicks += 1
    elapsed = time.monotonic() - started
    assert clicks == 4
    assert elapsed < 5  # the app's share of the 30 seconds
    assert panel.contact().duration_s == 45 and panel.contact().marks == ("threats", "insults")
    assert panel.end_button.height() >= 60 and all(b.height() >= 40 for b in panel.marks.boxes.values())


def test_screenshot_of_the_live_call_in_chinese(qtbot, open_panel, clock):
    panel = open_panel()
    clock.advance(83)
    tick(qtbot, panel, "threats")
    tick(qtbot, panel, "insults")
    type_text(qtbot, panel.notes, "对方自称某某资产张经理，说今天不还就上门，还要打给我单位。")
    type_text(qtbot, panel.claimed_org, "某某资产")
    type_text(qtbot, panel.claimed_name, "张经理")
    qtbot.waitUntil(lambda: panel.timer_label.text() == "01:23", timeout=2000)
    qtbot.wait(50)
    assert QApplication.activeModalWidget() in (None, panel)
    save_screenshot(panel, "live_call_zh_CN")


def test_the_panel_in_english_at_a_large_text_size(qtbot, qapp, open_panel, clock):
    fonts.apply(qapp, 150)
    try:
        panel = open_panel(lang="en")
        assert panel.end_button.text() == "End and save"
        tick(qtbot, panel, "threats")
        assert panel.danger.text() == "If you are in danger, call 110 now."
        qtbot.wait(50)
        save_screenshot(panel, "live_call_en_150")
        assert panel.end_button.isVisible() and panel.end_button.geometry().bottom() <= panel.height()
    finally:
        fonts.apply(qapp, 100)
