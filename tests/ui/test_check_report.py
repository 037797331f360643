"""“Check an earlier report…” on the Export tab, as a person uses it: export a PDF, later type the code
printed on it and see that the history is unchanged; a typo is called a typo; a forged history fails."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QThreadPool

from desktop.domain.rules_engine import EngineParams
from desktop.store.session import CaseSession
from desktop.ui.export.check_report import CheckReportDialog
from desktop.ui.export.export_tab import ExportTab
from tests import forge
from tests.ui.conftest import type_text
from tests.unit.pdf.conftest import page_texts
from tests.unit.report_data.realistic_case import build_case

CODE = re.compile(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{2}")


def export_tab(qtbot, make_app, cases, lang):
    application, _window = make_app(lang)
    case_id = build_case(cases)
    session = CaseSession(cases, case_id, EngineParams())
    tab = ExportTab(application.ctx, session, application.ctx.get_content())
    qtbot.addWidget(tab)
    tab.resize(900, 700)
    tab.show()
    return tab, session


def exported_code(qtbot, tab, path) -> str:
    tab.export(path)
    qtbot.waitUntil(lambda: not tab.exporting, timeout=60_000)
    return CODE.search(re.sub(r"\s+", "", page_texts(path)[0])).group(0)


def check(qtbot, dialog, text: str) -> str:
    dialog.code_edit.clear()
    type_text(qtbot, dialog.code_edit, text)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.check_button.isEnabled() and "…" not in dialog.result.text(), timeout=30_000)
    return dialog.result.text()


def test_the_code_from_an_earlier_pdf_is_confirmed_and_a_forgery_is_not(qtbot, make_app, cases, tmp_path):
    tab, session = export_tab(qtbot, make_app, cases, "zh_CN")
    try:
        code = exported_code(qtbot, tab, tmp_path / "给律师.pdf")
        session.drafts.put("negotiation", {"changed": "after the report"})  # saved later: still fine
        qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
        dialog = tab.findChild(CheckReportDialog, "CheckReportDialog")
        assert dialog is not None and dialog.isVisible()
        answer = check(qtbot, dialog, code.lower())
        assert answer.startswith("✓") and "没有被改动" in answer
        dialog.grab().save(str(tmp_path / "check_ok.png"))

        typo = code[:-1] + ("0" if code[-1] != "0" else "1")
        answer = check(qtbot, dialog, typo)
        assert answer.startswith("✗") and "输错" in answer and "还不能说明记录被改动过" in answer

        forge.edit_summary_everywhere(cases.db_path(session.case.id), 1, "从来没有打过电话")
        answer = check(qtbot, dialog, code)
        assert answer.startswith("✗") and "已被改动或截断" in answer
        dialog.close()
    finally:
        tab.close_case()
        session.close()


def test_the_dialog_answers_in_english_and_lists_problems_in_the_case(qtbot, make_app, cases, tmp_path):
    import sqlite3

    tab, session = export_tab(qtbot, make_app, cases, "en")
    try:
        code = exported_code(qtbot, tab, tmp_path / "report.pdf")
        raw = sqlite3.connect(cases.db_path(session.case.id))
        raw.execute("UPDATE contacts SET deleted_at = '2026-12-01T00:00:00' WHERE id = 2")
        raw.commit()
        raw.close()
        dialog = tab.check_earlier_report()
        answer = check(qtbot, dialog, code)
        assert answer.startswith("✗") and "is unchanged" in answer
        assert "1 problem(s)" in answer and "Record #2 is hidden" in answer
        assert "consistent false history" in dialog.findChild(type(dialog.result), "checkLimits").text()
        dialog.close()
    finally:
        tab.close_case()
        session.close()


def test_closing_the_dialog_while_it_checks_is_safe(qtbot, make_app, cases, tmp_path, monkeypatch):
    """The check cannot be interrupted; a dialog closed meanwhile is deleted, and the job's signals must
    outlive it (a QObject destroyed under an emit crashes the process)."""
    import threading

    from desktop.store.safety import verify

    tab, session = export_tab(qtbot, make_app, cases, "zh_CN")
    try:
        code = exported_code(qtbot, tab, tmp_path / "报告.pdf")
        started, release, finished = threading.Event(), threading.Event(), threading.Event()
        real = verify.verify_stored_case

        def held(*args, **kwargs):
            started.set()
            release.wait(20)
            try:
                return real(*args, **kwargs)
            finally:
                finished.set()

        monkeypatch.setattr(verify, "verify_stored_case", held)
        dialog = tab.check_earlier_report()
        type_text(qtbot, dialog.code_edit, code)
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        assert started.wait(20)
        dialog.close()  # WA_DeleteOnClose
        qtbot.waitUntil(lambda: not tab.findChildren(CheckReportDialog))
        release.set()
        assert finished.wait(20)
        QThreadPool.globalInstance().waitForDone(20_000)
        qtbot.wait(50)  # the job's queued signals arrive, and go nowhere
    finally:
        tab.close_case()
        session.close()
