"""A bundled database is checked value by value, and its evidence entry by entry, before the case is accepted.

The poisons are the adversarial review's (H4, 3.6, 3.12–3.15): each one must be refused with a
message that names the table and what is wrong, and nothing may be written.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import tempfile
import time
import zipfile

import pytest

from desktop.domain.contacts import Contact
from desktop.domain.errors import UserError
from desktop.domain.negotiation import Loan
from desktop.store.bundle import checks as bundle_checks
from desktop.store.bundle.bundles import export_bundle, import_bundle
from desktop.store.contacts import ContactRepository
from desktop.store.drafts import DraftRepository
from desktop.store.evidence import EvidenceRepository
from desktop.store.letters import LetterRepository
from desktop.store.loans import LoanRepository
from tests.fuzz.bundle_craft import manifest_for, read_entries, rebuild


@pytest.fixture
def bundle(cases, tmp_path):
    case = cases.create("王女士")
    with cases.open(case.id) as conn:
        contacts = ContactRepository(conn)
        saved = contacts.add_many(Contact(summary=f"第 {i} 次来电") for i in range(2))
        evidence = EvidenceRepository(conn, cases.evidence_dir(case.id))
        src = tmp_path / "录音.m4a"
        src.write_bytes(b"recording " * 100)
        contacts.evidence = evidence
        contacts.update(saved[0], files=[src])
        LoanRepository(conn).add(Loan(brand="某呗", amount_borrowed_fen=100_000))
        LetterRepository(conn).save_version("negotiation", "zh_CN", "尊敬的贷款方：……", "t1")
        DraftRepository(conn).put("negotiation", {"step": 2, "loans": [{"id": 1}]})
    return export_bundle(cases, case.id, tmp_path / "王女士.dchcase").path


def _edited(db: bytes, *statements: str) -> bytes:
    """The database ``db`` with ``statements`` run on it, as any SQLite tool could."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "x.db")
        with open(path, "wb") as fh:
            fh.write(db)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = DELETE")
        for sql in statements:
            conn.execute(sql)
        conn.commit()
        conn.close()
        with open(path, "rb") as fh:
            return fh.read()


def _write(tmp_path, data: bytes):
    path = tmp_path / "poisoned.dchcase"
    path.write_bytes(data)
    return path


def _nothing_written(cases, before):
    assert sorted(p.name for p in cases.data_dir.cases.iterdir()) == before


DEEP = "[" * 100_000 + "]" * 100_000
BAD_UTF8 = "CAST(x'ff41fe' AS TEXT)"

POISONS = {  # the review's poison: (SQL, the table the message must name)
    "created_at garbage (3.13)": ("UPDATE case_info SET created_at = 'garbage'", "case_info"),
    "contract_date garbage (3.14)": ("UPDATE loans SET contract_date = 'garbage'", "loans"),
    "letter created_at garbage (3.14)": ("UPDATE letters SET created_at = 'garbage'", "letters"),
    "invalid UTF-8 in letters.text (3.14)": (f"UPDATE letters SET text = {BAD_UTF8}", "letters"),
    "invalid UTF-8 in loans.brand (3.14)": (f"UPDATE loans SET brand = {BAD_UTF8}", "loans"),
    "invalid UTF-8 in case_info.notes (3.14)": (f"UPDATE case_info SET notes = {BAD_UTF8}", "case_info"),
    "100k-deep JSON draft (3.14)": (f"UPDATE drafts SET data = '{DEEP}'", "drafts"),
    "channel evil (3.15)": ("UPDATE contacts SET channel = 'evil'", "contacts"),
    "occurred_at garbage (3.15)": ("UPDATE contacts SET occurred_at = 'garbage'", "contacts"),
    "sha256 traversal (3.16)": ("UPDATE attachments SET sha256 = '" + "../" * 14 + "etc/hostname'", "attachments"),
    "sha256 with a trailing newline": ("UPDATE attachments SET sha256 = sha256 || char(10)", "attachments"),
    "created_at with a time zone": ("UPDATE case_info SET created_at = '2026-11-03T21:05:00+08:00'", "case_info"),
    "a boolean of 7": ("UPDATE contacts SET debt_disclosed = 7", "contacts"),
    "a negative amount": ("UPDATE loans SET amount_borrowed_fen = -5", "loans"),
    "an amount stored as text": ("UPDATE loans SET amount_received_fen = 'lots'", "loans"),
    "a relation nobody has": ("INSERT INTO contact_parties (contact_id, relation) VALUES (1, 'landlord')",
                               "contact_parties"),
    "a rule id that is a path": ("INSERT INTO contact_marks (contact_id, rule_id) VALUES (1, '../x')",
                                 "contact_marks"),
    "a history version that is not JSON": ("UPDATE contact_versions SET content = '{oops'", "contact_versions"),
    "a draft that is a blob": ("UPDATE drafts SET data = x'00ff'", "drafts"),
    "a mark on a record that is not there": (
        "INSERT INTO contact_marks (contact_id, rule_id) VALUES (999, 'threats')", "not there"),
}


