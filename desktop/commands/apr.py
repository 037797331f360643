"""``apr`` subcommand: the real annual rate of a loan from the command line.

Two forms::

    apr --received 10000 --payments 1000x12 [--period month|week|day] [--first-after N]
    apr --received 10000 --received-on 2026-01-05 --schedule payments.csv

``--payments`` lists equally spaced payments separated by commas, each either
an amount or ``AMOUNTxCOUNT`` (``x``, ``X``, ``*`` or ``×``):
``1000x12``, ``1000,1000,1200``, ``1000x11,1200``. Because commas separate
payments, write amounts there without thousands commas (``1.5万`` is fine).

``--schedule`` reads dated payments from a CSV file (UTF-8, UTF-8 with BOM or
GBK/GB18030), one ``date,amount`` per line, e.g. ``2026-02-05,1000``; dates may
also be written ``2026/2/5``, ``2026.2.5`` or ``2026年2月5日``. A first line that
does not start with a date is taken as a header; blank lines are skipped. The
loan date is not guessed: ``--received-on`` is required with ``--schedule``.

Results go to stdout in the chosen language; a bad input prints a message to
stderr and returns 2.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from datetime import date
from pathlib import Path

from desktop.domain.apr import PERIODS_PER_YEAR, RateResult, describe_rate, rate_from_dated, rate_from_regular
from desktop.domain.errors import UserError
from desktop.domain.money import format_amount, parse_amount

MAX_SCHEDULE_BYTES = 1_000_000
MAX_REPEAT = 3650
_REPEAT = re.compile(r"^(?P<amount>.+?)\s*[xX*×]\s*(?P<count>[0-9]+)$")
_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


_MAX_CELL = 200


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add the ``apr`` subcommand to ``subparsers`` and return its parser."""
    parser = subparsers.add_parser(
        "apr",
        help="real annual interest rate of a loan / 计算贷款的实际年化利率",
        description=__doc__.split("\n\n")[0],
    )
    parser.add_argument("--received", required=True, help="amount actually received, e.g. 10000 or 1万")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--payments", help="equally spaced payments: 1000x12 or 1000,1000,1200")
    source.add_argument("--schedule", metavar="FILE", help="CSV of dated payments: date,amount per line")
    parser.add_argument("--period", choices=sorted(PERIODS_PER_YEAR), default="month")
    parser.add_argument(
        "--first-after", type=int, default=1, metavar="N", help="periods until the first payment (default 1)"
    )
    parser.add_argument("--received-on", metavar="DATE", help="date the money arrived (with --schedule)")
    return parser


def parse_payments(spec: str) -> list[int]:
    """``"1000x12"`` / ``"1000,1000,1200"`` / ``"1000x11,1200"`` → payments in fen."""
    payments: list[int] = []
    for part in spec.replace("，", ",").split(","):
        part = part.strip()
        if not part:
            continue
        count = 1
        match = _REPEAT.match(part)
        if match:
            part, count = match.group("amount"), int(match.group("count"))
            if not 1 <= count <= MAX_REPEAT:
                raise UserError(
                    zh=f"期数 {count} 不对，必须在 1 到 {MAX_REPEAT} 之间。",
                    en=f"The count {count} is wrong; it must be between 1 and {MAX_REPEAT}.",
                    field="payments",
                )
        payments.extend([parse_amount(part, field="payments")] * count)
        if len(payments) > MAX_REPEAT:
            break  # rate_from_regular reports "too many payments"
    return payments


def parse_date(text: str, *, field: str = "date") -> date:
    """``2026-01-05``, ``2026/1/5``, ``2026.1.5`` or ``2026年1月5日`` → a date."""
    match = _DATE.match(text)
    if match:
        try:
            return date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    raise UserError(
        zh=f"看不懂日期“{text.strip()[:20]}”。请写成 2026-01-05 这样的格式。",
        en=f"“{text.strip()[:20]}” is not a date I can read. Write it like 2026-01-05.",
        field=field,
    )


def _plausible(text: str) -> int:
    """How many characters look like a Chinese or English schedule would."""
    return sum(
        ch.isascii() or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
        for ch in text
    )


