"""``cases --archived``, ``cases archive ID`` and ``cases unarchive ID``: as a desk's IT person types them."""

from __future__ import annotations

import pytest

from desktop.cli import main


def _new(data, alias, capsys) -> str:
    assert main(["--data-dir", str(data), "cases", "new", alias]) == 0
    return capsys.readouterr().out.strip()


def _list(data, capsys, *extra, lang="zh_CN") -> list[str]:
    assert main(["--data-dir", str(data), "--lang", lang, "cases", *extra]) == 0
    return capsys.readouterr().out.strip().splitlines()


def test_archive_hides_a_case_from_the_list_and_archived_shows_it_marked(tmp_path, capsys):
    data = tmp_path / "数据 目录"
    keep = _new(data, "王女士", capsys)
    gone = _new(data, "李先生 𠮷", capsys)
    assert main(["--data-dir", str(data), "--lang", "zh_CN", "cases", "archive", gone]) == 0
    assert "已归档" in capsys.readouterr().out
    assert [line.split("\t")[0] for line in _list(data, capsys)] == [keep]
    lines = _list(data, capsys, "--archived")
    assert lines[0].endswith("\t王女士")
    assert lines[1].startswith(gone) and lines[1].endswith("\t李先生 𠮷\t(已归档)")
    assert _list(data, capsys, "--archived", lang="en")[1].endswith("\t(archived)")
    assert (data / "cases" / gone / "case.db").is_file()  # nothing of it went

    assert main(["cases", "unarchive", gone, "--data-dir", str(data), "--lang", "en"]) == 0
    assert "no longer archived" in capsys.readouterr().out
    assert [line.split("\t")[0] for line in _list(data, capsys)] == [keep, gone]


def test_a_list_with_only_archived_cases_says_how_to_see_them(tmp_path, capsys):
    case_id = _new(tmp_path, "王女士", capsys)
    assert main(["--data-dir", str(tmp_path), "cases", "archive", case_id]) == 0
    capsys.readouterr()
    [line] = _list(tmp_path, capsys)
    assert "1 个已归档" in line and "--archived" in line


@pytest.mark.parametrize("command", ["archive", "unarchive"])
@pytest.mark.parametrize("case_id", ["20250101-nothere", "../../etc", "", "..", "a/b"])
def test_archiving_a_case_that_does_not_exist_is_explained_with_exit_2(tmp_path, capsys, command, case_id):
    assert main(["--data-dir", str(tmp_path), "--lang", "zh_CN", "cases", command, case_id]) == 2
    err = capsys.readouterr().err
    assert "找不到案件" in err and "Traceback" not in err


def test_archive_without_an_id_is_explained_with_exit_2(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "--lang", "en", "cases", "archive"]) == 2
    assert "ID" in capsys.readouterr().err


def test_archiving_twice_and_unarchiving_a_case_not_archived_are_harmless(tmp_path, capsys):
    case_id = _new(tmp_path, "王女士", capsys)
    for command in ("archive", "archive", "unarchive", "unarchive"):
        assert main(["--data-dir", str(tmp_path), "cases", command, case_id]) == 0
    capsys.readouterr()
    assert _list(tmp_path, capsys)[0].endswith("\t王女士")


def test_a_damaged_archived_case_is_listed_with_its_problem_and_the_mark(tmp_path, capsys):
    case_id = _new(tmp_path, "王女士", capsys)
    assert main(["--data-dir", str(tmp_path), "cases", "archive", case_id]) == 0
    (tmp_path / "cases" / case_id / "case.db").write_bytes(b"garbage" * 100)
    capsys.readouterr()
    [line] = _list(tmp_path, capsys, "--archived")
    assert line.startswith(case_id) and "\t-\t" in line and line.endswith("\t(已归档)")


def test_a_missing_case_tells_the_command_line_how_to_list_ids_and_the_window_does_not(tmp_path, capsys):
    from desktop.store.cases import CaseNotFound

    assert main(["--data-dir", str(tmp_path), "--lang", "en", "export", "20250101-nothere", "--preset", "lawyer",
                 "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "There is no case “20250101-nothere”" in err and "python -m desktop cases" in err
    # What a window shows (the message alone) names no command to type.
    assert "python -m desktop" not in CaseNotFound("x").message("zh_CN") + CaseNotFound("x").message("en")
