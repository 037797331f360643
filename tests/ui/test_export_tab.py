"""The Export tab as a person uses it: pick who it is for, see what it will hold, export off the UI
thread with progress, cancel, and open the result; a lender export freezes its letter."""

from __future__ import annotations

from PySide6.QtCore import QDate

from desktop.domain.rules_engine import EngineParams
from desktop.store.session import CaseSession
from desktop.ui.export.export_tab import ExportTab
from tests.ui.conftest import save_screenshot
from tests.unit.pdf.conftest import page_texts, squash
from tests.unit.report_data.realistic_case import build_case


def make_tab(qtbot, make_app, cases, lang="zh_CN"):
    application, window = make_app(lang)
    case_id = build_case(cases)
    session = CaseSession(cases, case_id, EngineParams())
    tab = ExportTab(application.ctx, session, application.ctx.get_content())
    qtbot.addWidget(tab)
    tab.resize(900, 700)
    tab.show()
    return tab, session


def test_preview_follows_the_preset_and_period(qtbot, make_app, cases):
    tab, session = make_tab(qtbot, make_app, cases)
    try:
        assert "32" in tab.preview.text() and "4" in tab.preview.text()
        tab.lender_radio.setChecked(True)
        assert "12" in tab.preview.text() and "32" not in tab.preview.text()
        tab.custom_radio.setChecked(True)
        assert all(box.isEnabled() for box in tab.section_boxes.values())
        tab.range_box.setChecked(True)
        tab.from_edit.setDate(QDate(2026, 11, 20))
        tab.to_edit.setDate(QDate(2026, 11, 1))
        assert tab.problem.isVisible() and not tab.export_button.isEnabled()
        assert "开始日期" in tab.problem.text()
        tab.to_edit.setDate(QDate(2026, 11, 30))
        assert not tab.problem.isVisible() and tab.export_button.isEnabled()
        save_screenshot(tab, "export_tab_zh_CN")
    finally:
        tab.close_case()
        session.close()


def test_lender_export_runs_in_the_background_and_freezes_the_letter(qtbot, make_app, cases, tmp_path):
    tab, session = make_tab(qtbot, make_app, cases)
    try:
        tab.lender_radio.setChecked(True)
        target = tmp_path / "给平台 的材料.pdf"
        tab.export(target)
        assert tab.exporting and tab.progress.isVisible()
        qtbot.waitUntil(lambda: not tab.exporting, timeout=60_000)
        assert target.is_file() and tab.open_button.isVisible() and tab.folder_button.isVisible()
        assert str(target) in tab.result.text()
        assert session.letters.latest("negotiation").frozen
        assert "协商还款申请材料" in squash("".join(page_texts(target)))
        save_screenshot(tab, "export_tab_done_zh_CN")
    finally:
        tab.close_case()
        session.close()


def test_cancel_leaves_no_file(qtbot, make_app, cases, tmp_path):
    tab, session = make_tab(qtbot, make_app, cases)
    try:
        tab.export(tmp_path / "cancelled.pdf")
        tab.cancel()
        qtbot.waitUntil(lambda: not tab.exporting, timeout=60_000)
        assert not (tmp_path / "cancelled.pdf").exists()
        assert [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".tmp")] == []
        assert not session.letters.latest("negotiation").frozen
    finally:
        tab.close_case()
        session.close()


def test_a_missing_folder_is_a_calm_message(qtbot, make_app, cases, tmp_path, monkeypatch):
    from desktop.ui.common import messages

    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error, title=None: shown.append(error))
    tab, session = make_tab(qtbot, make_app, cases)
    try:
        tab.export(tmp_path / "没有这个文件夹" / "x.pdf")
        qtbot.waitUntil(lambda: not tab.exporting, timeout=60_000)
        assert shown and "不存在" in shown[0].message("zh_CN")
        assert not tab.open_button.isVisible()
    finally:
        tab.close_case()
        session.close()


def test_a_case_holding_a_value_the_app_cannot_read_is_explained_not_an_apology(qtbot, make_app, cases, tmp_path,
                                                                                  monkeypatch):
    """Review 3.14: bytes that are not UTF-8 in a stored record (a hand edit, an old import) broke the export."""
    import sqlite3

    from desktop.ui.common import messages

    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error, title=None: shown.append(error))
    tab, session = make_tab(qtbot, make_app, cases)
    raw = sqlite3.connect(cases.db_path(session.case.id))
    raw.execute("UPDATE contacts SET summary = CAST(x'e4bda0ff' AS TEXT) WHERE id = (SELECT min(id) FROM contacts)")
    raw.commit()
    raw.close()
    try:
        tab.export(tmp_path / "报告.pdf")
        qtbot.waitUntil(lambda: not tab.exporting, timeout=60_000)
        assert shown, "no calm message was shown"
        text = shown[0].message("zh_CN")
        assert "contacts" in text or "记录" in text
        assert not (tmp_path / "报告.pdf").exists()
    finally:
        tab.close_case()
        session.close()


def _render_held_until_cancelled(monkeypatch, started):
    """The real render, but it holds at its first page until the export is cancelled (or 20 s pass)."""
    import time

    from desktop.pdf.report import render as render_module

    real = render_module.render

    def held(data, path, *, progress=None, cancel=None, **kw):
        def progress_held(fraction):
            started.set()
            deadline = time.monotonic() + 20
            while not cancel() and time.monotonic() < deadline:
                time.sleep(0.01)
            progress(fraction)

        return real(data, path, progress=progress_held, cancel=cancel, **kw)

    monkeypatch.setattr(render_module, "render", held)


def test_closing_the_window_during_an_export_stops_it_and_leaves_no_file(qtbot, make_app, cases, tmp_path,
                                                                          monkeypatch):
    """The export is a background job: closing the window cancels it and waits, so no PDF (or temp file) is left
    and nothing is emitted into the destroyed tab."""
    import threading

    build_case(cases)
    started = threading.Event()
    _render_held_until_cancelled(monkeypatch, started)
    application, window = make_app()
    tab = window.show_tab("export")
    out = tmp_path / "报告"
    out.mkdir()
    tab.export(out / "关窗口.pdf")
    assert started.wait(30), "the export did not start"
    done = tab._done
    window.close()
    assert done.is_set(), "closing the window returned before the export stopped"
    assert list(out.iterdir()) == []
    assert window.session is None


def test_a_bug_in_the_export_is_an_apology_and_leaves_no_half_written_pdf(qtbot, make_app, cases, tmp_path,
                                                                         monkeypatch):
    from desktop.pdf.report import render as render_module
    from desktop.ui.common import messages

    apologies = []
    monkeypatch.setattr(messages, "show_bug", lambda parent: apologies.append(parent))
    real = render_module.render

    def breaks_halfway(data, path, *, progress=None, **kw):
        def progress_then_break(fraction):
            progress(fraction)
            if fraction > 0.3:
                raise RuntimeError("a bug in the layout")

        return real(data, path, progress=progress_then_break, **kw)

    monkeypatch.setattr(render_module, "render", breaks_halfway)
    tab, session = make_tab(qtbot, make_app, cases)
    try:
        out = tmp_path / "报告"
        out.mkdir()
        tab.export(out / "坏了.pdf")
        qtbot.waitUntil(lambda: not tab.exporting, timeout=60_000)
        assert apologies == [tab]
        assert tab.result.text() == "PDF 没有保存。"
        assert list(out.iterdir()) == []
        assert not tab.progress.isVisible()
        qtbot.waitUntil(tab.export_button.isEnabled)  # the preview is refreshed just after
    finally:
        tab.close_case()
        session.close()
