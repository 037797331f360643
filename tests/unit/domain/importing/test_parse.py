"""desktop.domain.importing.parse (and contact_export): files as people have them become contacts or named problems."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import openpyxl
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.domain.contact_export import export_rows
from desktop.domain.contacts import Channel, Contact, Direction, Relation
from desktop.domain.errors import UserError
from desktop.domain.importing.datetimes import parse_datetime
from desktop.domain.importing.parse import (
    header_field,
    parse_table,
)
from desktop.domain.importing.values import (
    MAX_TEXT,
    clean_text,
    parse_channel,
    parse_direction,
    parse_duration,
    parse_relation,
    parse_yes_no,
)
from desktop.files.csv_out import write_csv
from desktop.files.table_model import Table
from desktop.files.tables import read_table

NOW = datetime(2026, 11, 28, 12, 0)
ALL_ZH = "时间,方式,方向,号码,对方自称,贷款,时长,联系对象,是否透露欠款,内容,备注"


def table(headers, *rows) -> Table:
    return Table(list(headers), [list(r) for r in rows], encoding="utf-8", source_kind="csv")


def bilingual(err: UserError) -> None:
    assert err.zh and err.en and err.zh != err.en


# --- parse_datetime ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-03 21:05",
        "2026/11/3 21:05",
        "2026年11月3日 21:05",
        "2026-11-03T21:05:00",
        "2026.11.3 21:05",
        "2026-11-03 21:05:00",
        "2026年11月3日 21点05分",
        "2026年11月3日21点05分",
        "2026年11月3号 21时5分",
        "２０２６－１１－０３　２１：０５",
        "2026-11-03 (周二) 21:05",
        "2026年11月3日 星期二 21:05",
        "2026年11月3日 晚上9点05分",
        "2026/11/3 下午9:05",
        "2026/11/3 9:05 PM",
        " 2026-11-03 21:05 ",
        "202611032105",
    ],
)
def test_datetime_formats_people_write(text):
    parsed = parse_datetime(text, now=NOW)
    assert parsed.value == datetime(2026, 11, 3, 21, 5)
    assert parsed.warnings == ()


def test_datetime_seconds_and_fractions():
    assert parse_datetime("2026-11-03 21:05:07", now=NOW).value == datetime(2026, 11, 3, 21, 5, 7)
    assert parse_datetime("2026年11月3日 21点05分07秒", now=NOW).value == datetime(2026, 11, 3, 21, 5, 7)
    assert parse_datetime("2026-11-03 21:05:07.25", now=NOW).value == datetime(2026, 11, 3, 21, 5, 7, 250000)


def test_excel_serial_dates():
    assert parse_datetime("46329.875", now=NOW).value == datetime(2026, 11, 3, 21, 0)
    assert parse_datetime("46329.87847222222", now=NOW).value == datetime(2026, 11, 3, 21, 5)
    whole = parse_datetime("46329", now=NOW)
    assert whole.value == datetime(2026, 11, 3) and len(whole.warnings) == 1


def test_chinese_time_of_day_words():
    assert parse_datetime("2026-11-03 凌晨1点", now=NOW).value == datetime(2026, 11, 3, 1, 0)
    assert parse_datetime("2026-11-03 夜里2点", now=NOW).value == datetime(2026, 11, 3, 2, 0)
    assert parse_datetime("2026-11-03 晚上10点半", now=NOW).value == datetime(2026, 11, 3, 22, 30)
    assert parse_datetime("2026-11-03 中午12点", now=NOW).value == datetime(2026, 11, 3, 12, 0)
    assert parse_datetime("2026-11-03 晚上12点", now=NOW).value == datetime(2026, 11, 4, 0, 0)
    assert parse_datetime("2026-11-03 12:30 AM", now=NOW).value == datetime(2026, 11, 3, 0, 30)


def test_day_first_or_month_first_only_when_unambiguous():
    assert parse_datetime("13/11/2026 21:05", now=NOW).value == datetime(2026, 11, 13, 21, 5)
    assert parse_datetime("11/13/2026 21:05", now=NOW).value == datetime(2026, 11, 13, 21, 5)
    with pytest.raises(UserError, match="ambiguous"):
        parse_datetime("3/11/2026 21:05", now=NOW)


def test_date_without_time_is_a_warning():
    parsed = parse_datetime("2026-11-03", now=NOW)
    assert parsed.value == datetime(2026, 11, 3)
    assert "没有具体时间" in parsed.warnings[0].zh and "no time" in parsed.warnings[0].en


def test_future_time_is_allowed_with_a_warning():
    parsed = parse_datetime("2026-12-24 09:00", now=NOW)
    assert parsed.value == datetime(2026, 12, 24, 9, 0)
    assert "将来" in parsed.warnings[0].zh and "future" in parsed.warnings[0].message("en")


def test_blank_is_none():
    assert parse_datetime("", now=NOW).value is None
    assert parse_datetime("   ", now=NOW).value is None
    assert parse_datetime(None, now=NOW).value is None


@pytest.mark.parametrize(
    ("text", "zh_part"),
    [
        ("2026-02-30 10:00", "不存在"),
        ("2026-13-01 10:00", "不存在"),
        ("2026-11-03 24:00", "时刻不存在"),
        ("2026-11-03 21:60", "时刻不存在"),
        ("21点05分", "缺少年份"),
        ("11月3日 21:05", "缺少年份"),
        ("1890-01-01 10:00", "年份"),
        ("昨天晚上", "无法识别"),
        ("2026-11-03 21:05 左右", "无法识别"),
        ("20260230", "无法识别"),
        ("12345", "无法识别"),
    ],
)
def test_impossible_or_unreadable_times_are_problems(text, zh_part):
    with pytest.raises(UserError) as info:
        parse_datetime(text, now=NOW)
    assert zh_part in info.value.zh
    bilingual(info.value)


# --- parse_duration ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("3:20", 200),
        ("1:02:03", 3723),
        ("00:03:20", 200),
        ("200", 200),
        ("0", 0),
        ("3分20秒", 200),
        ("3分钟", 180),
        ("20秒", 20),
        ("1小时2分", 3720),
        ("1小时2分3秒", 3723),
        ("3分20", 200),
        ("3 分 20 秒", 200),
        ("3m 20s", 200),
        ("1h 2m 3s", 3723),
        ("3min", 180),
        ("半小时", 1800),
        ("1个半小时", 5400),
        ("约3分钟", 180),
        ("３：２０", 200),
        ("3′20″", 200),
        ("3'20\"", 200),
        ("200.4", 200),
        ("24:00:00", 86400),
    ],
)
def test_duration_formats(text, seconds):
    assert parse_duration(text) == seconds


def test_duration_plain_number_in_minutes_when_the_header_says_so():
    assert parse_duration("3", unit_s=60) == 180
    assert parse_duration("3:20", unit_s=60) == 200, "m:ss is unambiguous whatever the unit"


def test_duration_blank_is_none():
    assert parse_duration("") is None and parse_duration(None) is None and parse_duration("  ") is None


@pytest.mark.parametrize(
    ("text", "zh_part"),
    [
        ("-5", "负数"),
        ("-3:20", "负数"),
        ("90000", "24 小时"),
        ("25小时", "24 小时"),
        ("3:75", "无法识别"),
        ("abc", "无法识别"),
        ("3分钟20分钟秒", "无法识别"),
        ("1:2:3:4", "无法识别"),
    ],
)
def test_bad_durations_are_problems(text, zh_part):
    with pytest.raises(UserError) as info:
        parse_duration(text)
    assert zh_part in info.value.zh
    bilingual(info.value)


# --- enumerated values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("电话", Channel.CALL),
        ("call", Channel.CALL),
        ("CALL", Channel.CALL),
        ("短信", Channel.SMS),
        ("SMS", Channel.SMS),
        ("微信", Channel.CHAT),
        ("QQ", Channel.CHAT),
        ("ｑｑ", Channel.CHAT),
        ("chat", Channel.CHAT),
        ("上门", Channel.VISIT),
        ("visit", Channel.VISIT),
        ("联系他人", Channel.THIRD_PARTY),
        ("third_party", Channel.THIRD_PARTY),
        ("Third Party", Channel.THIRD_PARTY),
        ("其他", Channel.OTHER),
        ("other", Channel.OTHER),
    ],
)
def test_channels(text, channel):
    assert parse_channel(text) is channel


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来电", (Direction.INCOMING, True)),
        ("incoming", (Direction.INCOMING, True)),
        ("去电", (Direction.OUTGOING, True)),
        ("outgoing", (Direction.OUTGOING, True)),
        ("未接", (Direction.MISSED, False)),
        ("未接来电", (Direction.MISSED, False)),
        ("missed", (Direction.MISSED, False)),
        ("去电未接通", (Direction.OUTGOING, False)),
        ("outgoing unanswered", (Direction.OUTGOING, False)),
    ],
)
def test_directions(text, expected):
    assert parse_direction(text) == expected


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("本人", Relation.SELF),
        ("self", Relation.SELF),
        ("家人", Relation.FAMILY),
        ("妈妈", Relation.FAMILY),
        ("单位", Relation.EMPLOYER),
        ("employer", Relation.EMPLOYER),
        ("同事", Relation.COLLEAGUE),
        ("朋友", Relation.FRIEND),
        ("通讯录联系人", Relation.CONTACT),
        ("contact", Relation.CONTACT),
        ("其他", Relation.OTHER),
    ],
)
def test_relations(text, relation):
    assert parse_relation(text) is relation


@pytest.mark.parametrize("text", ["是", "yes", "YES", "Y", "y", "1", "✓", "√", "TRUE", "有"])
def test_yes(text):
    assert parse_yes_no(text) is True


@pytest.mark.parametrize("text", ["否", "no", "N", "0", "✗", "×", "FALSE", "没有"])
def test_no(text):
    assert parse_yes_no(text) is False


@pytest.mark.parametrize("parse", [parse_channel, parse_direction, parse_relation, parse_yes_no])
def test_unknown_enumerated_values_raise_a_bilingual_user_error(parse):
    assert parse("") is None
    with pytest.raises(UserError) as info:
        parse("飞鸽传书")
    bilingual(info.value)
    assert "飞鸽传书" in info.value.zh


# --- text ------------------------------------------------------------------------------------------


def test_clean_text_strips_controls_keeps_newlines_emoji_and_rare_characters():
    assert (
        clean_text(" 第一行\r\n第二行\x00\x07\x1b[0m 😡 𠮷 \u200d ").value
        == "第一行\n第二行[0m 😡 𠮷 \u200d".strip()
    )
    assert clean_text("a\rb").value == "a\nb"


def test_clean_text_caps_absurd_lengths_with_a_warning():
    parsed = clean_text("字" * (MAX_TEXT + 5))
    assert len(parsed.value) == MAX_TEXT
    assert "100,000" in parsed.warnings[0].zh and "100,000" in parsed.warnings[0].en


def test_clean_text_undoes_excel_escapes():
    assert clean_text("'=1+1").value == "=1+1"
    assert clean_text('="0108888777"').value == "0108888777"
    assert clean_text("'普通的撇号").value == "'普通的撇号"


# --- headers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("时间", "time"),
        ("时 间", "time"),
        ("Time", "time"),
        ("ＴＩＭＥ", "time"),
        (" time ", "time"),
        ("方式", "channel"),
        ("Channel", "channel"),
        ("方向", "direction"),
        ("号码", "number"),
        ("NUMBER", "number"),
        ("对方自称", "claimed_identity"),
        ("claimed_identity", "claimed_identity"),
        ("Claimed Identity", "claimed_identity"),
        ("贷款", "loan"),
        ("loan", "loan"),
        ("时长", "duration"),
        ("时长（秒）", "duration"),
        ("Duration (s)", "duration"),
        ("联系对象", "contacted_party"),
        ("contacted_party", "contacted_party"),
        ("是否透露欠款", "debt_disclosed"),
        ("debt_disclosed", "debt_disclosed"),
        ("Debt-Disclosed", "debt_disclosed"),
        ("内容", "summary"),
        ("summary", "summary"),
        ("备注", "notes"),
        ("Notes", "notes"),
        ("*时间:", "time"),
        ("日期", "_date"),
        ("序号", None),
        ("", None),
    ],
)
def test_header_names(header, field):
    assert header_field(header) == field


# --- parse_table -----------------------------------------------------------------------------------


def test_a_full_row_in_chinese_becomes_a_contact():
    preview = parse_table(
        table(
            ALL_ZH.split(","),
            [
                "2026-11-03 21:05",
                "电话",
                "来电",
                "138-1234-5678",
                "XX资产管理 王经理 工号007",
                "某某贷",
                "3分20秒",
                "家人",
                "是",
                "给我妈打电话说我欠钱",
                "录音在手机里",
            ],
        ),
        now=NOW,
    )
    assert preview.ok and preview.column_problems == ()
    row = preview.rows[0]
    assert row.line_no == 2 and row.loan_label == "某某贷" and row.problems == () and row.warnings == ()
    assert row.contact == Contact(
        occurred_at=datetime(2026, 11, 3, 21, 5),
        channel=Channel.CALL,
        direction=Direction.INCOMING,
        answered=True,
        number="138-1234-5678",
        claimed_org="XX资产管理 王经理 工号007",
        duration_s=200,
        contacted_party=Relation.FAMILY,
        debt_disclosed=True,
        summary="给我妈打电话说我欠钱",
        notes="录音在手机里",
    )


def test_english_headers_in_any_case_with_spaces():
    preview = parse_table(
        table(
            ["TIME", " Channel ", "Direction", "Contacted Party", "debt disclosed"],
            ["2026-11-03 21:05", "sms", "incoming", "colleague", "no"],
        ),
        now=NOW,
    )
    c = preview.rows[0].contact
    assert preview.ok and c.channel is Channel.SMS and c.direction is Direction.INCOMING
    assert c.answered is None, "answered only means something for calls"
    assert c.contacted_party is Relation.COLLEAGUE and c.debt_disclosed is False


def test_missed_call_is_direction_missed_and_not_answered():
    preview = parse_table(table(["时间", "方式", "方向"], ["2026-11-03 21:05", "电话", "未接"]), now=NOW)
    c = preview.rows[0].contact
    assert c.direction is Direction.MISSED and c.answered is False


def test_mixed_date_formats_in_one_file(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(
        "时间,内容\n2026-11-03 21:05,a\n2026/11/3 21:06,b\n2026年11月3日 21:07,c\n46329.88,d\n"
        "2026-11-03T21:09:00,e\n2026.11.3 21:10,f\n",
        encoding="utf-8",
    )
    preview = parse_table(read_table(path), now=NOW)
    assert preview.ok
    assert [r.contact.occurred_at.minute for r in preview.rows] == [5, 6, 7, 7, 9, 10]


def test_bad_rows_name_the_row_number_and_the_column():
    preview = parse_table(
        table(
            ["时间", "时长", "是否透露欠款", "内容"],
            ["2026-11-03 21:05", "3:20", "否", "fine"],
            ["2026-02-30 21:05", "3:20", "否", "bad date"],
            ["2026-11-03 21:05", "-1", "也许", "bad duration and yes/no"],
        ),
        now=NOW,
    )
    assert not preview.ok
    assert preview.counts.rows == 3 and preview.counts.ok == 1 and preview.counts.with_problems == 2
    assert preview.counts.problems == 3
    first, second = preview.rows[1].problems, preview.rows[2].problems
    assert first[0].line_no == 3 and first[0].column == "时间" and first[0].field == "time"
    assert first[0].zh.startswith("第 3 行“时间”列：") and first[0].en.startswith('Row 3, column "时间": ')
    assert {p.field for p in second} == {"duration", "debt_disclosed"}
    assert all(p.zh.startswith("第 4 行") and p.message("en").startswith("Row 4") for p in second)


def test_row_numbers_come_from_the_file(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("时间,内容\n\n\n2026-13-01 21:05,bad\n", encoding="utf-8")
    preview = parse_table(read_table(path), now=NOW)
    assert preview.rows[0].line_no == 4 and "第 4 行" in preview.rows[0].problems[0].zh


def test_unknown_columns_are_reported_and_kept_in_the_notes():
    preview = parse_table(
        table(["序号", "时间", "备注", "录音文件"], ["1", "2026-11-03 21:05", "note", "rec001.m4a"]), now=NOW
    )
    unknown = [c for c in preview.column_problems if c.kind == "unknown"]
    assert [(c.column_no, c.header) for c in unknown] == [(1, "序号"), (4, "录音文件")]
    assert not any(c.blocking for c in unknown) and preview.ok
    assert "序号" in unknown[0].zh and "not a known column" in unknown[0].en
    assert preview.rows[0].contact.notes == "note\n[序号] 1\n[录音文件] rec001.m4a"
    dropped = parse_table(table(["序号", "时间"], ["1", "2026-11-03 21:05"]), now=NOW, unknown_to_notes=False)
    assert dropped.rows[0].contact.notes == "" and "不会导入" in dropped.column_problems[0].zh


def test_duplicate_columns_block_the_import():
    preview = parse_table(
        table(["时间", "内容", "time"], ["2026-11-03 21:05", "x", "2026-11-03 21:06"]), now=NOW
    )
    dup = [c for c in preview.column_problems if c.kind == "duplicate"]
    assert len(dup) == 1 and dup[0].blocking and dup[0].column_no == 3
    assert not preview.ok and preview.rows == ()


def test_no_recognisable_columns_blocks_the_import():
    preview = parse_table(table(["a", "b"], ["1", "2"]), now=NOW)
    assert not preview.ok
    kinds = {c.kind for c in preview.column_problems}
    assert "no_columns" in kinds
    problem = next(c for c in preview.column_problems if c.kind == "no_columns")
    assert problem.blocking and "时间" in problem.zh and "time" in problem.en


def test_a_header_with_no_rows_is_not_ok():
    preview = parse_table(table(["时间", "内容"]), now=NOW)
    assert not preview.ok and any(c.kind == "no_rows" for c in preview.column_problems)


def test_a_title_row_above_the_header_is_skipped_and_reported():
    t = Table(
        ["张三的催收记录"],
        [["时间", "方式", "内容"], ["2026-11-03 21:05", "电话", "x"]],
        encoding="utf-8",
        source_kind="csv",
        row_numbers=[2, 3],
    )
    preview = parse_table(t, now=NOW)
    assert preview.ok and preview.rows[0].line_no == 3
    assert preview.column_problems[0].kind == "skipped_rows"


def test_separate_date_and_time_columns_are_joined():
    preview = parse_table(
        table(
            ["日期", "时间", "内容"],
            ["2026-11-03", "21:05", "a"],
            ["2026/11/4", "", "b"],
            ["2026-11-05", "2026-11-05 08:00", "c"],
        ),
        now=NOW,
    )
    assert preview.ok
    assert [r.contact.occurred_at for r in preview.rows] == [
        datetime(2026, 11, 3, 21, 5),
        datetime(2026, 11, 4),
        datetime(2026, 11, 5, 8, 0),
    ]
    assert preview.rows[1].warnings and preview.rows[1].warnings[0].field == "date"


def test_a_row_with_more_values_than_columns_is_a_problem():
    preview = parse_table(table(["时间", "内容"], ["2026-11-03 21:05", "他说", "还钱"]), now=NOW)
    problem = preview.rows[0].problems[0]
    assert problem.column == "" and "3 个值" in problem.zh and "quotes" in problem.en


def test_unknown_channel_or_party_becomes_other_with_a_warning_and_the_original_kept():
    preview = parse_table(
        table(["时间", "方式", "联系对象", "备注"], ["2026-11-03 21:05", "飞鸽传书", "房东的狗", "n"]),
        now=NOW,
    )
    row = preview.rows[0]
    assert (
        preview.ok and row.contact.channel is Channel.OTHER and row.contact.contacted_party is Relation.OTHER
    )
    assert {w.field for w in row.warnings} == {"channel", "contacted_party"}
    assert row.contact.notes == "n\n[方式] 飞鸽传书\n[联系对象] 房东的狗"


def test_third_party_channel_without_a_party_is_not_self():
    preview = parse_table(table(["时间", "方式"], ["2026-11-03 21:05", "联系他人"]), now=NOW)
    assert preview.rows[0].contact.contacted_party is Relation.OTHER


def test_duration_header_in_minutes():
    preview = parse_table(table(["时间", "通话时长（分钟）"], ["2026-11-03 21:05", "3"]), now=NOW)
    assert preview.rows[0].contact.duration_s == 180


def test_number_mangled_by_excel_is_a_problem():
    preview = parse_table(table(["时间", "号码"], ["2026-11-03 21:05", "1.38123E+10"]), now=NOW)
    assert preview.rows[0].problems[0].field == "number" and "科学计数法" in preview.rows[0].problems[0].zh


def test_text_cells_are_cleaned_and_capped():
    long = "长" * (MAX_TEXT + 1)
    preview = parse_table(
        table(["时间", "内容", "对方自称"], ["2026-11-03 21:05", long, "王\x00经理\x07 😀𠮷"]), now=NOW
    )
    row = preview.rows[0]
    assert preview.ok and len(row.contact.summary) == MAX_TEXT and row.warnings[0].field == "summary"
    assert row.contact.claimed_org == "王经理 😀𠮷"


def test_warnings_do_not_stop_the_import():
    preview = parse_table(table(["时间", "方式"], ["2026-11-03", ""], ["2027-01-01 10:00", "电话"]), now=NOW)
    assert preview.ok and preview.counts.with_warnings == 2 and preview.counts.warnings == 3


def test_gbk_file_end_to_end(tmp_path):
    path = tmp_path / "催收记录.csv"
    path.write_bytes(
        (ALL_ZH + "\r\n2026/11/3 21:05,电话,去电,95188,客服,花呗,1:02:03,本人,否,协商分期,\r\n").encode("gbk")
    )
    preview = parse_table(read_table(path), now=NOW)
    c = preview.rows[0].contact
    assert (
        preview.ok and c.direction is Direction.OUTGOING and c.duration_s == 3723 and c.summary == "协商分期"
    )


def test_gb18030_file_end_to_end(tmp_path):
    path = tmp_path / "log.csv"
    path.write_bytes("时间,内容\r\n2026-11-03 21:05,催收员自称姓𠮷\r\n".encode("gb18030"))
    assert parse_table(read_table(path), now=NOW).rows[0].contact.summary == "催收员自称姓𠮷"


def test_xlsx_end_to_end_with_a_datetime_cell_and_a_serial_number(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["时间", "方式", "号码", "时长", "联系对象"])
    ws.append([datetime(2026, 11, 3, 21, 5), "电话", 13812345678, 200, "单位"])
    ws.append([46329.875, "微信", "wxid_abc", None, "本人"])
    ws.append(["46329.875", "短信", "95188", None, None])
    wb.save(tmp_path / "log.xlsx")
    preview = parse_table(read_table(tmp_path / "log.xlsx"), now=NOW)
    assert preview.ok
    first, second, third = (r.contact for r in preview.rows)
    assert first.occurred_at == datetime(2026, 11, 3, 21, 5) and first.number == "13812345678"
    assert first.duration_s == 200 and first.contacted_party is Relation.EMPLOYER
    assert second.occurred_at == third.occurred_at == datetime(2026, 11, 3, 21, 0)
    assert second.channel is Channel.CHAT


def test_200000_rows_parse_in_seconds(tmp_path):
    """Reading and parsing the largest allowed file stays interactive (a few seconds; generous bound here)."""
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        f.write(ALL_ZH + "\r\n")
        f.writelines(
            f"2026-{1 + i % 10:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d},电话,来电,1381234{i % 10000:04d},"
            f'某催收公司,某某贷,{i % 600},本人,否,"第{i}次,说要上门",\r\n'
            for i in range(200_000)
        )
    start = time.perf_counter()
    preview = parse_table(read_table(path), now=NOW)
    assert preview.ok and preview.counts.rows == 200_000
    assert time.perf_counter() - start < 30


# --- export and round trip ---------------------------------------------------------------------------


CONTACTS = [
    Contact(
        occurred_at=datetime(2026, 11, 3, 21, 5),
        channel=Channel.CALL,
        direction=Direction.INCOMING,
        answered=True,
        number="+86 138-1234-5678",
        claimed_org="XX资产管理 王经理",
        loan_id=1,
        duration_s=200,
        contacted_party=Relation.SELF,
        summary="说要上门,还要找单位\n第二行 😡 𠮷",
        notes='=HYPERLINK("x")',
    ),
    Contact(
        occurred_at=datetime(2026, 11, 4, 7, 30, 15),
        channel=Channel.CALL,
        direction=Direction.MISSED,
        answered=False,
        number="01088887777",
        loan_id=2,
    ),
    Contact(
        occurred_at=datetime(2026, 11, 4, 23, 0, 1, 500),
        channel=Channel.THIRD_PARTY,
        number="95188",
        contacted_party=Relation.FAMILY,
        debt_disclosed=True,
        summary="给我妈打电话",
        duration_s=3723,
        direction=Direction.OUTGOING,
    ),
    Contact(
        occurred_at=None,
        channel=Channel.CHAT,
        number="wxid_abc",
        contacted_party=Relation.CONTACT,
        summary="-别以为不回就没事",
        notes="@所有人",
    ),
    Contact(
        occurred_at=datetime(2026, 11, 5, 0, 0),
        channel=Channel.VISIT,
        duration_s=0,
        contacted_party=Relation.EMPLOYER,
        debt_disclosed=False,
    ),
    Contact(
        occurred_at=datetime(2026, 11, 6, 12, 0),
        channel=Channel.SMS,
        direction=Direction.INCOMING,
        contacted_party=Relation.COLLEAGUE,
    ),
    Contact(occurred_at=datetime(2026, 11, 6, 13, 0), channel=Channel.OTHER, contacted_party=Relation.FRIEND),
]
LOANS = {1: "某某贷", 2: "花呗"}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_export_then_import_gives_the_same_contacts(tmp_path, lang):
    headers, rows = export_rows(CONTACTS, LOANS, lang)
    path = tmp_path / "导出 记录.csv"
    write_csv(path, headers, rows)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM so that Excel opens it"
    preview = parse_table(read_table(path), now=NOW)
    assert preview.ok and not [c for c in preview.column_problems if c.kind != "missing"]
    assert [r.loan_label for r in preview.rows] == ["某某贷", "花呗", "", "", "", "", ""]
    labels_to_ids = {v: k for k, v in LOANS.items()}
    back = [
        r.contact.__class__(**{**r.contact.__dict__, "loan_id": labels_to_ids.get(r.loan_label)})
        for r in preview.rows
    ]
    assert back == CONTACTS


def test_export_headers_and_labels_follow_the_language():
    zh_headers, zh_rows = export_rows(CONTACTS[:1], LOANS, "zh_CN")
    en_headers, en_rows = export_rows(CONTACTS[:1], LOANS, "en")
    assert ",".join(zh_headers) == ALL_ZH
    assert en_headers[:3] == ["time", "channel", "direction"]
    assert zh_rows[0][:3] == ["2026-11-03 21:05", "电话", "来电"] and zh_rows[0][6] == "3分20秒"
    assert en_rows[0][:3] == ["2026-11-03 21:05", "call", "incoming"] and en_rows[0][6] == "3m 20s"
    assert zh_rows[0][3] == "'+86 138-1234-5678", "formula-like text is escaped for Excel"


def test_export_joins_the_claimed_identity_and_marks_unknown_loans():
    contact = Contact(claimed_org="XX公司", claimed_name="王经理", claimed_staff_id="007", loan_id=9)
    _, rows = export_rows([contact], {}, "zh_CN")
    assert rows[0][4] == "XX公司 / 王经理 / 007" and rows[0][5] == "#9"


def test_write_csv_replaces_atomically_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("old", encoding="utf-8")
    write_csv(path, ["a"], [["1"], ["𠮷"]])
    assert path.read_bytes().decode("utf-8-sig") == '"a"\r\n"1"\r\n"𠮷"\r\n'
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


# --- formula-like text in a CSV export (review 2.2, 2.3) -------------------------------------------------

# Each of these could start a formula once a spreadsheet trims or normalises the cell.
FORMULA_LIKE = [
    "=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", '=HYPERLINK("http://evil")',
    "\t=1+1", "\r=1+1", "\n=1+1", "\tplain", "\rplain", " =1+1", "\u3000=1+1", "\u00a0=1+1",
    "＝1+1", "＋1", "－1", "＠SUM(1)", "﹦1+1",
    "\u200b=1+1", "\ufeff=1+1", "\u202e=1+1", "\u2066@x", "\u200e\u200b ＝1", "\u00ad-1",
]


def first_visible(cell: str) -> str:
    """The first character a spreadsheet would look at: invisible, space and control characters skipped."""
    import unicodedata

    for ch in cell:
        if not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Cc", "Zs", "Zl", "Zp"):
            return unicodedata.normalize("NFKC", ch)[:1]
    return ""


def exported_cells(path) -> list[str]:
    import csv

    with open(path, encoding="utf-8-sig", newline="") as f:
        return [c for row in csv.reader(f) for c in row]


@pytest.mark.parametrize("text", FORMULA_LIKE)
def test_export_neutralises_every_cell_that_could_start_a_formula(tmp_path, text):
    contact = Contact(summary=text, notes=text, number=text, claimed_org=text)
    headers, rows = export_rows([contact], {7: text}, "zh_CN")
    assert rows[0][3] == rows[0][4] == rows[0][9] == rows[0][10] == "'" + text
    write_csv(tmp_path / "out.csv", headers, rows)
    for cell in exported_cells(tmp_path / "out.csv"):
        assert cell[:1] == "'" or first_visible(cell) not in ("=", "+", "-", "@"), cell
        assert cell.strip()[:1] not in ("=", "+", "-", "@")


def test_export_quotes_every_field_so_a_semicolon_cannot_split_a_cell(tmp_path):
    """In locales where Excel splits CSV on ";", an unquoted a;=1+1 would become a second cell holding =1+1."""
    write_csv(tmp_path / "out.csv", ["内容"], [["a;=1+1"], ["普通文字"], [""]])
    assert tmp_path.joinpath("out.csv").read_bytes().decode("utf-8-sig") == '"内容"\r\n"a;=1+1"\r\n"普通文字"\r\n""\r\n'


@pytest.mark.parametrize("text", ["'=1+1", "'hello", "''x", "'", "'＝1", "' =1", "plain 'quoted'"])
def test_an_apostrophe_the_user_typed_survives_export_and_import(tmp_path, text):
    headers, rows = export_rows([Contact(summary=text, notes="x")], {}, "zh_CN")
    write_csv(tmp_path / "out.csv", headers, rows)
    preview = parse_table(read_table(tmp_path / "out.csv"), now=NOW)
    assert preview.rows[0].contact.summary == text


def test_an_apostrophe_typed_in_a_spreadsheet_before_a_formula_is_still_removed():
    """A file from Excel with '=1+1 (Excel's own "this is text" mark) imports as =1+1, as before."""
    assert clean_text("'=1+1").value == "=1+1" and clean_text("'hello").value == "'hello"
    assert clean_text('="0108888777"').value == "0108888777"
    assert clean_text('\'="0108888777"').value == '="0108888777"', "an exported =\"…\" comes back as typed"


_STORED_TEXT = st.text(
    st.one_of(
        st.sampled_from(["'", "=", "+", "-", "@", "＝", "＋", "－", "＠", " ", "\t", "\n", "\u3000", "\u200b",
                         "\ufeff", "\u202e", "\u2066", ";", ",", '"', "1", "说"]),
        st.characters(exclude_categories=["Cs", "Cc"]),
    ),
    max_size=12,
).map(str.strip)  # what the app stores: no outer whitespace (the import strips it, as does the log dialog)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.tuples(_STORED_TEXT, _STORED_TEXT), min_size=1, max_size=6))
@example([("'=1+1", "''"), ("=1+1", "＝1"), ("\u200b=1", "'\u200b=1"), ('="0108"', "'"), ("a;=1+1", "\t\n=x")])
def test_export_then_import_round_trips_any_text_and_no_cell_can_start_a_formula(tmp_path_factory, texts):
    contacts = [Contact(occurred_at=datetime(2026, 11, 3, 21, 5), summary=s, notes=n) for s, n in texts]
    path = tmp_path_factory.mktemp("round") / "out.csv"
    write_csv(path, *export_rows(contacts, {}, "zh_CN"))
    for cell in exported_cells(path):
        assert cell[:1] == "'" or first_visible(cell) not in ("=", "+", "-", "@"), cell
        assert cell.strip()[:1] not in ("=", "+", "-", "@")
    preview = parse_table(read_table(path), now=NOW)
    assert [(r.contact.summary, r.contact.notes) for r in preview.rows] == texts


def test_write_csv_into_a_missing_folder_is_a_user_error(tmp_path):
    with pytest.raises(UserError) as info:
        write_csv(tmp_path / "nope" / "out.csv", ["a"], [["1"]])
    bilingual(info.value)
    assert not (tmp_path / "nope").exists()


# --- never anything but a value or a UserError -------------------------------------------------------

_DATEISH = st.text(alphabet="0123456789-/.:年月日号点时分秒 T上午下午晚上半周二pmAM０１２：", max_size=30)
_DURATIONISH = st.text(alphabet="0123456789:.分秒钟小时个半约hms'\"- ", max_size=20)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), _DATEISH))
def test_parse_datetime_returns_a_value_or_raises_user_error(text):
    try:
        parsed = parse_datetime(text, now=NOW)
    except UserError as e:
        bilingual(e)
        return
    assert parsed.value is None or isinstance(parsed.value, datetime)
    if parsed.value is not None:
        assert 1990 <= parsed.value.year < 2100 + 1


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=30), _DURATIONISH), st.sampled_from([1, 60, 3600]))
def test_parse_duration_returns_a_value_or_raises_user_error(text, unit):
    try:
        seconds = parse_duration(text, unit_s=unit)
    except UserError as e:
        bilingual(e)
        return
    assert seconds is None or 0 <= seconds <= 24 * 3600


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.one_of(st.text(max_size=12), _DATEISH, _DURATIONISH), max_size=13), max_size=6))
def test_parse_table_never_raises_and_ok_means_no_problems(rows):
    preview = parse_table(table(ALL_ZH.split(","), *rows), now=NOW)
    assert preview.ok == (bool(rows) and all(r.ok for r in preview.rows))
    for row in preview.rows:
        for p in row.problems + row.warnings:
            assert p.zh.startswith(f"第 {row.line_no} 行") and p.en.startswith(f"Row {row.line_no}")


def test_datetime_window_edges():
    assert parse_datetime("1990-01-01 00:00", now=NOW).value == datetime(1990, 1, 1)
    later = parse_datetime("2099-12-31 23:59", now=NOW)
    assert later.value == datetime(2099, 12, 31, 23, 59) and later.warnings
    assert parse_datetime(f"{(NOW - timedelta(minutes=1)):%Y-%m-%d %H:%M}", now=NOW).warnings == ()
