"""``import-csv CASE FILE [--commit]``: a dry run previews, --commit stores all or nothing; exit 0 or 2."""

from __future__ import annotations

import argparse
import sqlite3

import openpyxl
import pytest

from desktop.commands import import_csv

HEADER = "时间,方式,方向,号码,贷款,时长,内容\r\n"


def cli(data_dir, *argv, lang="zh_CN") -> int:
    parser = argparse.ArgumentParser()
    import_csv.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["import-csv", *map(str, argv)])
    return import_csv.run(args, lang, data_dir)


@pytest.fixture
def case(cases):
    return cases.create("命令行导入")


def stored(cases, case_id) -> list[tuple]:
    with cases.open(case_id) as conn:
        return conn.execute(
            "SELECT occurred_at, channel, number, summary, notes FROM contacts ORDER BY id"
        ).fetchall()


def write(path, text: str, encoding: str):
    path.write_bytes(text.encode(encoding))
    return path


def test_a_gbk_file_from_excel_previews_without_writing_anything(data_dir, cases, case, tmp_path, capsys):
    f = write(
        tmp_path / "催收记录.csv",
        HEADER + "2026-11-03 21:05,电话,来电,13800000000,某某贷,3:20,说要上门\r\n"
        "2026-11-04 09:00,短信,,95188,某某贷,,催还款\r\n",
        "gbk",
    )
    assert cli(data_dir, case.id, f) == 0
    out = capsys.readouterr().out
    assert "编码：GBK/GB18030" in out
    assert "第 1 列“时间” → 时间" in out and "第 6 列“时长” → 时长" in out
    assert "共 2 行：2 行可以导入，0 行有问题" in out
    assert "--commit" in out
    assert stored(cases, case.id) == []
    assert not (data_dir.case_dir(case.id) / "backups").exists()


def test_commit_stores_a_gb18030_file_with_characters_gbk_lacks(data_dir, cases, case, tmp_path, capsys):
    f = write(
        tmp_path / "记录.csv",
        HEADER + "2026-11-03 21:05,电话,来电,13800000000,,200,𠮷先生说要上门 €\r\n",
        "gb18030",
    )
    assert cli(data_dir, case.id, f, "--commit") == 0
    out = capsys.readouterr().out
    assert "已导入 1 条记录" in out and "备份" in out
    assert stored(cases, case.id) == [("2026-11-03T21:05:00", "call", "13800000000", "𠮷先生说要上门 €", "")]
    assert len(list((data_dir.case_dir(case.id) / "backups").glob("case-before-import-*.db"))) == 1


def test_mixed_date_formats_all_read_the_same_time(data_dir, cases, case, tmp_path, capsys):
    f = write(
        tmp_path / "dates.csv",
        "时间,内容\n2026-11-03 21:05,a\n2026/11/3 21:05,b\n2026年11月3日 21:05,c\n2026年11月3日 晚上9点05分,d\n",
        "utf-8-sig",
    )
    assert cli(data_dir, case.id, f, "--commit") == 0
    assert "UTF-8（带 BOM）" in capsys.readouterr().out
    assert {row[0] for row in stored(cases, case.id)} == {"2026-11-03T21:05:00"}


def test_bad_rows_are_named_by_row_and_column_and_nothing_is_stored(data_dir, cases, case, tmp_path, capsys):
    f = write(
        tmp_path / "bad.csv",
        HEADER + "2026-11-03 21:05,电话,来电,138,,3:20,好\r\n"
        "昨天晚上,电话,来电,139,,3:20,时间不对\r\n"
        "2026-11-05 10:00,电话,打过来的,137,,很久,方向和时长不对\r\n",
        "gbk",
    )
    assert cli(data_dir, case.id, f) == 2
    out = capsys.readouterr().out
    assert "共 3 行：1 行可以导入，2 行有问题" in out
    assert "第 3 行“时间”列" in out
    assert "第 4 行“方向”列" in out and "第 4 行“时长”列" in out
    assert cli(data_dir, case.id, f, "--commit", lang="en") == 2
    out = capsys.readouterr().out
    assert 'Row 3, column "时间"' in out and 'Row 4, column "时长"' in out
    assert "nothing was imported" in out
    assert stored(cases, case.id) == []


