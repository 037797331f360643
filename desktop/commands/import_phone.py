"""``import-phone CASE PATH [--numbers N1,N2] [--commit]``: preview a phone export grouped by number; store the chosen numbers.

Without ``--commit`` nothing is written (a dry run): every number is printed with its
counts, first and last time, whether it is pre-ticked and why. With ``--commit`` the
numbers given by ``--numbers`` — or, without it, the pre-ticked ones — are imported
all or nothing, after a backup of the case.
"""

from __future__ import annotations

import argparse
import sys

from desktop.commands.output import print_error
from desktop.domain.errors import UserError
from desktop.files.data_dir import DataDir

EXIT_OK, EXIT_PROBLEMS = 0, 2

_REASONS = {
    "in_case": ("案件里已有这个号码", "number already in the case"),
    "keyword": ("短信里有催收用语", "messages use collection wording"),
    "service_number": ("95/400/106 等机构号码", "95/400/106 service number"),
}


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "import-phone",
        help="preview importing calls, messages and recordings from a phone export; --commit stores them",
    )
    parser.add_argument("case", help="case id (see 'cases')")
    parser.add_argument("path", nargs="+",
                        help="an SMS Backup & Restore .xml file, an iPhone backup folder, or a recordings folder "
                        "(several may be given)")
    parser.add_argument("--numbers", default=None,
                        help="comma-separated numbers to import; without it, --commit imports the pre-ticked "
                        "numbers (likely collectors) shown by the dry run")
    parser.add_argument("--commit", action="store_true", help="import (all or nothing); default: dry run")
    return parser


def run(args: argparse.Namespace, lang: str, data_dir: DataDir) -> int:
    try:
        return _run(args, lang, data_dir)
    except UserError as exc:
        print_error(exc, lang)
        if args.commit:
            print("没有导入任何记录。" if lang != "en" else "Nothing was imported.", file=sys.stderr)
        return EXIT_PROBLEMS


def _run(args: argparse.Namespace, lang: str, data_dir: DataDir) -> int:
    from pathlib import Path

    from desktop.commands.app_rules import content_and_params
    from desktop.domain.phone_evidence.preview import build_preview, plan_import
    from desktop.store.cases import CaseNotFound, CaseRepository
    from desktop.store.phone_import import PhoneSource, import_phone, known_identities, read_phone_source
    from desktop.store.session import CaseSession

    zh = lang != "en"
    cases = CaseRepository(data_dir)
    if not cases.exists(args.case):
        raise CaseNotFound(args.case)
    content, params = content_and_params()
    source = PhoneSource()
    for p in args.path:
        source = source.combine(read_phone_source(Path(p), patterns=content.recording_names))
    session = CaseSession(cases, args.case, params)
    try:
        case_numbers = session.contacts.numbers()
        preview = build_preview(source.exports, source.recordings, case_numbers=case_numbers,
                                known_identities=known_identities(session), keyword_rules=content.keyword_rules,
                                service_prefixes=content.service_prefixes or ("95", "400", "106"))
        for problem in preview.problems:
            print(problem.message(lang))
        for line in _lines(preview, lang):
            print(line)
        if args.numbers is None:
            numbers = preview.pre_ticked
        else:
            numbers = tuple(n.strip() for n in args.numbers.split(",") if n.strip())
            missing = [n for n in numbers if preview.group(n) is None]
            if missing:
                raise UserError(zh=f"导出里没有这些号码：{'、'.join(missing)}。请从上面的列表里选号码。",
                                en=f"These numbers are not in the export: {', '.join(missing)}. "
                                "Choose numbers from the list above.")
        print()
        planned = plan_import(preview, numbers, keyword_rules=content.keyword_rules)
        if not args.commit:
            # The count, not only the numbers: the person checks it against what --commit then reports.
            print(f"这次只是预览，没有写入。加上 --commit 会导入 {len(planned)} 条记录，号码："
                  f"{'、'.join(numbers) or '（无）'}。" if zh else
                  f"This was a preview and nothing was written. --commit would import {len(planned)} records "
                  f"from: {', '.join(numbers) or '(none)'}.")
            return EXIT_OK
        result = import_phone(session, planned)
        print(result.message(lang))
        if result.backup is not None:
            print(("导入前的备份：" if zh else "Backup taken before the import: ") + str(result.backup))
        return EXIT_OK
    finally:
        session.close()


def _lines(preview, lang: str) -> list[str]:
    zh = lang != "en"
    out = [f"电话 {preview.calls} 条，短信 {preview.messages} 条，录音 {preview.recordings} 个；"
           f"新的 {preview.new} 条，案件里已有 {preview.known} 条。" if zh else
           f"{preview.calls} calls, {preview.messages} messages, {preview.recordings} recordings; "
           f"{preview.new} new, {preview.known} already in the case."]
    for g in preview.groups:
        who = g.display or ("（隐藏号码）" if zh else "(withheld)")
        when = f"{_t(g.first_at)} – {_t(g.last_at)}"
        tick = "[x]" if g.pre_ticked else "[ ]"
        why = ("；".join if zh else "; ".join)(_REASONS[r][0 if zh else 1] for r in g.reasons)
        if zh:
            out.append(f"{tick} {who}  电话 {len(g.calls)}（接通 {g.answered}，未接 {g.missed}） 短信 {len(g.messages)} "
                       f"录音 {preview.recording_count(g)}  {when}  新 {g.new_count}" + (f"  预选原因：{why}" if why else ""))
        else:
            out.append(f"{tick} {who}  calls {len(g.calls)} (answered {g.answered}, missed {g.missed}) "
                       f"messages {len(g.messages)} recordings {preview.recording_count(g)}  {when}  new {g.new_count}"
                       + (f"  pre-ticked: {why}" if why else ""))
    return out


def _t(when) -> str:
    from desktop.domain.phone_evidence.preview import local_naive

    value = local_naive(when)
    return value.strftime("%Y-%m-%d %H:%M") if value else "?"
