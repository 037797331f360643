"""The exported report as a reader gets it: text, counts, hashes, font, outline, DRAFT, masking,
empty cases, nasty text, cancel and unwritable places."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from pypdf import PdfReader

from desktop.domain.contacts import Channel, Contact
from desktop.domain.errors import Cancelled, UserError
from desktop.domain.rules_engine import EngineParams
from desktop.pdf.report.render import render
from desktop.pdf.simple import font_is_embedded
from desktop.report_data.gather import gather
from desktop.store.session import CaseSession
from tests.unit.pdf.conftest import outline_titles, page_texts, squash
from tests.unit.report_data.realistic_case import FAMILY_NUMBER, NOW


def text_of(path) -> str:
    return squash("".join(page_texts(path)))


def test_lawyer_pdf_has_the_chinese_content_counts_and_hashes(case_session, content, out_dir):
    data = gather(case_session, content, preset="lawyer", now=NOW)
    path = render(data, out_dir / "律师 报告.pdf")
    text = text_of(path)
    assert font_is_embedded(path)
    for phrase in ("催收情况与证据摘要", "完整催收记录", "打到单位人事部", "可能不当的催收行为", "识别方式", "完整性说明",
                   "证据文件索引", "引用的法律法规和标准", "第1页/共"):
        assert squash(phrase) in text, phrase
    assert data.integrity.head in text  # the full chain head
    assert "python-mdesktopverify" + data.case_id in text
    for entry in data.evidence:
        assert entry.sha256[:32] in text
    assert data.contacts[0].short_hash in text
    assert "记录的催收联系32" in text
    assert FAMILY_NUMBER.replace(" ", "") in text  # the lawyer's copy is not masked
    assert "草稿" in text  # the letter is not frozen yet
    titles = [title for _depth, title, _page in outline_titles(path)]
    for section in ("完整催收记录", "证据文件索引", "完整性说明", "联系时间分布"):
        assert section in titles
    meta = PdfReader(str(path)).metadata
    assert "催收情况与证据摘要" in meta.title and not meta.author


def test_lender_pdf_is_masked_final_and_has_the_plan(case_session, content, out_dir):
    data = gather(case_session, content, preset="lender", now=NOW)
    path = render(data, out_dir / "lender.pdf")
    text = text_of(path)
    for phrase in ("协商还款申请材料", "每月收支情况", "还款计划", "证明材料清单", "1,800.00元", "2027-11-15"):
        assert squash(phrase) in text, phrase
    assert "草稿" not in text and "DRAFT" not in text
    assert FAMILY_NUMBER.replace(" ", "") not in text and "当时感受" not in text


def test_english_report_uses_english_texts(case_session, content, out_dir):
    path = render(gather(case_session, content, preset="lawyer", lang="en"), out_dir / "en.pdf")
    text = text_of(path)
    assert "Fullcontactlog" in text and "Page1of" in text and "Integritystatement" in text and "Foundby" in text


def test_an_empty_case_gives_a_short_useful_pdf(empty_session, content, out_dir):
    path = render(gather(empty_session, content, preset="lawyer"), out_dir / "empty.pdf")
    pages = page_texts(path)
    assert len(pages) <= 3
    assert "还没有记录任何催收联系" in squash("".join(pages))


def test_huge_summary_emoji_and_rare_hanzi_export(empty_session, content, out_dir):
    huge = ("催收员说要上门。" * 130_000)[:1_000_000]
    empty_session.contacts.add_many([
        Contact(occurred_at=NOW, channel=Channel.CALL, number="138 0000 0000", summary=huge),
        Contact(occurred_at=NOW, channel=Channel.SMS, summary="😡🙏 𠮷野家 \u200d\x07 晚上来电"),
    ])
    path = render(gather(empty_session, content, preset="lawyer"), out_dir / "nasty.pdf")
    text = text_of(path)
    assert "晚上来电" in text and "野家" in text
    assert "还有997000字未列出" in text  # a 1 MB cell is cut with a visible note, not dropped silently


def test_cancel_leaves_no_file_behind(case_session, content, out_dir):
    data = gather(case_session, content)
    calls = {"n": 0}

    def cancel():
        calls["n"] += 1
        return calls["n"] > 5

    with pytest.raises(Cancelled):
        render(data, out_dir / "cancelled.pdf", cancel=cancel)
    assert list(out_dir.iterdir()) == []


def test_unwritable_and_missing_folders_are_calm_errors(case_session, content, out_dir):
    data = gather(case_session, content, preset="lender")
    with pytest.raises(UserError) as err:
        render(data, out_dir / "不存在的文件夹" / "x.pdf")
    assert "不存在" in err.value.message("zh_CN")
    if os.geteuid() != 0:
        locked = out_dir / "只读"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(UserError):
                render(data, locked / "x.pdf")
            assert list(locked.iterdir()) == []
        finally:
            locked.chmod(0o700)


def test_missing_evidence_is_marked_and_the_export_continues(case_session, content, out_dir):
    victim = case_session.evidence.all()[0]
    (case_session.evidence.folder / victim.sha256).unlink()
    path = render(gather(case_session, content), out_dir / "missing.pdf")
    text = text_of(path)
    assert "缺失" in text and "发现" in text


def test_invariant_output_is_repeatable(case_session, content, out_dir):
    data = gather(case_session, content, now=NOW)
    a = render(data, out_dir / "a.pdf", invariant=True).read_bytes()
    b = render(replace(data), out_dir / "b.pdf", invariant=True).read_bytes()
    assert a == b


def test_progress_runs_to_the_end(case_session, content, out_dir):
    seen = []
    render(gather(case_session, content), out_dir / "p.pdf", progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_a_second_session_can_gather_in_another_thread(cases, case_session, content, out_dir):
    import threading

    done = {}

    def work():
        session = CaseSession(cases, case_session.case.id, EngineParams())
        try:
            done["path"] = render(gather(session, content), out_dir / "thread.pdf")
        finally:
            session.close()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert done["path"].is_file()


def test_the_lawyer_pdf_shows_each_third_party_grade_with_its_meaning(case_session, content, out_dir):
    """Review R6: the findings say high, medium or low for each third-party contact, and what that means."""
    from datetime import datetime

    from desktop.domain.contacts import Answer, Relation

    case_session.contacts.add(Contact(occurred_at=datetime(2026, 11, 25, 15, 0), channel=Channel.CALL,
                                      contacted_party=Relation.FRIEND, reachable=Answer.YES))
    path = render(gather(case_session, content, preset="lawyer", now=NOW), out_dir / "分级.pdf")
    text = text_of(path)
    for phrase in ("联系第三人/爆通讯录（严重）", "联系第三人/爆通讯录（较重）", "不往轻里算",
                   "较重：联系了你以外的人（你当时接得到电话，他们却去找别人）"):
        assert squash(phrase) in text, phrase
