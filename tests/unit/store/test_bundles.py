"""Case bundles: export and import round trip, passphrases, and every hostile bundle refused before writing."""

from __future__ import annotations

import hashlib
import json
import os

import pytest

from desktop.domain.contacts import Contact
from desktop.domain.errors import UserError
from desktop.store.bundle import crypto as bundle_crypto
from desktop.store.bundle.bundles import (
    PassphraseNeeded,
    export_bundle,
    import_bundle,
    needs_passphrase,
)
from desktop.store.bundle.checks import Limits
from desktop.store.contacts import ContactRepository
from desktop.store.evidence import EvidenceRepository
from desktop.store.safety.verify import verify_case
from tests.fuzz.bundle_craft import build_zip, manifest_for, read_entries, rebuild, symlink_info

PASS = "correct horse 电池 staple"


@pytest.fixture
def case(cases, tmp_path):
    case = cases.create("王女士")
    with cases.open(case.id) as conn:
        contacts = ContactRepository(conn)
        saved = contacts.add_many(Contact(summary=f"第 {i} 次来电 😀") for i in range(3))
        evidence = EvidenceRepository(conn, cases.evidence_dir(case.id))
        for i, body in enumerate([b"recording " * 1000, b"\x89PNG screenshot"]):
            src = tmp_path / f"证据 {i}.bin"
            src.write_bytes(body)
            contacts.evidence = evidence
            contacts.update(saved[i], files=[src])
    return case


@pytest.fixture
def bundle(cases, case, tmp_path):
    return export_bundle(cases, case.id, tmp_path / "王女士.dchcase").path


def case_ids(cases):
    return sorted(s.id for s in cases.list())


def assert_nothing_written(cases, before):
    assert case_ids(cases) == before
    assert not [p for p in cases.data_dir.cases.iterdir() if p.name.startswith(".import-")]


def test_round_trip_makes_a_new_case_with_the_same_records_and_evidence(cases, case, bundle):
    result = import_bundle(cases, bundle)
    assert result.case_id != case.id and result.alias == "王女士"
    assert (result.contacts, result.files, result.verify_problems) == (3, 2, ())
    with cases.open(result.case_id) as conn:
        assert conn.execute("SELECT case_id FROM case_info").fetchone()[0] == result.case_id
        assert [c.summary for c in ContactRepository(conn).page(None, 0, 10, descending=False)] == [
            f"第 {i} 次来电 😀" for i in range(3)]
        report = verify_case(conn, cases.evidence_dir(result.case_id))
        assert report.ok and report.files == 2
    with cases.open(case.id) as conn:
        assert verify_case(conn, cases.evidence_dir(case.id)).head == report.head


def test_the_manifest_holds_hashes_and_no_personal_data(bundle):
    files = read_entries(bundle)
    assert set(files) == {"manifest.json", "case.db", *[n for n in files if n.startswith("evidence/")]}
    manifest = files["manifest.json"].decode()
    assert "王女士" not in manifest and "来电" not in manifest
    for name, data in files.items():
        if name != "manifest.json":
            assert hashlib.sha256(data).hexdigest() in manifest


def test_importing_twice_makes_two_cases_and_never_overwrites(cases, case, bundle):
    first = import_bundle(cases, bundle).case_id
    second = import_bundle(cases, bundle).case_id
    assert len({case.id, first, second}) == 3


def test_an_encrypted_bundle_needs_the_right_passphrase(cases, case, tmp_path):
    path = export_bundle(cases, case.id, tmp_path / "enc.dchcase", PASS).path
    raw = path.read_bytes()
    assert raw.startswith(bundle_crypto.MAGIC) and b"case.db" not in raw and needs_passphrase(path)
    before = case_ids(cases)
    with pytest.raises(PassphraseNeeded):
        import_bundle(cases, path)
    with pytest.raises(UserError) as err:
        import_bundle(cases, path, "wrong passphrase")
    assert err.value.field == "passphrase" and "passphrase is not right" in err.value.en
    assert "密码不对" in err.value.zh
    assert_nothing_written(cases, before)
    assert import_bundle(cases, path, PASS).contacts == 3


def test_a_short_passphrase_is_refused_at_export(cases, case, tmp_path):
    with pytest.raises(UserError):
        export_bundle(cases, case.id, tmp_path / "x.dchcase", "short")
    assert not list(tmp_path.glob("*x.dchcase*"))


