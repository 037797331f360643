"""The Learn tab (了解权益) as a person uses it: contents, links, Back/Forward, search, call script, PDF.

Built with the real App (translators, fonts, settings in a fresh data folder) and
the real guidance content from ``resources/``.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTextBrowser

import desktop.pdf.simple  # noqa: F401  (see below)
from desktop.content.loader import load_content
from desktop.content.model import Content
from desktop.paths import resources_dir
from desktop.ui import fonts
from desktop.ui.common.call_script import CallScriptWidget
from desktop.ui.learn.learn_search import DEBOUNCE_MS
from desktop.ui.learn.learn_tab import LearnTab, pdf_file_name
from tests.ui.conftest import ROOT, answer_dialog, save_screenshot, type_text

# desktop.pdf.simple is imported above, at collection, because its first import pulls in
# ssl (xml.sax.saxutils → urllib.request), and ssl cannot be imported once the
# no-network guard has replaced socket.socket. The app itself still imports it
# lazily: test_the_app_does_not_load_reportlab_until_a_pdf_is_saved checks that.


@pytest.fixture(scope="module")
def content():
    loaded, problems = load_content(resources_dir())
    assert not problems, problems
    return loaded


@pytest.fixture
def make_tab(qtbot, make_app, content):
    """A Learn tab on its own, at a usual window size, with the app's real context."""

    def make(lang: str = "zh_CN", with_content: Content | None = None):
        application, _window = make_app(lang)
        tab = LearnTab(application.ctx, content if with_content is None else with_content)
        qtbot.addWidget(tab)
        tab.resize(1100, 720)
        tab.show()
        qtbot.waitExposed(tab)
        return tab

    return make


def _click_toc(qtbot, tab, item):
    tab.toc.scrollToItem(item)
    qtbot.mouseClick(tab.toc.viewport(), Qt.MouseButton.LeftButton, pos=tab.toc.visualItemRect(item).center())


def _toc_item(tab, topic_id, heading=""):
    for i in range(tab.toc.topLevelItemCount()):
        item = tab.toc.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole + 1)[0] != topic_id:
            continue
        if not heading:
            return item
        for j in range(item.childCount()):
            if item.child(j).text(0) == heading:
                return item.child(j)
    raise AssertionError(f"no contents entry {topic_id} {heading}")


def _search(qtbot, tab, text):
    """Type into the search box as a person would and wait for the debounced search."""
    box = tab.search.box
    box.clear()
    type_text(qtbot, box, text)
    qtbot.waitUntil(lambda: not tab.search.timer.isActive(), timeout=2000)
    return tab.search


def _result_topics(search):
    return [
        search.results.item(i).data(Qt.ItemDataRole.UserRole + 2)[0] for i in range(search.results.count())
    ]


