"""What Excel's number formats and serials mean, apart from reading the workbook."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from desktop.files.excel_values import MAC_EPOCH, WINDOWS_EPOCH, cell_text, format_kind, from_serial, number


@pytest.mark.parametrize(("fmt_id", "code", "kind"), [
    (14, None, "date"),  # built-in m/d/yyyy, stored by id only
    (31, None, "date"),  # Chinese Excel's yyyy"年"m"月"d"日", by id only
    (46, None, "duration"),  # [h]:mm:ss
    (0, None, None),  # General
    (49, None, None),  # text "@"
    (164, 'yyyy"年"m"月"d"日" hh:mm', "date"),
    (165, "[h]:mm", "duration"),
    (166, "[Red]0.00;[Blue]-0.00", None),  # a colour is not a date, though [Red] holds a "d"
    (167, '"Day" 0', None),  # quoted text is not a date
    (168, "0.00_h", None),  # an escaped letter is padding, not hours
    (169, "[$-804]yyyy/m/d", "date"),  # a locale tag before a real date
])
def test_which_formats_show_dates_and_durations(fmt_id, code, kind):
    assert format_kind(fmt_id, code) == kind


def test_serials_in_both_date_systems_and_excels_leap_day():
    assert from_serial(46000.5, WINDOWS_EPOCH, duration=False) == datetime(2025, 12, 9, 12, 0)
    assert from_serial(0.75, WINDOWS_EPOCH, duration=False) == time(18, 0)
    assert from_serial(59, WINDOWS_EPOCH, duration=False) == datetime(1900, 2, 28)  # before the 29 Feb that never was
    assert from_serial(61, WINDOWS_EPOCH, duration=False) == datetime(1900, 3, 1)
    assert from_serial(1, MAC_EPOCH, duration=False) == datetime(1904, 1, 2)
    assert from_serial(1.5, WINDOWS_EPOCH, duration=True) == timedelta(hours=36)


def test_numbers_and_their_text():
    assert number("13812345678") == 13812345678 and number("1.5E3") == 1500.0
    assert number("12abc") is None and number("9" * 5000) is None  # past int()'s digit limit
    assert cell_text(13812345678.0) == "13812345678"  # a phone number typed as a number
    assert cell_text(0.1) == "0.1" and cell_text(True) == "TRUE" and cell_text(None) == ""
    assert cell_text(timedelta(minutes=-90)) == "-1:30:00"
    assert cell_text(datetime(2026, 11, 3, 0, 0)) == "2026-11-03"
