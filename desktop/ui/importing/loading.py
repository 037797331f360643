"""The import's first job: read and parse a file, and the preview's messages, for :mod:`.import_dialog`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.domain.importing.parse import parse_table
from desktop.domain.importing.preview import ImportPreview
from desktop.files.tables import read_table
from desktop.ui.importing.preview_model import ProblemListModel


@dataclass(frozen=True)
class Loaded:
    """What the worker hands back after reading and parsing a file."""

    name: str
    source_kind: str
    encoding: str
    sheet: str
    preview: ImportPreview
    messages: list[tuple[str, str]]
    loan_labels: frozenset[str]


def load_file(path: str, lang: str, report) -> Loaded:
    """Read and parse ``path``; ``report`` is called while reading and between the steps, so a cancel
    stops the work there (a large workbook's parse included) instead of running on unseen."""
    table = read_table(path, checkpoint=lambda: report(0, 0))
    report(0, 0)
    preview = parse_table(table)
    report(0, 0)
    return Loaded(
        Path(path).name,
        table.source_kind,
        table.encoding,
        table.sheet,
        preview,
        preview_messages(preview, lang),
        frozenset(label for row in preview.rows if (label := row.loan_label.strip())),
    )


def preview_messages(preview: ImportPreview, lang: str) -> list[tuple[str, str]]:
    """Every message of the preview: blocking header problems and row problems, then notes and warnings."""
    p, w, i = ProblemListModel.PROBLEM, ProblemListModel.WARNING, ProblemListModel.INFO
    items = [(c.message(lang), p) for c in preview.column_problems if c.blocking]
    items += [(x.message(lang), p) for row in preview.rows for x in row.problems]
    items += [(c.message(lang), i) for c in preview.column_problems if not c.blocking]
    items += [(x.message(lang), w) for row in preview.rows for x in row.warnings]
    return items
