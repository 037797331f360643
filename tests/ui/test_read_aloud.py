"""Read aloud as a person who reads poorly uses it: press 朗读, hear each sentence highlighted, pause, stop.

The computer's voice is replaced by a fake that records what it was asked to say (and that
the test tells when a sentence is over); one test runs Qt's own mock engine end to end,
and another shows the message for a computer with no Chinese voice.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from desktop.ui.common import read_aloud
from desktop.ui.common.read_aloud import NO_VOICE, ReadAloudBar, spans_of
from desktop.ui.common.topic_browser import TopicBrowser
from tests.ui.conftest import save_screenshot


class FakeSpeech(QObject):
    finished = Signal()
    failed = Signal()
    made: list[FakeSpeech] = []

    def __init__(self, lang, parent, problem=""):
        super().__init__(parent)
        self.lang, self.problem = lang, problem
        self.said: list[str] = []
        self.rates: list[float] = []
        self.stops = 0
        FakeSpeech.made.append(self)

    def say(self, text, rate):
        self.said.append(text)
        self.rates.append(rate)

    def stop(self):
        self.stops += 1

    def end_sentence(self):
        self.finished.emit()


@pytest.fixture
def fake(monkeypatch):
    FakeSpeech.made = []
    monkeypatch.setattr(read_aloud, "make_speech", lambda lang, parent: FakeSpeech(lang, parent))
    return FakeSpeech.made


@pytest.fixture
def page(qtbot, zh):
    browser = TopicBrowser()
    browser.show_markdown("# 先别慌\n\n欠的钱还是要还。但是催收要守规矩！\n\n你可以问对方是谁？记下来。")
    bar = ReadAloudBar(browser, "zh_CN", highlight=browser.set_reading_span)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(bar)
    layout.addWidget(browser)
    qtbot.addWidget(holder)
    holder.show()
    yield bar, browser
    holder.close()


def reading_text(browser) -> str:
    spans = [s.cursor.selectedText() for s in browser.extraSelections() if s.format.background().color().name()
             == read_aloud.READING.name()]
    return spans[0] if spans else ""


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_reading_goes_sentence_by_sentence_and_highlights_each(qtbot, page, fake):
    bar, browser = page
    click(qtbot, bar.read_button)
    (speech,) = fake
    assert speech.said == ["先别慌"]
    assert reading_text(browser) == "先别慌"
    speech.end_sentence()
    assert speech.said[-1] == "欠的钱还是要还。"
    assert reading_text(browser) == "欠的钱还是要还。"
    for _ in range(3):
        speech.end_sentence()
    assert speech.said == ["先别慌", "欠的钱还是要还。", "但是催收要守规矩！", "你可以问对方是谁？", "记下来。"]
    speech.end_sentence()  # the last one is over: the bar is idle again, nothing highlighted
    assert not bar.reading() and reading_text(browser) == ""
    assert not bar.stop_button.isEnabled()


def test_pause_stops_the_voice_and_continue_says_that_sentence_again(qtbot, page, fake):
    bar, browser = page
    click(qtbot, bar.read_button)
    speech = fake[0]
    speech.end_sentence()
    click(qtbot, bar.pause_button)
    assert speech.stops == 1 and bar.pause_button.text() == "继续"
    speech.end_sentence()  # an engine's late "ready" while paused must not move on
    assert speech.said[-1] == "欠的钱还是要还。" and reading_text(browser) == "欠的钱还是要还。"
    click(qtbot, bar.pause_button)
    assert speech.said[-2:] == ["欠的钱还是要还。", "欠的钱还是要还。"]
    assert bar.pause_button.text() == "暂停"


def test_stop_clears_the_highlight_and_keeps_search_hits(qtbot, page, fake):
    bar, browser = page
    browser.highlight("催收")
    click(qtbot, bar.read_button)
    assert len(browser.extraSelections()) == 2
    click(qtbot, bar.stop_button)
    assert not bar.reading()
    assert [s.cursor.selectedText() for s in browser.extraSelections()] == ["催收"]


def test_a_slower_speed_applies_from_the_sentence_being_read(qtbot, page, fake):
    bar, _browser = page
    click(qtbot, bar.read_button)
    bar.speed.setCurrentIndex(0)
    speech = fake[0]
    assert speech.said == ["先别慌", "先别慌"] and speech.rates[-1] < 0


def test_a_new_page_stops_the_reading(qtbot, page, fake):
    bar, browser = page
    click(qtbot, bar.read_button)
    browser.show_markdown("另一页。")
    assert not bar.reading()


def test_no_chinese_voice_says_how_to_add_one_and_reads_nothing(qtbot, page, monkeypatch):
    bar, _browser = page
    made = []
    monkeypatch.setattr(read_aloud, "make_speech",
                        lambda lang, parent: made.append(FakeSpeech(lang, parent, NO_VOICE)) or made[-1])
    click(qtbot, bar.read_button)
    assert made[0].said == []
    assert bar.status.isVisible()
    assert "中文语音" in bar.status.text() and "添加语音" in bar.status.text()
    save_screenshot(bar.parentWidget(), "read_aloud_no_voice_zh_CN")


def test_an_engine_that_cannot_load_gives_a_plain_message(qtbot, page, monkeypatch):
    bar, _browser = page

    def broken(lang, parent):
        raise RuntimeError("plugin failed")

    monkeypatch.setattr(read_aloud, "make_speech", broken)
    click(qtbot, bar.read_button)
    assert "朗读" in bar.status.text() or "语音" in bar.status.text()
    assert "plugin" not in bar.status.text()


def test_a_voice_that_vanishes_mid_sentence_stops_calmly(qtbot, page, fake):
    bar, browser = page
    click(qtbot, bar.read_button)
    fake[0].failed.emit()
    assert not bar.reading() and reading_text(browser) == ""
    assert "再点一次" in bar.status.text()


def test_a_twenty_thousand_character_topic_is_split_at_once(qtbot):
    editor = QPlainTextEdit("这是一句很普通的话，用来测试。" * 1400)
    qtbot.addWidget(editor)
    spans = spans_of(editor)
    assert len(spans) == 1400 and all(len(s.text) <= 160 for s in spans)


def test_qts_own_mock_engine_reads_english_to_the_end(qtbot, monkeypatch):
    """The real adapter over Qt's mock engine: it speaks each sentence and says when it is done."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock text-to-speech engine is not installed")
    monkeypatch.setattr(read_aloud, "make_speech",
                        lambda lang, parent: read_aloud.QtSpeech(lang, parent, engine="mock"))
    editor = QPlainTextEdit("Stay calm. Ask who is calling.")
    bar = ReadAloudBar(editor, "en")
    qtbot.addWidget(editor)
    qtbot.addWidget(bar)
    bar.read()
    assert bar.reading()
    qtbot.waitUntil(lambda: bar.index == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not bar.reading(), timeout=10_000)


def test_qts_mock_engine_has_no_chinese_voice_and_the_bar_says_so(qtbot, monkeypatch, zh):
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("Qt's mock text-to-speech engine is not installed")
    monkeypatch.setattr(read_aloud, "make_speech",
                        lambda lang, parent: read_aloud.QtSpeech(lang, parent, engine="mock"))
    editor = QPlainTextEdit("别慌。")
    bar = ReadAloudBar(editor, "zh_CN")
    qtbot.addWidget(editor)
    qtbot.addWidget(bar)
    bar.read()
    assert not bar.reading() and "中文" in bar.status.text()
