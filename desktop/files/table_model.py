"""The plain table both readers fill (:class:`Table`, :class:`RowCollector`) and the errors they share.

Kept apart from the readers so that :mod:`desktop.files.tables` (which sniffs a file and
reads CSV) and :mod:`desktop.files.xlsx` both import it and neither imports the other's
module back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from desktop.domain.errors import UserError

HOW_TO_SAVE_ZH = "请在 Excel 或 WPS 中打开后，另存为“CSV UTF-8（逗号分隔）”或“Excel 工作簿 (.xlsx)”再导入。"
HOW_TO_SAVE_EN = 'Open it in Excel or WPS, save it as "CSV UTF-8 (comma delimited)" or "Excel Workbook (.xlsx)", then import that file.'


@dataclass(frozen=True)
class Table:
    """A header row and the data rows below it, every cell a string.

    ``row_numbers[i]`` is the row number of ``rows[i]`` as a spreadsheet shows it
    (the header row of a file without blank rows on top is row 1), so messages
    can point at the right line even though fully empty rows are skipped.
    Every row has at least ``len(headers)`` cells; a row is longer only when it
    has values past the last header (a comma in unquoted text, say).
    ``cut_cells`` lists the cells the reader had to cut, as (row number, 0-based
    column, original length in characters); only an XLSX reader cuts, because
    it cannot hold a workbook's 900 MB cell to let the import cut it.
    """

    headers: list[str]
    rows: list[list[str]]
    encoding: str
    source_kind: Literal["csv", "xlsx"]
    row_numbers: list[int] = field(default_factory=list)
    header_row_number: int = 1
    delimiter: str = ""  # CSV only
    sheet: str = ""  # XLSX only: the worksheet that was read
    cut_cells: tuple[tuple[int, int, int], ...] = ()


class RowCollector:
    """The header and data rows of a table as they are read, CSV or XLSX alike.

    Fully empty rows are skipped, the first non-empty row is the header, and
    passing ``max_rows`` data rows is refused at once.
    """

    def __init__(self, name: str, max_rows: int) -> None:
        self.name, self.max_rows = name, max_rows
        self.headers: list[str] | None = None
        self.header_row = 0
        self.rows: list[list[str]] = []
        self.numbers: list[int] = []
        self._shared: dict[str, str] = {}  # repeated short values ("电话", "来电") are stored once

    def add(self, cells: list[str], row_number: int) -> None:
        if not any(c.strip() for c in cells):
            return
        if self.headers is None:
            self.headers = _trim_headers(cells)
            self.header_row = row_number
            return
        if len(self.rows) >= self.max_rows:
            raise too_many_rows(self.name, self.max_rows)
        shared = self._shared
        self.rows.append(_fit([shared.setdefault(c, c) if len(c) <= 32 else c for c in cells], len(self.headers)))
        self.numbers.append(row_number)

    def table(self, *, encoding: str, source_kind: Literal["csv", "xlsx"], delimiter: str = "",
              sheet: str = "", cut_cells: tuple[tuple[int, int, int], ...] = ()) -> Table:
        """The :class:`Table` read; an empty-file error when no row had anything in it."""
        if self.headers is None:
            raise empty_file(self.name)
        return Table(
            self.headers,
            self.rows,
            encoding=encoding,
            source_kind=source_kind,
            row_numbers=self.numbers,
            header_row_number=self.header_row,
            delimiter=delimiter,
            sheet=sheet,
            cut_cells=cut_cells,
        )


def _fit(row: list[str], width: int) -> list[str]:
    """Pad a short row with empty cells; drop empty cells past the header. Extra values stay."""
    if len(row) < width:
        row.extend([""] * (width - len(row)))
    else:
        while len(row) > width and not row[-1].strip():
            row.pop()
    return row


def _trim_headers(record: list[str]) -> list[str]:
    """Header cells without surrounding spaces and without the empty ones at the end."""
    headers = [h.strip() for h in record]
    while headers and not headers[-1]:
        headers.pop()
    return headers


def mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def empty_file(name: str) -> UserError:
    return UserError(
        f"文件“{name}”是空的，没有表头和数据。请确认选对了文件；第一行应是表头，例如“时间,方式,号码,内容”。",
        f'The file "{name}" is empty: it has no header and no data. Check that it is the right file; the first row '
        'should be the header, for example "time,channel,number,summary".',
    )


def too_many_rows(name: str, max_rows: int) -> UserError:
    return UserError(
        f"文件“{name}”超过 {max_rows:,} 行数据，超出了一次导入的上限。请把它拆成几个不超过 {max_rows:,} 行的文件分别导入。",
        f'The file "{name}" has more than {max_rows:,} data rows, the most one import can take. Split it into files of '
        f"at most {max_rows:,} rows and import them one by one.",
    )


def unreadable(name: str, error: OSError) -> UserError:
    reason = error.strerror or type(error).__name__
    return UserError(
        f"无法读取文件“{name}”（{reason}）。请确认文件没有被其他程序占用、你有权限打开它，并且 U 盘或网络盘仍然连接着。",
        f'The file "{name}" could not be read ({reason}). Check that no other program has it locked, that you may '
        "open it, and that the USB stick or network drive is still connected.",
    )
