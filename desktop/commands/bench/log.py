"""``bench`` figures for the Log tab over 100,000 contacts (design §10).

Each figure comes from a fresh process so memory is the process's own: one
opens an empty case, one the big case. "First rows" is the time from asking
for the Log tab to its table painted; a "filter keystroke" is the time from a
changed filter to the table repainted with the first matching rows (the exact
count follows in the next turn of the event loop).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

CHILD = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from desktop.app import App, make_application, open_data_dir
from desktop.commands.bench.memory import rss_mib
from desktop.domain.contacts import ContactFilter
from PySide6.QtWidgets import QApplication
data_dir, case_id, typing = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
app = make_application()
application = App(app, open_data_dir(Path(data_dir)), "zh_CN")
window = application.build_window()
window.show()
window.open_case(case_id)
app.processEvents()
application.ctx.get_content()
t0 = time.perf_counter()
page = window.show_tab("log")
page.table.viewport().repaint()
first_rows = time.perf_counter() - t0
keys = []
for text in typing:
    t = time.perf_counter()
    page.model.set_filter(ContactFilter(text=text))
    page.table.viewport().repaint()
    keys.append(time.perf_counter() - t)
    app.processEvents()  # the deferred count, outside the measured keystroke
page.model.set_filter(ContactFilter())
page.model.finish_count_now()
app.processEvents()
print(json.dumps({"first_rows": first_rows, "keys": keys, "rss_mb": rss_mib(), "rows": page.model.rowCount()}))
"""

TYPING = ["1", "13", "138", "1381", "13812", "家", "家人", "上门", "zzz"]


def _child(data_dir: Path, case_id: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), case_id, json.dumps(TYPING)],
                         capture_output=True, text=True, env=env, timeout=600, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def log_rows(runs: int, tmp: Path, contacts: int = 100_000) -> list[tuple[str, str, str, bool]]:
    from desktop.commands.bench.data import generate_contacts
    from desktop.files.data_dir import DataDir
    from desktop.settings import FIRST_RUN_DONE, Settings
    from desktop.store.cases import CaseRepository
    from desktop.store.contacts import ContactRepository

    data_dir = DataDir(tmp / "log-bench")
    data_dir.ensure()
    Settings(data_dir.settings_file).set(FIRST_RUN_DONE, True)
    cases = CaseRepository(data_dir)
    empty = cases.create("空案件")
    big = cases.create("十万条记录")
    started = time.perf_counter()
    with cases.open(big.id) as conn:
        ContactRepository(conn).add_many(generate_contacts(contacts))
    built = time.perf_counter() - started
    empties = [_child(data_dir.root, empty.id) for _ in range(max(1, runs // 3))]
    bigs = [_child(data_dir.root, big.id) for _ in range(max(1, runs // 3))]
    first = statistics.median(b["first_rows"] for b in bigs)
    keys = [k for b in bigs for k in b["keys"]]
    key_median, key_max = statistics.median(keys), max(keys)
    empty_mb = statistics.median(e["rss_mb"] for e in empties)
    big_mb = statistics.median(b["rss_mb"] for b in bigs)
    limit = 1.5 * empty_mb + 50
    return [
        (f"log: generated case with {contacts:,} contacts (store time)", f"{built:.1f} s", "", True),
        ("log: first rows painted (median)", f"{first * 1000:.0f} ms", "≤ 200 ms", first <= 0.2),
        (f"log: filter keystroke, median of {len(keys)}", f"{key_median * 1000:.0f} ms", "≤ 50 ms", key_median <= 0.05),
        ("log: filter keystroke, slowest", f"{key_max * 1000:.0f} ms", "≤ 50 ms", key_max <= 0.05),
        ("log: memory, empty case", f"{empty_mb:.0f} MiB", "", True),
        ("log: memory, 100,000 contacts", f"{big_mb:.0f} MiB", f"≤ {limit:.0f} MiB", big_mb <= limit),
    ]
