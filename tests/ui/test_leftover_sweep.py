"""The window's start-up removes what killed commands left in the data folder (4.5, 4.6), and a bad case never stops it."""

from __future__ import annotations

import sqlite3
import time

from desktop.store import cases as cases_module


def test_the_window_sweeps_old_leftovers_on_a_thread_and_keeps_fresh_ones(make_app, cases, monkeypatch):
    case = cases.create("甲")
    folder = cases.data_dir.case_dir(case.id)
    old = [folder / ".bundle-0a1b2c.db", folder / ".case.db.restoring-0a1b2c"]
    for path in old:
        path.write_bytes(b"SQLite format 3\x00")
    application, window = make_app()
    monkeypatch.setattr(cases_module, "LEFTOVER_AFTER", 3600.0)
    application.sweep_leftovers().join(5)
    assert all(p.exists() for p in old)  # written a moment ago: a running command may own them
    monkeypatch.setattr(cases_module, "LEFTOVER_AFTER", -60.0)  # as if they were an hour old
    started = time.perf_counter()
    thread = application.sweep_leftovers()
    assert time.perf_counter() - started < 0.5  # the window does not wait for it
    thread.join(5)
    assert not any(p.exists() for p in old)
    assert window.case is not None and window.case.id == case.id


def test_a_poisoned_case_does_not_stop_the_window_opening_the_others(make_app, cases):
    """H4: a case whose created_at is 'garbage' used to leave the window with no case and the bug apology."""
    good, bad = cases.create("甲"), cases.create("乙")
    conn = sqlite3.connect(cases.db_path(bad.id))
    conn.execute("UPDATE case_info SET created_at = 'garbage'")
    conn.commit()
    conn.close()
    _application, window = make_app("en")
    assert window.case is not None and window.case.id == good.id
    combo = window.case_bar.combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "甲" in texts and any(bad.id in t and "cannot be opened" in t for t in texts)


def test_opening_a_poisoned_case_shows_a_calm_message_and_keeps_the_open_case(make_app, cases, monkeypatch):
    from desktop.ui.common import messages

    good, bad = cases.create("甲"), cases.create("乙")
    conn = sqlite3.connect(cases.db_path(bad.id))
    conn.execute("UPDATE case_info SET created_at = 'garbage'")
    conn.commit()
    conn.close()
    shown, apologies = [], []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(messages, "show_bug", lambda *a, **k: apologies.append(a))
    _application, window = make_app("en")
    assert window.open_case(bad.id) is False
    assert len(shown) == 1 and "cannot use" in shown[0].en and not apologies
    assert window.case.id == good.id


def test_opening_a_case_whose_file_is_a_folder_or_a_link_is_calm(make_app, cases, monkeypatch):
    """4.12 / 4.13 in the window: a calm message (or the recovery offer), never the bug apology."""
    from desktop.ui.common import messages

    good, folder, link = cases.create("甲"), cases.create("乙"), cases.create("丙")
    cases.db_path(folder.id).unlink()
    cases.db_path(folder.id).mkdir()
    cases.db_path(link.id).unlink()
    cases.db_path(link.id).symlink_to(cases.db_path(good.id))
    before = cases.db_path(good.id).read_bytes()
    shown, apologies = [], []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(messages, "show_bug", lambda *a, **k: apologies.append(a))
    _application, window = make_app("en")
    for case in (folder, link):
        assert window.open_case(case.id) is False
    assert len(shown) == 2 and not apologies
    assert window.case.id == good.id and cases.db_path(good.id).read_bytes() == before
