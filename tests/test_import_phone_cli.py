"""``import-phone CASE PATH [--numbers …] [--commit]``: a dry run lists numbers, --commit imports once.

The issue's "Done when" through the CLI uses the same generated export as the UI walk
(``tests.ui.phone_walk``): 3,000 calls + 5,000 texts, 40 entries from three collectors, 30 recordings.
"""

from __future__ import annotations

import argparse

import pytest

from desktop.commands import import_phone
from tests.phone_data import COLLECTORS, synthetic_calls, synthetic_texts, write_sbr_calls, write_sbr_messages
from tests.ui.phone_walk import COLLECTOR_CALLS, COLLECTOR_TEXTS, DONE_WHEN_CONTACTS, write_done_when_export


def cli(data_dir, *argv, lang="zh_CN") -> int:
    parser = argparse.ArgumentParser()
    import_phone.add_parser(parser.add_subparsers(dest="command"))
    return import_phone.run(parser.parse_args(["import-phone", *map(str, argv)]), lang, data_dir)


def _count(cases, case_id, table="contacts") -> int:
    with cases.open(case_id) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608


@pytest.fixture(scope="module")
def done_when_export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("phone") / "导出 2026"
    write_done_when_export(folder)
    return folder


def test_done_when_dry_run_pre_ticks_the_three_collectors_and_commit_stores_their_40_once(
        data_dir, cases, done_when_export, capsys):
    case = cases.create("电话导入")
    assert cli(data_dir, case.id, done_when_export, lang="en") == 0
    out = capsys.readouterr().out
    assert out.startswith("3000 calls, 5000 messages, 30 recordings")
    ticked = [line.split()[1] for line in out.splitlines() if line.startswith("[x]")]
    assert sorted(ticked) == sorted(COLLECTORS)
    assert f"would import {DONE_WHEN_CONTACTS} records" in out and "nothing was written" in out
    assert _count(cases, case.id) == 0 and not any(cases.evidence_dir(case.id).glob("*"))

    assert cli(data_dir, case.id, done_when_export, "--commit") == 0
    assert f"已从手机导入 {DONE_WHEN_CONTACTS} 条记录" in capsys.readouterr().out
    with cases.open(case.id) as conn:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == DONE_WHEN_CONTACTS == 40
        numbers = {r[0] for r in conn.execute("SELECT DISTINCT number FROM contacts")}
        atts = [r[0] for r in conn.execute("SELECT sha256 FROM attachments")]
        flags = {r[0] for r in conn.execute("SELECT DISTINCT rule_id FROM contact_flags")}
    assert numbers == set(COLLECTORS)  # personal calls never enter the case
    assert len(atts) == len(set(atts)) == 20  # the collectors' answered calls, each with its recording
    assert sorted(p.name for p in cases.evidence_dir(case.id).iterdir()) == sorted(atts)
    assert {"night_call", "frequent_calls"} <= flags, flags

    assert cli(data_dir, case.id, done_when_export, "--commit", lang="en") == 0
    assert "0 records were imported" in capsys.readouterr().out
    assert _count(cases, case.id) == 40 and _count(cases, case.id, "attachments") == 20


def test_numbers_option_imports_only_those_numbers_in_any_format(data_dir, cases, done_when_export, capsys):
    case = cases.create("号码")
    assert cli(data_dir, case.id, done_when_export, "--numbers", "+86 950-46", "--commit") == 0
    with cases.open(case.id) as conn:
        assert {r[0] for r in conn.execute("SELECT DISTINCT number FROM contacts")} == {"95046"}
        # every third collector entry is 95046's (tests.ui.phone_walk deals them out in turn)
        expected = len(range(0, COLLECTOR_CALLS, 3)) + len(range(0, COLLECTOR_TEXTS, 3))
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == expected


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
    assert cli(data_dir, case.id, tmp_path / "missing.xml", lang="en") == 2
    err = capsys.readouterr().err
    assert "missing.xml" in err and "Traceback" not in err
    write_sbr_calls(tmp_path / "c.xml", synthetic_calls(5))
    assert cli(data_dir, case.id, tmp_path / "c.xml", "--numbers", "13999999999", lang="en") == 2
    err = capsys.readouterr().err
    assert "not in the export" in err and "Traceback" not in err
    assert _count(cases, case.id) == 0
