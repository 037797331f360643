"""``backup``/``restore`` and ``bundle export``/``bundle import`` on the command line: output and exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop.commands import backup, bundle
from desktop.domain.errors import UserError
from desktop.files.data_dir import DataDir

WIRED = {"backup", "restore", "bundle"} <= set(cli._SUBCOMMANDS)


def run_cli(*argv: str) -> int:
    """Through ``desktop.cli.main`` once cli.py lists the commands; until then the same wiring here."""
    if WIRED:
        return cli.main(list(argv))
    parser = cli._Parser(prog="python -m desktop")
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--lang", default="en")
    sub = parser.add_subparsers(dest="command", parser_class=cli._Parser)
    backup.add_parser(sub)
    bundle.add_parser(sub)
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code)
    data_dir = DataDir(args.data_dir)
    try:
        data_dir.ensure()
        module = backup if args.command in ("backup", "restore") else bundle
        return module.run(args, args.lang or "en", data_dir)
    except UserError as exc:
        print(exc.message(args.lang or "en"), file=sys.stderr)
        return cli.EXIT_BAD_INPUT


@pytest.fixture
def case_id(cases):
    from desktop.domain.contacts import Contact
    from desktop.store.contacts import ContactRepository

    case = cases.create("命令行")
    with cases.open(case.id) as conn:
        ContactRepository(conn).add_many([Contact(summary="一"), Contact(summary="二")])
    return case.id


def base(data_dir, lang="en"):
    return ["--data-dir", str(data_dir.root), "--lang", lang]


def test_backup_then_list_then_restore(data_dir, cases, case_id, capsys):
    assert run_cli(*base(data_dir), "backup", case_id) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.is_file() and made.name.startswith("case-manual-")
    from desktop.domain.contacts import Contact
    from desktop.store.contacts import ContactRepository

    with cases.open(case_id) as conn:
        ContactRepository(conn).add(Contact(summary="三"))
    assert run_cli(*base(data_dir), "backup", case_id, "--list") == 0
    listed = capsys.readouterr().out
    assert made.name in listed and "\tmanual\t2\t" in listed
    assert run_cli(*base(data_dir), "restore", case_id, made.name) == 0
    out = capsys.readouterr().out
    assert "Restored: 2 records" in out and "case-before-restore-" in out
    with cases.open(case_id) as conn:
        assert ContactRepository(conn).count() == 2


def test_restore_of_a_missing_file_is_explained_with_exit_2(data_dir, case_id, capsys):
    assert run_cli(*base(data_dir, "zh_CN"), "restore", case_id, "nope.db") == 2
    assert "找不到备份文件" in capsys.readouterr().err


def test_backup_of_an_unknown_case_exits_2(data_dir, capsys):
    assert run_cli(*base(data_dir), "backup", "no-such-case") == 2
    assert "no case" in capsys.readouterr().err


def test_bundle_export_and_import_with_a_passphrase_file(data_dir, cases, case_id, tmp_path, capsys):
    secret = tmp_path / "pass.txt"
    secret.write_text("长长的密码 passphrase\n", encoding="utf-8")
    target = tmp_path / "out.dchcase"
    assert run_cli(*base(data_dir), "bundle", "export", case_id, str(target), "--passphrase-file", str(secret)) == 0
    assert "encrypted" in capsys.readouterr().out
    assert run_cli(*base(data_dir), "bundle", "import", str(target)) == 2
    assert "--passphrase-file" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase")
    assert run_cli(*base(data_dir, "zh_CN"), "bundle", "import", str(target), "--passphrase-file", str(wrong)) == 2
    assert "密码不对" in capsys.readouterr().err
    assert run_cli(*base(data_dir), "bundle", "import", str(target), "--passphrase-file", str(secret)) == 0
    new_id, summary = capsys.readouterr().out.splitlines()[:2]
    assert new_id != case_id and cases.exists(new_id) and "2 records" in summary


def test_bundle_import_of_a_file_that_is_not_a_bundle_exits_2(data_dir, tmp_path, capsys):
    junk = tmp_path / "junk.dchcase"
    junk.write_bytes(b"hello")
    assert run_cli(*base(data_dir), "bundle", "import", str(junk)) == 2
    err = capsys.readouterr().err
    assert "not a case bundle" in err and "Traceback" not in err


@pytest.mark.parametrize("content", [b"", b"\n", b"\xff\xfe bad"])
def test_an_unusable_passphrase_file_exits_2(data_dir, case_id, tmp_path, capsys, content):
    secret = tmp_path / "pass.txt"
    secret.write_bytes(content)
    assert run_cli(*base(data_dir), "bundle", "export", case_id, str(tmp_path / "x.dchcase"),
                   "--passphrase-file", str(secret)) == 2
    assert capsys.readouterr().err.strip()
    assert not (tmp_path / "x.dchcase").exists()


def test_bundle_without_an_action_exits_2(data_dir, capsys):
    assert run_cli(*base(data_dir), "bundle") == 2


@pytest.mark.parametrize(
    ("secret", "says"),
    [("12345678", "at least 10 characters"), ("password1234", "common pattern"), ("qzmxvbtrlkwj", "one kind"),
     ("命令行 case 2024", "this case's name")],
)
def test_bundle_export_refuses_a_weak_passphrase_and_writes_nothing(data_dir, case_id, tmp_path, capsys, secret, says):
    """Review 3.1: the command line gets the same strength check as the window."""
    secret_file = tmp_path / "pass.txt"
    secret_file.write_text(secret + "\n", encoding="utf-8")
    target = tmp_path / "weak.dchcase"
    assert run_cli(*base(data_dir), "bundle", "export", case_id, str(target), "--passphrase-file",
                   str(secret_file)) == 2
    err = capsys.readouterr().err
    assert says in err and "three or four unrelated words" in err and "Traceback" not in err
    assert list(tmp_path.glob("*weak*")) == []
