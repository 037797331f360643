"""Read a CSV or XLSX file into a plain table of strings, the way people have them.

CSV files come from Excel on Chinese Windows (GBK/GB18030), from Excel's
"CSV UTF-8" (with a BOM), from WPS, from phones and from hand-editing: the
encoding is detected (UTF-8 with or without BOM, UTF-16 with a BOM, else
GB18030, a superset of GBK; a Big5 file is recognised and refused with advice,
since read as GB18030 it would be nonsense) and so is the delimiter (comma, tab
or semicolon).
XLSX files are read by streaming the sheet's XML under hard caps on size, cells
and text (:mod:`desktop.files.xlsx`). Both are streamed: a 200,000-row file is
read in seconds, and a file over the row or size limit is refused as soon as the
limit is passed. A ``checkpoint`` callback is called regularly while reading, so
a caller can cancel by raising from it.

Everything the user can fix (an empty file, a binary file renamed ``.csv``, a
password-protected workbook) is a :class:`UserError` in Chinese and English.
No Qt here; the caller shows the message.
"""

from __future__ import annotations

import codecs
import csv
import os
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.files.table_model import (
    HOW_TO_SAVE_EN,
    HOW_TO_SAVE_ZH,
    RowCollector,
    Table,
    empty_file,
    mb,
    unreadable,
)
from desktop.files.xlsx import read_xlsx

MAX_ROWS = 200_000
MAX_BYTES = 50 * 1024 * 1024
_DELIMITERS = (",", "\t", ";")
_BLANKS = str.maketrans("", "", ",\t;")  # a line of only delimiters is an empty row whatever the delimiter
_SAMPLE_CHARS = 64 * 1024
_FIELD_LIMIT = 16 * 1024 * 1024  # cells over 100,000 characters are capped later, with a warning
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or an encrypted .xlsx
_CHECK_EVERY = 2048  # CSV records between two calls of the checkpoint


def read_table(
    path: str | os.PathLike[str],
    *,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
    checkpoint: Callable[[], None] | None = None,
) -> Table:
    """Read ``path`` (CSV or XLSX, decided by content and extension) into a :class:`Table`.

    Raises :class:`UserError` for anything the user can fix; the message says
    what is wrong and what to do. ``checkpoint`` is called regularly while
    reading (every 64 KB of a workbook's XML, every 2,048 CSV records); an
    exception it raises stops the reading and is passed on unchanged.
    """
    p = Path(path)
    name = p.name
    try:
        st = p.stat()
        if p.is_dir():
            raise IsADirectoryError(str(p))
        with p.open("rb") as f:
            head = f.read(8192)
    except FileNotFoundError:
        raise UserError(
            f"找不到文件“{name}”。它可能已被移动、改名或删除，请重新选择文件。",
            f'The file "{name}" was not found. It may have been moved, renamed or deleted; please choose it again.',
        ) from None
    except IsADirectoryError:
        raise UserError(
            f"“{name}”是一个文件夹，不是表格文件。", f'"{name}" is a folder, not a spreadsheet file.'
        ) from None
    except OSError as e:
        raise unreadable(name, e) from None
    if st.st_size == 0:
        raise empty_file(name)
    if st.st_size > max_bytes:
        raise UserError(
            f"文件“{name}”有 {mb(st.st_size)}，超过了 {mb(max_bytes)} 的上限。请把它拆成几个较小的文件分别导入。",
            f'The file "{name}" is {mb(st.st_size)}, over the {mb(max_bytes)} limit. Split it into smaller files and import them one by one.',
        )
    ext = p.suffix.lower()
    if head.startswith(_OLE_MAGIC):
        raise UserError(
            f"“{name}”是加密（设有打开密码）的工作簿，或旧版 .xls 格式，无法直接读取。请在 Excel 中取消密码，"
            "另存为“Excel 工作簿 (.xlsx)”或“CSV UTF-8”后再导入。",
            f'"{name}" is a password-protected workbook or an old .xls file, which cannot be read. Remove the password '
            'in Excel and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8", then import that file.',
        )
    if head.startswith(_ZIP_MAGIC) or ext in (".xlsx", ".xlsm"):
        return read_xlsx(
            p,
            max_rows=max_rows,
            max_bytes=max_bytes,
            looks_like_zip=head.startswith(_ZIP_MAGIC),
            checkpoint=checkpoint,
        )
    return _read_csv(p, head, max_rows=max_rows, checkpoint=checkpoint)


# --- CSV -------------------------------------------------------------------------------------------


