"""iPhone backups: found where Windows keeps them, read from private copies, clear messages when they cannot be."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.domain.errors import UserError
from desktop.domain.phone_evidence.iphone import decode_attributed_body
from desktop.store.phone_backup import default_backup_roots, find_backups, read_iphone_backup
from tests.phone_data import attributed_body, synthetic_calls, synthetic_texts, write_iphone_backup

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def backup(tmp_path):
    return write_iphone_backup(tmp_path / "Backup" / "00008110-ABC", synthetic_calls(120), synthetic_texts(150),
                               attributed_every=7)


def test_the_windows_locations_come_from_appdata_and_userprofile():
    roots = default_backup_roots({"APPDATA": r"C:\Users\u\AppData\Roaming", "USERPROFILE": r"C:\Users\u"})
    assert [r.parts[-3:] for r in roots] == [("Apple Computer", "MobileSync", "Backup"),
                                            ("Apple", "MobileSync", "Backup")]
    assert default_backup_roots({}) == []


def test_backups_are_found_with_name_date_and_encryption(tmp_path, backup):
    write_iphone_backup(tmp_path / "Backup" / "ENCRYPTED", [], [], encrypted=True, device="另一部")
    found = find_backups([tmp_path / "Backup", tmp_path / "missing"])
    assert {(b.device_name, b.encrypted) for b in found} == {("测试用 iPhone", False), ("另一部", True)}


def test_calls_and_messages_are_read_from_private_copies_and_the_backup_is_untouched(tmp_path, backup):
    before = _snapshot(backup)
    temp_root = tmp_path / "temp"
    temp_root.mkdir()
    result = read_iphone_backup(backup, now=NOW, temp_root=temp_root)
    assert result.complete and not result.problems
    assert len(result.calls) == 120 and len(result.messages) == 150
    texts = synthetic_texts(150)
    assert [m.body for m in result.messages] == [t.body for t in texts]  # attributedBody ones too
    assert result.messages[0].sent_at == texts[0].when
    assert _snapshot(backup) == before
    assert list(temp_root.iterdir()) == []  # the private copies are gone
    again = read_iphone_backup(backup, now=NOW)
    assert [c.identity for c in again.calls] == [c.identity for c in result.calls]


def test_an_encrypted_backup_says_what_to_do(tmp_path):
    folder = write_iphone_backup(tmp_path / "enc", synthetic_calls(3), [], encrypted=True)
    with pytest.raises(UserError) as err:
        read_iphone_backup(folder, now=NOW)
    assert "取消勾选“加密本地备份”" in err.value.zh and "逐条录入" in err.value.zh
    assert "untick \"Encrypt local backup\"" in err.value.en and "by hand" in err.value.en


def test_a_manifest_pointing_to_missing_files_gives_a_problem_not_a_traceback(tmp_path):
    folder = write_iphone_backup(tmp_path / "b", synthetic_calls(5), synthetic_texts(5), omit=("sms",))
    result = read_iphone_backup(folder, now=NOW)
    assert len(result.calls) == 5 and not result.messages and not result.complete
    assert [p.code for p in result.problems] == ["missing_file"]


def test_a_damaged_database_or_manifest_gives_a_plain_message(tmp_path):
    folder = write_iphone_backup(tmp_path / "b", synthetic_calls(5), synthetic_texts(5), damage=("calls",))
    result = read_iphone_backup(folder, now=NOW)
    assert [p.code for p in result.problems] == ["damaged"] and len(result.messages) == 5
    (folder / "Manifest.db").write_bytes(b"garbage" * 500)
    with pytest.raises(UserError):
        read_iphone_backup(folder, now=NOW)
    with pytest.raises(UserError):
        read_iphone_backup(tmp_path, now=NOW)  # not a backup folder at all


@pytest.mark.parametrize("text", ["短", "起诉" * 100, "😀𠮷" * 9000])
def test_attributed_body_text_round_trips_at_every_length_form(text):
    assert decode_attributed_body(attributed_body(text)) == text
