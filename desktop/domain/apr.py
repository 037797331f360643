"""The true annual cost of a loan, from the money actually received and paid back.

Two ways in:

* :func:`rate_from_regular` — equally spaced payments (monthly, weekly, daily).
  The periodic internal rate of return ``r`` solves
  ``received = Σ payment_k / (1 + r) ** t_k``; the *nominal* annual rate is
  ``r × periods per year`` (12, 52 or 365) and the *effective* annual rate is
  ``(1 + r) ** periods − 1``.
* :func:`rate_from_dated` — payments on actual dates (XIRR). Time is counted in
  days / 365, so the root is directly the *effective* annual rate. Its
  *nominal* rate is that effective rate expressed as a monthly-compounded
  nominal rate, ``12 × ((1 + effective) ** (1/12) − 1)``, so that the two
  methods report comparable "按月计" nominal figures.

Solving never diverges. Because the amount received and every payment are
positive, the cash flows change sign exactly once, so the present value is
strictly monotone in the rate and there is exactly one root. Working in
``x = ln(1 + r)`` and comparing logarithms of present values (log-sum-exp),
the root is bracketed in closed form — if everything is paid ``P`` against a
net ``R`` received, ``x`` lies between ``ln(P/R)/t_max`` and ``ln(P/R)/t_min``
— and found by Newton steps kept inside that bracket, falling back to
bisection. Nothing can overflow on the way; only the final conversion to an
annual figure can, and that is reported as a :class:`UserError`.

Repaying less than was received gives a negative rate; this is returned, not
refused (:attr:`RateResult.is_negative`), and :func:`describe_rate` says so.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.domain.errors import UserError
from desktop.domain.legal import RateReference
from desktop.domain.money import MAX_FEN, format_amount

PERIODS_PER_YEAR = {"month": 12, "week": 52, "day": 365}
"""Conventions: 52 weeks and 365 days to a year (the dated method also uses 365)."""

MAX_PAYMENTS = 3650
DAYS_PER_YEAR = 365.0
_MAX_EXP = 700.0  # math.exp overflows just above 709.78


@dataclass(frozen=True)
class RateResult:
    """The annual cost of one loan. Rates are fractions: ``0.3507`` means 35.07 %.

    ``method`` is ``"regular"`` or ``"dated"``. For dated payments ``period`` is
    ``"month"`` and ``periodic_rate`` is the monthly rate equivalent to the
    effective annual rate.
    """

    method: str
    period: str
    periods_per_year: int
    periodic_rate: float
    nominal_annual: float
    effective_annual: float
    received_fen: int
    total_paid_fen: int
    total_cost_fen: int
    payment_count: int

    @property
    def is_negative(self) -> bool:
        """True when less was paid back than received (the rate is below zero)."""
        return self.total_cost_fen < 0


def _check_fen(value: object, *, what_zh: str, what_en: str, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{field} must be int fen, got {type(value).__name__}")
    if value <= 0:
        raise UserError(
            zh=f"{what_zh}必须大于零。请填写实际的金额，例如 1000。",
            en=f"{what_en} must be more than zero. Enter the actual amount, for example 1000.",
            field=field,
        )
    if value > MAX_FEN:
        raise UserError(
            zh=f"{what_zh}超过了 1 亿元，可能多打了几个零。请检查。",
            en=f"{what_en} is over 100 million yuan; perhaps there are extra zeros. Please check it.",
            field=field,
        )
    return value


def _check_payments(payments: Sequence[int]) -> None:
    if not payments:
        raise UserError(
            zh="还没有填写任何还款。请至少填写一笔还款，例如“1000x12”表示每期 1000 元、共 12 期。",
            en="No payments were entered. Enter at least one payment, for example “1000x12” for 12 payments "
            "of 1000 yuan.",
            field="payments",
        )
    if len(payments) > MAX_PAYMENTS:
        raise UserError(
            zh=f"还款笔数太多（最多 {MAX_PAYMENTS} 笔）。请检查期数。",
            en=f"Too many payments (at most {MAX_PAYMENTS}). Please check the number of instalments.",
            field="payments",
        )
    for i, amount in enumerate(payments, start=1):
        _check_fen(amount, what_zh=f"第 {i} 笔还款", what_en=f"Payment {i}", field="payments")


def _solve_log_rate(net_received: float, flows: Sequence[tuple[float, float]]) -> float:
    """Return ``x = ln(1 + r)`` with ``Σ amount · e^(−x·t) = net_received``.

    ``flows`` are ``(t, amount)`` with every ``t > 0`` and ``amount > 0``, and
    ``net_received > 0``. Works on ``h(x) = ln Σ amount·e^(−x·t) − ln R``, which
    is strictly decreasing and convex, so it never overflows.
    """
    logs = [(t, math.log(a)) for t, a in flows]
    log_r = math.log(net_received)
    c = math.log(sum(a for _, a in flows)) - log_r
    if c == 0.0:
        return 0.0  # paid back exactly what was received: no interest at all
    t_min = min(t for t, _ in flows)
    t_max = max(t for t, _ in flows)
    lo, hi = sorted((c / t_min, c / t_max))

    def h_and_slope(x: float) -> tuple[float, float]:
        exps = [la - x * t for t, la in logs]
        m = max(exps)
        total = 0.0
        weighted = 0.0
        for (t, _), e in zip(logs, exps, strict=True):
            w = math.exp(e - m)
            total += w
            weighted += w * t
        return m + math.log(total) - log_r, -weighted / total

    # h is convex and decreasing, so Newton steps from the left end approach the
    # root from below without overshooting; the bracket guards anyway.
    x = lo
    for _ in range(200):
        h, slope = h_and_slope(x)
        if h == 0.0:
            return x
        # Keep the bracket: h decreases, so h > 0 means the root lies above x.
        if h > 0:
            lo = x
        else:
            hi = x
        step_x = x - h / slope if slope != 0.0 else (lo + hi) / 2
        if not lo < step_x < hi:
            step_x = (lo + hi) / 2
        if abs(step_x - x) <= 4e-16 * max(1.0, abs(x)) or hi - lo <= 4e-16 * max(1.0, abs(x)):
            return step_x
        x = step_x
    return x


def _annualise(x: float, periods_per_year: float) -> float:
    """``e^(n·x) − 1``, refusing rates too large to be real."""
    if periods_per_year * x > _MAX_EXP:
        raise UserError(
            zh="按这些数字算出的利率高得离谱，无法换算成年利率。请检查到手金额、还款金额和日期是否填错。",
            en="These numbers give an absurdly high rate that cannot be expressed per year. Check the amount "
            "received, the payments and their dates for typing slips.",
            field="payments",
        )
    return math.expm1(periods_per_year * x)


def rate_from_regular(
    received_fen: int,
    payments: Sequence[int],
    period: str = "month",
    first_payment_after: int = 1,
) -> RateResult:
    """The rate of a loan repaid in equally spaced payments.

    ``received_fen`` is what actually reached the borrower (after any fee
    deducted up front). ``payments[k]`` falls ``first_payment_after + k``
    periods after the money was received; ``first_payment_after`` is 1 for an
    ordinary loan and larger after a grace period.

    Raises :class:`UserError` for an empty schedule, a zero or negative amount,
    an unknown period or a rate too high to annualise.
    """
    if period not in PERIODS_PER_YEAR:
        raise UserError(
            zh="还款周期只能是“月”“周”或“日”。",
            en="The repayment period must be month, week or day.",
            field="period",
        )
    if isinstance(first_payment_after, bool) or not isinstance(first_payment_after, int):
        raise TypeError("first_payment_after must be int")
    if not 1 <= first_payment_after <= 120:
        raise UserError(
            zh="第一次还款必须在放款后 1 到 120 期之间。",
            en="The first payment must fall 1 to 120 periods after the money was received.",
            field="first_payment_after",
        )
    _check_fen(received_fen, what_zh="到手金额", what_en="The amount received", field="received")
    _check_payments(payments)
    n = PERIODS_PER_YEAR[period]
    flows = [(float(first_payment_after + k), float(p)) for k, p in enumerate(payments)]
    x = _solve_log_rate(float(received_fen), flows)
    periodic = math.expm1(x)
    total = sum(payments)
    return RateResult(
        method="regular",
        period=period,
        periods_per_year=n,
        periodic_rate=periodic,
        nominal_annual=periodic * n,
        effective_annual=_annualise(x, n),
        received_fen=received_fen,
        total_paid_fen=total,
        total_cost_fen=total - received_fen,
        payment_count=len(payments),
    )


def rate_from_dated(received_fen: int, received_on: date, payments: Iterable[tuple[date, int]]) -> RateResult:
    """The rate of a loan from dated payments (XIRR, days / 365).

    Payments may come in any order. A payment on the day the money was
    received counts as a fee taken up front: it is subtracted from the amount
    received. Raises :class:`UserError` for an empty schedule, a zero or
    negative amount, a payment dated before the money was received, or
    same-day payments that already use up everything received.
    """
    _check_fen(received_fen, what_zh="到手金额", what_en="The amount received", field="received")
    if not isinstance(received_on, date):
        raise TypeError("received_on must be a date")
    items = list(payments)
    _check_payments([amount for _, amount in items])
    flows: list[tuple[float, float]] = []
    same_day = 0
    for i, (day, amount) in enumerate(items, start=1):
        if not isinstance(day, date):
            raise TypeError("payment dates must be dates")
        days = (day - received_on).days
        if days < 0:
            raise UserError(
                zh=f"第 {i} 笔还款的日期（{day.isoformat()}）早于放款日期（{received_on.isoformat()}）。"
                "请检查日期，或把放款日期改成实际到账的那一天。",
                en=f"Payment {i} is dated {day.isoformat()}, before the money was received on "
                f"{received_on.isoformat()}. Check the dates, or set the loan date to the day the money arrived.",
                field="payments",
            )
        if days == 0:
            same_day += amount
        else:
            flows.append((days / DAYS_PER_YEAR, float(amount)))
    if same_day >= received_fen or not flows:
        raise UserError(
            zh="放款当天的还款（或扣费）已经等于或超过到手金额，或者没有放款日之后的还款，无法计算利率。"
            "请检查放款日期和还款日期。",
            en="Payments (or fees) on the day of the loan already equal or exceed the amount received, or no "
            "payment falls after the loan date, so no rate can be computed. Check the dates.",
            field="payments",
        )
    x = _solve_log_rate(float(received_fen - same_day), flows)
    effective = _annualise(x, 1)
    monthly = math.expm1(x / 12)
    total = sum(amount for _, amount in items)
    return RateResult(
        method="dated",
        period="month",
        periods_per_year=12,
        periodic_rate=monthly,
        nominal_annual=monthly * 12,
        effective_annual=effective,
        received_fen=received_fen,
        total_paid_fen=total,
        total_cost_fen=total - received_fen,
        payment_count=len(items),
    )


def _pct(rate: float) -> str:
    return f"{rate * 100:,.1f}%"


_HUGE_EFFECTIVE = 1000.0  # 100,000 %
_PERIOD_ZH = {"month": "按月", "week": "按周", "day": "按日"}
_PERIOD_EN = {"month": "monthly", "week": "weekly", "day": "daily"}


def describe_rate(result: RateResult, lang: str = "zh_CN", *, with_totals: bool = True) -> str:
    """One or two plain sentences about ``result`` in ``lang`` ("zh_CN" or "en")."""
    nominal, effective = _pct(result.nominal_annual), _pct(result.effective_annual)
    # Compounding makes short, costly loans reach absurd-looking figures; past
    # this point the exact number only distracts from the nominal one.
    huge = result.effective_annual > _HUGE_EFFECTIVE
    paid = format_amount(result.total_paid_fen, lang)
    received = format_amount(result.received_fen, lang)
    cost = format_amount(abs(result.total_cost_fen), lang)
    if lang == "en":
        if result.is_negative:
            return (
                f"The payments entered ({paid}) add up to less than the {received} received, so the rate comes "
                f"out negative (about {effective} a year). Check that no payment is missing."
            )
        how = ", worked out from the actual payment dates" if result.method == "dated" else ""
        text = (
            f"The real annual interest rate of this loan is about {nominal} (nominal annual rate with "
            f"{_PERIOD_EN[result.period]} periods{how}), or "
            + (f"more than {_pct(_HUGE_EFFECTIVE)}" if huge else f"about {effective}")
            + " with compounding."
        )
        if with_totals:
            text += f" You pay back {paid} in total for {received} received, which costs {cost}."
        return text
    if result.is_negative:
        return (
            f"填写的还款合计 {paid}，比到手的 {received} 还少，所以算出的年化利率是负数（约 {effective}）。"
            "请检查是否漏填了还款。"
        )
    how = "按实际还款日期计算，折算为" if result.method == "dated" else ""
    text = f"这笔贷款的实际年化利率约为 {nominal}（{how}{_PERIOD_ZH[result.period]}计的名义年利率），" + (
        f"按复利计超过 {_pct(_HUGE_EFFECTIVE)}。" if huge else f"按复利计约为 {effective}。"
    )
    if with_totals:
        text += f"到手 {received}，一共要还 {paid}，借款成本为 {cost}。"
    return text


@dataclass(frozen=True)
class ReferenceComparison:
    """Where a rate stands against one reference line (``threshold`` is a fraction)."""

    id: str
    threshold: float
    above: bool


def _bad_lpr() -> UserError:
    return UserError(
        zh="LPR 要按百分比填写，例如 3.0%；这个数字不对，请检查。",
        en="The LPR should be a percentage such as 3.0%; this value looks wrong, please check it.",
        field="lpr",
    )


def parse_lpr(text: str) -> float | None:
    """The one-year LPR typed as a percentage (``"3.0"``, ``"3.0%"``) as a fraction; ``None`` when blank.

    Raises :class:`UserError` for text that is not a number, or a number that is
    not a plausible percentage (0 < LPR < 100).
    """
    text = text.strip().rstrip("%％").strip()
    if not text:
        return None
    try:
        lpr = float(text) / 100
    except ValueError:
        raise _bad_lpr() from None
    if not 0 < lpr < 1:
        raise _bad_lpr()
    return lpr


def compare_to_references(
    rate: float, references: Iterable[RateReference], lpr: float | None = None
) -> list[ReferenceComparison]:
    """Compare ``rate`` (a fraction; the caller chooses nominal or effective) with each line.

    Each line's level is :meth:`RateReference.rate_percent`: a fixed rate, or a
    multiple of the LPR; LPR-based lines are skipped when ``lpr`` is not given.
    ``above`` is true only when the rate is strictly higher than the line.
    ``lpr`` is a fraction (0.03 for 3.0 %), as :func:`parse_lpr` returns it.
    """
    if lpr is not None and not 0 < lpr < 1:
        raise _bad_lpr()
    out = []
    for ref in references:
        if ref.annual_rate_percent is None and ref.lpr_multiplier is None:
            raise ValueError(f"rate reference {ref.id!r} has neither a rate nor an LPR multiplier")
        percent = ref.rate_percent(None if lpr is None else lpr * 100)
        if percent is None:
            continue
        threshold = percent / 100
        if ref.annual_rate_percent is not None and not 0 < threshold < 1:
            # A fixed line outside (0 %, 100 %) is a mistake in the data (e.g. 0.24 written for 24 %).
            raise ValueError(f"rate reference {ref.id!r}: {percent} % a year is not a plausible reference line")
        out.append(ReferenceComparison(id=ref.id, threshold=threshold, above=rate > threshold))
    return out
