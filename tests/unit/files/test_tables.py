"""desktop.files.tables: CSV/XLSX files as people have them become a Table, or a clear bilingual refusal."""

from __future__ import annotations

import time
import zipfile
from datetime import datetime
from datetime import time as dtime
from pathlib import Path

import openpyxl
import pytest

from desktop.domain.errors import UserError
from desktop.files.table_model import Table
from desktop.files.tables import read_table

HEADER = "时间,方式,号码,内容\r\n"
RESOURCES = Path(__file__).resolve().parents[3] / "resources"


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refused(path, **kwargs) -> UserError:
    with pytest.raises(UserError) as info:
        read_table(path, **kwargs)
    err = info.value
    assert err.zh and err.en and err.zh != err.en, "a refusal explains itself in both languages"
    return err


# --- encodings --------------------------------------------------------------------------------------


def test_utf8_with_bom_is_read_and_the_bom_is_not_part_of_the_first_header(tmp_path):
    path = write(
        tmp_path, "log.csv", ("\ufeff" + HEADER + "2026-11-03 21:05,电话,13812345678,说要上门\r\n").encode()
    )
    table = read_table(path)
    assert table.headers == ["时间", "方式", "号码", "内容"]
    assert table.rows == [["2026-11-03 21:05", "电话", "13812345678", "说要上门"]]
    assert table.encoding == "utf-8-sig" and table.source_kind == "csv"


def test_plain_utf8_without_bom(tmp_path):
    table = read_table(
        write(tmp_path, "log.csv", (HEADER + "2026/11/3 21:05,短信,95188,😡 催收\r\n").encode())
    )
    assert table.encoding == "utf-8"
    assert table.rows[0][3] == "😡 催收"


def test_gbk_file_from_excel_on_chinese_windows(tmp_path):
    data = (HEADER + "2026年11月3日 21:05,电话,010-88887777,威胁联系家人，说“不还就起诉”\r\n").encode("gbk")
    table = read_table(write(tmp_path, "记录.csv", data))
    assert table.encoding == "gb18030"
    assert table.rows[0][3] == "威胁联系家人，说“不还就起诉”"


BIG5_ROWS = "time,channel,summary\r\n2026-11-03 21:05,call,來電催收說要起訴\r\n2026-11-04 09:00,sms,說再不還就上門，還要找單位\r\n"


def test_a_big5_file_is_refused_instead_of_becoming_mojibake(tmp_path):
    """Review 2.5 (big5_free.csv): English header, Big5 text; it was imported as GB18030 nonsense."""
    data = BIG5_ROWS.encode("cp950")
    assert data.decode("gb18030") != BIG5_ROWS, "the bytes do decode as GB18030, into nonsense"
    err = refused(write(tmp_path, "big5_free.csv", data))
    assert "Big5" in err.zh and "Big5" in err.en
    assert "CSV UTF-8" in err.zh and "另存为" in err.zh and "Save As" in err.en
    short = refused(write(tmp_path, "short.csv", "time,summary\n2026-11-03 21:05,好的\n".encode("cp950")))
    assert "Big5" in short.en


def test_the_same_text_saved_as_utf8_is_read(tmp_path):
    table = read_table(write(tmp_path, "utf8.csv", BIG5_ROWS.encode("utf-8-sig")))
    assert table.rows[0][2] == "來電催收說要起訴"


@pytest.mark.parametrize("topic", sorted(p.name for p in (RESOURCES / "guidance" / "zh_CN").glob("*.md")))
def test_simplified_chinese_saved_as_gbk_is_never_taken_for_big5(tmp_path, topic):
    """The app's own Chinese guidance, as a GBK CSV (most of it also decodes as Big5), reads as GB18030."""
    text = (RESOURCES / "guidance" / "zh_CN" / topic).read_text(encoding="utf-8")
    cells = [line.replace('"', "'") for line in text.splitlines() if line.strip()][:400]
    data = ("summary\r\n" + "".join(f'"{c}"\r\n' for c in cells)).encode("gb18030")
    table = read_table(write(tmp_path, "gbk.csv", data))
    assert table.encoding == "gb18030" and table.rows[0][0] == cells[0]


