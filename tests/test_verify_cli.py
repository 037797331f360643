"""``verify CASE --head CODE``: the head printed in an earlier PDF proves the history up to it unchanged,
and every attack of the adversarial review (6.5, 3.18) makes it fail, even where plain ``verify`` passes."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime

import pytest

from desktop.cli import main
from desktop.domain.contacts import Channel, Contact
from desktop.domain.rules_engine import EngineParams
from desktop.store.safety.backups import backup_case_db
from desktop.store.safety.restore import restore
from desktop.store.session import CaseSession
from tests import forge
from tests.unit.pdf.conftest import page_texts
from tests.unit.report_data.realistic_case import build_case

CODE = re.compile(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{2}")


def verify(data_dir, case_id, capsys, *extra, lang="en") -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir.root), "--lang", lang, "verify", case_id, *extra])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def printed_anchor(data_dir, case_id, tmp_path, capsys, preset="lawyer") -> tuple[str, str]:
    """Export a PDF with the real command and read the check code and head off its first page."""
    out = tmp_path / f"{preset}.pdf"
    assert main(["--data-dir", str(data_dir.root), "export", case_id, "--preset", preset, "-o", str(out)]) == 0
    capsys.readouterr()
    first = page_texts(out)[0]
    compact = re.sub(r"\s+", "", first)
    code = CODE.search(compact).group(0)
    head = re.search(code.replace("-", "")[:16].lower() + "[0-9a-f]{48}", compact).group(0)
    return code, head


def add_contact(cases, case_id, summary="报告之后新记的一条") -> None:
    session = CaseSession(cases, case_id, EngineParams())
    try:
        session.contacts.add(Contact(occurred_at=datetime(2026, 12, 1, 9, 0), channel=Channel.SMS, summary=summary))
        session.drafts.put("negotiation", {"changed": "after the report"})
    finally:
        session.close()


@pytest.fixture
def case_id(cases):
    return build_case(cases)


@pytest.mark.parametrize("preset", ["lawyer", "lender"])
def test_the_code_from_an_earlier_pdf_confirms_the_history_after_more_saves(case_id, cases, data_dir, tmp_path,
                                                                           capsys, preset):
    code, head = printed_anchor(data_dir, case_id, tmp_path, capsys, preset)
    add_contact(cases, case_id)
    for anchor in (code, head, code.lower().replace("-", " ")):
        rc, out = verify(data_dir, case_id, capsys, "--head", anchor)
        assert rc == 0, out
        assert "is unchanged" in out and "entries were saved after it" in out
    rc, out = verify(data_dir, case_id, capsys, "--head", code, lang="zh_CN")
    assert rc == 0 and "没有被改动" in out and "不在核对范围内" in out


def test_a_mistyped_code_is_called_a_typo_not_a_changed_history(case_id, data_dir, tmp_path, capsys):
    code, _head = printed_anchor(data_dir, case_id, tmp_path, capsys)
    wrong = code[:5] + ("0" if code[5] != "0" else "1") + code[6:]
    rc, out = verify(data_dir, case_id, capsys, "--head", wrong)
    assert rc == 2 and "typing mistake" in out and "does not mean the records were changed" in out
    assert "Traceback" not in out


def test_a_rehashed_edit_passes_plain_verify_but_fails_against_the_earlier_pdf(case_id, cases, data_dir, tmp_path,
                                                                               capsys):
    """The documented limit, shown: a consistent forgery is caught only by the outside anchor."""
    code, _head = printed_anchor(data_dir, case_id, tmp_path, capsys)
    forge.edit_summary_everywhere(cases.db_path(case_id), 1, "从来没有打过电话")
    rc, out = verify(data_dir, case_id, capsys)
    assert rc == 0, out
    rc, out = verify(data_dir, case_id, capsys, "--head", code)
    assert rc == 1 and "FAILED" in out and "has been changed or cut" in out


def _delete_record(cases, case_id, evidence):
    forge.delete_record_with_history(cases.db_path(case_id), 4)  # it has an attachment


def _cut_end(cases, case_id, evidence):
    conn = sqlite3.connect(cases.db_path(case_id))
    total = conn.execute("SELECT max(seq) FROM contact_versions").fetchone()[0]
    conn.close()
    forge.cut_end(cases.db_path(case_id), total - 5)


def _swap_evidence(cases, case_id, evidence):
    forge.swap_evidence(cases.db_path(case_id), evidence, 1, b"a different recording")


ATTACKS = {"delete-record-and-rehash": _delete_record, "cut-the-end": _cut_end, "swap-evidence": _swap_evidence}


@pytest.mark.parametrize("attack", ATTACKS, ids=list(ATTACKS))
def test_every_forgery_fails_against_the_head_printed_in_an_earlier_pdf(case_id, cases, data_dir, tmp_path, capsys,
                                                                        attack):
    code, head = printed_anchor(data_dir, case_id, tmp_path, capsys)
    ATTACKS[attack](cases, case_id, cases.evidence_dir(case_id))
    for anchor in (code, head):
        rc, out = verify(data_dir, case_id, capsys, "--head", anchor)
        assert rc == 1 and "has been changed or cut" in out, out


def test_rolling_back_to_an_older_backup_fails_against_a_later_pdf(case_id, cases, data_dir, tmp_path, capsys):
    with cases.open(case_id) as conn:
        older = backup_case_db(conn, tmp_path / "备份", "manual")
    add_contact(cases, case_id, "这一条在备份之后、报告之前")
    code, _head = printed_anchor(data_dir, case_id, tmp_path, capsys)
    restore(cases.data_dir.case_dir(case_id), older)
    rc, out = verify(data_dir, case_id, capsys)
    assert rc == 0, out  # the older copy is consistent on its own
    rc, out = verify(data_dir, case_id, capsys, "--head", code)
    assert rc == 1 and "going back to an older copy" in out
