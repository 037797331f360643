"""Command line: ``python -m desktop [--data-dir DIR] [--lang L] [COMMAND …]`` (the options may also follow the command).

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


class _CommandParser(_Parser):
    """A subcommand's parser: it also takes the global options, so they may follow the command.

    People type ``export ID --data-dir D`` as often as ``--data-dir D export ID``. The
    defaults are suppressed here so that a value given before the command is kept when
    none follows it.
    """

    def __init__(self, *args, **kwargs) -> None:
        # "resolve": a command with an option of its own by the same name keeps it
        # (export's --lang is the report's language).
        super().__init__(*args, conflict_handler="resolve", **kwargs)
        _global_options(self, data_dir=argparse.SUPPRESS, lang=argparse.SUPPRESS)


def _global_options(parser: argparse.ArgumentParser, *, data_dir=None, lang="") -> None:
    parser.add_argument("--data-dir", type=Path, default=data_dir,
                        help="data folder (default: the user's app data folder)")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=lang, help="language of the window and messages")


def _system_lang() -> str:
    from desktop import i18n

    return i18n.system_language()


def _chosen_lang(data_root: Path | None) -> str:
    """The language chosen in Settings for this data folder, else the system's."""
    from desktop import i18n
    from desktop.files.data_dir import DataDir
    from desktop.paths import default_data_dir
    from desktop.settings import LANGUAGE, Settings

    settings_file = DataDir(data_root or default_data_dir()).settings_file
    choice = Settings(settings_file).get(LANGUAGE) if settings_file.is_file() else ""
    return i18n.resolve(choice)


def build_parser() -> argparse.ArgumentParser:
    from desktop.commands import apr, backup, bundle, export, import_csv, import_phone, verify

    parser = _Parser(prog="python -m desktop", description="催收应对助手 / Debt Call Helper")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser)
    parser.add_argument("--first-paint-exit", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", parser_class=_CommandParser)

    cases = sub.add_parser("cases", help="list cases, or create one with 'cases new ALIAS'; "
                           "'cases archive ID' / 'cases unarchive ID'")
    cases.add_argument("--archived", action="store_true", help="list archived cases too (marked)")
    cases_sub = cases.add_subparsers(dest="cases_command", parser_class=_CommandParser)
    new = cases_sub.add_parser("new", help="create a case and print its id")
    new.add_argument("alias")
    archive = cases_sub.add_parser("archive", help="take a case out of the case bar; nothing of it is deleted")
    archive.add_argument("case_id", metavar="ID")
    unarchive = cases_sub.add_parser("unarchive", help="show an archived case in the case bar again")
    unarchive.add_argument("case_id", metavar="ID")

    sub.add_parser("self-test", help="check that this installation works (temporary data folder)")
    bench = sub.add_parser("bench", help="measure start-up and the other targets of design §10")
    bench.add_argument("--runs", type=int, default=7, help="runs per measurement (default 7)")
    bench.add_argument("--only", default="", help="run one group: start-up, apr, log, pdf, cases, phone")
    apr.add_parser(sub)
    verify.add_parser(sub)
    import_csv.add_parser(sub)
    import_phone.add_parser(sub)
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
    # clean_output is imported where it is used, so the window's first paint does not wait for it.
    if args is None:
        from desktop.commands.output import clean_output

        try:
            with clean_output():
                args = build_parser().parse_args(argv)
        except SystemExit as exc:  # argparse: --help, --version (0) or a bad argument (2, already explained)
            return exc.code if isinstance(exc.code, int) else EXIT_BAD_INPUT
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(args.data_dir, args.lang, first_paint_exit=args.first_paint_exit)
    from desktop.commands.output import clean_output, print_error

    lang = args.lang or _chosen_lang(args.data_dir)
    # Commands print column names, aliases and file names from files and cases: nothing they print
    # may reach the terminal as a control sequence.
    with clean_output():
        try:
            return _dispatch(args, lang)
        except UserError as exc:
            print_error(exc, lang)
            return EXIT_BAD_INPUT
        except KeyboardInterrupt:
            return EXIT_FAILED


def _dispatch(args: argparse.Namespace, lang: str) -> int:
    if args.command == "cases":
        return _cases(args, lang)
    if args.command == "self-test":
        from desktop.commands.selftest import run_self_test

        return run_self_test(lang)
    if args.command == "bench":
        from desktop.commands.bench.runner import run_bench

        return run_bench(runs=max(1, args.runs), only=args.only)
    if args.command == "apr":
        from desktop.commands import apr, backup, bundle, export, import_csv, verify

        return apr.run(args, lang)
    if args.command == "import-csv":
        from desktop.commands import import_csv

        return import_csv.run(args, lang, _data_dir(args))
    if args.command == "import-phone":
        from desktop.commands import import_phone

        return import_phone.run(args, lang, _data_dir(args))
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
    from desktop.files.data_dir import DataDir
    from desktop.paths import default_data_dir

    data_dir = DataDir(args.data_dir or default_data_dir())
    data_dir.ensure(write=write)
    return data_dir


def _cases(args: argparse.Namespace, lang: str) -> int:
    from desktop.store.case_list import CaseListRepository
    from desktop.store.cases import CaseRepository

    if args.cases_command == "new":
        case = CaseRepository(_data_dir(args)).create(args.alias)
        print(case.id)
        return EXIT_OK
    archiving = args.cases_command in ("archive", "unarchive")
    repo = CaseRepository(_data_dir(args, write=archiving))  # listing works on a read-only data folder too
    listing = CaseListRepository(repo)
    if archiving:
        return _archive(listing, args.case_id, args.cases_command == "archive", lang)
    repo.cleanup_leftovers()
    everything = listing.summaries()
    summaries = [s for s in everything if args.archived or not s.archived]
    if not summaries:
        hidden = len(everything)
        if hidden:
            print(f"没有未归档的案件（另有 {hidden} 个已归档的案件，用“cases --archived”查看）。" if lang == "zh_CN"
                  else f"There are no cases that are not archived ({hidden} archived; see them with “cases --archived”).")
        else:
            print("还没有案件。" if lang == "zh_CN" else "There are no cases yet.")
        return EXIT_OK
    mark = "\t(已归档)" if lang == "zh_CN" else "\t(archived)"
    for s in summaries:
        created = s.created_at.strftime("%Y-%m-%d %H:%M") if s.created_at else "-"
        if s.problem is not None:
            line = f"{s.id}\t{created}\t-\t{s.problem.message(lang)}"
        else:
            line = f"{s.id}\t{created}\t{s.contact_count}\t{s.alias}"
        print(line + (mark if s.archived else ""))
    return EXIT_OK


def _archive(listing, case_id: str, archive: bool, lang: str) -> int:
    if archive:
        listing.archive(case_id)
        print(f"案件“{case_id}”已归档：它不再显示在案件栏中，所有记录都保留着。用“cases unarchive {case_id}”可以取消归档。"
              if lang == "zh_CN" else f"The case “{case_id}” is archived: it is no longer shown in the case bar, and "
              f"all its records are kept. Run “cases unarchive {case_id}” to bring it back.")
    else:
        listing.unarchive(case_id)
        print(f"案件“{case_id}”已取消归档，会重新显示在案件栏中。" if lang == "zh_CN"
              else f"The case “{case_id}” is no longer archived; it is shown in the case bar again.")
    return EXIT_OK
