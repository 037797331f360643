"""desktop.store.importing and desktop.store.safety.backups: an import is backed up, linked to loans, all or nothing."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest

from desktop.domain.errors import UserError
from desktop.domain.importing.parse import parse_table
from desktop.domain.importing.preview import ImportPreview
from desktop.domain.rules_engine import EngineParams
from desktop.files.table_model import Table
from desktop.store.importing import import_contacts
from desktop.store.loans import LoanRepository
from desktop.store.safety.backups import backup_case_db
from desktop.store.session import CaseSession

NOW = datetime(2026, 11, 28, 12, 0)


def preview(headers, *rows) -> ImportPreview:
    table = Table(list(headers), [list(r) for r in rows], encoding="utf-8", source_kind="csv")
    return parse_table(table, now=NOW)


@pytest.fixture
def session(cases):
    case = cases.create("导入测试")
    s = CaseSession(cases, case.id, EngineParams())
    yield s
    s.close()


def add_loan(conn, brand="", lender="") -> int:
    now = NOW.isoformat()
    cur = conn.execute(
        "INSERT INTO loans (brand, contract_lender, created_at, updated_at) VALUES (?, ?, ?, ?)",
        (brand, lender, now, now),
    )
    return cur.lastrowid


def count(conn, table="contacts") -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def backups(cases, session):
    """The backups an import made (opening a case also makes a daily one, not counted here)."""
    return sorted(p for p in (cases.data_dir.case_dir(session.case.id) / "backups").glob("*.db")
                  if "daily" not in p.name)


def test_rows_are_stored_with_their_values_and_night_flags(session):
    pv = preview(
        ["时间", "方式", "方向", "号码", "内容"],
        ["2026-11-03 23:05", "电话", "来电", "13800000000", "半夜打电话"],
        ["2026/11/4 10:00", "短信", "", "95188", "催还款"],
    )
    result = import_contacts(session, pv, {})
    assert result.stored == 2 and result.unmatched_rows == 0
    rows = session.contacts.page(None, 0, 10, descending=False)
    assert [r.summary for r in rows] == ["半夜打电话", "催还款"]
    assert "night_call" in rows[0].flags and "night_call" not in rows[1].flags
    assert "已导入 2 条记录" in result.message("zh_CN") and "2 records" in result.message("en")


def test_a_failing_row_mid_way_leaves_no_contact_and_no_history(session):
    """All or nothing: row 2 of 3 breaks a database constraint; rows 1 and 3 are not kept either."""
    pv = preview(
        ["时间", "内容"], ["2026-11-03 10:00", "一"], ["2026-11-03 11:00", "二"], ["2026-11-03 12:00", "三"]
    )
    bad = replace(pv.rows[1], contact=replace(pv.rows[1].contact, mood=9))  # CHECK (mood BETWEEN 0 AND 5)
    pv = replace(pv, rows=(pv.rows[0], bad, pv.rows[2]))
    with pytest.raises(sqlite3.IntegrityError):
        import_contacts(session, pv, {})
    assert count(session._conn) == 0
    assert count(session._conn, "contact_versions") == 0
    assert count(session._conn, "contact_flags") == 0


def test_a_preview_with_problems_is_refused_before_anything_is_written(cases, session):
    pv = preview(["时间", "内容"], ["2026-11-03 10:00", "好的"], ["昨天晚上", "坏的"])
    assert not pv.ok
    with pytest.raises(UserError) as err:
        import_contacts(session, pv, {})
    assert "没有导入任何记录" in err.value.zh and "nothing was imported" in err.value.en
    assert count(session._conn) == 0
    assert backups(cases, session) == []


def test_a_cancel_during_writing_rolls_everything_back(session):
    pv = preview(["时间", "内容"], *[[f"2026-11-03 10:{m:02d}", f"第{m}条"] for m in range(40)])
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done:
            raise KeyboardInterrupt  # stands in for the dialog's cancel

    import desktop.store.importing as importing

    old, importing._PROGRESS_EVERY = importing._PROGRESS_EVERY, 10
    try:
        with pytest.raises(KeyboardInterrupt):
            import_contacts(session, pv, {}, progress=progress)
    finally:
        importing._PROGRESS_EVERY = old
    assert seen == [(0, 40), (10, 40)]
    assert count(session._conn) == 0


def test_the_database_is_backed_up_before_the_import(cases, session):
    session.contacts.add(replace(preview(["内容"], ["之前的记录"]).rows[0].contact))
    pv = preview(["时间", "内容"], ["2026-11-03 10:00", "导入的"])
    result = import_contacts(session, pv, {})
    files = backups(cases, session)
    assert files == [result.backup]
    assert files[0].name.startswith("case-before-import-") and files[0].suffix == ".db"
    copy = sqlite3.connect(files[0])
    try:
        assert [r[0] for r in copy.execute("SELECT summary FROM contacts")] == ["之前的记录"]
    finally:
        copy.close()
    assert count(session._conn) == 2


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(tmp_path, session):
    first = backup_case_db(session._conn, tmp_path / "备份", "before-import")
    second = backup_case_db(session._conn, tmp_path / "备份", "before-import")
    assert first != second and first.is_file() and second.is_file()
    assert not list((tmp_path / "备份").glob(".*partial"))


def test_a_backup_that_cannot_be_written_is_a_calm_error_and_nothing_is_imported(session, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    with pytest.raises(UserError) as err:
        backup_case_db(session._conn, blocker / "backups", "before-import")
    assert "无法备份" in err.value.zh and "Could not back up" in err.value.en


def test_loan_text_is_matched_exactly_then_ignoring_case_width_and_spaces(session):
    conn = session._conn
    a = add_loan(conn, brand="借呗", lender="重庆蚂蚁消费金融有限公司")
    b = add_loan(conn, brand="Kabu Loan", lender="")
    c = add_loan(conn, brand="", lender="某某银行")
    loans = LoanRepository(conn).labels()
    pv = preview(
        ["时间", "贷款", "内容"],
        ["2026-11-03 10:00", "借呗", "品牌"],
        ["2026-11-03 10:01", "重庆蚂蚁消费金融有限公司", "合同贷款人"],
        ["2026-11-03 10:02", loans[a], "标签"],
        ["2026-11-03 10:03", " kabu  LOAN ", "大小写和空格"],
        ["2026-11-03 10:04", "ＫＡＢＵ ｌｏａｎ", "全角"],
        ["2026-11-03 10:05", "某某 银行", "只有贷款人"],
        ["2026-11-03 10:06", "不认识的平台", "对不上"],
        ["2026-11-03 10:07", "", "没写"],
    )
    result = import_contacts(session, pv, loans)
    rows = session.contacts.page(None, 0, 20, descending=False)
    assert [r.loan_id for r in rows] == [a, a, a, b, b, c, None, None]
    assert (result.linked_to_loan, result.unmatched_rows, result.unmatched_labels) == (
        6,
        1,
        ("不认识的平台",),
    )
    kept = session.contacts.get(rows[6].id)
    assert kept.notes == "[贷款] 不认识的平台"
    assert session.contacts.get(rows[7].id).notes == ""
    assert "不认识的平台" in result.message("zh_CN") and "1 record(s)" in result.message("en")


def test_an_ambiguous_loan_text_links_to_no_loan_and_keeps_the_text(session):
    conn = session._conn
    add_loan(conn, brand="小额贷")
    add_loan(conn, brand="小额贷", lender="另一家公司")
    pv = preview(["time", "lender", "notes"], ["2026-11-03 10:00", "小额贷", "原备注"])
    result = import_contacts(session, pv, LoanRepository(conn).labels())
    row = session.contacts.page(None, 0, 5)[0]
    assert row.loan_id is None and result.unmatched_rows == 1
    assert session.contacts.get(row.id).notes == "原备注\n[lender] 小额贷"


def test_a_path_or_a_connection_can_be_the_target(cases, session):
    path = cases.db_path(session.case.id)
    import_contacts(path, preview(["时间"], ["2026-11-03 10:00"]), {})
    import_contacts(session._conn, preview(["时间"], ["2026-11-03 11:00"]), {}, backup=False)
    assert count(session._conn) == 2
    assert len(backups(cases, session)) == 1
