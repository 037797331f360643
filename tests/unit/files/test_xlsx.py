"""desktop.files.xlsx: workbooks as people have them are read; hostile ones are refused quickly and in bounded memory.

The hostile files are the review's (M4, rows 2.13 and 2.14), rebuilt by
:mod:`tests.unit.files.xlsx_craft`; small sizes where the cap can be lowered for the test.
"""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from datetime import date, datetime, timedelta
from datetime import time as dtime

import openpyxl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import UserError
from desktop.domain.importing.parse import parse_table
from desktop.files import excel_values, xlsx
from desktop.files.tables import read_table
from tests.unit.files.xlsx_craft import (
    SHEET_HEAD,
    cell,
    empty_cells_row,
    one_huge_inline_cell,
    repeated,
    sheet_xml,
    write_workbook,
)

NOW = datetime(2026, 11, 20, 12, 0)


def too_large(path, **kwargs) -> UserError:
    with pytest.raises(UserError) as info:
        read_table(path, **kwargs)
    err = info.value
    assert "太大" in err.zh and "too large" in err.en, err.en
    assert "CSV UTF-8" in err.zh and "CSV UTF-8" in err.en and "拆" in err.zh and "split" in err.en
    return err


def damaged(path) -> UserError:
    with pytest.raises(UserError) as info:
        read_table(path)
    assert "损坏" in info.value.zh and "damaged" in info.value.en
    return info.value


def header_and(rows: list[str]) -> list[str]:
    return sheet_xml([f'<row r="1">{cell("A1", "time")}{cell("B1", "summary")}</row>', *rows])


# --- the review's files ---------------------------------------------------------------------------