@pytest.mark.parametrize("where", ["header", "middle", "tag"])
def test_a_changed_byte_in_an_encrypted_bundle_is_refused(cases, case, tmp_path, where):
    path = export_bundle(cases, case.id, tmp_path / "enc.dchcase", PASS).path
    data = bytearray(path.read_bytes())
    at = {"header": 12, "middle": len(data) // 2, "tag": len(data) - 3}[where]
    data[at] ^= 0x40
    path.write_bytes(bytes(data))
    before = case_ids(cases)
    with pytest.raises(UserError):
        import_bundle(cases, path, PASS)
    assert_nothing_written(cases, before)


@pytest.mark.parametrize("keep", [0, 5, 30, 60, 100, 1000])
def test_a_truncated_bundle_is_refused(cases, case, tmp_path, keep):
    for passphrase in (None, PASS):
        path = export_bundle(cases, case.id, tmp_path / "t.dchcase", passphrase).path
        data = path.read_bytes()
        path.write_bytes(data[:min(keep, len(data) - 1)])
        before = case_ids(cases)
        with pytest.raises(UserError):
            import_bundle(cases, path, passphrase)
        assert_nothing_written(cases, before)


def _hostile(bundle):
    files = read_entries(bundle)
    db = files["case.db"]
    ev = next(n for n in files if n.startswith("evidence/"))
    return {
        "path traversal": rebuild({**files, "../evil.txt": b"x"}),
        "absolute path": rebuild({**files, "/etc/evil": b"x"}),
        "windows drive": rebuild({**files, "C:/evil": b"x"}),
        "backslash": rebuild({**files, "evidence\\..\\..\\evil": b"x"}),
        "dot segment": rebuild({**files, "evidence/./" + ev[9:]: b"x"}),
        "unexpected file": rebuild({**files, "readme.txt": b"hello"}),
        "folder entry": rebuild({**files, "evidence/": b""}),
        "evidence name not a hash": rebuild({**files, "evidence/photo.jpg": b"x"}),
        "symlink": build_zip([*files.items(), (symlink_info("evidence/" + "a" * 64), b"/etc/passwd")]),
        "duplicate name": build_zip([*files.items(), ("case.db", b"SQLite format 3\x00")]),
        "no manifest": build_zip([(n, d) for n, d in files.items() if n != "manifest.json"]),
        "no database": rebuild({n: d for n, d in files.items() if n != "case.db"}),
        "manifest not json": build_zip([*[(n, d) for n, d in files.items() if n != "manifest.json"],
                                        ("manifest.json", b"{not json")]),
        "manifest lists a missing file": build_zip([*[(n, d) for n, d in files.items() if n != "manifest.json"],
                                                    ("manifest.json", manifest_for({**files, "evidence/" + "b" * 64: b"z"}))]),
        "file not in manifest": build_zip([*files.items(), ("evidence/" + "c" * 64, b"extra")]),
        "hash mismatch": build_zip([*[(n, d) for n, d in files.items() if n != ev], (ev, b"!" + files[ev][1:])]),
        "newer format": rebuild(files, format_version=2),
        "format as text": rebuild(files, format_version="1"),
        "wrong format name": rebuild(files, format="zip"),
        "database not sqlite": rebuild({**files, "case.db": b"hello" * 100}),
        "database damaged": rebuild({**files, "case.db": db[:4096] + b"\xa5" * (len(db) - 4096)}),
        "database with a trigger": rebuild({**files, "case.db": _with_trigger(db)}),
        "not a zip": b"hello world" * 50,
        "empty": b"",
    }


def _with_trigger(db: bytes) -> bytes:
    import sqlite3
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "x.db")
        with open(path, "wb") as fh:
            fh.write(db)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("CREATE TRIGGER wipe AFTER UPDATE ON case_info BEGIN DELETE FROM contact_versions; END")
        conn.commit()
        conn.close()
        with open(path, "rb") as fh:
            return fh.read()


