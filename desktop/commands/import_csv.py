"""``import-csv CASE FILE [--commit]``: preview a CSV/XLSX import of contacts, and store it all or nothing.

Without ``--commit`` nothing is written (a dry run): the preview is printed —
the encoding, which columns were recognised and which were not, the counts, and
every row's problems by row and column — and the exit code says whether the
file would import (0) or has problems (2). With ``--commit`` a file without
problems is stored in one transaction, after a backup of the case database.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable

from desktop.commands.output import print_error
from desktop.domain.errors import UserError
from desktop.domain.importing.parse import HEADERS_ZH
from desktop.domain.importing.preview import ImportPreview, RowProblem
from desktop.files.data_dir import DataDir

EXIT_OK, EXIT_PROBLEMS = 0, 2
MAX_PROBLEM_LINES = 200
MAX_WARNING_LINES = 50

_ENCODINGS = {
    "utf-8": ("UTF-8", "UTF-8"),
    "utf-8-sig": ("UTF-8（带 BOM）", "UTF-8 with BOM"),
    "gb18030": ("GBK/GB18030（中文版 Excel 常用）", "GBK/GB18030 (Excel on Chinese Windows)"),
    "utf-16": ("UTF-16", "UTF-16"),
}


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "import-csv",
        help="preview importing contacts from a CSV or XLSX file; --commit stores them (all or nothing)",
    )
    parser.add_argument("case", help="case id (see 'cases')")
    parser.add_argument("file", help="the CSV or XLSX file")
    parser.add_argument(
        "--commit",
        action="store_true",
        help="store the rows (only if no row has a problem); default: dry run",
    )
    return parser


def run(args: argparse.Namespace, lang: str, data_dir: DataDir) -> int:
    """Print the preview; store it with ``--commit``. 0: importable or imported; 2: problems or refused."""
    zh = lang != "en"
    try:
        return _run(args, lang, data_dir)
    except UserError as exc:
        print_error(exc, lang)
        if args.commit:
            print("没有导入任何记录。" if zh else "Nothing was imported.", file=sys.stderr)
        return EXIT_PROBLEMS


def _run(args: argparse.Namespace, lang: str, data_dir: DataDir) -> int:
    from desktop.domain.importing.parse import parse_table
    from desktop.files.tables import read_table
    from desktop.store.cases import CaseNotFound, CaseRepository

    zh = lang != "en"
    cases = CaseRepository(data_dir)
    if not cases.exists(args.case):
        raise CaseNotFound(args.case)
    table = read_table(args.file)
    preview = parse_table(table)
    for line in preview_lines(preview, table, lang):
        print(line)
    if not preview.ok:
        print()
        print(
            "文件里有问题，没有导入任何记录。请改正上面列出的问题后再试。"
            if zh
            else "The file has problems, so nothing was imported. Correct the problems listed above and try again."
        )
        return EXIT_PROBLEMS
    if not args.commit:
        print()
        print(
            f"可以导入全部 {preview.counts.rows} 条记录。这次只是预览，没有写入；加上 --commit 才会导入。"
            if zh
            else f"All {preview.counts.rows} records can be imported. This was a preview and nothing was "
            "written; add --commit to import them."
        )
        return EXIT_OK
    return _commit(cases, args.case, preview, lang)


def _commit(cases, case_id: str, preview: ImportPreview, lang: str) -> int:
    from desktop.commands.app_rules import content_and_params
    from desktop.store.session import CaseSession

    _content, params = content_and_params()
    session = CaseSession(cases, case_id, params)
    try:
        result = session.import_contacts(preview, session.loans.labels())
    finally:
        session.close()
    print()
    print(result.message(lang))
    if result.backup is not None:
        print(("导入前的备份：" if lang != "en" else "Backup taken before the import: ") + str(result.backup))
    return EXIT_OK


def preview_lines(preview: ImportPreview, table, lang: str) -> list[str]:
    """The preview as printed: file facts, the column mapping, the counts, then every problem."""
    zh = lang != "en"
    lines: list[str] = []
    if table.source_kind == "xlsx":
        lines.append(
            f"格式：Excel 工作簿，工作表“{table.sheet}”"
            if zh
            else f'Format: Excel workbook, sheet "{table.sheet}"'
        )
    else:
        name_zh, name_en = _ENCODINGS.get(table.encoding, (table.encoding, table.encoding))
        lines.append(f"编码：{name_zh}" if zh else f"Encoding: {name_en}")
    known = [(no, header, name) for no, header, name in preview.columns if name]
    unknown = [(no, header) for no, header, name in preview.columns if not name and header]
    if known:
        lines.append("识别的列：" if zh else "Recognised columns:")
        for no, header, name in known:
            label = HEADERS_ZH.get(name, "日期") if zh else name
            lines.append(f"  第 {no} 列“{header}” → {label}" if zh else f'  column {no} "{header}" → {label}')
    if unknown:
        shown = (
            "、".join(f"第 {no} 列“{h}”" for no, h in unknown)
            if zh
            else ", ".join(f'column {no} "{h}"' for no, h in unknown)
        )
        lines.append(
            f"未识别的列（内容会附加到备注里）：{shown}"
            if zh
            else f"Unknown columns (their values go into the notes): {shown}"
        )
    c = preview.counts
    lines.append(
        f"共 {c.rows} 行：{c.ok} 行可以导入，{c.with_problems} 行有问题，{c.with_warnings} 行有提醒。"
        if zh
        else f"{c.rows} rows: {c.ok} can be imported, {c.with_problems} with problems, {c.with_warnings} with warnings."
    )
    column_problems = [p for p in preview.column_problems if p.kind != "unknown"]
    if column_problems:
        lines.append("表头：" if zh else "Header:")
        lines += [f"  - {p.message(lang)}" for p in column_problems]
    problems = (p for row in preview.rows for p in row.problems)
    lines += _capped("问题：" if zh else "Problems:", problems, c.problems, MAX_PROBLEM_LINES, lang)
    warnings = (w for row in preview.rows for w in row.warnings)
    lines += _capped("提醒：" if zh else "Warnings:", warnings, c.warnings, MAX_WARNING_LINES, lang)
    return lines


def _capped(title: str, items: Iterable[RowProblem], total: int, cap: int, lang: str) -> list[str]:
    if not total:
        return []
    lines = [title]
    for n, item in enumerate(items):
        if n == cap:
            break
        lines.append(f"  - {item.message(lang)}")
    if total > cap:
        more = total - cap
        lines.append(f"  … 还有 {more} 条" if lang != "en" else f"  … and {more} more")
    return lines
