"""The XLSX half of :func:`desktop.files.tables.read_table`: a workbook's active sheet as a plain table of strings.

The sheet is read by streaming its XML through expat, 64 KB at a time, with
hard caps, instead of through openpyxl: openpyxl's read-only mode still padded a
row of empty ``<c/>`` elements under a huge declared range into gigabytes
(review M4: a 42 KB file took 3.3 GB, a 0.5 MB one ended in ``MemoryError``), and
built a 900 MB cell in memory before anything could cut it. Here every cost is
bounded before it is paid:

* the zip's central directory, and the declared size of each part read
  (the sheet and the shared strings together: at most 5 × the file-size limit);
* the bytes actually decompressed (counted while streaming);
* cells read, empty ones included, plus the empty cells a gap between two
  values fills in (:data:`MAX_CELLS`); columns per row (Excel's own 16,384);
* shared strings (:data:`MAX_SHARED_STRINGS`) and all text kept
  (:data:`MAX_TEXT_CHARS`);
* each cell's text: past :data:`MAX_CELL_CHARS` it is counted, not kept, and
  the table records the cut so the preview warns about it as it does for CSV.

A refusal says the workbook is too large or damaged and what to do (save it as
CSV, split it). A document type declaration is refused outright (no entity
expansion, no external entities). ``checkpoint`` is called after every chunk, so
a caller can cancel a long read by raising from it.

What people have is kept: shared and inline strings, numbers (whole numbers lose
their ``.0``: phone numbers typed as numbers), booleans, error values, cached
formula results, and dates as serials with a date style (the 1900 and 1904
systems, plus the Chinese built-in date formats: what a value means is worked out
in :mod:`desktop.files.excel_values`). The sheet read is the one that was
active when the file was saved, else the first worksheet.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from xml.parsers import expat

from desktop.domain.errors import UserError
from desktop.domain.importing.values import MAX_TEXT
from desktop.files import excel_values
from desktop.files.table_model import HOW_TO_SAVE_EN, HOW_TO_SAVE_ZH, RowCollector, Table, mb, unreadable

MAX_COLUMNS = 16_384  # column XFD, Excel's own limit
MAX_CELLS = 5_000_000  # 200,000 rows × 25 columns
MAX_SHARED_STRINGS = 1_000_000
MAX_TEXT_CHARS = 50_000_000  # about what the 50 MB CSV limit allows
MAX_CELL_CHARS = MAX_TEXT  # what the import keeps of a text cell anyway
_XML_EXPANSION = 5  # the sheet and shared strings together: 5 × the file-size limit
_SMALL_PART = 16 * 1024 * 1024  # workbook, relationships, styles
_MAX_STYLES = 65_536  # Excel allows 64,000 cell formats
_CENTRAL_DIRECTORY_MAX = 4 * 1024 * 1024  # a real workbook's is a few KB; each entry costs memory
_CHUNK = 64 * 1024
_MAX_ROW = 1_048_576

_REL_OFFICE_DOCUMENT = "/officeDocument"
_REL_WORKSHEET = "/worksheet"
_REL_SHARED_STRINGS = "/sharedStrings"
_REL_STYLES = "/styles"

_CELL_REF = re.compile(r"([A-Za-z]{1,3})([0-9]{0,7})")


class _Damaged(Exception):
    """The workbook's structure is broken; turned into the "damaged" message."""