HOSTILE = {  # kind: what the English message names
    "path traversal": "unsafe file name", "absolute path": "unsafe file name", "windows drive": "unsafe file name",
    "backslash": "unsafe file name", "dot segment": "unsafe file name", "unexpected file": "unexpected file",
    "folder entry": "unsafe file name", "evidence name not a hash": "unexpected file",
    "symlink": "not a regular file", "duplicate name": "appears twice", "no manifest": "not a case bundle",
    "no database": "not a case bundle", "manifest not json": "manifest", "manifest lists a missing file": "is missing",
    "file not in manifest": "not listed in the manifest", "hash mismatch": "does not match its SHA-256",
    "newer format": "format version 2", "format as text": "manifest", "wrong format name": "manifest",
    "database not sqlite": "database is damaged", "database damaged": "database is damaged",
    "database with a trigger": "structure this app does not make", "not a zip": "not a case bundle",
    "empty": "not a case bundle",
}


@pytest.mark.parametrize("kind", HOSTILE)
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_hostile_bundle_is_refused_with_a_message_and_nothing_is_written(cases, bundle, tmp_path, kind, encrypted):
    data = _hostile(bundle)[kind]
    path = tmp_path / "hostile.dchcase"
    if encrypted:
        with open(path, "wb") as raw:
            writer = bundle_crypto.EncryptingWriter(raw, PASS)
            writer.write(data)
            writer.close()
    else:
        path.write_bytes(data)
    outside = tmp_path / "evil.txt"
    before = case_ids(cases)
    with pytest.raises(UserError) as err:
        import_bundle(cases, path, PASS if encrypted else None)
    assert err.value.zh and HOSTILE[kind] in err.value.en
    assert_nothing_written(cases, before)
    assert not outside.exists() and not (cases.data_dir.cases / "evil.txt").exists()


def test_a_zip_bomb_is_refused_from_its_declared_sizes(cases, bundle, tmp_path):
    files = read_entries(bundle)
    files["evidence/" + "d" * 64] = b"\x00" * (20 * 1024 * 1024)
    path = tmp_path / "bomb.dchcase"
    path.write_bytes(rebuild(files))
    before = case_ids(cases)
    with pytest.raises(UserError) as err:
        import_bundle(cases, path)
    assert "compressed suspiciously" in err.value.en
    with pytest.raises(UserError) as err:
        import_bundle(cases, path, limits=Limits(max_file=1024 * 1024))
    assert "too large" in err.value.en
    with pytest.raises(UserError):
        import_bundle(cases, path, limits=Limits(max_total=10 * 1024 * 1024, max_ratio=10**6))
    assert_nothing_written(cases, before)


def test_a_lying_declared_size_stops_the_read_at_the_cap(cases, bundle, tmp_path):
    """Manifest and central directory say 10 bytes; the data holds far more: reading stops, the import fails."""
    files = read_entries(bundle)
    ev = next(n for n in files if n.startswith("evidence/"))
    manifest = json.loads(manifest_for(files))
    for entry in manifest["files"]:
        if entry["name"] == ev:
            entry["size"] = 10
    data = bytearray(build_zip([*[(n, d) for n, d in files.items() if n != "manifest.json"],
                                ("manifest.json", json.dumps(manifest).encode())]))
    record = data.rfind(b"PK\x01\x02", 0, data.rfind(ev.encode()))
    assert data[record + 24:record + 28] == len(files[ev]).to_bytes(4, "little")
    data[record + 24:record + 28] = (10).to_bytes(4, "little")  # the uncompressed size
    path = tmp_path / "liar.dchcase"
    path.write_bytes(bytes(data))
    before = case_ids(cases)
    with pytest.raises(UserError) as err:
        import_bundle(cases, path)
    assert "damaged" in err.value.en
    assert_nothing_written(cases, before)


def test_a_bundle_file_that_is_missing_is_explained(cases, tmp_path):
    with pytest.raises(UserError) as err:
        import_bundle(cases, tmp_path / "nowhere.dchcase")
    assert "Cannot read" in err.value.en


def test_export_of_an_unknown_case_is_a_user_error(cases, tmp_path):
    with pytest.raises(UserError):
        export_bundle(cases, "no-such-case", tmp_path / "x.dchcase")


def test_export_writes_atomically_and_leaves_no_partial_file(cases, case, tmp_path):
    target = tmp_path / "out.dchcase"
    target.write_bytes(b"old content")
    export_bundle(cases, case.id, target)
    assert target.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name or "unfinished-export" in p.name] == []
    assert not [p for p in cases.data_dir.case_dir(case.id).iterdir() if p.name.startswith(".bundle-")]