@pytest.mark.parametrize("text", ["好的", "深夜未接来电", "来电催收说要起诉", "说再不还就上门，还要找单位"])
def test_short_gbk_texts_that_also_decode_as_big5_are_read_as_gbk(tmp_path, text):
    data = f"time,summary\r\n2026-11-03 21:05,{text}\r\n".encode("gbk")
    assert read_table(write(tmp_path, "gbk.csv", data)).rows == [["2026-11-03 21:05", text]]


def test_gb18030_only_character_survives(tmp_path):
    """𠮷 is outside GBK: only a real GB18030 decoder (not gbk/cp936) reads it back."""
    data = (HEADER + "2026-11-03 21:05,电话,,吉野家的𠮷字\r\n").encode("gb18030")
    with pytest.raises(UnicodeEncodeError):
        "𠮷".encode("gbk")
    table = read_table(write(tmp_path, "log.csv", data))
    assert table.rows[0][3] == "吉野家的𠮷字"


def test_gbk_bytes_late_in_the_file_still_switch_the_whole_file_to_gb18030(tmp_path):
    """A file that is ASCII for its first thousands of rows must not be half decoded as UTF-8."""
    lines = (
        ["time,channel,summary"]
        + [f"2026-11-03 21:05,call,row {i}" for i in range(5000)]
        + ["2026-11-03 21:06,call,最后一行"]
    )
    table = read_table(write(tmp_path, "log.csv", "\r\n".join(lines).encode("gbk")))
    assert table.encoding == "gb18030"
    assert table.rows[-1][2] == "最后一行" and len(table.rows) == 5001


def test_utf16_unicode_text_from_excel(tmp_path):
    """Excel's "Unicode Text" export: UTF-16 with a BOM, tab-delimited."""
    table = read_table(
        write(tmp_path, "log.txt", "时间\t内容\r\n2026-11-03 21:05\t你好\r\n".encode("utf-16"))
    )
    assert table.headers == ["时间", "内容"] and table.rows == [["2026-11-03 21:05", "你好"]]


# --- delimiters and layout ---------------------------------------------------------------------------


def test_tab_delimited_with_commas_inside_the_text(tmp_path):
    data = "时间\t方式\t内容\r\n2026-11-03 21:05\t电话\t他说，还钱,不然上门,找你单位\r\n".encode()
    table = read_table(write(tmp_path, "log.csv", data))
    assert table.delimiter == "\t"
    assert table.rows == [["2026-11-03 21:05", "电话", "他说，还钱,不然上门,找你单位"]]


def test_semicolon_delimited_and_the_excel_sep_hint(tmp_path):
    assert read_table(write(tmp_path, "a.csv", b"time;channel\n2026-11-03 21:05;call\n")).rows == [
        ["2026-11-03 21:05", "call"]
    ]
    table = read_table(write(tmp_path, "b.csv", b"sep=;\ntime;channel\n2026-11-03 21:05;call\n"))
    assert table.headers == ["time", "channel"] and table.header_row_number == 2


def test_comma_chosen_even_when_the_text_is_full_of_semicolons(tmp_path):
    data = b'time,summary\n2026-11-03 21:05,"a;b;c;d"\n2026-11-03 21:06,x;y\n'
    table = read_table(write(tmp_path, "log.csv", data))
    assert table.delimiter == "," and table.rows[1] == ["2026-11-03 21:06", "x;y"]


