"""The ``apr`` subcommand: parses its arguments, prints in the chosen language, exit 0 / 2."""

from __future__ import annotations

import argparse

import pytest

from desktop.commands.apr import add_parser, parse_payments, run


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="debt-call-helper")
    add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["apr", *argv])


def test_regular_payments_in_chinese(capsys):
    assert run(parse(["--received", "10000", "--payments", "1000x12"]), "zh_CN") == 0
    out, err = capsys.readouterr()
    assert "这笔贷款的实际年化利率约为 35.1%" in out
    assert "名义年利率：35.07%" in out
    assert "实际年利率（复利）：41.30%" in out
    assert err == ""


def test_regular_payments_in_english(capsys):
    assert run(parse(["--received", "1万", "--payments", "1000x12", "--period", "month"]), "en") == 0
    out, _ = capsys.readouterr()
    assert "Nominal annual rate:   35.07%" in out
    assert "Effective annual rate: 41.30%" in out
    assert "¥12,000.00" in out


def test_payment_lists():
    assert parse_payments("1000,1000,1200") == [100000, 100000, 120000]
    assert parse_payments("1000x2, 1200") == [100000, 100000, 120000]
    assert parse_payments("1000×2，500*1") == [100000, 100000, 50000]
    assert parse_payments("1.5万X2") == [1500000, 1500000]


def test_weekly_period_and_grace(capsys):
    assert run(parse(["--received", "1000", "--payments", "1010", "--period", "week"]), "en") == 0
    assert "Rate per week:" in capsys.readouterr().out
    assert run(parse(["--received", "1000", "--payments", "600,600", "--first-after", "2"]), "en") == 0


def test_dated_schedule_with_header_and_quoted_thousands(tmp_path, capsys):
    csv_file = tmp_path / "s.csv"
    csv_file.write_text(
        '日期,金额\n2008-03-01,"2,750"\n2008/10/30,4250\n\n2009年2月15日,3250\n2009.4.1,2750\n', "utf-8-sig"
    )
    args = parse(["--received", "10000", "--received-on", "2008-01-01", "--schedule", str(csv_file)])
    assert run(args, "en") == 0
    out = capsys.readouterr().out
    assert "Effective annual rate: 37.34%" in out
    assert "actual payment dates" in out


def test_dated_schedule_in_gbk_without_header(tmp_path, capsys):
    csv_file = tmp_path / "s.csv"
    csv_file.write_bytes("2027-01-01,11000元\n".encode("gbk"))
    args = parse(["--received", "10000", "--received-on", "2026-01-01", "--schedule", str(csv_file)])
    assert run(args, "zh_CN") == 0
    assert "实际年利率（复利）：10.00%" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "lang", "message"),
    [
        (["--received", "abc", "--payments", "1000x12"], "zh_CN", "看不懂"),
        (["--received", "-5", "--payments", "1000x12"], "en", "negative"),
        (["--received", "10000", "--payments", "1000x0"], "en", "count 0"),
        (["--received", "10000", "--payments", ","], "en", "No payments"),
        (["--received", "10000", "--payments", "0x12"], "zh_CN", "必须大于零"),
        (["--received", "10000", "--payments", "1000x12", "--received-on", "2026-01-01"], "en", "--schedule"),
        (["--received", "1", "--payments", "100000000x400", "--period", "day"], "en", "absurdly high"),
    ],
)
def test_bad_input_goes_to_stderr_with_exit_code_2(argv, lang, message, capsys):
    assert run(parse(argv), lang) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err


def test_schedule_needs_the_loan_date(tmp_path, capsys):
    csv_file = tmp_path / "s.csv"
    csv_file.write_text("2026-02-01,1000\n", "utf-8")
    assert run(parse(["--received", "900", "--schedule", str(csv_file)]), "zh_CN") == 2
    assert "--received-on" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"2026-02-01\n", "has no amount"),
        (b"date,amount\n2026-13-01,1000\n", "not a date"),
        (b"2026-02-01,1,500\n", "more than two columns"),
        (b"2026-02-01,1000,\n", "Received:"),
        (b"2025-12-01,1000\n", "before the money was received"),
        (b"date,amount\n", "no payments in it"),
        (b"", "no payments in it"),
        (b'"' + b"x" * 200_000 + b"\n", "not a valid CSV"),
        (b"\x00\x01\x02", "no payments in it"),
        (b"when,how much\nyesterday,1000\n", "not a date"),
    ],
)
def test_bad_schedule_files(tmp_path, capsys, content, message):
    csv_file = tmp_path / "s.csv"
    csv_file.write_bytes(content)
    rc = run(parse(["--received", "900", "--received-on", "2026-01-01", "--schedule", str(csv_file)]), "en")
    out, err = capsys.readouterr()
    if message == "Received:":  # an empty trailing column from Excel is fine
        assert rc == 0 and message in out
    else:
        assert rc == 2 and message in err


def test_missing_schedule_file(tmp_path, capsys):
    args = parse(
        ["--received", "900", "--received-on", "2026-01-01", "--schedule", str(tmp_path / "none.csv")]
    )
    assert run(args, "en") == 2
    assert "Cannot open" in capsys.readouterr().err


def test_payments_and_schedule_are_mutually_exclusive():
    with pytest.raises(SystemExit):
        parse(["--received", "1", "--payments", "1", "--schedule", "x.csv"])
