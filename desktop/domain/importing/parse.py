"""Turn an imported table (CSV/XLSX, see ``desktop.files.tables``) into contacts.

Nothing is written here. :func:`parse_table` maps the header (Chinese or
English, design §4) to the contact fields, parses every row and returns an
:class:`ImportPreview` listing every problem by row number and column, in
Chinese and English. The import is all or nothing: the caller stores the rows
only when ``preview.ok``.

The value parsers (:func:`parse_datetime`, :func:`parse_duration`,
:func:`parse_channel`, :func:`parse_direction`, :func:`parse_relation`,
:func:`parse_yes_no`) are public. Each returns ``None`` for a blank cell and
raises :class:`UserError` (and nothing else) for a value it cannot accept; the
row parser turns that into a :class:`RowProblem`.

Policy: a value is never guessed silently. Where a catch-all exists (channel
and contacted party have "other") an unrecognised value becomes "other", a
warning, and the original text is kept in the notes. Unknown columns are
reported and their values kept in the notes too.

The code is split: :mod:`desktop.domain.importing.values` and
:mod:`desktop.domain.importing.datetimes` (the value parsers),
:mod:`desktop.domain.importing.preview` (the records of a preview),
:mod:`desktop.domain.importing.rows` (one row) and this module (the header and the
table). Everything public is importable from here as before.
"""

from __future__ import annotations

import dataclasses
import gc
import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime

from desktop.domain.importing.preview import (
    ColumnProblem,
    ImportCounts,
    ImportPreview,
    ParsedRow,
    RowProblem,
    TableLike,
)
from desktop.domain.importing.rows import RowParser
from desktop.domain.importing.values import (
    echo_value,
    match_key,
    too_long,
)

# fmt: off
FIELDS = ("time", "channel", "direction", "number", "claimed_identity", "loan", "duration",
          "contacted_party", "debt_disclosed", "summary", "notes")
HEADERS_ZH = dict(zip(FIELDS, ("时间", "方式", "方向", "号码", "对方自称", "贷款", "时长", "联系对象",
                               "是否透露欠款", "内容", "备注"), strict=True))
# fmt: on


# fmt: off
_ALIASES = {
    "time": ("时间", "日期时间", "时间日期", "日期和时间", "联系时间", "来电时间", "通话时间", "发生时间", "催收时间",
             "时刻", "time", "datetime", "date time", "date and time", "when", "occurred at", "occurred_at"),
    "_date": ("日期", "联系日期", "来电日期", "date", "day"),
    "channel": ("方式", "联系方式", "催收方式", "渠道", "途径", "channel", "method", "medium"),
    "direction": ("方向", "呼叫方向", "通话类型", "呼叫类型", "来去电", "direction", "call type"),
    "number": ("号码", "号码/账号", "号码或账号", "电话号码", "手机号", "手机号码", "来电号码", "对方号码", "联系电话",
               "电话", "账号", "number", "phone", "phone number", "tel", "account", "number/account"),
    "claimed_identity": ("对方自称", "自称", "对方身份", "自称身份", "身份", "催收方", "催收人", "来电者",
                         "claimed_identity", "claimed identity", "claimed", "identity", "caller", "collector"),
    "loan": ("贷款", "借款", "平台", "贷款平台", "借款平台", "贷款机构", "loan", "lender", "platform"),
    "duration": ("时长", "通话时长", "持续时间", "duration", "length", "call length", "call duration"),
    "contacted_party": ("联系对象", "被联系人", "被联系对象", "联系了谁", "对象", "contacted_party", "contacted party",
                        "contacted", "party"),
    "debt_disclosed": ("是否透露欠款", "透露欠款", "是否透露", "是否告知欠款", "是否泄露欠款", "泄露欠款",
                       "debt_disclosed", "debt disclosed", "disclosed", "disclosure"),
    "summary": ("内容", "摘要", "经过", "内容摘要", "通话内容", "短信内容", "详情", "描述", "summary", "content",
                "description", "details"),
    "notes": ("备注", "说明", "附注", "notes", "note", "remarks", "remark", "comments", "comment", "memo"),
}
# fmt: on
_HEADER_FIELDS = {match_key(word): name for name, words in _ALIASES.items() for word in words}
_BRACKETED = re.compile(r"[(\[（【<《].*?[)\]）】>》]")
_HEADER_SEARCH_ROWS = 5