def test_a_row_of_empty_cells_under_a_huge_range_is_refused_at_once(tmp_path):
    """emptycells_40mb.xlsx: 42 KB, 10 million <c/>; openpyxl took 20 s and 3.2 GB here, then called it empty."""
    path = empty_cells_row(tmp_path / "emptycells_40mb.xlsx", 40 * 1024 * 1024)
    assert path.stat().st_size < 50_000
    tracemalloc.start()
    start = time.perf_counter()
    try:
        err = too_large(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < 2
    assert peak < 20 * 1024 * 1024, peak
    assert "16,384" in err.en


def test_a_sheet_that_expands_past_the_cap_is_refused_before_it_is_parsed(tmp_path):
    """bomb_emptycells_500mb.xlsx and bomb_cell_900mb.xlsx, scaled down with the file-size limit."""
    empty = empty_cells_row(tmp_path / "empty.xlsx", 600_000)
    huge_cell = one_huge_inline_cell(tmp_path / "cell.xlsx", 600_000)
    for path in (empty, huge_cell):
        calls: list[int] = []
        err = too_large(path, max_bytes=100 * 1024, checkpoint=lambda calls=calls: calls.append(1))
        assert "500 KB" in err.en  # 5 × the 100 KB limit
        # One checkpoint for each small part naming the sheet (relationships, workbook, its relationships),
        # none for the 600 KB sheet: it was refused from the zip's sizes.
        assert len(calls) == 3


def test_a_huge_cell_under_the_cap_is_cut_with_a_warning_in_bounded_memory(tmp_path):
    """The review's 200 MB variant (openpyxl: 13 s, 623 MB) at 20 MB: the text streams past, 100,000 kept."""
    path = one_huge_inline_cell(tmp_path / "cell.xlsx", 20_000_000)
    tracemalloc.start()
    try:
        table = read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, peak
    assert table.rows == [["2026-11-03 21:05", "A" * 100_000]]
    assert table.cut_cells == ((2, 1, 20_000_000),)
    preview = parse_table(table, now=NOW)
    assert preview.ok
    (warning,) = preview.rows[0].warnings
    assert "20,000,000" in warning.en and "100,000" in warning.en and '"summary"' in warning.en
    assert "20,000,000" in warning.zh and "第 2 行" in warning.zh


def test_empty_cells_over_many_rows_stop_at_the_cell_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_CELLS", 10_000)
    rows = repeated(b"<row>" + b"<c/>" * 100 + b"</row>", 1_000_000)
    path = write_workbook(tmp_path / "rows.xlsx", [("S", [SHEET_HEAD, "<sheetData>", *rows, "</sheetData></worksheet>"])])
    assert "10,000 cells" in too_large(path).en


def test_cells_far_to_the_right_count_the_gap_toward_the_cap(tmp_path, monkeypatch):
    """A value in column XFD makes a row of 16,384 cells; a few hundred such rows would be gigabytes."""
    monkeypatch.setattr(xlsx, "MAX_CELLS", 100_000)
    rows = [f'<row r="{i}">{cell(f"XFD{i}", 1)}</row>' for i in range(2, 20)]
    too_large(write_workbook(tmp_path / "far.xlsx", [("S", header_and(rows))]))


def test_a_cell_past_column_xfd_is_refused(tmp_path):
    path = write_workbook(tmp_path / "wide.xlsx", [("S", header_and([f'<row r="2">{cell("XFE2", 1)}</row>']))])
    assert "16,384" in too_large(path).en


def test_shared_strings_are_capped_in_number_and_in_characters(tmp_path, monkeypatch):
    items = ["<sst>", *(f"<si><t>第{i}条</t></si>" for i in range(300)), "</sst>"]
    sheet = sheet_xml(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>'])
    path = write_workbook(tmp_path / "strings.xlsx", [("S", sheet)], shared_strings=items)
    monkeypatch.setattr(xlsx, "MAX_SHARED_STRINGS", 100)
    assert "100 shared strings" in too_large(path).en
    monkeypatch.setattr(xlsx, "MAX_SHARED_STRINGS", 1_000)
    monkeypatch.setattr(xlsx, "MAX_TEXT_CHARS", 500)
    assert "500 characters" in too_large(path).en


def test_a_long_shared_string_is_cut_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "MAX_CELL_CHARS", 20)
    items = ["<sst>", "<si><t>time</t></si><si><t>summary</t></si>", f"<si><t>{'说' * 25}</t></si>", "</sst>"]
    sheet = sheet_xml(['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
                       f'<row r="2">{cell("A2", "2026-11-03 21:05")}<c r="B2" t="s"><v>2</v></c></row>'])
    table = read_table(write_workbook(tmp_path / "long.xlsx", [("S", sheet)], shared_strings=items))
    assert table.rows == [["2026-11-03 21:05", "说" * 20]] and table.cut_cells == ((2, 1, 25),)


def test_a_document_type_declaration_is_refused(tmp_path):
    """XXE and billion laughs: no DTD at all is accepted, in the sheet or in the shared strings."""
    xxe = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row>'
           '<c t="inlineStr"><is><t>&x;</t></is></c></row></sheetData></worksheet>')
    damaged(write_workbook(tmp_path / "xxe.xlsx", [("S", [xxe])]))
    laughs = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
              "<sst><si><t>&b;</t></si></sst>")
    damaged(write_workbook(tmp_path / "laughs.xlsx", [("S", sheet_xml([]))], shared_strings=[laughs]))


def test_a_zip_with_a_huge_central_directory_is_refused_before_zipfile_reads_it(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx, "_CENTRAL_DIRECTORY_MAX", 2_000)
    path = write_workbook(tmp_path / "many.xlsx", [("S", header_and([]))])
    with zipfile.ZipFile(path, "a") as z:
        for i in range(100):
            z.writestr(f"junk/{i}.bin", b"")
    damaged(path)


def test_a_sheet_whose_zip_entry_lies_about_its_size_is_damaged(tmp_path):
    """Review row 2.12: a sheet under-declared in the zip is read only to its declared size, then fails its CRC."""
    made = write_workbook(tmp_path / "made.xlsx", [("S", header_and([f'<row r="2">{cell("A2", "x" * 5000)}</row>']))])
    path = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(made) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():  # written again without ZIP64 extras, so the size fields are the plain ones
            out.writestr(info.filename, src.read(info))
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    # (signature, offset of the uncompressed size, offset of the name length, offset of the name)
    for sig, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        at = data.find(sig)
        while at >= 0:
            n = int.from_bytes(data[at + name_len_at : at + name_len_at + 2], "little")
            if data[at + name_at : at + name_at + n] == name:
                data[at + size_at : at + size_at + 4] = (100).to_bytes(4, "little")
            at = data.find(sig, at + 4)
    path.write_bytes(bytes(data))
    damaged(path)