class _TooLarge(Exception):
    """A cap was passed; ``zh``/``en`` say which, turned into the "too large" message."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en


def read_xlsx(
    p: Path,
    *,
    max_rows: int,
    max_bytes: int,
    looks_like_zip: bool,
    checkpoint: Callable[[], None] | None = None,
) -> Table:
    """Read the workbook ``p`` (``read_table`` has checked that it exists and is not too large).

    ``checkpoint`` is called after every 64 KB of XML; an exception it raises
    stops the read and is passed on unchanged.
    """
    name = p.name
    corrupt = UserError(
        f"无法读取工作簿“{name}”：文件已损坏，或者不是真正的 Excel 文件。{HOW_TO_SAVE_ZH}",
        f'The workbook "{name}" cannot be read: it is damaged or not really an Excel file. {HOW_TO_SAVE_EN}',
    )
    if not looks_like_zip:
        raise corrupt
    rows = RowCollector(name, max_rows)
    try:
        if _central_directory_size(p) > _CENTRAL_DIRECTORY_MAX:
            raise _Damaged
        with zipfile.ZipFile(p) as z:
            reader = _Workbook(z, max_bytes * _XML_EXPANSION, checkpoint or _nothing)
            sheet, cut = reader.read(rows)
    except UserError:
        raise
    except _TooLarge as e:
        raise UserError(
            f"工作簿“{name}”太大或结构异常，无法安全读取：{e.zh}。请在 Excel 或 WPS 中把它另存为“CSV UTF-8（逗号分隔）”"
            "再导入；如果仍然太大，请把它拆成几个较小的文件分别导入。",
            f'The workbook "{name}" is too large, or built oddly, to be read safely: {e.en}. Save it in Excel or WPS '
            'as "CSV UTF-8 (comma delimited)" and import that; if it is still too large, split it into smaller '
            "files and import them one by one.",
        ) from None
    except (_Damaged, zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, OverflowError,
            expat.ExpatError):
        # zipfile reports a bad CRC or a short entry as BadZipFile or EOFError, an
        # unknown compression method as NotImplementedError; expat reports bad XML.
        raise corrupt from None
    except OSError as e:
        raise unreadable(name, e) from None
    return rows.table(encoding="xlsx", source_kind="xlsx", sheet=sheet, cut_cells=cut)


def _nothing() -> None:
    return None


def _central_directory_size(p: Path) -> int:
    """The size the zip's end record declares for its central directory; 0 when there is none (damaged).

    zipfile builds an object for every entry listed there, so a file of a million
    empty entries would cost hundreds of megabytes before any check could run.
    """
    with p.open("rb") as f:
        f.seek(0, 2)
        size = f.tell()
        f.seek(max(0, size - 65_557))  # the end record (22 bytes) plus the longest comment
        tail = f.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return 0
    (cd_size,) = struct.unpack_from("<I", tail, at + 12)
    return cd_size  # 0xFFFFFFFF (ZIP64) is far over the cap: no workbook needs it


class _Workbook:
    """One workbook being read: finds the sheet, then streams the shared strings, styles and the sheet."""

    def __init__(self, z: zipfile.ZipFile, xml_budget: int, checkpoint: Callable[[], None]) -> None:
        self.z, self.checkpoint = z, checkpoint
        self.xml_budget = xml_budget
        self.text_chars = 0  # characters of text kept, all parts together

    def read(self, rows: RowCollector) -> tuple[str, tuple[tuple[int, int, int], ...]]:
        """Fill ``rows`` from the active sheet; its name and the cells cut (row number, column index, length)."""
        workbook = self._target("", _REL_OFFICE_DOCUMENT) or "xl/workbook.xml"
        info = _WorkbookInfo()
        self._parse(workbook, info, limit=_SMALL_PART)
        rels = self._relationships(workbook)
        # The workbook's sheets in tab order (chart sheets too, as Excel counts them for the active tab);
        # None for anything that is not a worksheet.
        tabs = [(sheet_name, rels[rid][1]) if rid in rels and rels[rid][0].endswith(_REL_WORKSHEET) else None
                for sheet_name, rid in info.sheets]
        chosen = tabs[info.active] if 0 <= info.active < len(tabs) else None
        chosen = chosen or next((tab for tab in tabs if tab), None)
        if chosen is None:
            raise _Damaged
        sheet_name, sheet_part = chosen
        strings_part = next((t for kind, t in rels.values() if kind.endswith(_REL_SHARED_STRINGS)), None)
        styles_part = next((t for kind, t in rels.values() if kind.endswith(_REL_STYLES)), None)

        declared = sum(self._info(part).file_size for part in (sheet_part, strings_part) if part)
        if declared > self.xml_budget:
            raise _TooLarge(f"它解压后超过 {mb(self.xml_budget)}", f"it expands to more than {mb(self.xml_budget)}")

        strings = _SharedStrings(self)
        if strings_part:
            self._parse(strings_part, strings, limit=self.xml_budget)
        styles = _Styles()
        if styles_part:
            self._parse(styles_part, styles, limit=_SMALL_PART)
        sheet = _Sheet(self, rows, strings, styles.date_kinds(),
                       excel_values.MAC_EPOCH if info.date1904 else excel_values.WINDOWS_EPOCH)
        self._parse(sheet_part, sheet, limit=self.xml_budget)
        return sheet_name, tuple(sheet.cut)

    # -- parts ----------------------------------------------------------------------
    def _info(self, part: str) -> zipfile.ZipInfo:
        try:
            info = self.z.getinfo(part)
        except KeyError:
            raise _Damaged from None
        if info.flag_bits & 0x1 or info.is_dir():  # an encrypted or directory entry is no workbook part
            raise _Damaged
        return info

    def _parse(self, part: str, handler: _Handler, *, limit: int) -> None:
        """Stream ``part`` through expat into ``handler``; past ``limit`` bytes the workbook is too large."""
        info = self._info(part)
        if info.file_size > limit:
            raise _TooLarge(f"它的一部分解压后超过 {mb(limit)}", f"a part of it expands to more than {mb(limit)}")
        parser = expat.ParserCreate(namespace_separator="}")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = _refuse_doctype
        parser.EntityDeclHandler = _refuse_doctype
        parser.buffer_text = True
        parser.buffer_size = _CHUNK
        parser.StartElementHandler = handler.start
        parser.EndElementHandler = handler.end
        parser.CharacterDataHandler = handler.text
        read = 0
        with self.z.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                read += len(chunk)
                if read > limit:  # zipfile stops at the declared size; this is the second line
                    raise _TooLarge(f"它的一部分解压后超过 {mb(limit)}", f"a part of it expands to more than {mb(limit)}")
                self.checkpoint()
                parser.Parse(chunk, False)
        parser.Parse(b"", True)

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """``part``'s relationships: id → (type, target part name)."""
        folder, base = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", base + ".rels")
        if rels_part not in self.z.NameToInfo:
            return {}
        rels = _Relationships(folder)
        self._parse(rels_part, rels, limit=_SMALL_PART)
        return rels.found

    def _target(self, part: str, kind: str) -> str | None:
        return next((t for k, t in self._relationships(part).values() if k.endswith(kind)), None)

    def keep_text(self, n: int) -> None:
        self.text_chars += n
        if self.text_chars > MAX_TEXT_CHARS:
            raise _TooLarge(f"它的文字超过 {MAX_TEXT_CHARS:,} 个字符", f"it holds more than {MAX_TEXT_CHARS:,} characters of text")


