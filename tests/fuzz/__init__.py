"""Hostile-input fuzzing (Hypothesis): the only acceptable failure is the documented one, with a message."""

from __future__ import annotations

import os

from hypothesis import settings


def fuzz_settings(weight: float = 1.0, *, at_least: int = 10) -> settings:
    """The active fuzz profile (``HYPOTHESIS_PROFILE=fuzz`` or the small default), scaled by ``weight``."""
    name = "fuzz" if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else "fuzz-default"
    profile = settings.get_profile(name)
    return settings(profile, max_examples=max(at_least, int(profile.max_examples * weight)))
