"""Command line: ``python -m desktop [--data-dir DIR] [COMMAND …]``.

No command starts the window. Commands only parse arguments and call into the
app's modules; messages go to stderr in the user's language; exit codes are 0
(done), 1 (failed) and 2 (bad input).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import __version__
from desktop.domain.errors import UserError

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is explained in the user's language before argparse's own detail."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        lead = (
            "命令参数有误，请用 --help 查看用法。"
            if _system_lang() == "zh_CN"
            else "The command's arguments are not right; see --help."
        )
        print(f"{lead}\n({message})", file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)


def _system_lang() -> str:
    from desktop import i18n

    return i18n.system_language()


def _chosen_lang(data_root: Path | None) -> str:
    """The language chosen in Settings for this data folder, else the system's."""
    from desktop import i18n
    from desktop.paths import DataDir, default_data_dir
    from desktop.settings import LANGUAGE, Settings

    settings_file = DataDir(data_root or default_data_dir()).settings_file
    choice = Settings(settings_file).get(LANGUAGE) if settings_file.is_file() else ""
    return i18n.resolve(choice)


def build_parser() -> argparse.ArgumentParser:
    from desktop.commands import apr, backup, bundle, export, import_csv, verify

    parser = _Parser(prog="python -m desktop", description="催收应对助手 / Debt Call Helper")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder (default: the user's app data folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default="", help="language of the window and messages")
    parser.add_argument("--first-paint-exit", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    cases = sub.add_parser("cases", help="list cases, or create one with 'cases new ALIAS'")
    cases_sub = cases.add_subparsers(dest="cases_command", parser_class=_Parser)
    new = cases_sub.add_parser("new", help="create a case and print its id")
    new.add_argument("alias")

    sub.add_parser("self-test", help="check that this installation works (temporary data folder)")
    bench = sub.add_parser("bench", help="measure start-up and the other targets of design §10")
    bench.add_argument("--runs", type=int, default=7, help="runs per measurement (default 7)")
    bench.add_argument("--only", default="", help="run one group: start-up, apr, log, pdf")
    apr.add_parser(sub)
    verify.add_parser(sub)
    import_csv.add_parser(sub)
    export.add_parser(sub)
    backup.add_parser(sub)  # registers both "backup" and "restore"
    bundle.add_parser(sub)
    return parser


_SUBCOMMANDS = ("cases", "self-test", "bench", "apr", "verify", "import-csv", "export", "backup", "restore", "bundle")


def _gui_options(argv: list[str]) -> argparse.Namespace | None:
    """The window's three options, read by hand when that is all there is; None for anything else.

    Building an argparse parser costs milliseconds the window's first paint should not
    wait for; anything unusual (a command, a typo, a bad language) goes to the full
    parser, which explains it.
    """
    values = {"data_dir": None, "lang": "", "first_paint_exit": False, "command": None}
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, eq, value = arg.partition("=")
        if arg == "--first-paint-exit":
            values["first_paint_exit"] = True
            continue
        if name not in ("--data-dir", "--lang"):
            return None
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if name == "--lang" and value not in ("zh_CN", "en"):
            return None
        if name == "--data-dir":
            if not value:
                return None
            values["data_dir"] = Path(value)
        else:
            values["lang"] = value
    return argparse.Namespace(**values)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _gui_options(argv)
    if args is None:
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as exc:  # argparse: --help, --version (0) or a bad argument (2, already explained)
            return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(args.data_dir, args.lang, first_paint_exit=args.first_paint_exit)
    lang = args.lang or _chosen_lang(args.data_dir)
    try:
        return _dispatch(args, lang)
    except UserError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_FAILED


def _dispatch(args: argparse.Namespace, lang: str) -> int:
    if args.command == "cases":
        return _cases(args, lang)
    if args.command == "self-test":
        from desktop.selftest import run_self_test

        return run_self_test(lang)
    if args.command == "bench":
        from desktop.bench import run_bench

        return run_bench(runs=max(1, args.runs), only=args.only)
    if args.command == "apr":
        from desktop.commands import apr, backup, bundle, export, import_csv, verify

        return apr.run(args, lang)
    if args.command == "import-csv":
        from desktop.commands import import_csv

        return import_csv.run(args, lang, _data_dir(args))
    if args.command == "export":
        from desktop.commands import export

        return export.run(args, lang, _data_dir(args, write=False))
    if args.command in ("backup", "restore"):
        from desktop.commands import backup

        return backup.run(args, lang, _data_dir(args))
    if args.command == "bundle":
        from desktop.commands import bundle

        return bundle.run(args, lang, _data_dir(args))
    if args.command == "verify":
        from desktop.commands import verify

        return verify.run(args, lang, _data_dir(args, write=False))
    raise AssertionError(args.command)


def _data_dir(args: argparse.Namespace, *, write: bool = True):
    """The data folder; ``write=False`` for commands that only read it (it may be read-only)."""
    from desktop.paths import DataDir, default_data_dir

    data_dir = DataDir(args.data_dir or default_data_dir())
    data_dir.ensure(write=write)
    return data_dir


def _cases(args: argparse.Namespace, lang: str) -> int:
    from desktop.store.cases import CaseRepository

    if args.cases_command == "new":
        case = CaseRepository(_data_dir(args)).create(args.alias)
        print(case.id)
        return EXIT_OK
    repo = CaseRepository(_data_dir(args, write=False))
    repo.cleanup_leftovers()
    summaries = repo.list()
    if not summaries:
        print("还没有案件。" if lang == "zh_CN" else "There are no cases yet.")
        return EXIT_OK
    for s in summaries:
        created = s.created_at.strftime("%Y-%m-%d %H:%M") if s.created_at else "-"
        if s.problem is not None:
            print(f"{s.id}\t{created}\t-\t{s.problem.message(lang)}")
        else:
            print(f"{s.id}\t{created}\t{s.contact_count}\t{s.alias}")
    return EXIT_OK
