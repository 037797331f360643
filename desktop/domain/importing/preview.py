"""What an import preview is made of: rows as contacts with their problems, findings about the
header, and the counts. Plain frozen records; :func:`desktop.domain.importing.parse.parse_table`
builds them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from desktop.domain.contacts import Contact
from desktop.domain.text import Bilingual


class TableLike(Protocol):
    """What :func:`parse_table` needs; ``desktop.files.table_model.Table`` is one.

    Optional attributes: ``row_numbers`` (file row number of each row) and
    ``header_row_number``.
    """

    headers: Sequence[str]
    rows: Sequence[Sequence[str]]


@dataclass(frozen=True)
class RowProblem(Bilingual):
    """Something wrong (or, among warnings, worth a look) in one row.

    ``zh``/``en`` are whole sentences naming the row and the column. ``column``
    is the header as written in the file, ``field`` its code (``"time"``);
    both are ``""`` when the problem is about the whole row.
    """

    line_no: int
    column: str
    field: str
    zh: str
    en: str


@dataclass(frozen=True)
class ParsedRow:
    """One row of the file as the contact it will become. Stored only if the whole preview is ok."""

    line_no: int
    contact: Contact
    loan_label: str
    problems: tuple[RowProblem, ...] = ()
    warnings: tuple[RowProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ColumnProblem(Bilingual):
    """A finding about the header: an unknown, duplicate or missing column, or no usable header.

    ``blocking`` problems stop the import; the others are shown in the preview.
    ``column_no`` is 1-based (``None`` when not about one column).
    """

    kind: str  # "unknown" | "unnamed" | "duplicate" | "no_columns" | "no_rows" | "missing" | "skipped_rows"
    column_no: int | None
    header: str
    zh: str
    en: str
    blocking: bool


@dataclass(frozen=True)
class ImportCounts:
    rows: int = 0
    ok: int = 0
    with_problems: int = 0
    with_warnings: int = 0
    problems: int = 0
    warnings: int = 0


@dataclass(frozen=True)
class ImportPreview:
    """Everything the preview shows. ``columns`` maps each file column (1-based) to its field or ``None``."""

    rows: tuple[ParsedRow, ...]
    column_problems: tuple[ColumnProblem, ...]
    counts: ImportCounts
    columns: tuple[tuple[int, str, str | None], ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True only when there are rows, no row has a problem and the header is usable."""
        return (
            bool(self.rows)
            and not any(c.blocking for c in self.column_problems)
            and not self.counts.with_problems
        )
