"""The command line: what it prints, and its exit codes (0 done, 1 failed, 2 bad input)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*args, data_dir=None, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "desktop"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)


def test_cases_new_prints_the_id_and_cases_lists_it(tmp_path, capsys):
    data = tmp_path / "数据 目录"
    assert main(["--data-dir", str(data), "cases", "new", "王女士 𠮷"]) == 0
    case_id = capsys.readouterr().out.strip()
    assert (data / "cases" / case_id / "case.db").is_file()
    assert main(["--data-dir", str(data), "--lang", "zh_CN", "cases"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(case_id)
    assert line.endswith("\t0\t王女士 𠮷")


def test_an_empty_case_list_says_so(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "--lang", "zh_CN", "cases"]) == 0
    assert "还没有案件" in capsys.readouterr().out


@pytest.mark.parametrize("alias", ["", "   ", "x" * 10_000])
def test_a_bad_alias_is_explained_with_exit_2(tmp_path, capsys, alias):
    assert main(["--data-dir", str(tmp_path), "--lang", "zh_CN", "cases", "new", alias]) == 2
    err = capsys.readouterr().err
    assert "案件" in err
    assert "Traceback" not in err


def test_a_data_folder_that_is_a_file_is_explained_with_exit_2(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["--data-dir", str(blocker), "--lang", "en", "cases"]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_bad_arguments_exit_2_with_a_message_in_a_separate_process(tmp_path):
    result = run("no-such-command", data_dir=tmp_path)
    assert result.returncode == 2
    assert "--help" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("cases", "new", data_dir=tmp_path)
    assert result.returncode == 2


def test_the_language_chosen_in_settings_is_used_by_the_cli(tmp_path, capsys):
    from desktop.files.data_dir import DataDir
    from desktop.settings import LANGUAGE, Settings

    data = DataDir(tmp_path)
    data.ensure()
    Settings(data.settings_file).set(LANGUAGE, "zh_CN")
    assert main(["--data-dir", str(tmp_path), "cases"]) == 0
    assert "还没有案件" in capsys.readouterr().out


def test_self_test_passes_and_says_what_it_checked():
    result = run("self-test", timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all checks passed" in result.stdout
    assert "Chinese font embedded in the PDF" in result.stdout
    assert "[FAIL]" not in result.stdout


_WINDOW_ARGS = st.lists(
    st.sampled_from(["--data-dir", "--lang", "--first-paint-exit", "zh_CN", "en", "fr", "数据 目录", "-x", "",
                     "--data-dir=d", "--lang=en", "--lang=zh_CN", "--lang=", "--data-dir=", "cases", "--help"]),
    max_size=6,
)


@given(_WINDOW_ARGS)
@settings(max_examples=300, deadline=None)
def test_the_window_options_read_by_hand_agree_with_the_full_parser(argv):
    """Starting the window skips argparse when it can; whatever it reads must match argparse's reading."""
    from desktop.cli import _gui_options, build_parser

    fast = _gui_options(argv)
    if fast is None:
        return  # the full parser takes over, with its explanations
    full = build_parser().parse_args(argv)
    assert (fast.command, fast.data_dir, fast.lang, fast.first_paint_exit) == (
        full.command, full.data_dir, full.lang, full.first_paint_exit)


@pytest.mark.parametrize("argv", [["--lang", "fr"], ["--data-dir"], ["--lang"], ["--data-dir", "--lang", "en"]])
def test_a_bad_window_option_is_explained_by_the_full_parser(argv, capsys):
    assert main(argv) == 2
    assert "--help" in capsys.readouterr().err


def test_the_global_options_may_follow_the_command_as_people_type_them(tmp_path, capsys):
    data = tmp_path / "数据 目录"
    assert main(["cases", "new", "王女士", "--data-dir", str(data)]) == 0
    case_id = capsys.readouterr().out.strip()
    assert (data / "cases" / case_id / "case.db").is_file()
    assert main(["cases", "--data-dir", str(data), "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith(case_id)
    assert main(["verify", case_id, "--data-dir", str(data), "--lang", "en"]) == 0
    assert "OK" in capsys.readouterr().out
    out = tmp_path / "报告.pdf"
    assert main(["export", case_id, "--preset", "lawyer", "-o", str(out), "--data-dir", str(data)]) == 0
    assert out.is_file()
    assert main(["bundle", "export", case_id, str(tmp_path / "b.dchcase"), "--data-dir", str(data)]) == 0


def test_an_option_after_the_command_wins_over_the_same_option_before_it(tmp_path, capsys):
    elsewhere, data = tmp_path / "elsewhere", tmp_path / "data"
    assert main(["--data-dir", str(elsewhere), "cases", "new", "甲", "--data-dir", str(data)]) == 0
    case_id = capsys.readouterr().out.strip()
    assert (data / "cases" / case_id).is_dir()
    assert not (elsewhere / "cases" / case_id).exists()
    # Given only before the command, the value is kept (the command's parser does not reset it).
    assert main(["--data-dir", str(data), "--lang", "en", "cases"]) == 0
    assert capsys.readouterr().out.startswith(case_id)


def test_exports_own_lang_option_still_picks_the_reports_language(tmp_path, capsys):
    from pypdf import PdfReader

    assert main(["--data-dir", str(tmp_path), "cases", "new", "乙"]) == 0
    case_id = capsys.readouterr().out.strip()
    out = tmp_path / "r.pdf"
    assert main(["export", case_id, "--preset", "lawyer", "-o", str(out), "--lang", "en", "--data-dir",
                 str(tmp_path)]) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Page 1" in text or "page 1" in text.lower()


def test_an_unknown_option_after_the_command_is_still_refused(tmp_path, capsys):
    assert main(["cases", "--data-dir", str(tmp_path), "--bogus"]) == 2
    assert "--bogus" in capsys.readouterr().err
