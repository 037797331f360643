"""A case whose database holds a path where an evidence hash belongs still exports and verifies: the record is
marked as damaged, nothing is read through it, and no traceback reaches the user (review H3)."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.pdf.report.render import render
from desktop.report_data.gather import gather
from tests.unit.pdf.conftest import page_texts, squash

TRAVERSAL = "../" * 14 + "etc/hostname"


def _poison(session) -> None:
    victim = session.evidence.all()[0]
    session._conn.execute("UPDATE attachments SET sha256 = ? WHERE id = ?", (TRAVERSAL, victim.id))
    session._conn.commit()


@pytest.mark.parametrize("lang, word", [("zh_CN", "记录已损坏"), ("en", "DAMAGEDRECORD")])
def test_the_lawyer_pdf_marks_a_damaged_evidence_record(case_session, content, out_dir, lang, word):
    _poison(case_session)
    text = squash("".join(page_texts(render(gather(case_session, content, preset="lawyer", lang=lang),
                                            out_dir / f"damaged-{lang}.pdf"))))
    assert word in text


def test_verify_names_the_damaged_record_and_exits_1(case_session, data_dir, capsys):
    _poison(case_session)
    code = main(["--data-dir", str(data_dir.root), "--lang", "en", "verify", case_session.case.id])
    out = capsys.readouterr()
    assert code == 1
    assert "is damaged: its stored SHA-256 is not valid" in out.out + out.err
    assert "Traceback" not in out.out + out.err and TRAVERSAL not in out.out + out.err
