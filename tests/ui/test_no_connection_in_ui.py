"""The UI never holds a SQLite connection (issue 14 item 1): it reaches a case only through ``CaseSession``.

The import-linter contract keeps ``sqlite3`` imports out of ``desktop.ui``; these tests prove the
other half — that no connection object is reachable from the window's widgets or from the session's
public face once every tab of an open case has been built.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QWidget

from desktop.settings import LAST_CASE, Settings
from tests.unit.store.test_session_check import case_with_contacts


def _connections_in(obj, seen: set[int], depth: int = 0) -> list[str]:
    """Paths to every ``sqlite3.Connection`` among ``obj``'s public attributes, a few levels deep."""
    if id(obj) in seen or depth > 3:
        return []
    seen.add(id(obj))
    if isinstance(obj, sqlite3.Connection):
        return ["<connection>"]
    found = []
    attrs = getattr(obj, "__dict__", None)
    if isinstance(attrs, dict):
        for name, value in list(attrs.items()):
            if name.startswith("_") or isinstance(value, type):
                continue
            found += [f"{name}.{path}" for path in _connections_in(value, seen, depth + 1)]
    return found


def test_no_connection_is_reachable_from_the_window_or_its_tabs_once_every_tab_is_built(qtbot, make_app, cases,
                                                                                       data_dir):
    case = case_with_contacts(cases, 5)
    Settings(data_dir.settings_file).set(LAST_CASE, case.id)
    _application, window = make_app()
    qtbot.waitUntil(lambda: window.session.checked)
    for name in ("case", "learn", "log", "negotiate", "export"):
        assert window.show_tab(name) is not None
    leaks = []
    for widget in [window, *window.findChildren(QWidget)]:
        leaks += [f"{type(widget).__name__}.{path}" for path in _connections_in(widget, set())]
    assert leaks == []


def test_the_session_exposes_no_connection_publicly(qtbot, make_app, cases, data_dir):
    case = case_with_contacts(cases, 5)
    Settings(data_dir.settings_file).set(LAST_CASE, case.id)
    _application, window = make_app()
    session = window.session
    qtbot.waitUntil(lambda: session.checked)
    public = {name: getattr(session, name) for name in dir(session)
              if not name.startswith("_") and name not in ("contacts", "evidence", "drafts", "loans", "letters")}
    assert not [name for name, value in public.items() if isinstance(value, sqlite3.Connection)]
    assert not hasattr(session, "conn")


def test_no_ui_module_opens_a_case_database_itself():
    """A case is opened by the store (``CaseSession`` or a store function given the ``CaseRepository``), never by a
    widget: ``cases.open(...)`` hands out a raw connection."""
    import re
    from pathlib import Path

    import desktop.ui

    root = Path(desktop.ui.__file__).parent
    opened = [f"{path.relative_to(root)}:{n}" for path in sorted(root.rglob("*.py"))
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if re.search(r"\bcases\.open\(|\bconnect\(\s*[^)]*db_path", line)]
    assert opened == []
