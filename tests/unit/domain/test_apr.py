"""The rate calculator: known values, awkward inputs, and properties that must always hold."""

from __future__ import annotations

import math
from datetime import date, timedelta
from decimal import Decimal, getcontext

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.commands.bench.runner import benchmark_rate_360
from desktop.domain.apr import (
    compare_to_references,
    describe_rate,
    parse_lpr,
    rate_from_dated,
    rate_from_regular,
)
from desktop.domain.errors import UserError
from desktop.domain.legal import Basis, RateReference

amounts = st.integers(min_value=1, max_value=10**8)
periods = st.sampled_from(["month", "week", "day"])


def decimal_irr(received: int, payments: list[int]) -> Decimal:
    """An independent periodic IRR: plain bisection in 40-digit decimals."""
    getcontext().prec = 40
    lo, hi = Decimal(0), Decimal(1)
    for _ in range(150):
        mid = (lo + hi) / 2
        npv = sum(Decimal(p) / (1 + mid) ** (k + 1) for k, p in enumerate(payments)) - received
        lo, hi = (mid, hi) if npv > 0 else (lo, mid)
    return lo


def test_known_value_10000_received_12_payments_of_1000():
    result = rate_from_regular(10_000_00, [1_000_00] * 12, "month")
    assert result.nominal_annual == pytest.approx(0.3507, abs=5e-5)
    assert result.effective_annual == pytest.approx(0.4130, abs=5e-5)
    assert result.periodic_rate == pytest.approx(0.0292285, abs=1e-7)
    assert result.total_paid_fen == 12_000_00
    assert result.total_cost_fen == 2_000_00
    assert result.payment_count == 12
    assert not result.is_negative


def test_flat_fee_loan_matches_an_independent_computation():
    """12,000 borrowed with a 'flat 1 % a month' fee: 12 × 1,120. Looks like 12 %, is about 21.5 %."""
    result = rate_from_regular(12_000_00, [1_120_00] * 12)
    expected = decimal_irr(12_000_00, [1_120_00] * 12)
    assert result.periodic_rate == pytest.approx(float(expected), rel=1e-12)
    assert result.nominal_annual == pytest.approx(0.214572, abs=1e-6)


def test_single_payment_gives_the_exact_simple_rate():
    result = rate_from_regular(10_000_00, [11_000_00], "month")
    assert result.periodic_rate == pytest.approx(0.10, rel=1e-14)
    assert result.nominal_annual == pytest.approx(1.20, rel=1e-14)
    assert result.effective_annual == pytest.approx(1.1**12 - 1, rel=1e-12)


def test_grace_period_moves_payments_later_and_lowers_the_rate():
    ordinary = rate_from_regular(10_000_00, [1_000_00] * 12)
    later = rate_from_regular(10_000_00, [1_000_00] * 12, first_payment_after=3)
    assert later.periodic_rate < ordinary.periodic_rate


def test_zero_interest_schedule_gives_exactly_zero():
    result = rate_from_regular(10_000_00, [1_000_00] * 10)
    assert result.periodic_rate == result.nominal_annual == result.effective_annual == 0.0


def test_weekly_and_daily_periods_annualise_with_52_and_365():
    weekly = rate_from_regular(1_000_00, [1_010_00], "week")
    assert weekly.nominal_annual == pytest.approx(0.01 * 52)
    assert weekly.effective_annual == pytest.approx(1.01**52 - 1)
    daily = rate_from_regular(1_000_00, [1_001_00], "day")
    assert daily.nominal_annual == pytest.approx(0.001 * 365)


def test_repaying_less_than_received_gives_a_negative_rate_and_says_so():
    result = rate_from_regular(10_000_00, [900_00] * 10)
    assert result.is_negative
    assert result.periodic_rate < 0 and result.effective_annual < 0
    assert "负数" in describe_rate(result, "zh_CN")
    assert "negative" in describe_rate(result, "en")


def test_dated_payments_match_the_excel_xirr_example():
    """Microsoft's XIRR documentation example: 0.373362535."""
    result = rate_from_dated(
        10_000_00,
        date(2008, 1, 1),
        [
            (date(2008, 3, 1), 2_750_00),
            (date(2008, 10, 30), 4_250_00),
            (date(2009, 2, 15), 3_250_00),
            (date(2009, 4, 1), 2_750_00),
        ],
    )
    assert result.effective_annual == pytest.approx(0.373362535, abs=1e-8)  # Excel stops at 1e-8
    assert result.method == "dated"
    assert result.nominal_annual == pytest.approx(12 * ((1 + result.effective_annual) ** (1 / 12) - 1))


