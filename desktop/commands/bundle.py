"""``bundle export CASE FILE [--passphrase-file F]`` and ``bundle import FILE [--passphrase-file F]``.

A passphrase is read from a file, never from the command line (where other
users of the computer and the shell history would see it). An export's
passphrase must pass the same strength check as in the window
(:mod:`desktop.domain.passphrase`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.domain import passphrase as passphrase_rules
from desktop.domain.errors import UserError
from desktop.files.data_dir import DataDir


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("bundle", help="export a case to a .dchcase file, or import one as a new case")
    actions = parser.add_subparsers(dest="bundle_command", parser_class=type(parser), required=True)
    export = actions.add_parser("export", help="write a case and its evidence files to FILE")
    export.add_argument("case", help="case id (see 'cases')")
    export.add_argument("file", type=Path, help="the bundle to write (.dchcase)")
    export.add_argument("--passphrase-file", type=Path, help="encrypt with the passphrase in this file")
    imp = actions.add_parser("import", help="check FILE completely, then add it as a new case")
    imp.add_argument("file", type=Path, help="a .dchcase bundle")
    imp.add_argument("--passphrase-file", type=Path, help="the passphrase of an encrypted bundle")
    return parser


def run(args: argparse.Namespace, lang: str, data_dir: DataDir) -> int:
    from desktop.store.bundle.bundles import PassphraseNeeded, export_bundle, import_bundle
    from desktop.store.cases import CaseRepository

    cases = CaseRepository(data_dir)
    passphrase = read_passphrase(args.passphrase_file) if args.passphrase_file else None
    zh = lang != "en"
    if args.bundle_command == "export":
        if passphrase is not None:
            passphrase_rules.check(passphrase, cases.get(args.case).alias)
        result = export_bundle(cases, args.case, args.file, passphrase)
        print(("已导出到 {p}（{n} 个证据文件，{s} 字节{e}）。" if zh else
               "Exported to {p} ({n} evidence files, {s} bytes{e}).").format(
            p=result.path, n=result.files, s=result.size,
            e=("，已加密" if zh else ", encrypted") if result.encrypted else ""))
        return 0
    try:
        result = import_bundle(cases, args.file, passphrase)
    except PassphraseNeeded as exc:
        raise UserError(zh=exc.zh + "请用 --passphrase-file 指定存有密码的文件。",
                        en=exc.en + " Give a file holding it with --passphrase-file.") from exc
    print(result.case_id)
    print(("已导入为新案件“{a}”（{n} 条记录，{f} 个证据文件）。" if zh else
           "Imported as a new case “{a}” ({n} records, {f} evidence files).").format(
        a=result.alias, n=result.contacts, f=result.files))
    if not result.encrypted:
        print("注意：这个案件包没有加密，所以在传递途中任何人都可能改动过它；对它的历史记录只能检查内部是否前后一致，"
              "不能证明它没有被改动。" if zh else
              "Note: this case bundle was not encrypted, so anyone could have changed it on the way; its history "
              "can only be checked for internal consistency, which does not prove it was not changed.")
    if result.verify_problems:
        print(("注意：核对历史记录时发现 {n} 处问题（与导出时相同）：" if zh else
               "Note: checking the history found {n} problem(s), as they were when exported:").format(
            n=len(result.verify_problems)))
        for problem in result.verify_problems:
            print(f"  - {problem.message(lang)}")
    return 0


def read_passphrase(path: Path) -> str:
    """The first line of ``path`` (UTF-8, a BOM allowed), without its line ending."""
    try:
        data = Path(path).read_bytes()[: 64 * 1024]
    except OSError as exc:
        raise UserError(zh=f"无法读取密码文件“{path}”（{exc.strerror or exc}）。",
                        en=f"Cannot read the passphrase file “{path}” ({exc.strerror or exc}).") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(zh=f"密码文件“{path}”不是 UTF-8 文本。", en=f"The passphrase file “{path}” is not UTF-8 text.") from exc
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise UserError(zh=f"密码文件“{path}”的第一行是空的。", en=f"The first line of the passphrase file “{path}” is empty.")
    return passphrase
