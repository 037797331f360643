"""``bench`` figures for the "lawyer" PDF (design §10): 1,000 contacts and 10,000 contacts.

1,000 contacts: the report is gathered and rendered in this process, alternating
with a bare reportlab document holding one plain table of the same log rows (same
strings, font and column widths: the cost of the rows themselves); medians and
their ratio are printed. 10,000 contacts: gathered and rendered in a fresh child
process whose own peak memory (``VmHWM``, :mod:`~desktop.commands.bench.memory`) is the figure,
so earlier work in this process does not count against it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

SMALL, LARGE = 1_000, 10_000
SMALL_TARGET_S, RATIO_TARGET, LARGE_TARGET_S, LARGE_TARGET_MB = 3.0, 1.5, 30.0, 500.0

CHILD = r"""
import json, sys, time
from pathlib import Path
from desktop.commands.bench.memory import peak_rss_mib
from desktop.commands.bench.pdf import lawyer_pdf
data_dir, case_id, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
t0 = time.perf_counter()
gathered, rendered = lawyer_pdf(Path(data_dir), case_id, out)
total = time.perf_counter() - t0
peak = peak_rss_mib()
print(json.dumps({"total": total, "gather": gathered, "render": rendered, "peak_mb": peak,
                  "pages": out.read_bytes().count(b"/Type /Page\n")}))
"""


def make_case(tmp: Path, contacts: int) -> tuple[Path, str]:
    """A data folder with one generated case of ``contacts`` contacts; returns (data root, case id)."""
    from desktop.commands.bench.data import generate_contacts
    from desktop.files.data_dir import DataDir
    from desktop.store.cases import CaseRepository
    from desktop.store.contacts import ContactRepository

    data_dir = DataDir(tmp / f"pdf-bench-{contacts}")
    data_dir.ensure()
    cases = CaseRepository(data_dir)
    case = cases.create(f"基准测试 {contacts}")
    with cases.open(case.id) as conn:
        ContactRepository(conn).add_many(generate_contacts(contacts))
    return data_dir.root, case.id


_CONTENT = []


def _content():
    """The app loads its content once per run; so does the bench."""
    if not _CONTENT:
        from desktop.content.loader import load_content
        from desktop.paths import resources_dir

        _CONTENT.append(load_content(resources_dir())[0])
    return _CONTENT[0]


def _gather(data_root: Path, case_id: str):
    from desktop.domain.rules_engine import EngineParams
    from desktop.files.data_dir import DataDir
    from desktop.report_data.gather import gather
    from desktop.store.cases import CaseRepository
    from desktop.store.session import CaseSession

    content = _content()
    session = CaseSession(CaseRepository(DataDir(data_root)), case_id, EngineParams.from_rules(content.rules))
    try:
        return gather(session, content, preset="lawyer")
    finally:
        session.close()


def lawyer_pdf(data_root: Path, case_id: str, out: Path) -> tuple[float, float]:
    """Gather and render the lawyer PDF; returns (gather seconds, render seconds)."""
    from desktop.pdf.report.render import render

    _content()  # loaded at start-up in the app, before any export
    t0 = time.perf_counter()
    data = _gather(data_root, case_id)
    t1 = time.perf_counter()
    render(data, out)
    return t1 - t0, time.perf_counter() - t1


def _bare(data, out: Path) -> float:
    from desktop.pdf.report.log import LOG_WIDTHS, log_rows
    from desktop.pdf.report.render import render_bare_table
    from desktop.pdf.tables import TEXT_WIDTH

    header, rows = log_rows(data)
    t0 = time.perf_counter()
    render_bare_table(out, header, rows, [TEXT_WIDTH * w for w in LOG_WIDTHS])
    return time.perf_counter() - t0


def pdf_rows(runs: int, tmp: Path) -> list[tuple[str, str, str, bool]]:
    from desktop.pdf.fonts import register_fonts
    from desktop.pdf.report.render import render

    register_fonts()  # once per process, as in the app: not part of any one export
    _content()
    root, case_id = make_case(tmp, SMALL)
    data = _gather(root, case_id)
    out = tmp / "lawyer-1000.pdf"
    render(data, out)  # warm-up: first layout loads glyph metrics
    _bare(data, tmp / "bare-1000.pdf")
    reports, bares, gathers = [], [], []
    for _ in range(max(3, runs)):
        bares.append(_bare(data, tmp / "bare-1000.pdf"))
        t0 = time.perf_counter()
        data = _gather(root, case_id)
        t1 = time.perf_counter()
        render(data, out)
        gathers.append(t1 - t0)
        reports.append(time.perf_counter() - t0)
    report_s, bare_s, gather_s = statistics.median(reports), statistics.median(bares), statistics.median(gathers)
    ratio = report_s / bare_s
    big_root, big_id = make_case(tmp, LARGE)
    env = dict(os.environ)
    child = subprocess.run([sys.executable, "-c", CHILD, str(big_root), big_id, str(tmp / "lawyer-10000.pdf")],
                           capture_output=True, text=True, env=env, timeout=900, check=True).stdout
    big = json.loads(child.strip().splitlines()[-1])
    return [
        (f"pdf: lawyer PDF, {SMALL:,} contacts (gather + render, median)", f"{report_s:.2f} s",
         f"≤ {SMALL_TARGET_S:.0f} s", report_s <= SMALL_TARGET_S),
        ("pdf:   of which gathering the case (median)", f"{gather_s:.2f} s", "", True),
        (f"pdf: bare reportlab table, same {SMALL:,} log rows (median)", f"{bare_s:.2f} s", "", True),
        ("pdf: ratio lawyer PDF / bare table", f"{ratio:.2f}", f"≤ {RATIO_TARGET}", ratio <= RATIO_TARGET),
        (f"pdf: lawyer PDF, {LARGE:,} contacts (fresh process)", f"{big['total']:.1f} s",
         f"≤ {LARGE_TARGET_S:.0f} s", big["total"] <= LARGE_TARGET_S),
        (f"pdf: lawyer PDF, {LARGE:,} contacts, peak memory", f"{big['peak_mb']:.0f} MiB",
         f"≤ {LARGE_TARGET_MB:.0f} MiB", big["peak_mb"] <= LARGE_TARGET_MB),
    ]
