"""A proposed repayment plan: the schedule of instalments, and whether it is affordable.

The schedule is monthly. A plan starting on the 31st keeps aiming at the 31st
and falls on the last day of shorter months (31 Jan → 28/29 Feb → 31 Mar).
Amounts are integer fen and the last instalment absorbs the rounding, so the
instalments always add up to the total exactly.

Problems that make a plan impossible raise :class:`UserError`; things worth a
second look (a first date already past, a very long plan) are :class:`Notice`
values returned by :func:`plan_warnings`, never errors.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import UserError
from desktop.domain.money import MAX_FEN, format_amount
from desktop.domain.text import Bilingual

MAX_INSTALMENTS = 120
LONG_PLAN_MONTHS = 60


@dataclass(frozen=True)
class Notice(Bilingual):
    """A gentle, bilingual remark (not an error). ``code`` is stable; store it, not the text."""

    code: str
    zh: str
    en: str


@dataclass(frozen=True)
class Instalment:
    """One payment of the plan: its number (from 1), due date and amount in fen."""

    n: int
    due_date: date
    amount_fen: int


def add_months(start: date, months: int) -> date:
    """``start`` moved by ``months``, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last_day))


def _check_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be int, got {type(value).__name__}")
    return value


def _validate(total_fen: int, instalments: int, first_date: date, monthly_fen: int | None) -> None:
    _check_int(total_fen, "total_fen")
    _check_int(instalments, "instalments")
    if not isinstance(first_date, date):
        raise TypeError("first_date must be a date")
    if total_fen <= 0:
        raise UserError(
            zh="要还的总额必须大于零。请填写协商后打算偿还的总金额。",
            en="The total to repay must be more than zero. Enter the total you propose to repay.",
            field="total",
        )
    if total_fen > MAX_FEN:
        raise UserError(
            zh="要还的总额超过了 1 亿元，可能多打了几个零。请检查。",
            en="The total is over 100 million yuan; perhaps there are extra zeros. Please check it.",
            field="total",
        )
    if not 1 <= instalments <= MAX_INSTALMENTS:
        raise UserError(
            zh=f"期数必须在 1 到 {MAX_INSTALMENTS} 期之间（最长 10 年）。",
            en=f"The number of instalments must be between 1 and {MAX_INSTALMENTS} (10 years at most).",
            field="instalments",
        )
    if monthly_fen is None:
        return
    _check_int(monthly_fen, "monthly_fen")
    if monthly_fen <= 0:
        raise UserError(
            zh="每月还款金额必须大于零。",
            en="The monthly amount must be more than zero.",
            field="monthly",
        )
    if monthly_fen * instalments < total_fen:
        needed = -(-total_fen // instalments)
        months = -(-total_fen // monthly_fen)
        raise UserError(
            zh=f"每月 {format_amount(monthly_fen)}、共 {instalments} 期，还不完 {format_amount(total_fen)}。"
            f"请把每月金额提高到至少 {format_amount(needed)}，或者把期数增加到 {months} 期。",
            en=f"{instalments} instalments of {format_amount(monthly_fen, 'en')} do not cover "
            f"{format_amount(total_fen, 'en')}. Raise the monthly amount to at least "
            f"{format_amount(needed, 'en')}, or use {months} instalments.",
            field="monthly",
        )
    if monthly_fen * (instalments - 1) >= total_fen:
        months = -(-total_fen // monthly_fen)
        raise UserError(
            zh=f"每月 {format_amount(monthly_fen)} 的话，{months} 期就能还清，用不了 {instalments} 期。"
            "请减少期数或降低每月金额。",
            en=f"At {format_amount(monthly_fen, 'en')} a month the debt is repaid in {months} instalments, "
            f"not {instalments}. Use fewer instalments or a smaller monthly amount.",
            field="instalments",
        )


def build_schedule(
    total_fen: int, instalments: int, first_date: date, monthly_fen: int | None = None
) -> list[Instalment]:
    """The full monthly schedule of a plan.

    Without ``monthly_fen`` the total is split evenly; with it, every
    instalment is ``monthly_fen`` except the last, which is whatever remains
    (at most ``monthly_fen``). Either way the amounts add up to ``total_fen``.
    Raises :class:`UserError` when the numbers cannot make a plan.
    """
    _validate(total_fen, instalments, first_date, monthly_fen)
    regular = monthly_fen if monthly_fen is not None else total_fen // instalments
    last = total_fen - regular * (instalments - 1)
    return [
        Instalment(
            n=k + 1,
            due_date=add_months(first_date, k),
            amount_fen=last if k == instalments - 1 else regular,
        )
        for k in range(instalments)
    ]


def plan_warnings(
    total_fen: int,
    instalments: int,
    first_date: date,
    monthly_fen: int | None = None,
    *,
    today: date | None = None,
) -> list[Notice]:
    """Things about a valid plan worth a second look (same arguments as :func:`build_schedule`)."""
    _validate(total_fen, instalments, first_date, monthly_fen)
    today = today or date.today()
    notices = []
    if first_date < today:
        notices.append(
            Notice(
                code="first_date_past",
                zh=f"第一期的日期（{first_date.isoformat()}）已经过去了。对方一般不会接受从过去开始的计划，"
                "请改成今天以后的日期。",
                en=f"The first instalment date ({first_date.isoformat()}) is already past. A lender is unlikely "
                "to accept a plan that starts in the past; choose a date after today.",
            )
        )
    if instalments > LONG_PLAN_MONTHS:
        notices.append(
            Notice(
                code="long_plan",
                zh=f"计划长达 {instalments} 期（超过 5 年）。信用卡的个性化分期最长为 5 年，"
                "其他贷款也很少接受更长的期限，可以考虑准备一个更短的备选方案。",
                en=f"The plan runs {instalments} months (over 5 years). Individualised credit-card instalment "
                "plans are limited to 5 years, and other lenders rarely accept longer; consider a shorter "
                "alternative as well.",
            )
        )
    return notices


@dataclass(frozen=True)
class PlanCheck:
    """Whether a monthly plan fits what is left over each month.

    ``margin_fen`` is left over minus the plan: spare money if positive, the
    shortfall if negative.
    """

    fits: bool
    margin_fen: int
    notice: Notice


def check_plan(plan_monthly_fen: int, left_over_fen: int) -> PlanCheck:
    """Compare a plan's monthly amount with the money left over each month (which may be negative)."""
    _check_int(plan_monthly_fen, "plan_monthly_fen")
    _check_int(left_over_fen, "left_over_fen")
    if plan_monthly_fen < 0:
        raise UserError(
            zh="每月还款金额不能是负数。",
            en="The monthly amount cannot be negative.",
            field="monthly",
        )
    margin = left_over_fen - plan_monthly_fen
    plan_zh, plan_en = format_amount(plan_monthly_fen), format_amount(plan_monthly_fen, "en")
    if left_over_fen <= 0:
        notice = Notice(
            code="no_left_over",
            zh="按你填写的收支，每月没有剩余的钱可以用来还款。先看看收支表里能否调整；"
            "如实向对方说明情况，比承诺一个做不到的计划更好。",
            en="With the income and spending you entered, nothing is left each month for repayments. See "
            "whether the statement can change; explaining this honestly is better than promising a plan "
            "you cannot keep.",
        )
        return PlanCheck(fits=plan_monthly_fen == 0, margin_fen=margin, notice=notice)
    left_zh, left_en = format_amount(left_over_fen), format_amount(left_over_fen, "en")
    if margin >= 0:
        notice = Notice(
            code="plan_fits",
            zh=f"每月还 {plan_zh}，在每月剩余的 {left_zh} 之内，还剩 {format_amount(margin)}。",
            en=f"Paying {plan_en} a month fits within the {left_en} left each month, with "
            f"{format_amount(margin, 'en')} to spare.",
        )
        return PlanCheck(fits=True, margin_fen=margin, notice=notice)
    notice = Notice(
        code="plan_too_high",
        zh=f"每月还 {plan_zh}，比每月剩余的 {left_zh} 多 {format_amount(-margin)}。"
        "承诺做不到的计划容易再次逾期，建议降低每月金额或增加期数。",
        en=f"Paying {plan_en} a month is {format_amount(-margin, 'en')} more than the {left_en} left each "
        "month. A plan you cannot keep is likely to fall behind again; lower the monthly amount or add "
        "instalments.",
    )
    return PlanCheck(fits=False, margin_fen=margin, notice=notice)