def test_quoted_cells_with_newlines_and_row_numbers_skip_empty_rows(tmp_path):
    data = 'time,summary\r\n\r\n,\r\n2026-11-03 21:05,"第一行\r\n第二行"\r\n2026-11-03 21:06,ok\r\n'.encode()
    table = read_table(write(tmp_path, "log.csv", data))
    assert table.rows == [["2026-11-03 21:05", "第一行\r\n第二行"], ["2026-11-03 21:06", "ok"]]
    assert table.row_numbers == [4, 5], (
        "row numbers count records as a spreadsheet shows them, empty ones included"
    )


def test_trailing_empty_header_cells_are_dropped(tmp_path):
    table = read_table(write(tmp_path, "log.csv", b"time,channel,,,\n2026-11-03 21:05,call,,,\n"))
    assert table.headers == ["time", "channel"]


# --- refusals ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"\r\n\r\n", b" , ,\n\n", "\ufeff".encode()])
def test_empty_file_or_no_header_is_refused(tmp_path, data):
    err = refused(write(tmp_path, "empty.csv", data))
    assert "空" in err.zh and "empty" in err.en


def test_binary_file_renamed_to_csv_is_refused(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64
    err = refused(write(tmp_path, "photo.csv", png))
    assert "不是文本表格" in err.zh and "not a text table" in err.en


def test_undecodable_text_without_nuls_is_refused(tmp_path):
    err = refused(write(tmp_path, "log.csv", b"time,summary\n2026-11-03,\x80\xff\xfe\x81\x30\n"))
    assert "编码" in err.zh and "encoding" in err.en


def test_nul_inside_a_cell_is_refused_with_its_line(tmp_path):
    err = refused(
        write(tmp_path, "log.csv", b"time,summary\n2026-11-03 21:05,ok\n2026-11-03 21:06,bad\x00cell\n")
    )
    assert "第 3 行" in err.zh and "NUL" in err.zh and "Line 3" in err.en


def test_unclosed_quote_is_refused_not_swallowed(tmp_path):
    err = refused(
        write(tmp_path, "log.csv", b'time,summary\n2026-11-03 21:05,"oops\n2026-11-03 21:06,lost\n')
    )
    assert "第 2 行" in err.zh and "quote" in err.en


def test_missing_file_is_a_user_error(tmp_path):
    err = refused(tmp_path / "gone.csv")
    assert "找不到" in err.zh and "not found" in err.en


def test_a_folder_is_a_user_error(tmp_path):
    refused(tmp_path)


def test_file_over_the_size_limit_is_refused_and_says_the_limit(tmp_path):
    path = write(tmp_path, "big.csv", HEADER.encode() + b"2026-11-03 21:05,call,1,x\n" * 2000)
    err = refused(path, max_bytes=10_000)
    assert "10 KB" in err.zh and "10 KB" in err.en


def test_more_rows_than_the_limit_is_refused_and_says_the_limit(tmp_path):
    path = write(tmp_path, "log.csv", HEADER.encode() + b"2026-11-03 21:05,call,1,x\n" * 11)
    assert len(read_table(path, max_rows=11).rows) == 11
    err = refused(path, max_rows=10)
    assert "10" in err.zh and "more than 10 data rows" in err.en


def test_200001_rows_are_refused_quickly(tmp_path):
    """The default limit is 200,000 rows; one more is refused after streaming, in seconds, not minutes."""
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("时间,方式,号码,内容\n")
        f.writelines(f"2026-11-03 21:05,电话,1381234{i % 10000:04d},第{i}次\n" for i in range(200_001))
    start = time.perf_counter()
    err = refused(path)
    assert time.perf_counter() - start < 10
    assert "200,000" in err.zh and "200,000" in err.en


# --- XLSX -------------------------------------------------------------------------------------------


def make_xlsx(path, rows, *, title=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title or "记录"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_xlsx_dates_numbers_and_text_become_strings(tmp_path):
    path = make_xlsx(
        tmp_path / "log.xlsx",
        [
            ["时间", "方式", "号码", "时长", "内容"],
            [datetime(2026, 11, 3, 21, 5), "电话", 13812345678, dtime(0, 3, 20), "说要上门 𠮷"],
            ["46329.875", "短信", "95188", 200, None],
            [datetime(2026, 11, 4), "电话", 4008001234, 3.5, "date only"],
        ],
    )
    table = read_table(path)
    assert table.source_kind == "xlsx" and table.sheet == "记录"
    assert table.headers == ["时间", "方式", "号码", "时长", "内容"]
    assert table.rows == [
        ["2026-11-03 21:05:00", "电话", "13812345678", "00:03:20", "说要上门 𠮷"],
        ["46329.875", "短信", "95188", "200", ""],
        ["2026-11-04", "电话", "4008001234", "3.5", "date only"],
    ]
    assert table.row_numbers == [2, 3, 4]


def test_xlsx_skips_empty_rows_and_keeps_spreadsheet_row_numbers(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["B3"], ws["C3"] = "time", "summary"
    ws["B6"], ws["C6"] = "2026-11-03 21:05", "hello"
    wb.save(tmp_path / "gaps.xlsx")
    table = read_table(tmp_path / "gaps.xlsx")
    assert table.headers == ["", "time", "summary"]
    assert table.header_row_number == 3 and table.row_numbers == [6]
    assert table.rows == [["", "2026-11-03 21:05", "hello"]]


def test_xlsx_row_limit(tmp_path):
    path = make_xlsx(tmp_path / "log.xlsx", [["time", "summary"]] + [["2026-11-03 21:05", "x"]] * 6)
    err = refused(path, max_rows=5)
    assert "5" in err.en


def test_xlsx_with_only_empty_cells_is_empty(tmp_path):
    refused(make_xlsx(tmp_path / "empty.xlsx", []))


def test_password_protected_workbook_is_refused_with_advice(tmp_path):
    """Encrypted .xlsx files are OLE compound files, like old .xls files, not ZIPs."""
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + bytes(range(256)) * 8
    err = refused(write(tmp_path, "locked.xlsx", ole))
    assert "密码" in err.zh and "password" in err.en


@pytest.mark.parametrize("kind", ["garbage_zip", "truncated", "zip_without_workbook", "text_named_xlsx"])
def test_corrupt_workbook_is_refused(tmp_path, kind):
    path = tmp_path / "broken.xlsx"
    if kind == "garbage_zip":
        path.write_bytes(b"PK\x03\x04" + b"\x01" * 300)
    elif kind == "truncated":
        make_xlsx(path, [["time"], ["2026-11-03 21:05"]])
        path.write_bytes(path.read_bytes()[:-200])
    elif kind == "zip_without_workbook":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("hello.txt", "not a workbook")
    else:
        path.write_text("time,summary\n", encoding="utf-8")
    err = refused(path)
    assert "损坏" in err.zh and "damaged" in err.en


def test_an_xlsx_renamed_to_csv_is_still_read(tmp_path):
    path = make_xlsx(tmp_path / "log.xlsx", [["time", "summary"], ["2026-11-03 21:05", "hi"]])
    renamed = path.rename(tmp_path / "log.csv")
    assert read_table(renamed).rows == [["2026-11-03 21:05", "hi"]]


def test_table_is_a_plain_value():
    table = Table(["a"], [["1"]], encoding="utf-8", source_kind="csv")
    assert table.row_numbers == [] and table.header_row_number == 1


def test_a_title_line_above_the_header_does_not_confuse_the_delimiter(tmp_path):
    from desktop.files.tables import read_table

    path = tmp_path / "titled.csv"
    path.write_text("标题：我的催收记录\n时间,方式,号码,内容\n2026-11-03 21:05,电话,13800000000,催还款\n"
                    "2026-11-04 09:00,短信,10690000,再不还就上门\n", encoding="utf-8")
    from desktop.domain.importing.parse import parse_table

    table = read_table(path)
    assert table.delimiter == ","
    preview = parse_table(table)
    assert preview.ok, [p.message("en") for p in preview.column_problems]
    assert preview.counts.rows == 2
