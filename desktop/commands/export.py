"""``export CASE --preset lender|lawyer [--from DATE --to DATE] [--lang zh_CN|en] -o FILE.pdf``.

Gathers the case, writes the PDF atomically and, for the lender's copy, freezes the
letter version it includes (that text is what was sent). Bad input (an unknown case,
a date that is not a date, a period that ends before it starts, a folder that cannot
be written, a case file holding values this app cannot use) is a calm message and exit
code 2. A read-only data folder is enough: the PDF is written, and the letter's version
is not marked as sent (that would be a change), which is said.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.files.data_dir import DataDir


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("export", help="write a case's PDF report for the lender or for a lawyer/regulator")
    parser.add_argument("case", help="case id (see 'cases')")
    parser.add_argument("--preset", choices=("lender", "lawyer"), required=True)
    parser.add_argument("--from", dest="date_from", type=_date, default=None, help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", type=_date, default=None, help="last day (YYYY-MM-DD)")
    # dest differs from the global --lang (the messages' language): the report has its own language
    parser.add_argument("--lang", dest="report_lang", choices=("zh_CN", "en"), default="zh_CN",
                        help="language of the report (default zh_CN)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    return parser


def run(args: argparse.Namespace, lang: str, data_dir: DataDir) -> int:
    from desktop.commands.app_rules import content_and_params
    from desktop.pdf.report.render import render
    from desktop.report_data.gather import check_range, gather
    from desktop.store.cases import READ_FAILURES, CaseRepository
    from desktop.store.session import CaseSession

    check_range(args.date_from, args.date_to)
    output: Path = args.output
    if output.suffix.lower() != ".pdf":
        output = output.with_name(output.name + ".pdf")
    content, params = content_and_params()

    session = CaseSession(CaseRepository(data_dir), args.case, params)
    frozen = False
    try:
        try:
            data = gather(session, content, preset=args.preset, date_from=args.date_from, date_to=args.date_to,
                          lang=args.report_lang)
            render(data, output)
        except READ_FAILURES as exc:
            if (calm := session.calm_read_failure(exc)) is None:
                raise
            raise calm from exc
        frozen = args.preset == "lender" and data.letter is not None and data.letter.frozen
        if frozen and not session.readonly:
            session.letters.freeze(data.letter.id)
    finally:
        session.close()
    zh = lang != "en"
    print(f"已保存：{output}（{len(data.contacts)} 条记录）" if zh else
           f"Saved: {output} ({len(data.contacts)} records)")
    if frozen and session.readonly:
        print("数据文件夹不能写入，所以没有把信件的这个版本标记为已发送。" if zh else
              "The data folder cannot be written, so this version of the letter was not marked as sent.")
    return 0