def _refuse_doctype(*_args) -> None:
    # A workbook never has a DTD; refusing it rules out entity expansion and external entities.
    raise _Damaged


class _LocalNames(dict):
    """Element or attribute names without their namespace (``"uri}c"`` → ``"c"``), remembered.

    A sheet has a handful of distinct names and millions of elements; a hostile
    one may have millions of names, so only the first few hundred are kept.
    """

    def __missing__(self, name: str) -> str:
        local = name[name.rfind("}") + 1 :]
        if len(self) < 512:
            self[name] = local
        return local


_local = _LocalNames().__getitem__


def _attr(attrs: dict[str, str], wanted: str) -> str | None:
    value = attrs.get(wanted)
    if value is None:
        for key, v in attrs.items():
            if _local(key) == wanted:
                return v
    return value


class _Handler:
    """Receives expat's events for one part."""

    def start(self, name: str, attrs: dict[str, str]) -> None: ...

    def end(self, name: str) -> None: ...

    def text(self, data: str) -> None: ...


class _Relationships(_Handler):
    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.found: dict[str, tuple[str, str]] = {}

    def start(self, name, attrs):
        if _local(name) != "Relationship" or attrs.get("TargetMode") == "External":
            return
        rid, kind, target = attrs.get("Id"), attrs.get("Type", ""), attrs.get("Target")
        if rid and target:
            # Targets are relative to the part's folder, or absolute from the package root.
            path = target[1:] if target.startswith("/") else posixpath.join(self.folder, target)
            self.found[rid] = (kind, posixpath.normpath(path).lstrip("/"))


class _WorkbookInfo(_Handler):
    def __init__(self) -> None:
        self.sheets: list[tuple[str, str]] = []  # (name, relationship id)
        self.active = 0
        self.date1904 = False

    def start(self, name, attrs):
        tag = _local(name)
        if tag == "sheet":
            if len(self.sheets) >= 10_000:
                raise _Damaged
            self.sheets.append((_attr(attrs, "name") or "", _attr(attrs, "id") or ""))
        elif tag == "workbookView":
            try:
                self.active = int(attrs.get("activeTab", self.active))
            except ValueError:
                raise _Damaged from None
        elif tag == "workbookPr":
            self.date1904 = attrs.get("date1904", "").lower() in ("1", "true")


