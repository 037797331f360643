"""Repayment plans: month-end dates, exact sums, validation, warnings and the affordability check."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import UserError
from desktop.domain.plan import add_months, build_schedule, check_plan, plan_warnings


def test_month_end_dates_follow_the_last_day_and_come_back_to_31():
    schedule = build_schedule(300_00, 3, date(2026, 1, 31))
    assert [i.due_date for i in schedule] == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31)]
    leap = build_schedule(300_00, 3, date(2028, 1, 31))
    assert leap[1].due_date == date(2028, 2, 29)
    assert add_months(date(2026, 3, 31), 1) == date(2026, 4, 30)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 11, 30), 14) == date(2028, 1, 30)


def test_even_split_last_instalment_absorbs_rounding():
    schedule = build_schedule(10_000_00, 3, date(2026, 6, 1))
    assert [i.amount_fen for i in schedule] == [333_333, 333_333, 333_334]
    assert [i.n for i in schedule] == [1, 2, 3]


def test_fixed_monthly_amount_with_a_smaller_last_instalment():
    schedule = build_schedule(10_000_00, 4, date(2026, 6, 1), monthly_fen=3_000_00)
    assert [i.amount_fen for i in schedule] == [3_000_00, 3_000_00, 3_000_00, 1_000_00]


@given(
    st.integers(min_value=1, max_value=10**10),
    st.integers(min_value=1, max_value=120),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
)
def test_instalments_always_add_up_exactly_and_fall_monthly(total, n, first):
    schedule = build_schedule(total, n, first)
    assert sum(i.amount_fen for i in schedule) == total
    assert len(schedule) == n
    assert all(i.amount_fen >= 0 for i in schedule)
    for a, b in zip(schedule, schedule[1:], strict=False):
        assert (b.due_date.year * 12 + b.due_date.month) - (a.due_date.year * 12 + a.due_date.month) == 1
        last_day = calendar.monthrange(b.due_date.year, b.due_date.month)[1]
        assert b.due_date.day == min(first.day, last_day)


@given(
    st.integers(min_value=1, max_value=10**9), st.integers(min_value=1, max_value=120), st.integers(1, 10**9)
)
def test_fixed_monthly_schedule_is_exact_or_a_clear_error(total, n, monthly):
    try:
        schedule = build_schedule(total, n, date(2026, 1, 1), monthly_fen=monthly)
    except UserError as err:
        assert err.zh and err.en
        return
    assert sum(i.amount_fen for i in schedule) == total
    assert all(0 < i.amount_fen <= monthly for i in schedule)


@pytest.mark.parametrize(
    ("kwargs", "field", "hint"),
    [
        (dict(total_fen=0, instalments=3), "total", "大于零"),
        (dict(total_fen=100, instalments=0), "instalments", "1 到 120"),
        (dict(total_fen=100, instalments=121), "instalments", "1 到 120"),
        (dict(total_fen=10**11, instalments=3), "total", "1 亿元"),
        (dict(total_fen=10_000_00, instalments=12, monthly_fen=0), "monthly", "大于零"),
        (dict(total_fen=10_000_00, instalments=12, monthly_fen=500_00), "monthly", "至少 833.34 元"),
        (dict(total_fen=10_000_00, instalments=12, monthly_fen=5_000_00), "instalments", "2 期就能还清"),
    ],
)
def test_impossible_plans_are_user_errors(kwargs, field, hint):
    with pytest.raises(UserError) as info:
        build_schedule(first_date=date(2026, 1, 1), **kwargs)
    assert info.value.field == field
    assert hint in info.value.zh
    assert info.value.en


def test_a_first_date_in_the_past_is_a_warning_not_an_error():
    schedule = build_schedule(1_000_00, 2, date(2020, 1, 1))
    assert len(schedule) == 2
    notices = plan_warnings(1_000_00, 2, date(2020, 1, 1), today=date(2026, 5, 1))
    assert [n.code for n in notices] == ["first_date_past"]
    assert "2020-01-01" in notices[0].message("zh_CN") and "2020-01-01" in notices[0].message("en")
    assert plan_warnings(1_000_00, 2, date(2026, 5, 1), today=date(2026, 5, 1)) == []


def test_a_plan_over_five_years_gets_a_gentle_remark():
    notices = plan_warnings(100_000_00, 72, date(2026, 6, 1), today=date(2026, 5, 1))
    assert [n.code for n in notices] == ["long_plan"]


def test_check_plan_fits_does_not_fit_and_nothing_left():
    fits = check_plan(1_000_00, 1_500_00)
    assert fits.fits and fits.margin_fen == 500_00 and fits.notice.code == "plan_fits"
    assert "500.00 元" in fits.notice.message("zh_CN")
    too_high = check_plan(2_000_00, 1_500_00)
    assert not too_high.fits and too_high.margin_fen == -500_00
    assert "¥500.00" in too_high.notice.message("en")
    nothing = check_plan(100_00, -300_00)
    assert not nothing.fits and nothing.notice.code == "no_left_over"
    with pytest.raises(UserError):
        check_plan(-1, 100)