def test_unknown_columns_are_reported_and_kept_in_the_notes(data_dir, cases, case, tmp_path, capsys):
    f = write(tmp_path / "extra.csv", "时间,内容,录音文件\n2026-11-03 21:05,说要上门,rec001.m4a\n", "utf-8")
    assert cli(data_dir, case.id, f, "--commit") == 0
    out = capsys.readouterr().out
    assert "未识别的列（内容会附加到备注里）：第 3 列“录音文件”" in out
    assert stored(cases, case.id)[0][4] == "[录音文件] rec001.m4a"


def test_an_xlsx_file_imports_too(data_dir, cases, case, tmp_path, capsys):
    wb = openpyxl.Workbook()
    wb.active.title = "记录"
    wb.active.append(["time", "channel", "number", "summary"])
    wb.active.append(["2026-11-03 21:05", "sms", "95188", "催收短信"])
    wb.save(tmp_path / "log.xlsx")
    assert cli(data_dir, case.id, tmp_path / "log.xlsx", "--commit", lang="en") == 0
    out = capsys.readouterr().out
    assert 'Format: Excel workbook, sheet "记录"' in out and 'column 4 "summary" → summary' in out
    assert "1 records were imported" in out
    assert stored(cases, case.id)[0][1:4] == ("sms", "95188", "催收短信")


def test_the_printed_problems_are_capped(data_dir, case, tmp_path, capsys):
    rows = "".join(f"不是时间{i},内容\n" for i in range(250))
    f = write(tmp_path / "many.csv", "时间,内容\n" + rows, "utf-8")
    assert cli(data_dir, case.id, f) == 2
    out = capsys.readouterr().out
    assert out.count("  - 第 ") == import_csv.MAX_PROBLEM_LINES
    assert "… 还有 50 条" in out


@pytest.mark.parametrize(
    ("content", "zh", "en"),
    [
        (b"", "是空的", "is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "不是文本表格", "not a text table"),
    ],
    ids=["empty file", "binary renamed .csv"],
)
def test_files_that_are_not_tables_are_explained_with_exit_2(
    data_dir, cases, case, tmp_path, capsys, content, zh, en
):
    f = tmp_path / "记录.csv"
    f.write_bytes(content)
    assert cli(data_dir, case.id, f, "--commit") == 2
    err = capsys.readouterr().err
    assert zh in err and "没有导入任何记录" in err and "Traceback" not in err
    assert cli(data_dir, case.id, f, lang="en") == 2
    assert en in capsys.readouterr().err
    assert stored(cases, case.id) == []


def test_an_unknown_case_is_explained_with_exit_2(data_dir, tmp_path, capsys):
    f = write(tmp_path / "a.csv", "时间\n2026-11-03 21:05\n", "utf-8")
    assert cli(data_dir, "no-such-case", f) == 2
    assert "找不到案件" in capsys.readouterr().err


def test_a_failure_while_writing_leaves_the_case_as_it_was(
    data_dir, cases, case, tmp_path, capsys, monkeypatch
):
    from desktop.store.contacts import ContactRepository

    original = ContactRepository._append_version
    calls = {"n": 0}

    def failing(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ContactRepository, "_append_version", failing)
    f = write(
        tmp_path / "a.csv",
        "时间,内容\n2026-11-03 21:05,一\n2026-11-03 21:06,二\n2026-11-03 21:07,三\n",
        "utf-8",
    )
    assert cli(data_dir, case.id, f, "--commit") == 2
    err = capsys.readouterr().err
    assert "无法写入案件文件" in err and "没有导入任何记录" in err and "Traceback" not in err
    assert stored(cases, case.id) == []
