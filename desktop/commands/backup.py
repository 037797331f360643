"""``backup CASE [--list]`` and ``restore CASE FILE``: copies of a case's database, and going back to one."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.files.data_dir import DataDir


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Register ``backup`` and ``restore``; returns the ``backup`` parser."""
    parser = subparsers.add_parser("backup", help="back up a case's database now (or --list its backups)")
    parser.add_argument("case", help="case id (see 'cases')")
    parser.add_argument("--list", action="store_true", help="list the case's backups instead, newest first")
    restore = subparsers.add_parser("restore", help="replace a case's database with one of its backups")
    restore.add_argument("case", help="case id (see 'cases')")
    restore.add_argument("file", type=Path, help="a backup file, or the name of one in the case's backups folder")
    return parser


def run(args: argparse.Namespace, lang: str, data_dir: DataDir) -> int:
    from desktop.store.cases import CaseNotFound, CaseRepository

    cases = CaseRepository(data_dir)
    if not cases.exists(args.case):
        raise CaseNotFound(args.case)
    case_dir = data_dir.case_dir(args.case)
    if args.command == "restore":
        return _restore(case_dir, args.file, lang)
    if args.list:
        return _list(case_dir, lang)
    from desktop.store.safety.backups import MANUAL, backup_case_db, case_backup_folder

    with cases.open(args.case) as conn:
        path = backup_case_db(conn, case_backup_folder(conn), MANUAL)
    print(path)
    return 0


def _list(case_dir: Path, lang: str) -> int:
    from desktop.store.safety.backups import list_backups

    found = list_backups(case_dir)
    if not found:
        print("这个案件还没有备份。" if lang != "en" else "This case has no backups yet.")
        return 0
    for info in found:
        count = "-" if info.contacts is None else str(info.contacts)
        print(f"{info.made_at:%Y-%m-%d %H:%M:%S}\t{info.reason}\t{count}\t{info.size}\t{info.path.name}")
    return 0


def _restore(case_dir: Path, file: Path, lang: str) -> int:
    from desktop.domain.errors import UserError
    from desktop.store.safety.backups import BACKUP_FOLDER
    from desktop.store.safety.restore import restore

    source = file
    if not source.exists() and len(file.parts) == 1:
        source = case_dir / BACKUP_FOLDER / file.name
    if not source.is_file():
        raise UserError(zh=f"找不到备份文件“{file}”。可以用“backup 案件编号 --list”查看这个案件的备份。",
                        en=f"There is no backup file “{file}”. Run “backup CASE --list” to see this case's backups.")
    result = restore(case_dir, source)
    zh = lang != "en"
    print(("已恢复：{n} 条记录，来自“{f}”。" if zh else "Restored: {n} records from “{f}”.").format(
        n=result.contacts, f=source.name))
    if result.safety_copy is not None:
        print(("恢复前的状态已备份为：{p}" if zh else "The state before the restore was backed up as: {p}").format(
            p=result.safety_copy))
    if result.damaged_kept is not None:
        print(("损坏的文件已保留为：{p}" if zh else "The damaged file was kept as: {p}").format(p=result.damaged_kept))
    return 0
