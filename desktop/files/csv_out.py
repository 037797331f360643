"""Write a table as a CSV file that Excel opens: UTF-8 with a BOM, CRLF line ends, every field quoted, atomically."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.files import atomic


def write_csv(path: str | os.PathLike[str], headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write UTF-8 with a BOM (so Excel detects it), CRLF line ends, atomically.

    The file appears complete or not at all (:func:`desktop.files.atomic.replacing`).
    Every field is quoted, so a ``;`` in the text cannot split a cell in the many
    locales where Excel separates CSV fields with semicolons.
    """
    target = Path(path)
    try:
        with atomic.replacing(target) as tmp, open(tmp, "x", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
            writer.writerow(headers)
            writer.writerows(rows)
    except OSError as e:
        reason = e.strerror or type(e).__name__
        raise UserError(
            f"无法保存到“{target}”（{reason}）。请确认文件夹存在、有写入权限、磁盘没有满，"
            "并且这个文件没有在 Excel 中打开。",
            f'Could not save "{target}" ({reason}). Check that the folder exists and is writable, that the disk is '
            "not full, and that the file is not open in Excel.",
        ) from None
