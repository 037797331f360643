"""Hand-made XLSX files for the tests: minimal workbooks, and the review's hostile ones (M4, rows 2.13–2.14).

A workbook is a zip of a few XML parts; these builders write the parts directly,
streaming a sheet's XML into the zip so a file whose sheet expands to hundreds of
megabytes is made in seconds without holding it in memory.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    "{sheets}"
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET_HEAD = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{_NS}">'


def write_workbook(
    path: Path,
    sheets: list[tuple[str, Iterable[bytes | str]]],
    *,
    shared_strings: Iterable[bytes | str] | None = None,
    styles: str | None = None,
    date1904: bool = False,
    active: int = 0,
) -> Path:
    """A workbook at ``path`` whose sheets' XML is the concatenation of the given chunks."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        z.writestr("[Content_Types].xml", _CONTENT_TYPES.format(sheets=overrides))
        z.writestr("_rels/.rels", _ROOT_RELS)
        pr = '<workbookPr date1904="1"/>' if date1904 else ""
        names = "".join(
            f'<sheet name="{escape(name, {chr(34): "&quot;"})}" sheetId="{i}" r:id="rId{i}"/>'
            for i, (name, _) in enumerate(sheets, start=1)
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_NS}" xmlns:r="{_R_NS}">{pr}'
            f'<bookViews><workbookView activeTab="{active}"/></bookViews><sheets>{names}</sheets></workbook>',
        )
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="{_R_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        n = len(sheets)
        if shared_strings is not None:
            rels += f'<Relationship Id="rId{n + 1}" Type="{_R_NS}/sharedStrings" Target="sharedStrings.xml"/>'
        if styles is not None:
            rels += f'<Relationship Id="rId{n + 2}" Type="{_R_NS}/styles" Target="styles.xml"/>'
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
            "</Relationships>",
        )
        for i, (_, chunks) in enumerate(sheets, start=1):
            _stream(z, f"xl/worksheets/sheet{i}.xml", chunks)
        if shared_strings is not None:
            _stream(z, "xl/sharedStrings.xml", shared_strings)
        if styles is not None:
            z.writestr("xl/styles.xml", styles)
    return path


def _stream(z: zipfile.ZipFile, name: str, chunks: Iterable[bytes | str]) -> None:
    with z.open(name, "w", force_zip64=True) as out:
        for chunk in chunks:
            out.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)


def repeated(unit: bytes, total_bytes: int, block: int = 1 << 20) -> Iterable[bytes]:
    """``unit`` repeated to about ``total_bytes``, in blocks of about ``block`` bytes."""
    per_block = max(1, block // len(unit))
    chunk = unit * per_block
    written = 0
    while written + len(chunk) <= total_bytes:
        yield chunk
        written += len(chunk)
    rest = (total_bytes - written) // len(unit)
    if rest:
        yield unit * rest


def empty_cells_row(path: Path, sheet_bytes: int) -> Path:
    """One row of ``<c/>`` (empty cells) filling ``sheet_bytes``, under a dimension claiming the whole grid.

    The review's ``emptycells_40mb.xlsx`` (40 MB → a 42 KB file) and
    ``bomb_emptycells_500mb.xlsx`` (500 MB → 0.5 MB): openpyxl went to 3.3 GB
    and to a ``MemoryError``.
    """
    sheet = [SHEET_HEAD, '<dimension ref="A1:XFD1048576"/><sheetData><row r="1">']
    sheet += repeated(b"<c/>", sheet_bytes)
    sheet += ["</row></sheetData></worksheet>"]
    return write_workbook(path, [("Sheet1", sheet)])


def one_huge_inline_cell(path: Path, chars: int) -> Path:
    """A header and one row whose inline-string cell holds ``chars`` characters.

    The review's ``bomb_cell_900mb.xlsx`` (900 MB of text in a 0.9 MB file):
    openpyxl took 67 s and 2.6 GB.
    """
    sheet = [
        SHEET_HEAD,
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>time</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>summary</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>2026-11-03 21:05</t></is></c><c r="B2" t="inlineStr"><is><t>',
    ]
    sheet += repeated(b"A", chars)
    sheet += ["</t></is></c></row></sheetData></worksheet>"]
    return write_workbook(path, [("Sheet1", sheet)])


def cell(ref: str, value: object, style: int | None = None) -> str:
    """One ``<c>``: a string is inline, a number is ``<v>``; ``style`` is an ``s`` index."""
    s = f' s="{style}"' if style is not None else ""
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"{s}><is><t xml:space="preserve">{escape(value)}</t></is></c>'
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def sheet_xml(rows: list[str]) -> list[str]:
    """A sheet made of the given ``<row>`` elements."""
    return [SHEET_HEAD, "<sheetData>", *rows, "</sheetData></worksheet>"]
