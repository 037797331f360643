"""The suite itself: a normal run draws the same random examples every time, so CI never flakes."""

from __future__ import annotations

import os

from hypothesis import settings


def test_property_tests_are_derandomized_unless_a_fuzz_run_is_asked_for():
    if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz":
        assert not settings.default.derandomize
    else:
        assert settings.default.derandomize
        assert settings.default.database is None