def header_field(header: str) -> str | None:
    """The field code a header names (``"时 间"``, ``"ＴＩＭＥ"``, ``"时长（秒）"`` → ``"time"``/``"duration"``).

    ``"_date"`` is a date-only column, joined with a time column if there is one.
    """
    if not header or not header.strip():
        return None
    found = _HEADER_FIELDS.get(match_key(header))
    if found is None:
        found = _HEADER_FIELDS.get(match_key(_BRACKETED.sub("", unicodedata.normalize("NFKC", header))))
    return found


def _find_header(table: TableLike) -> tuple[int, list[str]]:
    """Index of the header among [headers, *first rows] — a title line above the header is common."""
    candidates = [list(table.headers)] + [list(r) for r in table.rows[:_HEADER_SEARCH_ROWS]]
    scores = [sum(1 for h in c if header_field(str(h))) for c in candidates]
    if scores[0] >= 1 or max(scores) < 2:
        return 0, candidates[0]
    best = scores.index(max(scores))
    return best, [str(h).strip() for h in candidates[best]]


def _map_columns(headers: list[str], rows: Sequence[Sequence[str]], unknown_to_notes: bool):
    index: dict[str, int] = {}
    extras: list[tuple[int, str]] = []  # (0-based index, label) of columns kept in the notes
    problems: list[ColumnProblem] = []
    columns: list[tuple[int, str, str | None]] = []
    fate_zh = "它的内容会附加到“备注”里" if unknown_to_notes else "它的内容不会导入"
    fate_en = (
        "its values will be added to the notes" if unknown_to_notes else "its values will not be imported"
    )
    known = "、".join(HEADERS_ZH.values())
    for i, header in enumerate(headers):
        no = i + 1
        name = header_field(header)
        columns.append((no, header, name and name.lstrip("_")))
        if name is None:
            if not header.strip():
                if any(i < len(r) and str(r[i]).strip() for r in rows):
                    problems.append(
                        ColumnProblem(
                            "unnamed",
                            no,
                            "",
                            f"第 {no} 列没有表头，但有内容；{fate_zh}。",
                            f"Column {no} has no header but has values; {fate_en}.",
                            False,
                        )
                    )
                    if unknown_to_notes:
                        extras.append((i, f"第{no}列"))
                continue
            problems.append(
                ColumnProblem(
                    "unknown",
                    no,
                    header,
                    f"第 {no} 列“{echo_value(header)}”不是可识别的列名，{fate_zh}。可识别的列名：{known}。",
                    f'Column {no} "{echo_value(header)}" is not a known column; {fate_en}. Known columns: {", ".join(FIELDS)}.',
                    False,
                )
            )
            if unknown_to_notes:
                extras.append((i, header))
            continue
        if name in index:
            first = index[name]
            problems.append(
                ColumnProblem(
                    "duplicate",
                    no,
                    header,
                    f"第 {first + 1} 列“{headers[first]}”和第 {no} 列“{header}”是同一项（{HEADERS_ZH.get(name, '日期')}），"
                    "不知道该用哪一列。请删除或改名其中一列后再导入。",
                    f'Column {first + 1} "{headers[first]}" and column {no} "{header}" are the same field ({name.lstrip("_")}); '
                    "it is unclear which to use. Delete or rename one of them and import again.",
                    True,
                )
            )
            continue
        index[name] = i
    if not index:
        problems.append(
            ColumnProblem(
                "no_columns",
                None,
                "",
                f"表头里没有可识别的列名（找到的是：{echo_value('、'.join(headers), 80)}）。第一行应是表头，可用：{known}"
                "（也可用英文 time、channel、number、summary 等）。",
                f"No known column names in the header (found: {echo_value(', '.join(headers), 80)}). The first row should be "
                f"the header, using: {', '.join(FIELDS)} (or the Chinese names).",
                True,
            )
        )
    else:
        if "time" not in index and "_date" not in index:
            problems.append(
                ColumnProblem(
                    "missing",
                    None,
                    "",
                    "没有“时间”列：导入的记录都没有时间，夜间联系等判断无法进行。",
                    'There is no "time" column: the imported contacts will have no time, so checks such as night-time '
                    "contact cannot work.",
                    False,
                )
            )
        if "channel" not in index:
            problems.append(
                ColumnProblem(
                    "missing",
                    None,
                    "",
                    "没有“方式”列：所有记录都按“电话”导入。",
                    'There is no "channel" column: every contact is imported as a call.',
                    False,
                )
            )
    return index, extras, problems, columns


