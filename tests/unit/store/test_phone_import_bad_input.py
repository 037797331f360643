"""Bad phone input through ``read_phone_source`` and the preview: problems reported, nothing raised or half-stored.

Ported from the parallel s4-pcore2 branch onto main's phone import.
"""

from __future__ import annotations

import os
import tempfile

import pytest

from desktop.content.phone_names import load_recording_names
from desktop.domain.errors import UserError
from desktop.domain.phone_evidence.preview import build_preview, plan_import
from desktop.paths import resources_dir
from desktop.store.phone_import import read_phone_source
from tests.phone_data import (
    synthetic_calls,
    synthetic_texts,
    write_iphone_backup,
    write_recordings,
    write_sbr_calls,
    write_sbr_messages,
)

# Given explicitly: the names must give the recordings their numbers and times for these tests to mean anything.
PATTERNS = load_recording_names(resources_dir())[0]


def _preview(source):
    return build_preview(source.exports, source.recordings, case_numbers=(), known_identities=(), keyword_rules=())


def test_a_truncated_xml_keeps_what_was_read_and_reports_it(tmp_path):
    path = write_sbr_messages(tmp_path / "sms.xml", synthetic_texts(50))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    source = read_phone_source(path)
    assert source.problems and source.exports[0].messages
    assert _preview(source).messages == len(source.exports[0].messages)


def test_an_encrypted_iphone_backup_is_a_plain_error_and_leaves_no_private_copy(tmp_path):
    folder = write_iphone_backup(tmp_path / "enc", synthetic_calls(3), [], encrypted=True)
    before = set(os.listdir(tempfile.gettempdir()))
    with pytest.raises(UserError) as err:
        read_phone_source(folder, temp_root=tmp_path / "private")
    assert "Traceback" not in str(err.value)
    after = set(os.listdir(tempfile.gettempdir()))
    assert not {n for n in after - before if "phone" in n.lower() or "backup" in n.lower()}
    private = tmp_path / "private"
    assert not private.exists() or not any(private.rglob("*"))


def test_an_iphone_backup_whose_manifest_points_to_a_missing_message_database_reports_it(tmp_path):
    folder = write_iphone_backup(tmp_path / "b", synthetic_calls(5), synthetic_texts(5), omit=("sms",))
    source = read_phone_source(folder)
    assert source.problems
    assert _preview(source).calls == 5


def test_empty_unreadable_and_duplicate_recordings_are_never_imported_empty_or_twice(tmp_path):
    paths = write_recordings(tmp_path / "rec", ["13800000001_20260301160000.m4a", "13800000002_20260301170000.m4a"])
    (tmp_path / "rec" / "copy_13800000001_20260301160000.m4a").write_bytes(paths[0].read_bytes())
    (tmp_path / "rec" / "13800000003_20260301180000.m4a").write_bytes(b"")
    source = read_phone_source(tmp_path / "rec", patterns=PATTERNS)
    preview = _preview(source)
    planned = plan_import(preview, [g.number for g in preview.groups])
    files = [f for p in planned for f in p.files]
    assert len(files) == len({f.name for f in files}) == 2
    assert all(f.stat().st_size > 0 for f in files)


def test_an_empty_recording_is_never_linked_to_a_call(tmp_path):
    from datetime import UTC, datetime

    from tests.phone_data import Call

    at = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)  # 16:00 China time
    write_sbr_calls(tmp_path / "calls.xml", [Call("13800000003", at, 60, 1)])
    (tmp_path / "rec").mkdir()
    (tmp_path / "rec" / "13800000003_20260301160000.m4a").write_bytes(b"")
    preview = _preview(read_phone_source(tmp_path, patterns=PATTERNS))
    assert [r.number for r in preview.unmatched_recordings] == ["13800000003"]  # number and time would fit
    assert preview.links == {}
    planned = plan_import(preview, ["13800000003"])
    assert [p.files for p in planned] == [()]


def test_a_calls_file_and_an_sms_file_in_one_folder_are_read_together_with_recordings(tmp_path):
    write_sbr_calls(tmp_path / "calls-1.xml", synthetic_calls(7))
    write_sbr_messages(tmp_path / "sms-1.xml", synthetic_texts(9))
    write_recordings(tmp_path / "rec", ["13800000001_20260301160000.m4a"])
    preview = _preview(read_phone_source(tmp_path, patterns=PATTERNS))
    assert (preview.calls, preview.messages, preview.recordings) == (7, 9, 1)


def test_a_file_that_is_not_an_export_is_a_plain_error(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(UserError, match="photo.jpg"):
        read_phone_source(tmp_path / "photo.jpg")


def test_reading_a_missing_path_is_a_plain_error(tmp_path):
    with pytest.raises(UserError):
        read_phone_source(tmp_path / "gone.xml")