@pytest.mark.parametrize("poison", POISONS)
def test_a_poisoned_value_refuses_the_import_naming_the_table_and_nothing_is_written(cases, bundle, tmp_path, poison):
    sql, named = POISONS[poison]
    files = read_entries(bundle)
    files["case.db"] = _edited(files["case.db"], "PRAGMA foreign_keys = OFF", sql)
    path = _write(tmp_path, rebuild(files))
    before = sorted(p.name for p in cases.data_dir.cases.iterdir())
    with pytest.raises(UserError) as err:
        import_bundle(cases, path)
    assert named in err.value.en and "nothing was written" in err.value.en
    assert "Traceback" not in err.value.en and err.value.zh
    _nothing_written(cases, before)
    assert [s.problem for s in cases.list()] == [None]  # the case list is unharmed


def test_a_clean_bundle_with_loans_letters_and_drafts_still_imports(cases, bundle):
    result = import_bundle(cases, bundle)
    assert (result.contacts, result.files, result.verify_problems) == (2, 1, ())
    assert [s.problem for s in cases.list()] == [None, None]


def test_an_evidence_entry_name_with_a_trailing_newline_is_refused(cases, bundle, tmp_path):
    """3.6: ``re.match(r"…$")`` let ``evidence/<hex>\\n`` through; names are matched whole now."""
    files = read_entries(bundle)
    ev = next(n for n in files if n.startswith("evidence/"))
    path = _write(tmp_path, rebuild({**{n: d for n, d in files.items() if n != ev}, ev + "\n": files[ev]}))
    before = sorted(p.name for p in cases.data_dir.cases.iterdir())
    with pytest.raises(UserError) as err:
        import_bundle(cases, path)
    assert "unexpected file" in err.value.en
    _nothing_written(cases, before)


def test_an_evidence_file_no_attachment_uses_is_refused(cases, bundle, tmp_path):
    """Only evidence the database's attachments name is accepted; a stowaway refuses the whole bundle."""
    files = read_entries(bundle)
    extra = b"not referenced by anything"
    files["evidence/" + hashlib.sha256(extra).hexdigest()] = extra
    path = _write(tmp_path, rebuild(files))
    before = sorted(p.name for p in cases.data_dir.cases.iterdir())
    with pytest.raises(UserError) as err:
        import_bundle(cases, path)
    assert "not used by any attachment" in err.value.en
    _nothing_written(cases, before)


def _small_file_bomb(files: dict[str, bytes], *, lying_manifest: bool) -> bytes:
    """The review's 3.12: 400 × 4 MB zero-filled entries under names that are not their hash (1.7 MB zipped)."""
    zeros = bytes(4 * 1024 * 1024)
    real = hashlib.sha256(zeros).hexdigest()
    names = [f"evidence/{hashlib.sha256(str(i).encode()).hexdigest()}" for i in range(400)]
    entries = [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
               for n, d in files.items() if n != "manifest.json"]
    entries += [{"name": n, "size": len(zeros), "sha256": n[9:] if lying_manifest else real} for n in names]
    manifest = json.loads(manifest_for({}))
    manifest["files"] = entries
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:  # level 1: the test's own speed
        for name, data in [*[(n, d) for n, d in files.items() if n != "manifest.json"], *[(n, zeros) for n in names],
                           ("manifest.json", json.dumps(manifest).encode())]:
            zf.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("variant", ["honest manifest", "lying manifest", "lying manifest, referenced"])