def parse_table(
    table: TableLike, *, now: datetime | None = None, unknown_to_notes: bool = True
) -> ImportPreview:
    """Parse every row of ``table``; nothing is stored. See :class:`ImportPreview`.

    Values of unknown columns are added to each row's notes as ``[header] value``
    unless ``unknown_to_notes`` is false; either way the column is reported.
    """
    now = now or datetime.now()
    skip, headers = _find_header(table)
    headers = [str(h).strip() for h in headers]
    data_rows = table.rows[skip:]
    numbers = list(getattr(table, "row_numbers", None) or [])
    header_no = getattr(table, "header_row_number", 1) or 1
    if len(numbers) != len(table.rows):
        numbers = [header_no + 1 + i for i in range(len(table.rows))]
    if skip:
        header_no, numbers = numbers[skip - 1], numbers[skip:]
    index, extras, column_problems, columns = _map_columns(headers, data_rows, unknown_to_notes)
    if skip:
        column_problems.insert(
            0,
            ColumnProblem(
                "skipped_rows",
                None,
                "",
                f"表头在第 {header_no} 行，上面的 {skip} 行（标题等）没有导入。",
                f"The header is on row {header_no}; the {skip} row(s) above it (a title, say) were not imported.",
                False,
            ),
        )
    if any(c.blocking for c in column_problems):
        return ImportPreview((), tuple(column_problems), ImportCounts(rows=len(data_rows)), tuple(columns))
    parser = RowParser(headers, index, extras, now)
    gc_was_on = gc.isenabled()
    gc.disable()  # hundreds of thousands of new frozen objects and no cycles: collection only slows this down
    try:
        rows = tuple(parser.parse(cells, line_no) for cells, line_no in zip(data_rows, numbers, strict=True))
    finally:
        if gc_was_on:
            gc.enable()
    rows = _with_cut_cells(rows, getattr(table, "cut_cells", ()), headers, index)
    if not rows:
        column_problems.append(
            ColumnProblem(
                "no_rows",
                None,
                "",
                "表头下面没有数据行，没有可导入的记录。",
                "There are no data rows under the header, so there is nothing to import.",
                True,
            )
        )
    with_problems = sum(1 for r in rows if r.problems)
    counts = ImportCounts(
        rows=len(rows),
        ok=len(rows) - with_problems,
        with_problems=with_problems,
        with_warnings=sum(1 for r in rows if r.warnings),
        problems=sum(len(r.problems) for r in rows),
        warnings=sum(len(r.warnings) for r in rows),
    )
    return ImportPreview(rows, tuple(column_problems), counts, tuple(columns))


def _with_cut_cells(
    rows: tuple[ParsedRow, ...], cut_cells, headers: list[str], index: dict[str, int]
) -> tuple[ParsedRow, ...]:
    """Rows with a warning for each cell the file reader cut (an XLSX cell too long to hold whole).

    The warning reads like the one :func:`clean_text` gives when it cuts a CSV cell.
    """
    if not cut_cells:
        return rows
    fields = {i: name.lstrip("_") for name, i in index.items()}
    by_row: dict[int, list[RowProblem]] = {}
    for line_no, column, length in cut_cells:
        note = too_long(length)
        header = headers[column] if 0 <= column < len(headers) else ""
        if header:
            zh, en = f"第 {line_no} 行“{header}”列：{note.zh}", f'Row {line_no}, column "{header}": {note.en}'
        else:
            zh, en = f"第 {line_no} 行第 {column + 1} 列：{note.zh}", f"Row {line_no}, column {column + 1}: {note.en}"
        by_row.setdefault(line_no, []).append(RowProblem(line_no, header, fields.get(column, ""), zh, en))
    return tuple(
        dataclasses.replace(r, warnings=r.warnings + tuple(by_row[r.line_no])) if r.line_no in by_row else r
        for r in rows
    )