def _click_result(qtbot, search, row):
    item = search.results.item(row)
    search.results.scrollToItem(item)
    rect = search.results.visualItemRect(item)
    qtbot.mouseClick(search.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_link(qtbot, browser: QTextBrowser, text: str):
    """Click the link whose text is ``text`` in the browser."""
    document = browser.document()
    cursor = document.find(text)
    while not cursor.isNull() and not cursor.charFormat().isAnchor():
        cursor = document.find(text, cursor)
    assert not cursor.isNull(), f"no link {text!r}"
    middle = QTextCursor(document)
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    browser.setTextCursor(middle)
    browser.ensureCursorVisible()
    point = browser.cursorRect(middle).center()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _hit_is_visible(browser) -> bool:
    """At least one highlighted hit is inside the visible part of the page."""
    selections = browser.extraSelections()
    for selection in selections:
        rect = browser.cursorRect(QTextCursor(selection.cursor))
        if rect.top() >= 0 and rect.bottom() <= browser.viewport().height():
            return True
    return False


def test_the_tab_shows_the_contents_in_chinese_and_opens_on_the_first_topic(make_tab, content):
    tab = make_tab("zh_CN")
    titles = [tab.toc.topLevelItem(i).text(0) for i in range(tab.toc.topLevelItemCount())]
    assert titles == [f"{n}. {t.title_zh}" for n, t in enumerate(content.topics, start=1)]
    assert titles[0] == "1. 先别慌：你有哪些权利"
    assert tab.current == "calm_rights"
    text = tab.browser.toPlainText()
    assert text.startswith("先别慌：你有哪些权利")
    assert "来源" in text and "不是法律意见" in text  # sources and the disclaimer end every page
    assert content.topic("calm_rights").reviewed_on in tab.checked_label.text()
    assert tab.checked_label.isVisible()
    assert not tab.back_button.isEnabled() and not tab.forward_button.isEnabled()


def test_clicking_a_contents_entry_shows_that_topic_and_a_heading_scrolls_to_it(qtbot, make_tab):
    tab = make_tab()
    _click_toc(qtbot, tab, _toc_item(tab, "complain_help"))
    assert tab.current == "complain_help"
    assert tab.browser.toPlainText().startswith("投诉与求助")
    assert "12378" in tab.browser.toPlainText()
    heading = _toc_item(tab, "complain_help", "投诉时怎么写")
    _click_toc(qtbot, tab, heading)
    assert tab.current == "complain_help"
    assert tab.browser.verticalScrollBar().value() > 0
    top = tab.browser.cursorForPosition(QPoint(5, 5)).block().text()
    assert "投诉时怎么写" in top


def test_a_link_opens_the_other_topic_and_back_and_forward_return(qtbot, make_tab):
    tab = make_tab()
    _click_link(qtbot, tab.browser, "保存证据")
    assert tab.current == "keep_evidence"
    assert tab.toc.currentItem().data(0, Qt.ItemDataRole.UserRole + 1)[0] == "keep_evidence"
    qtbot.mouseClick(tab.back_button, Qt.MouseButton.LeftButton)
    assert tab.current == "calm_rights"
    assert tab.forward_button.isEnabled()
    qtbot.mouseClick(tab.forward_button, Qt.MouseButton.LeftButton)
    assert tab.current == "keep_evidence"
    # the keyboard does the same, wherever the focus is in the tab
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.browser.setFocus()
    qtbot.keyClick(tab.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tab.current == "calm_rights"
    tab.toc.setFocus()
    qtbot.keyClick(tab.toc, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.current == "keep_evidence"
    assert not tab.forward_button.isEnabled()


def test_ctrl_f_goes_to_the_search_box(qtbot, make_tab):
    tab = make_tab()
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.browser.setFocus()
    qtbot.keyClick(tab.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.box.hasFocus()


def test_a_web_address_is_shown_never_opened(qtbot, make_tab, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    tab = make_tab()
    tab.browser.show_markdown("# Test\n\nSee [the regulator](https://www.example.org/complaints).\n")
    _click_link(qtbot, tab.browser, "the regulator")
    assert opened == []
    assert "https://www.example.org/complaints" in tab.status_label.text()
    assert tab.current == "calm_rights"


@pytest.mark.parametrize(
    ("query", "expected"),
    [("110", "complain_help"), ("12378", "complain_help"), ("夜间", "not_allowed")],
)
def test_search_finds_the_right_topic_and_highlights_every_hit(qtbot, make_tab, query, expected):
    tab = make_tab()
    search = _search(qtbot, tab, query)
    topics = _result_topics(search)
    assert expected in topics
    assert search.results.isVisible() and not search.no_results.isVisible()
    assert query in search.results.item(0).data(Qt.ItemDataRole.UserRole + 1)  # the hit is in the snippet
    _click_result(qtbot, search, topics.index(expected))
    assert tab.current == expected
    selections = tab.browser.extraSelections()
    assert selections and all(s.cursor.selectedText() == query for s in selections)
    assert len(selections) == tab.browser.toPlainText().count(query)
    assert _hit_is_visible(tab.browser)


def test_clearing_the_search_brings_back_the_contents_and_removes_highlights(qtbot, make_tab):
    tab = make_tab()
    search = _search(qtbot, tab, "110")
    _click_result(qtbot, search, 0)
    assert tab.browser.extraSelections()
    assert search.stack.currentWidget() is search.results_page
    search.box.clear()  # the box's clear button does exactly this
    assert search.stack.currentWidget() is tab.toc
    assert tab.browser.extraSelections() == []


@pytest.mark.parametrize("query", ["", ".*[(", "𠮷", "\\d+$^|", "   "])
def test_odd_searches_never_fail_and_explain_when_nothing_matches(qtbot, make_tab, query):
    tab = make_tab()
    search = _search(qtbot, tab, query)
    if query.strip():
        assert search.results.count() == 0
        assert search.no_results.isVisible()
        assert query.strip() in search.no_results.text()
    else:
        assert search.stack.currentWidget() is tab.toc


def test_a_pasted_five_thousand_characters_is_cut_and_the_ui_stays_responsive(qtbot, make_tab):
    tab = make_tab()
    QApplication.clipboard().setText("催收" * 2500)
    tab.search.box.setFocus()
    started = time.perf_counter()
    qtbot.keyClick(tab.search.box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.search.box.text()) == 5000
    qtbot.wait(DEBOUNCE_MS + 100)
    assert time.perf_counter() - started < 2
    assert len(tab.search.query) <= 100
    assert tab.search.no_results.isVisible()
    # typing on is still quick: a new query replaces the old one
    tab.search.box.selectAll()
    type_text(qtbot, tab.search.box, "12378")
    qtbot.waitUntil(lambda: tab.search.results.count() > 0, timeout=2000)


def test_typing_fast_runs_one_search_after_the_pause(qtbot, make_tab, monkeypatch):
    tab = make_tab()
    runs = []
    original = tab.search.run
    monkeypatch.setattr(tab.search, "run", lambda: (runs.append(tab.search.box.text()), original()))
    tab.search.timer.timeout.disconnect()
    tab.search.timer.timeout.connect(tab.search.run)
    qtbot.keyClicks(tab.search.box, "12378")
    qtbot.wait(DEBOUNCE_MS + 150)
    assert runs == ["12378"]


def test_the_call_script_button_opens_what_to_say_on_the_phone(qtbot, make_tab):
    tab = make_tab()
    qtbot.mouseClick(tab.call_button, Qt.MouseButton.LeftButton)
    assert tab.current == "call_script"
    text = tab.browser.toPlainText()
    assert text.startswith("接电话时怎么说")
    assert "工号" in text and "验证码" in text


def test_the_call_script_widget_shows_the_script_in_either_language(qtbot, content):
    zh = CallScriptWidget(content, "zh_CN")
    en = CallScriptWidget(content, "en", show_title=False)
    qtbot.addWidget(zh)
    qtbot.addWidget(en)
    assert zh.text().startswith("接电话时怎么说") and "验证码" in zh.text()
    assert "verification code" in en.text().lower()
    assert not en.text().startswith("What to say")
    opened = []
    zh.topic_requested.connect(opened.append)
    zh.resize(400, 500)
    zh.show()
    qtbot.waitExposed(zh)
    _click_link(qtbot, zh.browser, "警惕骗局")
    assert opened == ["scams"]


def test_save_as_pdf_writes_the_topic_where_the_person_chose(qtbot, make_tab, tmp_path, monkeypatch):
    tab = make_tab()
    qtbot.mouseClick(tab.call_button, Qt.MouseButton.LeftButton)
    asked = {}
    target = tmp_path / "我的 文件" / "话术"
    target.parent.mkdir()

    def fake_dialog(parent, caption, directory, filter_=""):
        asked["default"] = directory
        return str(target), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    with qtbot.waitSignal(tab.pdf_saved, timeout=20000) as saved:
        qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    written = target.with_suffix(".pdf")
    assert saved.args == [str(written)]
    assert asked["default"].endswith("接电话时怎么说.pdf")
    assert written.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    assert "工号" in text
    assert str(written) in tab.status_label.text()


def test_a_pdf_that_cannot_be_written_is_explained_calmly(qtbot, make_tab, tmp_path, monkeypatch):
    tab = make_tab()
    missing = tmp_path / "不存在的文件夹" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    seen = {}

    def handler(dialog):
        seen["text"] = dialog.text()
        dialog.accept()

    answer_dialog(handler)
    qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in seen)
    assert seen["text"]
    assert not missing.exists()
    assert QApplication.overrideCursor() is None


def test_the_app_does_not_load_reportlab_until_a_pdf_is_saved():
    code = (
        "import sys; import desktop.ui.learn.learn_tab, desktop.ui.common.call_script; "
        "assert 'reportlab' not in sys.modules, 'reportlab imported at start-up'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_cancelling_the_file_dialog_saves_nothing(qtbot, make_tab, monkeypatch):
    tab = make_tab()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    with qtbot.assertNotEmitted(tab.pdf_saved):
        qtbot.mouseClick(tab.pdf_button, Qt.MouseButton.LeftButton)


def test_pdf_file_names_are_safe():
    assert pdf_file_name("接电话时怎么说") == "接电话时怎么说.pdf"
    assert pdf_file_name('a/b:c*?"<>|') == "a b c.pdf"
    assert pdf_file_name("...") == "topic.pdf"


def test_the_text_follows_the_settings_text_size(qtbot, make_tab):
    tab = make_tab()
    app = QApplication.instance()
    before = tab.browser.document().defaultFont().pointSizeF()
    button_before = tab.call_button.font().pointSizeF()
    fonts.apply(app, 150)
    tab.ctx.signals.text_scale_changed.emit(150)
    assert tab.browser.document().defaultFont().pointSizeF() == pytest.approx(before * 1.5)
    assert tab.call_button.font().pointSizeF() == pytest.approx(button_before * 1.5)
    qtbot.wait(50)  # let the layouts settle, as they do between two clicks
    for widget in (tab.toc, tab.search.box, tab.search.results, tab.back_button, tab.checked_label):
        assert widget.font().pointSizeF() == pytest.approx(before * 1.5), widget.objectName()
    assert tab.toc.visualItemRect(tab.toc.topLevelItem(1)).height() > tab.toc.fontMetrics().height()
    save_screenshot(tab, "learn_tab_zh_CN_150")
    fonts.apply(app, 100)


def test_no_content_gives_a_calm_message_not_a_crash(qtbot, make_tab):
    tab = make_tab(with_content=Content())
    assert tab.browser.toPlainText().strip()
    assert tab.toc.topLevelItemCount() == 0
    assert not tab.pdf_button.isEnabled() and not tab.call_button.isEnabled()
    assert tab.show_topic("call_script") is False
    tab.show_call_script()
    search = _search(qtbot, tab, "110")
    assert search.no_results.isVisible()


def test_the_tab_shows_nothing_of_the_open_case(qtbot, make_tab, cases):
    cases.create("王女士的案件")
    tab = make_tab()
    shown = [w.text() for w in tab.findChildren(QLabel)] + [tab.browser.toPlainText()]
    shown += [tab.toc.topLevelItem(i).text(0) for i in range(tab.toc.topLevelItemCount())]
    assert not any("王女士" in text for text in shown)


def test_a_closed_tab_ignores_later_text_size_changes(qtbot, make_app, content):
    application, _window = make_app()
    tab = LearnTab(application.ctx, content)
    tab.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(tab)
    application.ctx.signals.text_scale_changed.emit(120)  # must not touch the deleted widgets


# ── a new user, in Chinese, finds the answers to the four questions people ask most ──


def test_a_new_user_finds_whether_a_call_at_23_00_is_allowed(qtbot, make_tab, content):
    tab = make_tab()
    search = _search(qtbot, tab, "夜间")
    _click_result(qtbot, search, 0)
    assert tab.current == "not_allowed"
    text = tab.browser.toPlainText()
    assert "22:00" in text
    assert "行业标准（不是法律）" in text  # the strength of the basis is said plainly
    assert "来源" in text and content.sources["gbt_45251_2025"].title("zh_CN") in text
    assert _hit_is_visible(tab.browser)


def test_a_new_user_finds_what_to_say_on_the_phone(qtbot, make_tab, content):
    tab = make_tab()
    qtbot.mouseClick(tab.call_button, Qt.MouseButton.LeftButton)
    text = tab.browser.toPlainText()
    assert "请问你叫什么名字" in text
    assert "来源" in text and content.sources["civil_code"].title("zh_CN") in text


def test_a_new_user_finds_where_to_complain(qtbot, make_tab, content):
    tab = make_tab()
    search = _search(qtbot, tab, "投诉")
    topics = _result_topics(search)
    assert "complain_help" in topics
    _click_result(qtbot, search, topics.index("complain_help"))
    text = tab.browser.toPlainText()
    assert tab.current == "complain_help" and "12378" in text
    cited = content.topic("complain_help").sources
    assert "来源" in text and any(content.sources[s].title("zh_CN") in text for s in cited)


def test_a_new_user_finds_how_to_spot_a_fake_collector(qtbot, make_tab, content):
    tab = make_tab()
    search = _search(qtbot, tab, "冒充")
    topics = _result_topics(search)
    assert "scams" in topics
    _click_result(qtbot, search, topics.index("scams"))
    text = tab.browser.toPlainText()
    assert tab.current == "scams" and "假催收" in text
    cited = content.topic("scams").sources
    assert "来源" in text and any(content.sources[s].title("zh_CN") in text for s in cited)


@pytest.mark.parametrize(("lang", "query", "false_part", "true_part"), [
    ("zh_CN", "坐牢", "只是逾期的时候，这些话是吓唬人的", "孩子不能上高收费的私立学校"),
    ("en", "jail", "While you are only overdue", "no children at high-fee private schools"),
])
def test_a_borrower_told_jail_and_no_school_finds_when_that_is_false_and_when_true(
        qtbot, make_tab, lang, query, false_part, true_part):
    """Issue #12 done-when: from the scare word, one search and one click reach both answers."""
    tab = make_tab(lang)
    search = _search(qtbot, tab, query)
    topics = _result_topics(search)
    assert "consequences_credit" in topics
    _click_result(qtbot, search, topics.index("consequences_credit"))
    text = tab.browser.toPlainText()
    assert tab.current == "consequences_credit"
    assert false_part in text and true_part in text
    assert ("12368" in text) and ("缺席判决" in text if lang == "zh_CN" else "default judgment" in text)
    assert _hit_is_visible(tab.browser)
    save_screenshot(tab, f"learn_tab_{lang}_scare_lines")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_screenshots(qtbot, make_tab, lang):
    tab = make_tab(lang)
    save_screenshot(tab, f"learn_tab_{lang}")
    _search(qtbot, tab, "110" if lang == "zh_CN" else "night")
    _click_result(qtbot, tab.search, 0)
    save_screenshot(tab, f"learn_tab_{lang}_search")
    tab.search.box.clear()
    qtbot.mouseClick(tab.call_button, Qt.MouseButton.LeftButton)
    save_screenshot(tab, f"learn_tab_{lang}_call_script")
    _search(qtbot, tab, "𠮷.*[(")
    tab.resize(800, 560)
    qtbot.wait(20)
    save_screenshot(tab, f"learn_tab_{lang}_no_results_small")


def test_the_rules_page_says_when_a_crime_article_applies_in_plain_words(qtbot, make_tab):
    """Legal-facts §10.6: the Learn page shows each citation's condition, in the words a reader can follow."""
    tab = make_tab()
    tab.resize(1100, 760)
    tab.show()
    assert tab.show_topic("not_allowed")
    text = tab.browser.toPlainText()
    assert "依据的性质" not in text and "这条规定有多硬" in text
    assert "刑法 第二百九十三条之一（催收非法债务罪；只在债务本身不合法时适用" in text
    assert "司法机关意见" in text and "相关规定（帮你了解，不是对方“违反”的条文）" in text
    assert tab.browser.find("刑法 第二百九十三条之一")
    save_screenshot(tab, "learn_tab_zh_CN_not_allowed_conditions")
