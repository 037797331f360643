"""The two ways a call length is written, and that the importer reads both back."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain.durations import duration_clock, duration_words
from desktop.domain.importing.values import MAX_DURATION_S, parse_duration
from desktop.domain.text import LANGUAGES


def test_the_live_call_timer_keeps_two_digit_minutes_so_its_width_does_not_jump():
    assert [duration_clock(s, two_digit_minutes=True) for s in (0, 5, 75, 200, 3599, 3600, 3725, -3)] == [
        "00:00", "00:05", "01:15", "03:20", "59:59", "1:00:00", "1:02:05", "00:00"]


def test_table_cells_and_the_report_write_a_short_clock():
    assert [duration_clock(s) for s in (0, 5, 75, 200, 3599, 3600, 3725)] == [
        "0:00", "0:05", "1:15", "3:20", "59:59", "1:00:00", "1:02:05"]


@pytest.mark.parametrize(("seconds", "zh", "en"), [
    (0, "0秒", "0s"), (5, "5秒", "5s"), (60, "1分", "1m"), (200, "3分20秒", "3m 20s"),
    (3605, "1小时5秒", "1h 5s"), (3723, "1小时2分3秒", "1h 2m 3s"),
])
def test_words_leave_out_units_that_are_zero(seconds, zh, en):
    assert (duration_words(seconds, "zh_CN"), duration_words(seconds, "en")) == (zh, en)


@given(st.integers(0, MAX_DURATION_S), st.sampled_from(LANGUAGES), st.booleans())
@example(0, "zh_CN", False)
@example(3600, "en", True)
@example(MAX_DURATION_S, "zh_CN", True)
def test_every_written_length_is_read_back_to_the_same_seconds(seconds, lang, clock):
    text = duration_clock(seconds) if clock else duration_words(seconds, lang)
    assert parse_duration(text) == seconds