def test_dated_one_year_loan_and_any_order():
    payments = [(date(2027, 1, 1), 11_000_00)]
    result = rate_from_dated(10_000_00, date(2026, 1, 1), payments)
    assert result.effective_annual == pytest.approx(0.10, rel=1e-12)
    shuffled = [(date(2026, 3, 1), 500_00), (date(2026, 2, 1), 500_00), (date(2026, 4, 1), 9_500_00)]
    ordered = sorted(shuffled)
    assert (
        rate_from_dated(10_000_00, date(2026, 1, 1), shuffled).effective_annual
        == rate_from_dated(10_000_00, date(2026, 1, 1), ordered).effective_annual
    )


def test_a_payment_on_the_loan_day_counts_as_a_fee_up_front():
    result = rate_from_dated(
        10_000_00, date(2026, 1, 1), [(date(2026, 1, 1), 1_000_00), (date(2027, 1, 1), 10_000_00)]
    )
    assert result.effective_annual == pytest.approx(10 / 9 - 1, rel=1e-12)
    assert result.total_paid_fen == 11_000_00


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: rate_from_regular(10_000_00, []), "payments"),
        (lambda: rate_from_regular(0, [100]), "received"),
        (lambda: rate_from_regular(-5, [100]), "received"),
        (lambda: rate_from_regular(100, [100, 0, 100]), "payments"),
        (lambda: rate_from_regular(100, [100, -1]), "payments"),
        (lambda: rate_from_regular(100, [100], "year"), "period"),
        (lambda: rate_from_regular(100, [100], first_payment_after=0), "first_payment_after"),
        (lambda: rate_from_regular(10**11, [100]), "received"),
        (lambda: rate_from_regular(1, [10**10] * 400, "day"), "payments"),
        (lambda: rate_from_dated(100, date(2026, 1, 1), []), "payments"),
        (lambda: rate_from_dated(100, date(2026, 1, 1), [(date(2025, 12, 31), 200)]), "payments"),
        (
            lambda: rate_from_dated(100, date(2026, 1, 1), [(date(2026, 1, 1), 100), (date(2026, 2, 1), 5)]),
            "payments",
        ),
        (lambda: rate_from_dated(100, date(2026, 1, 1), [(date(2026, 1, 1), 50)]), "payments"),
    ],
)
def test_bad_schedules_are_a_clear_user_error(call, field):
    with pytest.raises(UserError) as info:
        call()
    assert info.value.field == field
    assert info.value.zh and info.value.en


def test_describe_rate_in_both_languages():
    result = rate_from_regular(10_000_00, [1_000_00] * 12)
    zh = describe_rate(result, "zh_CN", with_totals=False)
    assert zh == "这笔贷款的实际年化利率约为 35.1%（按月计的名义年利率），按复利计约为 41.3%。"
    en = describe_rate(result, "en")
    assert "35.1%" in en and "41.3%" in en and "¥12,000.00" in en
    assert "12,000.00 元" in describe_rate(result, "zh_CN")


def test_describe_rate_does_not_dwell_on_astronomical_compound_rates():
    """A 7-day loan of 700 repaid with 1,000 (the "714" pattern) compounds to an absurd figure."""
    result = rate_from_regular(700_00, [1_000_00], "week")
    assert result.effective_annual > 1000
    assert "按复利计超过 100,000.0%" in describe_rate(result, "zh_CN")
    assert "more than 100,000.0% with compounding" in describe_rate(result, "en")


def _line(ref_id: str, percent: float | None = None, multiplier: float | None = None) -> RateReference:
    """A reference line as the content loader makes it."""
    return RateReference(id=ref_id, label_zh="线", label_en="line", explain_zh="", explain_en="", weight_zh="",
                         weight_en="", applies_to="all", sources=(Basis("civil_code"),), mark="V",
                         annual_rate_percent=percent, lpr_multiplier=multiplier, needs_lpr=multiplier is not None)


def test_compare_to_references_skips_lpr_lines_without_an_lpr():
    refs = [_line("court_24", 24.0), _line("cap_36", 36.0), _line("lpr_4x", multiplier=4)]
    without = compare_to_references(0.3507, refs)
    assert [(c.id, c.above) for c in without] == [("court_24", True), ("cap_36", False)]
    with_lpr = compare_to_references(0.3507, refs, lpr=0.03)
    assert with_lpr[-1].id == "lpr_4x"
    assert with_lpr[-1].threshold == pytest.approx(0.12)
    assert with_lpr[-1].above
    assert not compare_to_references(0.24, refs[:1])[0].above  # exactly on the line is not above
    with pytest.raises(UserError):
        compare_to_references(0.3, refs, lpr=3.0)


