"""``import-phone CASE PATH [--numbers …] [--commit]``: a dry run lists numbers, --commit imports once."""

from __future__ import annotations

import argparse

from desktop.commands import import_phone
from tests.phone_data import COLLECTORS, synthetic_calls, synthetic_texts, write_sbr_calls, write_sbr_messages


def cli(data_dir, *argv, lang="zh_CN") -> int:
    parser = argparse.ArgumentParser()
    import_phone.add_parser(parser.add_subparsers(dest="command"))
    return import_phone.run(parser.parse_args(["import-phone", *map(str, argv)]), lang, data_dir)


def _count(cases, case_id) -> int:
    with cases.open(case_id) as conn:
        return conn.execute("SELECT count(*) FROM contacts").fetchone()[0]


def test_dry_run_pre_ticks_collectors_and_commit_imports_them_once(data_dir, cases, tmp_path, capsys):
    case = cases.create("手机")
    folder = tmp_path / "导出"
    folder.mkdir()
    write_sbr_calls(folder / "calls.xml", synthetic_calls(200, collector_share=0.1))
    write_sbr_messages(folder / "sms.xml", synthetic_texts(300, collector_share=0.05))
    assert cli(data_dir, case.id, folder, lang="en") == 0
    out = capsys.readouterr().out
    assert "pre-ticked" in out and "nothing was written" in out and _count(cases, case.id) == 0
    ticked = [line for line in out.splitlines() if line.startswith("[x]")]
    assert {line.split()[1] for line in ticked} == set(COLLECTORS)
    assert cli(data_dir, case.id, folder, "--commit") == 0
    first = _count(cases, case.id)
    assert first > 0 and "已从手机导入" in capsys.readouterr().out
    assert cli(data_dir, case.id, folder, "--commit") == 0
    assert _count(cases, case.id) == first


def test_unknown_path_and_number_are_explained_without_traceback(data_dir, cases, tmp_path, capsys):
    case = cases.create("错误")
    assert cli(data_dir, case.id, tmp_path / "nope", "--commit") == 2
    err = capsys.readouterr().err
    assert "没有导入任何记录" in err and "Traceback" not in err
    write_sbr_calls(tmp_path / "c.xml", synthetic_calls(5))
    assert cli(data_dir, case.id, tmp_path / "c.xml", "--numbers", "13999999999", lang="en") == 2
    assert "not in the export" in capsys.readouterr().err
