"""``verify CASE``: check a case's history chain and evidence files; exit 0 (OK) or 1 (names what fails)."""

from __future__ import annotations

import argparse

from desktop.paths import DataDir


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("verify", help="check a case's tamper-evident history and evidence files")
    parser.add_argument("case", help="case id (see 'cases')")
    return parser


def run(args: argparse.Namespace, lang: str, data_dir: DataDir) -> int:
    from desktop.store.cases import CaseRepository
    from desktop.store.verify import verify_case

    cases = CaseRepository(data_dir)
    with cases.open(args.case) as conn:
        report = verify_case(conn, cases.evidence_dir(args.case))
    zh = lang != "en"
    if report.ok:
        print(("OK — 已核对 {v} 个版本、{c} 条记录、{f} 个证据文件。链头：{h}" if zh else
               "OK — checked {v} versions, {c} records, {f} evidence files. Chain head: {h}").format(
            v=report.versions, c=report.contacts, f=report.files, h=report.head))
        return 0
    print(("核对失败，发现 {n} 处问题：" if zh else "FAILED — {n} problem(s) found:").format(n=len(report.problems)))
    for problem in report.problems:
        print(f"  - {problem.message(lang)}")
    return 1