def test_the_checkpoint_runs_while_the_sheet_is_parsed_and_can_stop_it(tmp_path):
    rows = [f'<row r="{i}">{cell(f"A{i}", "2026-11-03 21:05")}{cell(f"B{i}", "x" * 50)}</row>'
            for i in range(2, 20_000)]
    path = write_workbook(tmp_path / "big.xlsx", [("S", header_and(rows))])
    calls = []
    read_table(path, checkpoint=lambda: calls.append(1))
    assert len(calls) > 20  # several megabytes of XML, 64 KB at a time

    class Stop(Exception):
        pass

    def stop():
        raise Stop

    with pytest.raises(Stop):
        read_table(path, checkpoint=stop)


def test_the_csv_reader_calls_the_checkpoint_too(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("time,summary\n" + "2026-11-03 21:05,x\n" * 10_000, encoding="utf-8")
    calls = []
    assert len(read_table(path, checkpoint=lambda: calls.append(1)).rows) == 10_000
    assert len(calls) == 10_000 // 2048


# --- what people have --------------------------------------------------------------------------------

_STYLES = (
    '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy/m/d\\ h:mm"/>'
    '<numFmt numFmtId="177" formatCode="&quot;第&quot;0&quot;次&quot;"/><numFmt numFmtId="178" formatCode="[h]:mm:ss"/>'
    "</numFmts>"
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
    '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="178"/>'
    '<xf numFmtId="31"/><xf numFmtId="21"/></cellXfs></styleSheet>'
)


def test_dates_numbers_booleans_and_shared_strings_as_excel_writes_them(tmp_path):
    items = ["<sst>", "<si><t>时间</t></si><si><t>内容</t></si>",
             '<si><r><rPr><b/></rPr><t>说要</t></r><r><t xml:space="preserve"> 上门</t></r>'
             "<rPh><t>ふりがな</t></rPh></si>", "</sst>"]
    rows = [
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
        '<row r="2"><c r="A2" s="1"><v>46329.875</v></c><c r="B2" t="s"><v>2</v></c>'
        '<c r="C2" s="2"><v>3</v></c><c r="D2" s="3"><v>0.1388888888888889</v></c>'
        '<c r="E2" s="4"><v>46330</v></c><c r="F2" s="5"><v>0.5</v></c></row>',
        '<row r="3"><c r="A3"><v>1.3812345678E10</v></c><c r="B3" t="b"><v>1</v></c>'
        '<c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="str"><f>A1&amp;"x"</f><v>时间x</v></c>'
        '<c r="E3" t="d"><v>2026-11-03T21:05:00</v></c><c r="F3"><v>3.5</v></c></row>',
        "<row><c><v>7</v></c><c/><c><v>8</v></c></row>",  # no references: row 4, columns A and C
    ]
    path = write_workbook(tmp_path / "excel.xlsx", [("记录", sheet_xml(rows))], shared_strings=items, styles=_STYLES)
    table = read_table(path)
    assert table.headers == ["时间", "内容"] and table.sheet == "记录"
    assert table.rows == [
        ["2026-11-03 21:00:00", "说要 上门", "3", "3:20:00", "2026-11-04", "12:00:00"],
        ["13812345678", "TRUE", "#N/A", "时间x", "2026-11-03 21:05:00", "3.5"],
        ["7", "", "8"],
    ]
    assert table.row_numbers == [2, 3, 4]


def test_the_1904_date_system(tmp_path):
    rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>time</t></is></c></row>', '<row r="2"><c r="A2" s="1"><v>44867.875</v></c></row>']
    path = write_workbook(tmp_path / "mac.xlsx", [("S", sheet_xml(rows))], styles=_STYLES, date1904=True)
    assert read_table(path).rows == [["2026-11-03 21:00:00"]]


def test_the_sheet_active_when_saved_is_read(tmp_path):
    first = header_and([f'<row r="2">{cell("A2", "2026-11-03 21:05")}{cell("B2", "第一张")}</row>'])
    second = header_and([f'<row r="2">{cell("A2", "2026-11-03 21:05")}{cell("B2", "第二张")}</row>'])
    path = write_workbook(tmp_path / "two.xlsx", [("一", first), ("二", second)], active=1)
    table = read_table(path)
    assert table.sheet == "二" and table.rows[0][1] == "第二张"
    path = write_workbook(tmp_path / "bad_tab.xlsx", [("一", first), ("二", second)], active=7)
    assert read_table(path).sheet == "一"


def test_prefixed_namespaces_are_read_like_default_ones(tmp_path):
    """Some programs write <x:c> with a prefix; the namespace, not the prefix, names the element."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sheet = (f'<?xml version="1.0"?><x:worksheet xmlns:x="{ns}"><x:sheetData><x:row r="1">'
             '<x:c r="A1" t="inlineStr"><x:is><x:t>time</x:t></x:is></x:c></x:row><x:row r="2">'
             '<x:c r="A2" t="inlineStr"><x:is><x:t>2026-11-03 21:05</x:t></x:is></x:c></x:row>'
             "</x:sheetData></x:worksheet>")
    assert read_table(write_workbook(tmp_path / "x.xlsx", [("S", [sheet])])).rows == [["2026-11-03 21:05"]]


@pytest.mark.parametrize(
    "rows",
    [
        '<row r="0"><c><v>1</v></c></row>',  # rows start at 1
        '<row r="abc"><c><v>1</v></c></row>',
        '<row r="1"><c r="1A"><v>1</v></c></row>',  # a reference is letters, then digits
        '<row r="1"><c r="A1" t="s"><v>9</v></c></row>',  # no shared string 9
    ],
)
def test_impossible_references_mean_a_damaged_file(tmp_path, rows):
    damaged(write_workbook(tmp_path / "bad.xlsx", [("S", sheet_xml([rows]))], shared_strings=["<sst/>"]))


_VALUES = st.one_of(
    st.text(st.characters(exclude_categories=["Cs", "Cc"]), max_size=30),
    st.integers(-(10**15), 10**15),
    st.floats(-1e9, 1e9, allow_nan=False).filter(lambda f: f == 0 or abs(f) > 1e-9),
    st.datetimes(datetime(1901, 1, 1), datetime(2100, 1, 1)).map(lambda d: d.replace(microsecond=0)),
    st.dates(date(1901, 1, 1), date(2100, 1, 1)),
    st.times().map(lambda t: t.replace(microsecond=0)),
    st.booleans(),
    st.none(),
)


def _openpyxl_text(path) -> list[list[str]]:
    """The same workbook as openpyxl (the previous reader) turns it into text."""
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return [[excel_values.cell_text(v) for v in row] for row in wb.active.iter_rows(values_only=True)]
    finally:
        wb.close()


@settings(max_examples=40, deadline=None, derandomize=True)
@given(st.lists(st.lists(_VALUES, min_size=1, max_size=5), min_size=1, max_size=6))
@example([[datetime(2026, 11, 3, 21, 5), "电话", 13812345678, dtime(0, 3, 20), "说要上门 𠮷", 3.5, True, None]])
@example([[date(2026, 11, 4), timedelta(hours=26, minutes=3), "=1+1", " spaces ", "第二行\n"]])
def test_workbooks_written_by_openpyxl_read_as_openpyxl_read_them(tmp_path_factory, rows):
    """The new reader keeps what the old one gave for every kind of value a workbook holds."""
    path = tmp_path_factory.mktemp("diff") / "w.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["a", "b", "c", "d", "e", "f", "g", "h"])
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    expected = [r for r in _openpyxl_text(path) if any(c.strip() for c in r)]
    table = read_table(path)
    got = [table.headers, *table.rows]
    width = max(len(r) for r in expected + got)
    pad = [[*r, *[""] * (width - len(r))] for r in expected], [[*r, *[""] * (width - len(r))] for r in got]
    assert pad[1] == pad[0]
