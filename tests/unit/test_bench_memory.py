"""bench's memory figures are the child's own, whatever the bench itself holds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="the kernel's own peak is read from /proc")
def test_a_childs_peak_memory_does_not_include_the_parents():
    ballast = bytearray(200 * 1024 * 1024)
    ballast[::4096] = b"\x01" * len(ballast[::4096])  # touched, so it is resident
    # The resident size is read before the peak: read after it, a page touched in between
    # can put "now" a few KiB above the peak read a moment earlier (seen once in CI).
    child = ("import json; from desktop.commands.bench.memory import peak_rss_mib, rss_mib; "
             "now = rss_mib(); print(json.dumps([peak_rss_mib(), now]))")
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}).stdout
    peak, now = json.loads(out)
    assert 0 < now <= peak < 100, (peak, now)  # an interpreter alone, not the 200 MiB held here
    del ballast
