"""Evidence paths come only from validated content hashes; viewing copies stay in their own folder (H3, M6)."""

from __future__ import annotations

import builtins
import io
import os
import stat
import tempfile
from pathlib import Path

import pytest

from desktop.domain.errors import UserError
from desktop.domain.evidence import INVALID, OK
from desktop.store import viewing_copies
from desktop.store.contacts import ContactRepository
from desktop.store.evidence import EvidenceRepository
from desktop.store.safety.verify import verify_case
from desktop.store.viewing_copies import mark_of_the_web, remove_viewing_copies, viewing_root
from tests.unit.store.test_contacts import call

POISONED = [
    "../" * 14 + "etc/hostname",  # the review's value (3.16)
    "0123456789abcdef" * 4 + "\n",
    "0123456789ABCDEF" * 4,
    "../../../../sentinel.txt",  # evidence/ → case → cases → data folder → the sentinel beside it
]


@pytest.fixture
def temp_dir(tmp_path, monkeypatch) -> Path:
    """The system temp folder, moved into tmp_path so the test sees everything written there."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def attached(cases, tmp_path):
    """A case with one recording attached; yields (connection, evidence repository, attachment)."""
    case = cases.create("路径")
    with cases.open(case.id) as conn:
        evidence = EvidenceRepository(conn, cases.evidence_dir(case.id))
        src = tmp_path / "录音.m4a"
        src.write_bytes(b"audio" * 100)
        saved = ContactRepository(conn, evidence=evidence).add(call(10), files=[src])
        (att,) = evidence.for_contact(saved.id)
        yield conn, evidence, att


def _tree(root: Path, skip: Path) -> dict[str, bytes | None]:
    """Every folder and file under ``root`` with its content, apart from those under ``skip``."""
    out = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if Path(folder, d) != skip]
        for name in dirs:
            out[os.path.join(folder, name)] = None
        for name in files:
            out[os.path.join(folder, name)] = Path(folder, name).read_bytes()
    return out


@pytest.mark.parametrize("value", POISONED)
def test_a_stored_hash_that_is_not_one_never_becomes_a_path(attached, data_dir, tmp_path, temp_dir, monkeypatch,
                                                             value):
    conn, evidence, att = attached
    sentinel = tmp_path / "sentinel.txt"
    sentinel.write_text("outside the data folder")
    conn.execute("UPDATE attachments SET sha256 = ? WHERE id = ?", (value, att.id))
    conn.commit()
    before = _tree(tmp_path, skip=data_dir.root)
    opened: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def noting_open(file, *args, **kwargs):
        opened.append(os.path.abspath(file) if isinstance(file, (str, Path)) else str(file))
        return real_open(file, *args, **kwargs)

    def noting_os_open(path, *args, **kwargs):
        opened.append(os.path.abspath(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", noting_open)
    monkeypatch.setattr(io, "open", noting_open)
    monkeypatch.setattr(os, "open", noting_os_open)
    bad = evidence.get(att.id)
    assert evidence.status(bad) == INVALID
    with pytest.raises(UserError) as raised:
        evidence.path(bad)
    assert "损坏" in raised.value.message("zh_CN") and "damaged" in raised.value.message("en")
    with pytest.raises(UserError):
        evidence.viewing_copy(bad, viewing_root(data_dir.root))
    report = verify_case(conn, evidence.folder)
    monkeypatch.undo()
    assert not report.ok
    problem = [p for p in report.problems if f"attachment #{att.id}" in p.message("en")]
    assert problem and "damaged" in problem[0].message("en") and "损坏" in problem[0].message("zh_CN")
    assert not [p for p in report.problems if value.strip() in p.message("en") + p.message("zh_CN")], \
        "the hostile value is never echoed"
    assert _tree(tmp_path, skip=data_dir.root) == before, "nothing written outside the case"
    assert not [p for p in opened if not p.startswith(str(data_dir.root))], f"read outside the data folder: {opened}"
    assert sentinel.read_text() == "outside the data folder"


def test_a_viewing_copy_is_read_only_in_this_data_folder_s_own_temp_folder(attached, data_dir, temp_dir):
    _conn, evidence, att = attached
    root = viewing_root(data_dir.root)
    copy = evidence.viewing_copy(att, root)
    assert copy.parent.parent == root and root.parent == temp_dir / "DebtCallHelper-view"
    assert copy.name == "录音.m4a" and copy.read_bytes() == b"audio" * 100
    assert not os.access(copy, os.W_OK) or os.geteuid() == 0
    assert evidence.viewing_copy(att, root) == copy  # an unchanged copy is used again
    assert evidence.status(att) == OK


def test_a_viewing_copy_that_was_changed_is_made_again(attached, data_dir, temp_dir):
    _conn, evidence, att = attached
    copy = evidence.viewing_copy(att, viewing_root(data_dir.root))
    os.chmod(copy, stat.S_IREAD | stat.S_IWRITE)
    copy.write_bytes(b"a viewer saved over it")
    assert evidence.viewing_copy(att, viewing_root(data_dir.root)).read_bytes() == b"audio" * 100


def test_two_data_folders_keep_their_copies_apart(attached, data_dir, tmp_path, temp_dir):
    _conn, evidence, att = attached
    other_data = tmp_path / "另一个数据文件夹"
    mine = evidence.viewing_copy(att, viewing_root(data_dir.root))
    theirs = evidence.viewing_copy(att, viewing_root(other_data))
    assert viewing_root(data_dir.root) != viewing_root(other_data)
    remove_viewing_copies(other_data)
    assert mine.exists() and not theirs.exists()
    remove_viewing_copies(data_dir.root)
    assert not mine.exists() and not viewing_root(data_dir.root).exists()


def test_removal_also_clears_copies_left_by_older_versions_and_never_raises(data_dir, temp_dir):
    legacy = temp_dir / "DebtCallHelper-view" / "0badcbf97383defe"
    legacy.mkdir(parents=True)
    (legacy / "王女士-催收录音-13800138000.m4a").write_bytes(b"x")
    os.chmod(legacy / "王女士-催收录音-13800138000.m4a", stat.S_IREAD)
    unrelated = temp_dir / "DebtCallHelper-view" / "notes-of-someone-else"
    unrelated.mkdir()
    remove_viewing_copies(data_dir.root)
    assert not legacy.exists() and unrelated.exists()
    remove_viewing_copies(data_dir.root)  # nothing left to remove: still fine


def test_copies_are_never_written_through_a_link_planted_in_the_temp_folder(attached, data_dir, tmp_path, temp_dir):
    _conn, evidence, att = attached
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (temp_dir / "DebtCallHelper-view").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(UserError) as raised:
        evidence.viewing_copy(att, viewing_root(data_dir.root))
    assert "not made by this app" in raised.value.message("en")
    assert list(elsewhere.iterdir()) == []
    remove_viewing_copies(data_dir.root)  # removes the link, not what it points to
    assert elsewhere.exists()


def test_the_mark_of_the_web_is_the_internet_zone(tmp_path):
    target = tmp_path / "录音.m4a"
    target.write_bytes(b"x")
    assert mark_of_the_web(f"{target}:Zone.Identifier")  # on Linux, a file of that name stands for the stream
    assert Path(f"{target}:Zone.Identifier").read_bytes() == b"[ZoneTransfer]\r\nZoneId=3\r\n"
    assert not mark_of_the_web(str(tmp_path / "no such folder" / "x:Zone.Identifier"))


def test_on_windows_every_viewing_copy_is_marked_before_it_is_made_read_only(attached, data_dir, temp_dir,
                                                                            monkeypatch):
    _conn, evidence, att = attached
    marked = []

    def noting_mark(stream_path):
        marked.append((stream_path, os.access(stream_path.rsplit(":", 1)[0], os.W_OK)))
        return True

    monkeypatch.setattr(viewing_copies.sys, "platform", "win32")
    monkeypatch.setattr(viewing_copies, "mark_of_the_web", noting_mark)
    copy = evidence.viewing_copy(att, viewing_root(data_dir.root))
    assert len(marked) == 1
    stream, writable = marked[0]
    assert stream.endswith(":Zone.Identifier") and Path(stream.rsplit(":", 1)[0]).parent == copy.parent
    assert writable
