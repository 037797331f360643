"""``verify CASE [--head HEAD_OR_CODE]``: check a case's history chain, its records and evidence files,
and (with ``--head``) whether the history an earlier report was made from is unchanged. Exit 0 (OK) or 1
(names what fails); a mistyped code is bad input (2)."""

from __future__ import annotations

import argparse

from desktop.files.data_dir import DataDir


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("verify", help="check a case's tamper-evident history and evidence files")
    parser.add_argument("case", help="case id (see 'cases')")
    parser.add_argument("--head", metavar="HEAD_OR_CODE", default=None,
                        help="the check code or chain head printed on an earlier PDF of this case: confirm that "
                        "the history up to it is unchanged")
    return parser


def run(args: argparse.Namespace, lang: str, data_dir: DataDir) -> int:
    from desktop.commands.app_rules import content_and_params
    from desktop.domain.anchor import check_code, parse_anchor
    from desktop.domain.integrity import COVERED, LIMITS, NOT_COVERED
    from desktop.store.cases import CaseRepository
    from desktop.store.safety.verify import verify_case

    anchor = parse_anchor(args.head) if args.head is not None else None  # a typo stops here (exit 2)
    _content, params = content_and_params()  # the flags are recomputed with the app's own rules
    cases = CaseRepository(data_dir)
    with cases.open(args.case) as conn:
        report = verify_case(conn, cases.evidence_dir(args.case), params=params, anchor=anchor)
    zh = lang != "en"
    if report.head_check is not None:
        verdict = "OK — " if report.head_check.ok else ("核对失败 — " if zh else "FAILED — ")
        print(verdict + ("与早先的报告比对：" if zh else "against the earlier report: ") + report.head_check.message(lang))
        print()
    if report.problems:
        print(("核对失败，发现 {n} 处问题：" if zh else "FAILED — {n} problem(s) found:").format(n=len(report.problems)))
        for problem in report.problems:
            print(f"  - {problem.message(lang)}")
    else:
        lead = "OK — " if report.ok else ("案件自身：" if zh else "Within the case itself: ")
        print(lead + ("已核对 {v} 条历史（{c} 条催收记录、{r} 项其他记录）和 {f} 个证据文件，都与保存时一致。" if zh else
               "checked {v} history entries ({c} contact records, {r} other records) and {f} evidence files; "
               "all match what was saved.").format(v=report.versions, c=report.contacts, r=report.records,
                                                    f=report.files))
    print(("链头：{h}\n核对码：{code}" if zh else "Chain head: {h}\nCheck code: {code}").format(
        h=report.head, code=check_code(report.head)))
    print()
    print(("核对范围：" if zh else "Covered: ") + COVERED.in_(lang))
    print("不在核对范围内：" if zh else "Not covered:")
    for item in NOT_COVERED:
        print(f"  - {item.in_(lang)}")
    print(LIMITS.in_(lang))
    return 0 if report.ok else 1
