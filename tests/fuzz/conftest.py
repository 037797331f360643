"""Hypothesis profiles for the hostile-input tests in this folder.

``fuzz-default`` (50 examples a test, the same ones every run: see tests/conftest.py) runs
with the normal suite; set ``HYPOTHESIS_PROFILE=fuzz`` for the long random run (≥ 10,000
examples in all). The
profiles are applied per test with :func:`tests.fuzz.fuzz_settings`, so the other
tests' Hypothesis settings are untouched.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

_COMMON = dict(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much],
)
settings.register_profile("fuzz-default", max_examples=50, **_COMMON)
settings.register_profile("fuzz", max_examples=1500, derandomize=False, **_COMMON)