def _decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or GBK/GB18030, as Excel on Chinese Windows saves."""
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    candidates = []
    for encoding in ("utf-8", "gb18030"):
        try:
            candidates.append(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    if candidates:
        # Short GBK text can also be valid UTF-8 ("元" → "Ԫ"): keep the reading that
        # looks like Chinese; on a tie, UTF-8 (listed first) wins.
        return max(candidates, key=_plausible)
    raise UserError(
        zh="还款表的文字编码无法识别。请在 Excel 或记事本里另存为“CSV UTF-8”后再试。",
        en="The schedule file's text encoding is not recognised. Save it as “CSV UTF-8” and try again.",
        field="schedule",
    )


def read_schedule(path: str | Path) -> list[tuple[date, int]]:
    """Read dated payments from a CSV file (see the module docstring)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_SCHEDULE_BYTES:
            raise UserError(
                zh="还款表文件太大（超过 1 MB），不像一份还款计划。请检查选的文件。",
                en="The schedule file is over 1 MB, too large for a repayment schedule. Check the file.",
                field="schedule",
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(
            zh=f"打不开还款表文件 {path.name}。请检查文件名和位置。",
            en=f"Cannot open the schedule file {path.name}. Check its name and location.",
            field="schedule",
        ) from exc
    # Empty cells (Excel pads rows with them) are dropped, so only the text counts.
    # A date or an amount is short: a huge cell means this is not a schedule. Checked
    # here rather than through csv.field_size_limit, which is process-wide.
    try:
        rows = [[c for c in row if c.strip()] for row in csv.reader(io.StringIO(_decode(raw)))]
        if any(len(cell) > _MAX_CELL for row in rows for cell in row):
            raise csv.Error("cell too long")
    except csv.Error as exc:
        raise UserError(
            zh="还款表不是有效的 CSV 文件。请在 Excel 里另存为“CSV UTF-8”后再试。",
            en="The schedule is not a valid CSV file. Save it from Excel as “CSV UTF-8” and try again.",
            field="schedule",
        ) from exc
    rows = [row for row in rows if row]
    if rows and not _DATE.match(rows[0][0]):
        rows = rows[1:]  # a header line
    if not rows:
        raise UserError(
            zh="还款表里没有还款记录。每行写成“日期,金额”，例如 2026-02-05,1000。",
            en="The schedule file has no payments in it. Write one date,amount per line, for example "
            "2026-02-05,1000.",
            field="schedule",
        )
    payments = []
    for row in rows:
        if len(row) > 2:
            raise UserError(
                zh=f"还款表中“{','.join(row)[:30]}”这一行多于两栏。每行只写“日期,金额”；"
                "金额里不要用千位逗号（或者给金额加上英文引号）。",
                en=f"The line “{','.join(row)[:30]}” has more than two columns. Write only date,amount; leave "
                "thousands commas out of amounts (or put the amount in double quotes).",
                field="schedule",
            )
        if len(row) < 2:
            raise UserError(
                zh=f"还款表中“{','.join(row)[:30]}”这一行少了金额。每行写成“日期,金额”，例如 2026-02-05,1000。",
                en=f"The line “{','.join(row)[:30]}” has no amount. Write each line as date,amount, for "
                "example 2026-02-05,1000.",
                field="schedule",
            )
        payments.append((parse_date(row[0], field="schedule"), parse_amount(row[1], field="schedule")))
    return payments


def _details(result: RateResult, lang: str) -> list[str]:
    def pct(rate: float) -> str:
        return f"{rate * 100:,.2f}%"

    fmt = format_amount
    if lang == "en":
        unit = {"month": "month", "week": "week", "day": "day"}[result.period]
        return [
            f"Received:              {fmt(result.received_fen, 'en')}",
            f"Paid back in total:    {fmt(result.total_paid_fen, 'en')} ({result.payment_count} "
            f"payment{'s' if result.payment_count != 1 else ''})",
            f"Cost of borrowing:     {fmt(result.total_cost_fen, 'en')}",
            f"Rate per {unit}:{' ' * (13 - len(unit))}{pct(result.periodic_rate)}",
            f"Nominal annual rate:   {pct(result.nominal_annual)}",
            f"Effective annual rate: {pct(result.effective_annual)}",
            "Computed only from the figures given; for information, not legal advice.",
        ]
    unit = {"month": "月", "week": "周", "day": "日"}[result.period]
    return [
        f"到手金额：{fmt(result.received_fen)}",
        f"还款总额：{fmt(result.total_paid_fen)}（共 {result.payment_count} 笔）",
        f"借款成本：{fmt(result.total_cost_fen)}",
        f"每{unit}利率：{pct(result.periodic_rate)}",
        f"名义年利率：{pct(result.nominal_annual)}",
        f"实际年利率（复利）：{pct(result.effective_annual)}",
        "以上只按你提供的数字计算，仅供参考，不构成法律意见。",
    ]


def compute(args: argparse.Namespace) -> RateResult:
    """The :class:`RateResult` for parsed arguments; :class:`UserError` on bad input."""
    received = parse_amount(args.received, field="received")
    if args.schedule is not None:
        if not args.received_on:
            raise UserError(
                zh="使用 --schedule 时，请用 --received-on 写明钱到账的日期，例如 --received-on 2026-01-05。",
                en="With --schedule, give the date the money arrived with --received-on, for example "
                "--received-on 2026-01-05.",
                field="received_on",
            )
        received_on = parse_date(args.received_on, field="received_on")
        return rate_from_dated(received, received_on, read_schedule(args.schedule))
    if args.received_on:
        raise UserError(
            zh="--received-on 只和 --schedule 一起使用；按固定周期还款时请用 --first-after。",
            en="--received-on only goes with --schedule; for regular payments use --first-after.",
            field="received_on",
        )
    return rate_from_regular(received, parse_payments(args.payments), args.period, args.first_after)


def run(args: argparse.Namespace, lang: str = "zh_CN") -> int:
    """Print the rate for ``args`` in ``lang``; 0 on success, 2 for bad input."""
    try:
        result = compute(args)
    except UserError as err:
        print(err.message(lang), file=sys.stderr)
        return 2
    print(describe_rate(result, lang))
    print()
    for line in _details(result, lang):
        print(line)
    return 0
