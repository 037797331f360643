"""The XLSX half of :func:`desktop.tabular.read_table`: a workbook's active sheet as a plain table of strings.

Read with openpyxl in read-only mode, streamed, after checking the zip's
uncompressed size (zip bombs). Dates become ISO text and whole numbers lose
their ``.0`` (phone numbers typed as numbers), so both kinds of file reach the
import as the same strings.
"""

from __future__ import annotations

import warnings
import zipfile
import zlib
from datetime import date, datetime, time, timedelta
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.tabular import HOW_TO_SAVE_EN, HOW_TO_SAVE_ZH, RowCollector, Table, mb, unreadable

# Uncompressed XLSX parts may be this many times the size limit (zip bombs).
_XLSX_EXPANSION = 20


def read_xlsx(p: Path, *, max_rows: int, max_bytes: int, looks_like_zip: bool) -> Table:
    """Read the workbook ``p`` (``read_table`` has checked that it exists and is not too large)."""
    import openpyxl  # imported here: CSV-only use should not pay for it
    from openpyxl.utils.exceptions import InvalidFileException

    name = p.name
    corrupt = UserError(
        f"无法读取工作簿“{name}”：文件已损坏，或者不是真正的 Excel 文件。{HOW_TO_SAVE_ZH}",
        f'The workbook "{name}" cannot be read: it is damaged or not really an Excel file. {HOW_TO_SAVE_EN}',
    )
    if not looks_like_zip:
        raise corrupt
    try:
        with zipfile.ZipFile(p) as z:
            expanded = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, OverflowError):
        raise corrupt from None
    except OSError as e:
        raise unreadable(name, e) from None
    if expanded > max_bytes * _XLSX_EXPANSION:
        raise UserError(
            f"工作簿“{name}”解压后超过 {mb(max_bytes * _XLSX_EXPANSION)}，太大了。请把它拆成几个较小的文件分别导入。",
            f'The workbook "{name}" expands to more than {mb(max_bytes * _XLSX_EXPANSION)}. Split it into smaller files and import them one by one.',
        )
    rows = RowCollector(name, max_rows)
    try:
        # A file object, not the path: openpyxl refuses names not ending in .xlsx.
        with warnings.catch_warnings(), p.open("rb") as stream:
            # openpyxl warns about styles and extensions it ignores; irrelevant here.
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(stream, read_only=True, data_only=True)
            try:
                ws = wb.active if wb.active is not None else wb.worksheets[0]
                sheet = ws.title
                if hasattr(ws, "reset_dimensions"):
                    ws.reset_dimensions()  # a wrong stored size would silently cut rows off
                for row_no, values in enumerate(ws.iter_rows(values_only=True), start=1):
                    rows.add([cell_text(v) for v in values], row_no)
            finally:
                wb.close()
    except UserError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        InvalidFileException,
        KeyError,
        EOFError,
        ValueError,
        TypeError,
        IndexError,
        AttributeError,
        SyntaxError,
        NotImplementedError,
        OverflowError,
    ):
        # openpyxl reports broken parts with many exception types (XML parse
        # errors derive from SyntaxError).
        raise corrupt from None
    except OSError as e:
        raise unreadable(name, e) from None
    return rows.table(encoding="xlsx", source_kind="xlsx", sheet=sheet)


def cell_text(value: object) -> str:
    """A cell value as text: ISO dates, whole numbers without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == value.microsecond == 0:
            return value.date().isoformat()  # a date-only cell
        return value.isoformat(sep=" ", timespec="microseconds" if value.microsecond else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds")
    if isinstance(value, timedelta):
        total = int(round(value.total_seconds()))
        sign, total = ("-", -total) if total < 0 else ("", total)
        return f"{sign}{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))  # phone numbers typed as numbers: 13812345678.0
        return repr(value)
    return str(value)