class _Text:
    """The characters of one value, kept up to :data:`MAX_CELL_CHARS` and counted beyond."""

    __slots__ = ("parts", "kept", "length")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.kept = 0
        self.length = 0

    def add(self, data: str) -> None:
        self.length += len(data)
        room = MAX_CELL_CHARS - self.kept
        if room > 0:
            piece = data if len(data) <= room else data[:room]
            self.parts.append(piece)
            self.kept += len(piece)

    def value(self) -> str:
        return self.parts[0] if len(self.parts) == 1 else "".join(self.parts)


class _SharedStrings(_Handler):
    """``<si>`` items: the text of every ``<t>`` in them except phonetic guides (``<rPh>``)."""

    def __init__(self, workbook: _Workbook) -> None:
        self.workbook = workbook
        self.items: list[str] = []
        self.lengths: dict[int, int] = {}  # index → full length, for the strings that were cut
        self.current: _Text | None = None
        self.in_t = False
        self.phonetic = 0

    def start(self, name, attrs):
        tag = _local(name)
        if tag == "si":
            if len(self.items) >= MAX_SHARED_STRINGS:
                raise _TooLarge(f"它的共享字符串超过 {MAX_SHARED_STRINGS:,} 个",
                                f"it has more than {MAX_SHARED_STRINGS:,} shared strings")
            self.current = _Text()
        elif tag == "rPh":
            self.phonetic += 1
        elif tag == "t" and self.current is not None and not self.phonetic:
            self.in_t = True

    def end(self, name):
        tag = _local(name)
        if tag == "t":
            self.in_t = False
        elif tag == "rPh":
            self.phonetic -= 1
        elif tag == "si" and self.current is not None:
            text = self.current
            self.workbook.keep_text(text.kept)
            if text.length > text.kept:
                self.lengths[len(self.items)] = text.length
            self.items.append(text.value())
            self.current = None

    def text(self, data):
        if self.in_t:
            self.current.add(data)


