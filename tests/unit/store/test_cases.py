"""Cases as folders: create, list, rename, delete — and the nasty inputs."""

from __future__ import annotations

import os
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import UserError
from desktop.files.data_dir import DataDir
from desktop.store.cases import CaseNotFound, CaseRepository


def test_a_case_is_a_folder_with_its_database_and_evidence(cases, data_dir):
    case = cases.create("王女士")
    folder = data_dir.case_dir(case.id)
    assert (folder / "case.db").is_file()
    assert (folder / "evidence").is_dir()
    assert [s.alias for s in cases.list()] == ["王女士"]
    assert cases.list()[0].contact_count == 0


def test_rename_and_notes_are_kept(cases):
    case = cases.create("案件1")
    cases.rename(case.id, "  李先生  ")
    cases.set_notes(case.id, "第一行\n第二行\x00")
    again = cases.get(case.id)
    assert again.alias == "李先生"
    assert again.notes == "第一行\n第二行"
    assert again.created_at == case.created_at


def test_a_new_case_never_takes_an_id_a_folder_already_has(cases, data_dir, monkeypatch):
    taken = cases.create("已有")
    random_parts = iter([taken.id.split("-")[1], "abcdef"])
    monkeypatch.setattr("desktop.store.cases.secrets.token_hex", lambda _n: next(random_parts))
    fresh = cases.create("新的")
    assert fresh.id.endswith("-abcdef") and fresh.id != taken.id
    assert {s.alias for s in cases.list()} == {"已有", "新的"}


def test_delete_removes_the_whole_folder_and_only_that_case(cases, data_dir):
    keep = cases.create("留下")
    gone = cases.create("删除")
    (data_dir.case_dir(gone.id) / "evidence" / "abc").write_bytes(b"evidence")
    cases.delete(gone.id)
    assert not data_dir.case_dir(gone.id).exists()
    assert [s.id for s in cases.list()] == [keep.id]
    assert not [p for p in data_dir.cases.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("alias", ["", "   ", "\t\n", "x" * 10_000, "\x00\x01"])
def test_unusable_aliases_are_explained_and_nothing_is_created(cases, data_dir, alias):
    with pytest.raises(UserError) as info:
        cases.create(alias)
    assert info.value.field == "alias"
    assert info.value.message("zh_CN") and info.value.message("en")
    assert cases.list() == []
    assert list(data_dir.cases.iterdir()) == []


@pytest.mark.parametrize("alias", ["../../etc/passwd", "a/b\\c", "😀 王 𠮷", "C:\\Windows", "CON", "名字.db"])
def test_awkward_aliases_are_just_names_and_never_paths(cases, data_dir, alias):
    case = cases.create(alias)
    assert cases.get(case.id).alias == alias
    assert [p.name for p in data_dir.cases.iterdir()] == [case.id]


@settings(max_examples=60, deadline=None)
@given(alias=st.text(max_size=300))
def test_any_alias_is_either_stored_as_cleaned_or_refused_clearly(tmp_path_factory, alias):
    repo = CaseRepository(DataDir(tmp_path_factory.mktemp("d")))
    try:
        case = repo.create(alias)
    except UserError as exc:
        assert exc.message("zh_CN")
        return
    assert repo.get(case.id).alias == case.alias


def test_unknown_or_hostile_case_ids_are_refused(cases):
    for case_id in ["nope", "../x", "", ".new-1", "a/b"]:
        with pytest.raises(CaseNotFound):
            cases.get(case_id)
        assert not cases.exists(case_id)


def test_a_missing_data_folder_is_created(tmp_path):
    data_dir = DataDir(tmp_path / "还没有" / "的 文件夹")
    CaseRepository(data_dir).create("新")
    assert data_dir.cases.is_dir()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_a_read_only_data_folder_is_explained(tmp_path):
    root = tmp_path / "ro"
    root.mkdir()
    root.chmod(0o500)
    try:
        with pytest.raises(UserError) as info:
            CaseRepository(DataDir(root)).create("x")
        assert "权限" in info.value.message("zh_CN") or "写入" in info.value.message("zh_CN")
    finally:
        root.chmod(0o700)


def test_a_data_folder_the_system_reports_read_only_is_explained(tmp_path, monkeypatch):
    """As root (CI) chmod cannot make a folder read-only, so the check itself is exercised."""
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(UserError) as info:
        CaseRepository(DataDir(tmp_path / "d")).create("x")
    assert "只读" in info.value.message("zh_CN")
    assert "read-only" in info.value.message("en")


def test_a_data_folder_that_is_a_file_is_explained(tmp_path):
    root = tmp_path / "file"
    root.write_text("x")
    with pytest.raises(UserError) as info:
        CaseRepository(DataDir(root)).create("x")
    assert "文件夹" in info.value.message("zh_CN")


def test_a_damaged_case_is_listed_with_its_problem_and_the_others_still_work(cases, data_dir):
    good = cases.create("好的")
    bad = cases.create("坏的")
    db = data_dir.case_dir(bad.id) / "case.db"
    for extra in ("-wal", "-shm"):
        db.with_name(db.name + extra).unlink(missing_ok=True)
    db.write_bytes(b"not sqlite")
    listed = {s.id: s for s in cases.list()}
    assert listed[good.id].problem is None
    assert listed[bad.id].problem is not None
    assert "损坏" in listed[bad.id].problem.message("zh_CN")
    assert db.read_bytes() == b"not sqlite"
    with pytest.raises(UserError):
        cases.get(bad.id)


def test_case_info_is_in_the_case_database_itself(cases, data_dir):
    """A case folder carries its own name, so it can travel on its own (bundles)."""
    case = cases.create("自带信息")
    conn = sqlite3.connect(data_dir.case_dir(case.id) / "case.db")
    assert conn.execute("SELECT alias FROM case_info").fetchone()[0] == "自带信息"
    conn.close()
