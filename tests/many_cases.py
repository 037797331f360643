"""Hundreds or thousands of real cases, quickly: one case made through the app, then copied.

Making a case through :class:`CaseRepository` waits for the disk each time (~15 ms); a desk's
2,000 cases are made here by copying one real case folder and renaming it inside its file, as a
case made through the app would be (the same schema, records and history).
"""

from __future__ import annotations

import secrets
import shutil
import sqlite3
from collections.abc import Sequence

from desktop.store.cases import CaseRepository
from desktop.store.contacts import ContactRepository


def make_cases(cases: CaseRepository, aliases: Sequence[str], contacts_each: int = 3) -> list[str]:
    """Create one case per alias (each with ``contacts_each`` records); return their ids in order."""
    from desktop.commands.bench.data import generate_contacts

    template = cases.create("模板")
    with cases.open(template.id) as conn:
        ContactRepository(conn).add_many(generate_contacts(contacts_each))
    source = cases.data_dir.case_dir(template.id)
    ids = []
    for n, alias in enumerate(aliases):
        case_id = f"20250101-{n:05d}{secrets.token_hex(1)}"
        target = cases.data_dir.case_dir(case_id)
        (target / "evidence").mkdir(parents=True)
        shutil.copyfile(source / "case.db", target / "case.db")
        set_case_info(cases, case_id, alias=alias, case_id=case_id)
        ids.append(case_id)
    shutil.rmtree(source)
    return ids


def set_case_info(cases: CaseRepository, folder_id: str, /, **values) -> None:
    """Write ``case_info`` straight into the file, as another tool or an older version could."""
    conn = sqlite3.connect(cases.db_path(folder_id), isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = OFF")
        assignments = ", ".join(f"{name} = ?" for name in values)
        conn.execute(f"UPDATE case_info SET {assignments} WHERE id = 1", tuple(values.values()))
    finally:
        conn.close()
