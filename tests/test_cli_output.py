"""Text from files and cases printed by the command line can never control the terminal (review 2.15)."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from desktop import cli
from desktop.commands.output import clean_output, printable

# Sets the terminal's title, clears the screen, turns text red; then a C1 CSI and a right-to-left override.
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\x1b[31m\x9b31m\u202e"
CONTROLS = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))] + [
    "\u061c", "\u200e", "\u200f", "\u2028", "\u2029", *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))
]


def assert_harmless(text: str) -> None:
    bad = [f"U+{ord(ch):04X}" for ch in text if ch in CONTROLS]
    assert not bad, f"control characters reached the terminal: {bad}"


def test_printable_shows_every_control_character_and_keeps_the_text():
    assert printable(HOSTILE) == "^[]0;pwned^G^[[2J^[[31m<U+009B>31m<U+202E>"
    assert printable("时间\t方式\n第二行 𠮷 é") == "时间\t方式\n第二行 𠮷 é", "tabs, newlines and text stay"
    assert printable("\r\x7f\x00") == "^M^?^@"
    for ch in CONTROLS:
        assert_harmless(printable(f"a{ch}b"))
        assert printable(f"a{ch}b").isascii() or ch in "\t\n"


def test_output_is_restored_after_a_command_and_a_missing_console_stays_missing(monkeypatch):
    before = sys.stdout, sys.stderr
    with clean_output():
        assert sys.stdout is not before[0]
    assert (sys.stdout, sys.stderr) == before
    monkeypatch.setattr(sys, "stdout", None)  # a windowed build on Windows
    with clean_output():
        assert sys.stdout is None
        print("nowhere", file=sys.stderr)


def run(data_dir, capsys, *argv) -> tuple[int, str]:
    code = cli.main(["--data-dir", str(data_dir.root), "--lang", "en", *map(str, argv)])
    out, err = capsys.readouterr()
    assert_harmless(out + err)
    return code, out + err


@pytest.fixture
def hostile_case(cases):
    """A case whose alias holds escape sequences, as a bundle from elsewhere can bring (the store's own
    alias check would strip them, so it is written straight into the database)."""
    case = cases.create("正常的名字")
    with cases.open(case.id) as conn:
        conn.execute("UPDATE case_info SET alias = ? WHERE id = 1", (f"王女士{HOSTILE}",))
    return case


def test_import_csv_prints_a_hostile_column_name_harmlessly(data_dir, cases, tmp_path, capsys):
    case = cases.create("导入")
    path = tmp_path / "log.csv"
    path.write_text(f"time,summary,{HOSTILE}evil\n2026-11-03 21:05,hello,x\n", encoding="utf-8")
    code, text = run(data_dir, capsys, "import-csv", case.id, path)
    assert code == 0 and "^[]0;pwned^G^[[2J" in text and "Unknown columns" in text


def test_an_error_naming_a_hostile_file_is_printed_harmlessly(data_dir, cases, tmp_path, capsys):
    case = cases.create("导入")
    code, text = run(data_dir, capsys, "import-csv", case.id, tmp_path / f"{HOSTILE}.csv")
    assert code == 2 and "not found" in text and "^[" in text


def test_the_case_list_prints_a_hostile_alias_harmlessly(data_dir, hostile_case, capsys):
    code, text = run(data_dir, capsys, "cases")
    assert code == 0 and hostile_case.id in text and "王女士^[]0;pwned^G" in text


def test_bundle_import_prints_a_hostile_alias_harmlessly(data_dir, hostile_case, tmp_path, capsys):
    bundle = tmp_path / "k.dchcase"
    code, _ = run(data_dir, capsys, "bundle", "export", hostile_case.id, bundle)
    assert code == 0
    code, text = run(data_dir, capsys, "bundle", "import", bundle)
    assert code == 0 and "王女士^[]0;pwned^G" in text


def test_the_database_really_holds_the_escape_so_the_tests_above_test_something(cases, hostile_case):
    conn = sqlite3.connect(cases.db_path(hostile_case.id))
    try:
        (alias,) = conn.execute("SELECT alias FROM case_info").fetchone()
    finally:
        conn.close()
    assert "\x1b]0;pwned\x07" in alias