def test_compare_to_references_reads_the_level_the_content_line_states():
    """The comparison uses the line's own rate_percent(), so the page and the domain cannot disagree."""
    for ref, lpr in ((_line("court_24", 24.0), None), (_line("lpr_4x", multiplier=4), 0.0345)):
        (compared,) = compare_to_references(0.5, [ref], lpr)
        assert compared.threshold * 100 == pytest.approx(ref.rate_percent(None if lpr is None else lpr * 100))


def test_compare_to_references_refuses_an_implausible_fixed_line():
    """A fixed line of 2400 % a year is a mistake in the data, not a line to compare against."""
    with pytest.raises(ValueError):
        compare_to_references(0.3, [_line("x", 2400.0)])
    with pytest.raises(ValueError):
        compare_to_references(0.3, [_line("none")])


@pytest.mark.parametrize(("text", "lpr"), [("", None), ("  ", None), ("3.0", 0.03), ("3.45%", 0.0345),
                                          (" 3.1 ％ ", 0.031)])
def test_parse_lpr_reads_a_percentage(text, lpr):
    assert parse_lpr(text) == pytest.approx(lpr)


@pytest.mark.parametrize("text", ["abc", "3,0", "-3", "0", "100", "nan", "inf"])
def test_parse_lpr_explains_a_value_it_cannot_use(text):
    with pytest.raises(UserError) as caught:
        parse_lpr(text)
    assert caught.value.field == "lpr" and "3.0%" in caught.value.message("en")


def test_benchmark_returns_seconds():
    seconds = benchmark_rate_360(repeat=3)
    assert 0 < seconds < 10


@given(st.lists(amounts, min_size=1, max_size=60), periods)
def test_zero_interest_is_always_exactly_zero(payments, period):
    result = rate_from_regular(sum(payments), payments, period) if sum(payments) <= 10**10 else None
    assume(result is not None)
    assert result.nominal_annual == 0.0 and result.effective_annual == 0.0


@given(amounts, st.lists(amounts, min_size=1, max_size=40), st.integers(min_value=1, max_value=5), periods)
def test_paying_more_never_gives_a_lower_rate(received, payments, factor, period):
    try:
        before = rate_from_regular(received, payments, period)
        after = rate_from_regular(received, [p * factor for p in payments], period)
    except UserError:
        return  # out of range (absurd rate); not what this property is about
    assert after.periodic_rate >= before.periodic_rate - 1e-12 * max(1.0, abs(before.periodic_rate))


@given(amounts, st.lists(amounts, min_size=1, max_size=40), periods)
def test_the_rate_solves_the_present_value_equation(received, payments, period):
    try:
        result = rate_from_regular(received, payments, period)
    except UserError:
        return
    # Near r = -1 the float r itself cannot carry 1 + r precisely; the solver
    # works in ln(1 + r), but the check below can only rebuild it from r.
    assume(result.periodic_rate > -0.999)
    x = math.log1p(result.periodic_rate)
    present = math.fsum(p * math.exp(-x * (k + 1)) for k, p in enumerate(payments))
    assert present == pytest.approx(received, rel=1e-9)


@given(
    st.integers(min_value=-10, max_value=10**11),
    st.lists(st.integers(min_value=-10, max_value=10**11), max_size=30),
    periods,
    st.integers(min_value=-1, max_value=130),
)
def test_regular_result_is_always_finite_or_a_user_error(received, payments, period, first_after):
    try:
        result = rate_from_regular(received, payments, period, first_after)
    except UserError as err:
        assert err.zh and err.en
        return
    for value in (result.periodic_rate, result.nominal_annual, result.effective_annual):
        assert math.isfinite(value)
    assert result.periodic_rate > -1


@given(
    st.integers(min_value=-10, max_value=10**11),
    st.lists(
        st.tuples(st.integers(min_value=-30, max_value=20_000), st.integers(min_value=-10, max_value=10**11)),
        max_size=30,
    ),
)
def test_dated_result_is_always_finite_or_a_user_error(received, offsets):
    start = date(2026, 1, 1)
    payments = [(start + timedelta(days=d), amount) for d, amount in offsets]
    try:
        result = rate_from_dated(received, start, payments)
    except UserError as err:
        assert err.zh and err.en
        return
    assert math.isfinite(result.effective_annual) and math.isfinite(result.nominal_annual)
    assert result.effective_annual >= -1  # may round to -1.0 when almost nothing is repaid
