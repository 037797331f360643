"""Shared test set-up: offscreen Qt, a fresh data folder per test, and no network at all."""

from __future__ import annotations

import os
import socket
import ssl  # noqa: F401 — imported before the guard below replaces socket.socket (xml.sax pulls it in)

# Before anything imports Qt: offscreen, on a 1366×768 laptop screen — the smallest common
# desk screen, so windows and dialogs are checked against it (Qt's default offscreen
# screen is 800×800, smaller than any real one).
_SCREEN = os.path.join(os.path.dirname(__file__), "data", "screen-laptop.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("LANG", "C.UTF-8")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# Every normal run (./dev.sh test, CI) draws the same examples: a red run is the code's fault,
# never the dice. HYPOTHESIS_PROFILE=fuzz is the deliberate random run (tests/fuzz scales it up).
settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("random", derandomize=False, database=None, print_blob=True)
settings.load_profile("random" if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else "repeatable")

from desktop.files.data_dir import DataDir  # noqa: E402


class NetworkUsed(RuntimeError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsed("the app must never use the network (a test tried to open a socket)")


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Any socket creation during the test run fails the test that tried it."""
    original = socket.socket
    socket.socket = _refuse  # type: ignore[misc]
    try:
        yield
    finally:
        socket.socket = original  # type: ignore[misc]


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread():
    """As the app does (desktop/ui/gc_thread.py): no automatic collection, which could run in a worker
    thread and destroy a widget there; cycles are collected between tests, on the main thread."""
    import gc

    from desktop.ui.gc_thread import collect_due

    threshold = gc.get_threshold()
    gc.disable()
    yield
    collect_due(threshold)


@pytest.fixture
def data_dir(tmp_path) -> DataDir:
    """A fresh, empty data folder whose path has Chinese characters and spaces."""
    folder = DataDir(tmp_path / "数据 文件夹")
    folder.ensure()
    return folder


@pytest.fixture
def cases(data_dir):
    from desktop.store.cases import CaseRepository

    return CaseRepository(data_dir)
