"""Bundle encryption at today's scrypt cost (review 3.1), and bundles made before it still import.

``tests/data/case_v1_scrypt15.dchcase`` was written by the app before this change
(encryption format 1, scrypt N = 2^15): a case "旧格式样例" with two records and one
evidence file, passphrase ``OLD_PASS``.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from desktop.domain.errors import UserError
from desktop.store.bundle import crypto as bundle_crypto
from desktop.store.bundle.bundles import export_bundle, import_bundle
from desktop.store.contacts import ContactRepository
from desktop.store.safety.verify import verify_case

OLD_BUNDLE = Path(__file__).resolve().parents[2] / "data" / "case_v1_scrypt15.dchcase"
OLD_PASS = "old format 旧格式 passphrase"
PASS = "correct horse 电池 staple"


def test_a_bundle_made_the_old_way_with_scrypt_2_15_still_imports(cases):
    raw = OLD_BUNDLE.read_bytes()
    assert raw.startswith(bundle_crypto.MAGIC) and raw[len(bundle_crypto.MAGIC)] == 1
    result = import_bundle(cases, OLD_BUNDLE, OLD_PASS)
    assert (result.alias, result.contacts, result.files, result.verify_problems) == ("旧格式样例", 2, 1, ())
    with cases.open(result.case_id) as conn:
        summaries = [c.summary for c in ContactRepository(conn).page(None, 0, 10, descending=False)]
        assert summaries == ["旧格式第 0 次来电", "旧格式第 1 次来电"]
        assert verify_case(conn, cases.evidence_dir(result.case_id)).ok


def test_an_old_bundle_with_a_wrong_passphrase_is_refused_as_such(cases):
    with pytest.raises(UserError) as caught:
        import_bundle(cases, OLD_BUNDLE, "not the old passphrase")
    assert caught.value.field == "passphrase"
    assert cases.list() == []


def test_new_bundles_are_format_2_with_scrypt_2_17_and_round_trip(cases, tmp_path):
    case = cases.create("新格式")
    path = export_bundle(cases, case.id, tmp_path / "new.dchcase", PASS).path
    header = path.read_bytes()[:bundle_crypto.HEADER_LEN]
    assert header[len(bundle_crypto.MAGIC)] == bundle_crypto.VERSION == 2
    assert bundle_crypto.KDF_BY_VERSION[2] == (2**17, 8, 1)
    at = len(bundle_crypto.MAGIC) + 1
    salt = header[at:at + bundle_crypto.SALT_LEN]
    check = header[-bundle_crypto.CHECK_LEN:]
    material = hashlib.scrypt(PASS.encode(), salt=salt, n=2**17, r=8, p=1, maxmem=2**28, dklen=64)
    assert material[32:48] == check  # the key check is from N = 2^17, not the old cost
    assert import_bundle(cases, path, PASS).alias == "新格式"


def _with_version(path: Path, version: int) -> bytes:
    data = bytearray(path.read_bytes())
    data[len(bundle_crypto.MAGIC)] = version
    return bytes(data)


@pytest.mark.parametrize(("version", "says"), [(0, "damaged"), (3, "newer version"), (255, "newer version")])
def test_an_unknown_format_version_is_refused_before_any_key_is_derived(cases, tmp_path, monkeypatch, version, says):
    """The version byte picks the cost from a fixed table: a hostile file cannot ask for minutes or gigabytes."""
    case = cases.create("版本")
    data = _with_version(export_bundle(cases, case.id, tmp_path / "v.dchcase", PASS).path, version)
    monkeypatch.setattr(bundle_crypto.hashlib, "scrypt", lambda *a, **k: pytest.fail("derived a key"))
    with pytest.raises(UserError) as caught:
        bundle_crypto.decrypt_file(io.BytesIO(data), len(data), io.BytesIO(), PASS, max_plain=1 << 30)
    assert says in caught.value.en


def test_the_version_byte_is_authenticated(cases, tmp_path):
    """Turning a format-2 file into format 1 (a cheaper cost) does not get past the key check."""
    case = cases.create("降级")
    data = _with_version(export_bundle(cases, case.id, tmp_path / "d.dchcase", PASS).path, 1)
    with pytest.raises(UserError):
        bundle_crypto.decrypt_file(io.BytesIO(data), len(data), io.BytesIO(), PASS, max_plain=1 << 30)