def test_a_small_bundle_of_wrongly_named_zero_files_is_refused_quickly_and_writes_nothing(
        cases, bundle, tmp_path, variant):
    """M5 / 3.12: whatever their size, evidence entries are hashed as written and must match their names."""
    files = read_entries(bundle)
    if variant.endswith("referenced"):
        names = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(400)]
        values = ", ".join(f"('{n}', 'x.bin', 4194304, '2026-11-03T21:05:00')" for n in names)
        files["case.db"] = _edited(files["case.db"],
                                   f"INSERT INTO attachments (sha256, original_name, size, added_at) VALUES {values}")
    data = _small_file_bomb(files, lying_manifest=variant.startswith("lying"))
    assert len(data) < 12 * 1024 * 1024  # 1.6 GB declared
    path = _write(tmp_path, data)
    before = sorted(p.name for p in cases.data_dir.cases.iterdir())
    started = time.perf_counter()
    with pytest.raises(UserError) as err:
        import_bundle(cases, path)
    elapsed = time.perf_counter() - started
    print(f"{variant}: {len(data)} bytes refused in {elapsed:.2f} s")
    expected = {"honest manifest": "not named by its SHA-256", "lying manifest": "not used by any attachment",
                "lying manifest, referenced": "does not match its SHA-256"}[variant]
    assert expected in err.value.en
    assert elapsed < 5, elapsed  # the first wrong entry stops it: at most 4 MB is ever written
    _nothing_written(cases, before)


def test_the_declared_total_is_checked_against_free_space_before_anything_is_written(
        cases, bundle, tmp_path, monkeypatch):
    import shutil

    real = shutil.disk_usage
    free = 10 * 1024  # 10 KB free: less than the bundle declares

    def tiny(path):
        usage = real(path)
        return type(usage)(usage.total, usage.total - free, free)

    monkeypatch.setattr(bundle_checks.shutil, "disk_usage", tiny)
    before = sorted(p.name for p in cases.data_dir.cases.iterdir())
    with pytest.raises(UserError) as err:
        import_bundle(cases, bundle)
    assert "Not enough disk space" in err.value.en
    _nothing_written(cases, before)


def test_export_writes_only_the_evidence_the_attachments_name(cases, tmp_path):
    case = cases.create("甲")
    with cases.open(case.id) as conn:
        contacts = ContactRepository(conn, evidence=EvidenceRepository(conn, cases.evidence_dir(case.id)))
        src = tmp_path / "a.png"
        src.write_bytes(b"\x89PNG one")
        contacts.add(Contact(summary="来电"), files=[src])
    stray = cases.evidence_dir(case.id) / hashlib.sha256(b"stray").hexdigest()
    stray.write_bytes(b"stray")
    path = export_bundle(cases, case.id, tmp_path / "甲.dchcase").path
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist() if n.startswith("evidence/")]
    assert names == ["evidence/" + hashlib.sha256(b"\x89PNG one").hexdigest()]
    assert import_bundle(cases, path).files == 1


def test_every_column_of_the_latest_schema_has_a_value_rule(tmp_path):
    """A bundle's values are checked column by column: a column added by a schema step must get its rule too."""

    from desktop.store.safety.db_checks import COLUMNS
    from desktop.store.schema.migrations import open_case_db

    conn = open_case_db(tmp_path / "case.db")
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        actual = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
    finally:
        conn.close()
    assert set(actual) == set(COLUMNS)
    for table, columns in actual.items():
        assert sorted(columns) == sorted(COLUMNS[table]), table
