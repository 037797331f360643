"""The bundle importer over hostile files: a new case or a UserError with a message — and nothing half-written."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from desktop.domain.contacts import Contact
from desktop.domain.errors import UserError
from desktop.files.data_dir import DataDir
from desktop.store.bundle import crypto as bundle_crypto
from desktop.store.bundle.bundles import export_bundle, import_bundle
from desktop.store.bundle.checks import Limits
from desktop.store.cases import CaseRepository
from desktop.store.contacts import ContactRepository
from desktop.store.evidence import EvidenceRepository
from tests.fuzz import fuzz_settings
from tests.fuzz.bundle_craft import build_zip, manifest_for, read_entries

PASS = "fuzzing passphrase"
LIMITS = Limits(max_file=1 << 20, max_db=8 << 20, max_total=16 << 20, max_entries=50)


class World:
    """One data folder with one case, exported plain and encrypted (made once: building it is slow)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cases = CaseRepository(DataDir(root / "data"))
        case = self.cases.create("模糊测试")
        with self.cases.open(case.id) as conn:
            contacts = ContactRepository(conn)
            saved = contacts.add_many(Contact(summary=f"记录 {i}") for i in range(3))
            source = root / "ev.bin"
            source.write_bytes(b"evidence bytes " * 20)
            contacts.evidence = EvidenceRepository(conn, self.cases.evidence_dir(case.id))
            contacts.update(saved[0], files=[source])
        self.plain = export_bundle(self.cases, case.id, root / "plain.dchcase").path.read_bytes()
        self.encrypted = export_bundle(self.cases, case.id, root / "enc.dchcase", PASS).path.read_bytes()
        self.files = read_entries(root / "plain.dchcase")
        self.count = 0

    def try_import(self, data: bytes, passphrase: str | None = None) -> None:
        self.count += 1
        path = self.root / f"in-{self.count}.dchcase"
        path.write_bytes(data)
        before = {p.name for p in self.cases.data_dir.cases.iterdir()}
        try:
            result = import_bundle(self.cases, path, passphrase, limits=LIMITS)
        except UserError as exc:
            assert exc.zh.strip() and exc.en.strip()
            after = {p.name for p in self.cases.data_dir.cases.iterdir()}
            assert after == before, "a refused bundle left something behind"
        else:
            assert result.contacts == 3  # only an unchanged case gets in
            self.cases.delete(result.case_id)
        finally:
            path.unlink()


@pytest.fixture(scope="module")
def world():
    with tempfile.TemporaryDirectory() as folder:
        yield World(Path(folder))


def _mutate(data: bytes, edits, cut) -> bytes:
    out = bytearray(data)
    for at, value in edits:
        out[at % len(out)] = value
    return bytes(out[:cut] if cut is not None else out)


def _positions(size: int):
    # Anywhere, but often in the headers and the central directory, where a change matters most.
    return st.one_of(st.integers(0, size - 1), st.integers(max(0, size - 700), size - 1), st.integers(0, 120))


@fuzz_settings()
@given(st.binary(max_size=2048))
def test_random_bytes(world, data):
    world.try_import(data)


@fuzz_settings()
@given(st.data())
def test_mutated_plain_bundle(world, data):
    size = len(world.plain)
    edits = data.draw(st.lists(st.tuples(_positions(size), st.integers(0, 255)), min_size=1, max_size=6))
    cut = data.draw(st.one_of(st.none(), st.integers(0, size)))
    world.try_import(_mutate(world.plain, edits, cut))


@fuzz_settings(0.1, at_least=10)
@given(st.data())
def test_mutated_encrypted_bundle(world, data):
    size = len(world.encrypted)
    edits = data.draw(st.lists(st.tuples(_positions(size), st.integers(0, 255)), max_size=3))
    cut = data.draw(st.one_of(st.none(), st.integers(0, size)))
    mutated = _mutate(world.encrypted, edits, cut)
    assume(mutated != world.encrypted)
    world.try_import(mutated, data.draw(st.sampled_from([PASS, PASS + "x", "", "密码"])))


_NAMES = st.one_of(
    st.sampled_from(["manifest.json", "case.db", "evidence/" + "a" * 64, "../x", "/abs", "C:/x", "a\\b",
                     "evidence/", "evidence/../case.db", "evidence/./" + "b" * 64, "Case.DB", "evidence/AB",
                     "manifest.json/", "x" * 300]),
    st.text(min_size=1, max_size=30),
)
_JSONISH = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=20,
)


@fuzz_settings()
@given(st.data())
def test_crafted_zips(world, data):
    entries = data.draw(st.lists(st.tuples(_NAMES, st.binary(max_size=200)), max_size=6))
    if data.draw(st.booleans()):
        entries.append(("case.db", world.files["case.db"]))
    manifest = data.draw(st.sampled_from(["valid", "random json", "edited", "none"]))
    files = dict(entries)
    if manifest == "valid":
        entries.append(("manifest.json", manifest_for(files)))
    elif manifest == "random json":
        entries.append(("manifest.json", json.dumps(data.draw(_JSONISH)).encode()))
    elif manifest == "edited":
        m = json.loads(manifest_for(files))
        m[data.draw(st.sampled_from(["format", "format_version", "files", "app_version"]))] = data.draw(_JSONISH)
        entries.append(("manifest.json", json.dumps(m).encode()))
    try:
        blob = build_zip(entries)
    except (ValueError, UnicodeEncodeError, OverflowError, IndexError):  # names zipfile cannot write
        assume(False)
    if data.draw(st.booleans()):
        with tempfile.TemporaryFile() as raw:
            # Format 1 (scrypt 2^15, still read): the zip inside is what is fuzzed, and 2^17 costs 5× more.
            writer = bundle_crypto.EncryptingWriter(raw, PASS, version=1)
            writer.write(blob)
            writer.close()
            raw.seek(0)
            blob = raw.read()
        world.try_import(blob, PASS)
    else:
        world.try_import(blob)