class _Styles(_Handler):
    """Which cell formats (``s`` indexes) show a date, a time or a duration."""

    def __init__(self) -> None:
        self.formats: dict[int, str] = {}
        self.xf_formats: list[int] = []
        self.in_cell_xfs = False

    def start(self, name, attrs):
        tag = _local(name)
        if tag == "numFmt":
            try:
                self.formats[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode", "")
            except ValueError:
                return
            if len(self.formats) > _MAX_STYLES:
                raise _Damaged
        elif tag == "cellXfs":
            self.in_cell_xfs = True
        elif tag == "xf" and self.in_cell_xfs:
            if len(self.xf_formats) >= _MAX_STYLES:
                raise _Damaged
            try:
                self.xf_formats.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                self.xf_formats.append(0)

    def end(self, name):
        if _local(name) == "cellXfs":
            self.in_cell_xfs = False

    def date_kinds(self) -> dict[int, str]:
        """Style index → ``"date"`` or ``"duration"``, for the styles that format numbers as such."""
        kinds: dict[int, str] = {}
        for index, fmt_id in enumerate(self.xf_formats):
            kind = excel_values.format_kind(fmt_id, self.formats.get(fmt_id))
            if kind is not None:
                kinds[index] = kind
        return kinds


class _Sheet(_Handler):
    """``<sheetData>``: rows of ``<c>`` cells, each handed to the :class:`RowCollector` as strings."""

    def __init__(self, workbook: _Workbook, rows: RowCollector, strings: _SharedStrings,
                 date_kinds: dict[int, str], epoch: datetime) -> None:
        self.workbook, self.rows, self.strings = workbook, rows, strings
        self.date_kinds, self.epoch = date_kinds, epoch
        self.cut: list[tuple[int, int, int]] = []
        self.cells = 0  # cell elements read and empty cells filled in, the whole sheet
        self.columns: dict[str, int] = {}  # "AB" → 28, for references seen (at most 16,384 of them)
        self.in_data = False
        self.row_no = 0
        self.row: list[str] | None = None
        self.col = 0  # 1-based column of the current (or last) cell in the row
        self.cell_type = ""
        self.cell_style = 0
        self.value: _Text | None = None  # the <v> or inline <t> being read
        self.inline: _Text | None = None
        self.raw: _Text | None = None
        self.phonetic = 0

    def start(self, name, attrs):
        tag = _local(name)
        if tag == "c" and self.row is not None:
            self.cells += 1
            if self.cells > MAX_CELLS:
                raise self._too_many_cells()
            ref = attrs.get("r")
            if ref:
                letters = ref.rstrip("0123456789")
                column = self.columns.get(letters)
                if column is None:
                    column = self.columns[letters] = _column(ref)
                self.col = column
            else:
                self.col += 1
            if self.col > MAX_COLUMNS:
                raise _TooLarge(f"有一行超过 {MAX_COLUMNS:,} 列（Excel 的上限）", f"a row has more than {MAX_COLUMNS:,} columns (Excel's own limit)")
            self.cell_type = attrs.get("t", "n")
            try:
                self.cell_style = int(attrs.get("s") or 0)
            except ValueError:
                self.cell_style = 0
            self.raw = self.inline = None
        elif tag == "v" and self.row is not None:
            self.raw = self.value = _Text()
        elif tag == "is" and self.row is not None:
            self.inline = _Text()
        elif tag == "rPh":
            self.phonetic += 1
        elif tag == "t" and self.inline is not None and not self.phonetic:
            self.value = self.inline
        elif tag == "row" and self.in_data:
            ref = attrs.get("r")
            if ref:
                try:
                    number = int(ref)
                except ValueError:
                    raise _Damaged from None
                if not 1 <= number <= _MAX_ROW:
                    raise _Damaged
                self.row_no = number
            else:
                self.row_no += 1
            self.row, self.col = [], 0
        elif tag == "sheetData":
            self.in_data = True

    def end(self, name):
        tag = _local(name)
        if tag in ("v", "t"):
            self.value = None
        elif tag == "rPh":
            self.phonetic -= 1
        elif tag == "c" and self.row is not None:
            self._store_cell()
        elif tag == "row" and self.row is not None:
            self.rows.add(self.row, self.row_no)
            self.row = None
        elif tag == "sheetData":
            self.in_data = False

    def text(self, data):
        if self.value is not None:
            self.value.add(data)

    def _store_cell(self) -> None:
        if self.inline is not None and self.cell_type == "inlineStr":
            text, length = self.inline.value(), self.inline.length
            self.workbook.keep_text(len(text))
        elif self.raw is not None:
            text, length = self._typed(self.raw.value()), self.raw.length
        else:
            return  # an empty cell: nothing to store
        if length > len(text) and length > MAX_CELL_CHARS:
            self.cut.append((self.row_no, self.col - 1, length))
        if not text:
            return
        row, index = self.row, self.col - 1
        if index >= len(row):
            gap = index - len(row)
            self.cells += gap
            if self.cells > MAX_CELLS:
                raise self._too_many_cells()
            row.extend([""] * gap)
            row.append(text)
        else:
            row[index] = text  # the same cell twice: the last one wins

    def _typed(self, raw: str) -> str:
        """The text of a ``<v>``, by the cell's type."""
        kind = self.cell_type
        if kind == "s":
            try:
                index = int(raw)
                text = self.strings.items[index]
            except (ValueError, IndexError):
                raise _Damaged from None
            full = self.strings.lengths.get(index)
            if full is not None:
                self.cut.append((self.row_no, self.col - 1, full))
            return text
        if kind == "b":
            return excel_values.cell_text(raw.strip() not in ("0", "", "false"))
        if kind == "d":
            try:
                return excel_values.cell_text(datetime.fromisoformat(raw.strip()))
            except ValueError:
                return raw
        if kind in ("str", "e", "inlineStr"):
            self.workbook.keep_text(len(raw))
            return raw
        number = excel_values.number(raw)
        if number is None:
            self.workbook.keep_text(len(raw))
            return raw  # not a number after all: the import reports it if it matters
        date_kind = self.date_kinds.get(self.cell_style)
        if date_kind is not None:
            try:
                return excel_values.cell_text(excel_values.from_serial(float(number), self.epoch,
                                                                 duration=date_kind == "duration"))
            except (OverflowError, ValueError):
                pass  # a serial outside the calendar: the number as it is
        return excel_values.cell_text(number)

    def _too_many_cells(self) -> _TooLarge:
        return _TooLarge(f"它的单元格（含空白单元格）超过 {MAX_CELLS:,} 个",
                         f"it has more than {MAX_CELLS:,} cells, empty ones included")


def _column(ref: str) -> int:
    """The 1-based column of a cell reference (``"B3"`` → 2); a malformed one means a damaged file."""
    m = _CELL_REF.fullmatch(ref)
    if m is None:
        raise _Damaged
    n = 0
    for ch in m.group(1).upper():
        n = n * 26 + ord(ch) - 64
    return n