def _read_csv(p: Path, head: bytes, *, max_rows: int, checkpoint: Callable[[], None] | None) -> Table:
    name = p.name
    if head.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]  # Excel's "Unicode text": tab-delimited UTF-16
    elif head.count(b"\x00") > max(2, len(head) // 200):
        # Many NULs: a picture, an archive or another binary file. A stray NUL
        # or two in a text file is reported with its line number instead.
        raise _binary(name)
    else:
        candidates = ["utf-8", "gb18030"]
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    for encoding in candidates:
        try:
            if encoding == "gb18030" and _likely_big5(p):
                raise _big5(name)
            return _read_csv_as(p, encoding, max_rows=max_rows, checkpoint=checkpoint)
        except UnicodeDecodeError:
            continue
        except OSError as e:
            raise unreadable(name, e) from None
    raise _binary(name)


# Big5 (Traditional Chinese Excel, Taiwan and Hong Kong) is not UTF-8, and nearly every Big5 file also
# decodes as GB18030 — into nonsense (來電催收說要起訴 → ㄓ筿妒Μ弧璶癬禗). Which reading makes sense is told by how
# much of the text is made of each script's common characters: GB2312's level 1 (the 3,755 most used
# simplified characters) plus its punctuation rows, and Big5's frequently used range (0xA440–0xC67E, 5,401
# characters) plus its symbol rows. Measured on the app's own Chinese guidance and short log texts saved as
# GBK: ≥ 0.99 of their characters are on the GB2312 list. Big5 sentences like the review's, read as GB18030:
# ≤ 0.3 on that list, and 1.0 on the Big5 list when read as Big5. A file is refused as Big5 only when both
# readings agree (≥ 0.9 Big5, < 0.6 GB2312); GBK text using characters Big5 lacks never decodes as Big5.
_BIG5_SAMPLE = 64 * 1024


def _likely_big5(p: Path) -> bool:
    """True when the start of ``p`` reads as sensible Big5 text and as unlikely GB18030 text."""
    with p.open("rb") as f:
        sample = f.read(_BIG5_SAMPLE)
    if len(sample) == _BIG5_SAMPLE:
        sample = sample[: sample.rfind(b"\n") + 1]  # whole lines: no character cut in two
    try:
        as_big5 = sample.decode("cp950")  # Microsoft's Big5, as Excel writes it
        as_gb = sample.decode("gb18030")
    except UnicodeDecodeError:
        return False
    big5_share, n = _common_share(as_big5, _common_chars("cp950"))
    gb_share, _ = _common_share(as_gb, _common_chars("gb2312"))
    return n >= 2 and big5_share >= 0.9 and gb_share < 0.6


def _common_share(text: str, common: frozenset[str]) -> tuple[float, int]:
    """The share of ``text``'s non-ASCII characters found in ``common``, and how many there were."""
    wide = [ch for ch in text if ch > "\x7f"]
    return (sum(ch in common for ch in wide) / len(wide) if wide else 0.0), len(wide)


@cache
def _common_chars(encoding: str) -> frozenset[str]:
    if encoding == "gb2312":
        leads, trails = (0xA1, 0xA3, *range(0xB0, 0xD8)), range(0xA1, 0xFF)
    else:
        leads, trails = range(0xA1, 0xC7), (*range(0x40, 0x7F), *range(0xA1, 0xFF))
    found = set()
    for lead in leads:
        for trail in trails:
            if encoding != "gb2312" and (lead, trail) > (0xC6, 0x7E):
                break  # the end of Big5's frequently used characters
            try:
                found.add(bytes((lead, trail)).decode(encoding))
            except UnicodeDecodeError:
                continue
    return frozenset(found)


def _big5(name: str) -> UserError:
    return UserError(
        f"文件“{name}”看起来是繁体中文 Big5 编码（台湾、香港地区的 Excel 常用）。按本程序能读取的编码打开会变成乱码，"
        "所以没有读取。请在 Excel 或 WPS 中打开它，选择“另存为”→“CSV UTF-8（逗号分隔）”，再导入新保存的文件。",
        f'The file "{name}" looks like it uses the Traditional Chinese Big5 encoding (common in Excel in Taiwan and '
        "Hong Kong). Read with the encodings this app knows it would turn into garbled text, so it was not read. "
        'Open it in Excel or WPS, choose "Save As" → "CSV UTF-8 (comma delimited)", then import the new file.',
    )


def _read_csv_as(p: Path, encoding: str, *, max_rows: int, checkpoint: Callable[[], None] | None) -> Table:
    """One attempt at reading ``p`` as ``encoding``; a decode error anywhere aborts it."""
    name = p.name
    with p.open("r", encoding=encoding, errors="strict", newline="") as f:
        sample = f.read(_SAMPLE_CHARS)
        first_line_end = sample.find("\n")
        first_line = (sample if first_line_end < 0 else sample[:first_line_end]).strip()
        skipped = 0
        if first_line.lower().startswith("sep=") and len(first_line) == 5:
            delimiter = first_line[4]  # Excel's "sep=;" hint line
            skipped = 1
        else:
            delimiter = _detect_delimiter(sample)
        f.seek(0)
        if skipped:
            f.readline()
        return _parse_csv(f, name, encoding, delimiter, max_rows=max_rows, first_record=1 + skipped,
                          checkpoint=checkpoint)


def _detect_delimiter(sample: str) -> str:
    """Choose the delimiter that splits the header into the most fields, consistently.

    csv.Sniffer guesses from character frequencies and is easily fooled by
    commas inside Chinese text; the header row rarely contains a delimiter, so
    the field count of the header and the agreement of the rows below it decide.
    """
    cut = sample.rfind("\n")
    if 0 < cut < len(sample) - 1:
        sample = sample[: cut + 1]
    best, best_key = ",", None
    for rank, delim in enumerate(_DELIMITERS):
        try:
            records = [
                r
                for r in csv.reader(sample.splitlines(keepends=True)[:200], delimiter=delim)
                if "".join(r).translate(_BLANKS).strip()
            ]
        except csv.Error:
            continue
        if not records:
            continue
        # The usual width of the first rows, not the first row's: a title line
        # above the header ("我的催收记录") has one field whatever the delimiter.
        head = records[:50]
        widths = Counter(len(r) for r in head)
        multi = {w: n for w, n in widths.items() if w > 1}
        width = max(multi, key=lambda w: (multi[w], w)) if multi else 1
        agree = sum(1 for r in head if len(r) == width) / len(head)
        key = (width > 1 and agree >= 0.8, width > 1, width * agree, -rank)
        if best_key is None or key > best_key:
            best, best_key = delim, key
    return best


def _parse_csv(f, name: str, encoding: str, delimiter: str, *, max_rows: int, first_record: int,
               checkpoint: Callable[[], None] | None) -> Table:
    state = {"line": 0, "span": []}

    def lines():
        # Counts physical lines and refuses NUL characters, which csv would
        # otherwise pass through into cells.
        for line in f:
            state["line"] += 1
            if "\x00" in line:
                raise UserError(
                    f"文件“{name}”第 {state['line']} 行含有空字符（NUL），可能是损坏的文件或不是文本表格。{HOW_TO_SAVE_ZH}",
                    f'Line {state["line"]} of "{name}" contains a NUL character; the file may be damaged or not a '
                    f"text table. {HOW_TO_SAVE_EN}",
                )
            state["span"].append(line)
            yield line

    rows = RowCollector(name, max_rows)
    record_no = first_record - 1
    reader = csv.reader(lines(), delimiter=delimiter)
    last_span: list[str] = []
    try:
        for record in reader:
            record_no += 1
            if checkpoint is not None and record_no % _CHECK_EVERY == 0:
                checkpoint()
            last_span = state["span"]
            state["span"] = []
            rows.add(record, record_no)
    except csv.Error as e:
        raise UserError(
            f"文件“{name}”第 {state['line']} 行附近的格式无法识别（{e}）。{HOW_TO_SAVE_ZH}",
            f'The layout of "{name}" near line {state["line"]} could not be read ({e}). {HOW_TO_SAVE_EN}',
        ) from None
    if len(last_span) > 1 and sum(s.count('"') for s in last_span) % 2 == 1:
        # Without strict mode csv swallows everything after an unclosed quote
        # into one cell; that must not pass silently.
        start = state["line"] - len(last_span) + 1
        raise UserError(
            f'文件“{name}”第 {start} 行有一个没有配对的英文双引号 (")，它之后的内容都被当成了同一个单元格。'
            "请检查该行的引号，或在 Excel 中重新保存文件。",
            f'Line {start} of "{name}" has an unmatched double quote ("), so everything after it reads as one cell. '
            "Check the quotes on that line, or save the file again from Excel.",
        )
    return rows.table(encoding=_encoding_label(encoding), source_kind="csv", delimiter=delimiter)


def _encoding_label(encoding: str) -> str:
    return {"utf-8-sig": "utf-8-sig", "utf-8": "utf-8", "gb18030": "gb18030", "utf-16": "utf-16"}[encoding]


def _binary(name: str) -> UserError:
    return UserError(
        f"文件“{name}”不是文本表格（可能是图片、压缩包或其他文件改了扩展名），或者使用了无法识别的编码。{HOW_TO_SAVE_ZH}",
        f'The file "{name}" is not a text table (perhaps a picture, an archive or another file renamed), or it uses an '
        f"encoding that cannot be recognised. {HOW_TO_SAVE_EN}",
    )
