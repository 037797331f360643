"""Contacts in the store: versions, the chain, flags kept in step, paging, filters, verify."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.domain.contacts import Channel, Contact, ContactFilter, Direction, Relation, ThirdParty
from desktop.domain.errors import UserError
from desktop.store.contacts import ContactRepository
from desktop.store.evidence import EvidenceRepository
from desktop.store.safety.verify import verify_case


@pytest.fixture
def case(cases):
    return cases.create("测试")


@pytest.fixture
def conn(cases, case):
    with cases.open(case.id) as conn:
        yield conn


@pytest.fixture
def repo(conn):
    return ContactRepository(conn)


def call(hh, mm=0, day=3, **kw):
    return Contact(occurred_at=datetime(2026, 11, day, hh, mm), channel=Channel.CALL,
                   direction=Direction.INCOMING, answered=True, number="138 0000 0000", loan_id=None, **kw)


def test_add_and_get_round_trip_every_field(repo):
    contact = Contact(
        occurred_at=datetime(2026, 11, 3, 21, 5), channel=Channel.CALL, direction=Direction.INCOMING,
        answered=True, number="+86 138-1234-5678", claimed_org="某某资产管理", claimed_name="李经理",
        claimed_staff_id="A123", duration_s=200, contacted_party=Relation.SELF, summary="说要上门 😀 𠮷",
        threats="说要告诉单位", notes="备注", mood=4, marks=("threats", "insults"),
        third_parties=(ThirdParty(Relation.EMPLOYER, "人事部", "0769-1234567", True, False),),
    )
    saved = repo.add(contact)
    assert saved.id is not None
    again = repo.get(saved.id)
    assert again == replace(saved, marks=("insults", "threats"))


def test_nothing_is_required(repo):
    saved = repo.add(Contact())
    assert repo.get(saved.id).occurred_at is None


def test_nul_bytes_and_lone_surrogates_are_dropped_not_fatal(repo):
    saved = repo.add(Contact(summary="a\x00b\ud800c", number="1\x003"))
    assert repo.get(saved.id).summary == "abc"


def test_an_edit_appends_a_version_and_keeps_the_old(repo):
    saved = repo.add(call(10, summary="第一次"))
    repo.update(replace(saved, summary="改过"))
    history = repo.history(saved.id)
    assert [(v.version, v.action) for v in history] == [(1, "create"), (2, "edit")]
    assert history[0].content["summary"] == "第一次"
    assert history[1].content["summary"] == "改过"
    assert repo.get(saved.id).summary == "改过"


def test_delete_hides_keeps_history_with_reason_and_can_be_undone(repo):
    saved = repo.add(call(10))
    repo.delete(saved.id, "重复录入")
    assert repo.count() == 0
    assert repo.count(ContactFilter(deleted_only=True)) == 1
    assert repo.history(saved.id)[-1].content["reason"] == "重复录入"
    with pytest.raises(UserError):
        repo.update(replace(saved, summary="x"))
    repo.restore(saved.id)
    assert repo.count() == 1
    assert [v.action for v in repo.history(saved.id)] == ["create", "delete", "restore"]


def test_flags_follow_edits(repo):
    night = repo.add(call(23))
    assert repo.flags_for(night.id) == ("night_call",)
    repo.update(replace(night, occurred_at=datetime(2026, 11, 3, 15, 0)))
    assert repo.flags_for(night.id) == ()


def test_a_fourth_answered_call_is_flagged_and_deleting_one_removes_it(repo):
    calls = [repo.add(call(9 + i)) for i in range(4)]
    assert "frequent_calls" in repo.flags_for(calls[3].id)
    repo.delete(calls[0].id, "记错了")
    assert "frequent_calls" not in repo.flags_for(calls[3].id)


def test_a_search_with_a_broken_paste_finds_what_the_rest_of_it_says(repo):
    repo.add(call(9, summary="催收员说要上门"))
    # A lone surrogate (half an emoji from a broken paste) cannot be sent to SQLite; it is dropped like a NUL.
    assert repo.count(ContactFilter(text="上门\ud83d\x00")) == 1


def test_an_employer_told_about_the_debt_is_flagged(repo):
    saved = repo.add(call(10, contacted_party=Relation.EMPLOYER, debt_disclosed=True))
    assert set(repo.flags_for(saved.id)) == {"third_party_contact", "debt_disclosure"}


def test_page_filters_and_counts_agree(repo):
    repo.add_many([call(h, summary=f"第{h}点") for h in range(8, 20)]
                  + [Contact(occurred_at=datetime(2026, 11, 5, 10), channel=Channel.SMS, summary="短信 100%_x")])
    assert repo.count() == 13
    rows = repo.page(ContactFilter(), 0, 5)
    assert len(rows) == 5 and rows[0].channel == "sms"
    assert [r.occurred_at.hour for r in repo.page(ContactFilter(), 0, 3, descending=False)] == [8, 9, 10]
    assert repo.count(ContactFilter(channel="sms")) == 1
    assert repo.count(ContactFilter(text="100%_")) == 1
    assert repo.count(ContactFilter(text="%")) == 1
    assert repo.count(ContactFilter(text="第1")) == 10  # 第1点, 第10点 … 第19点
    assert repo.count(ContactFilter(date_from=date(2026, 11, 5))) == 1
    assert repo.count(ContactFilter(date_to=date(2026, 11, 3))) == 12
    assert repo.count(ContactFilter(flagged_only=True)) == 12 - 3  # the 4th to 12th answered call of the day


@pytest.mark.parametrize("text", ["", " ", "x" * 5000, ".*[(", "'; DROP TABLE contacts; --", "𠮷", "\x00"])
def test_nasty_filter_text_never_breaks_the_query(repo, text):
    repo.add(call(10, summary="正常"))
    assert repo.count(ContactFilter(text=text)) in (0, 1)
    assert len(repo.page(ContactFilter(text=text), 0, 10)) in (0, 1)


def test_add_many_is_all_or_nothing(repo, conn):
    class Boom(Exception):
        pass

    def contacts():
        yield call(10)
        raise Boom

    with pytest.raises(Boom):
        repo.add_many(contacts())
    assert repo.count() == 0
    assert conn.execute("SELECT count(*) FROM contact_versions").fetchone()[0] == 0


def test_verify_is_ok_for_an_untouched_case(repo, conn, cases, case):
    saved = repo.add(call(10))
    repo.update(replace(saved, summary="改"))
    report = verify_case(conn, cases.evidence_dir(case.id))
    # the chain: the case record's first version, then the contact's two
    assert report.ok and report.versions == 3 and report.contacts == 1 and report.records == 1


def test_verify_names_a_row_edited_directly_with_sqlite(repo, cases, case):
    saved = repo.add(call(10, summary="原话"))
    repo.add(call(11))
    raw = sqlite3.connect(cases.db_path(case.id))
    raw.execute("UPDATE contacts SET summary = '改过的' WHERE id = ?", (saved.id,))
    raw.commit()
    raw.close()
    with cases.open(case.id) as conn:
        report = verify_case(conn, cases.evidence_dir(case.id))
    assert not report.ok
    (problem,) = report.problems
    assert problem.contact_id == saved.id
    assert "summary" in problem.message("en")


def test_verify_names_a_tampered_history_version(repo, cases, case):
    first = repo.add(call(10))
    repo.add(call(11))
    raw = sqlite3.connect(cases.db_path(case.id))
    raw.execute("UPDATE contact_versions SET content = replace(content, '10:00', '12:00') WHERE contact_id = ?",
                (first.id,))
    raw.commit()
    raw.close()
    with cases.open(case.id) as conn:
        report = verify_case(conn, cases.evidence_dir(case.id))
    assert any(p.contact_id == first.id and "hash" in p.message("en") for p in report.problems)


def test_attachments_are_stored_once_by_sha256_and_checked(repo, conn, cases, case, tmp_path):
    evidence = EvidenceRepository(conn, cases.evidence_dir(case.id))
    repo.evidence = evidence
    src = tmp_path / "录音 1.m4a"
    src.write_bytes(b"audio" * 1000)
    saved = repo.add(call(10), files=[src])
    repo.update(saved, files=[src])
    a, b = evidence.for_contact(saved.id)
    assert a.sha256 == b.sha256
    assert [p.name for p in cases.evidence_dir(case.id).iterdir()] == [a.sha256]
    assert a.original_name == "录音 1.m4a" and a.size == 5000
    # One version per save, each listing the files it was saved with.
    assert [v.content["attachments"] for v in repo.history(saved.id)] == [[a.sha256], [a.sha256, a.sha256]]
    assert evidence.status(a) == "ok"
    assert verify_case(conn, cases.evidence_dir(case.id)).ok
    evidence.path(a).write_bytes(b"changed")
    assert evidence.status(a) == "altered"
    report = verify_case(conn, cases.evidence_dir(case.id))
    assert any("录音 1.m4a" in p.message("zh_CN") for p in report.problems)
    evidence.path(a).unlink()
    assert evidence.status(a) == "missing"


@pytest.mark.parametrize("kind", ["empty", "vanished", "folder"])
def test_unusable_attachments_are_explained_and_nothing_is_written(repo, conn, cases, case, tmp_path, kind):
    evidence = EvidenceRepository(conn, cases.evidence_dir(case.id))
    repo.evidence = evidence
    saved = repo.add(call(10))
    path = tmp_path / "x.jpg"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "folder":
        path.mkdir()
    with pytest.raises(UserError) as info:
        repo.update(replace(saved, summary="改过"), files=[path])
    assert "x.jpg" in info.value.message("zh_CN") and "x.jpg" in info.value.message("en")
    assert evidence.all() == []
    assert list(cases.evidence_dir(case.id).iterdir()) == []
    assert len(repo.history(saved.id)) == 1
    assert repo.get(saved.id).summary == saved.summary


def test_a_new_contact_whose_file_cannot_be_read_is_not_stored_and_leaves_no_file(repo, conn, cases, case,
                                                                                   tmp_path):
    """All-or-nothing: the first file copies, the second has vanished; no row, no version, no stray copy."""
    evidence = EvidenceRepository(conn, cases.evidence_dir(case.id))
    repo.evidence = evidence
    good = tmp_path / "截图.png"
    good.write_bytes(b"png" * 100)
    with pytest.raises(UserError) as info:
        repo.add(call(10, summary="说要上门"), files=[good, tmp_path / "录音.m4a"])
    assert "录音.m4a" in info.value.message("zh_CN")
    assert repo.count() == 0
    assert conn.execute("SELECT count(*) FROM contact_versions").fetchone()[0] == 0
    assert evidence.all() == []
    assert [p.name for p in cases.evidence_dir(case.id).iterdir()] == []
    assert verify_case(conn, cases.evidence_dir(case.id)).ok


def test_a_file_unreadable_while_copying_leaves_nothing(repo, conn, cases, case, tmp_path, monkeypatch):
    """The file is there when checked but cannot be read while copying (in use, no permission)."""
    evidence = EvidenceRepository(conn, cases.evidence_dir(case.id))
    repo.evidence = evidence
    src = tmp_path / "录音.m4a"
    src.write_bytes(b"audio" * 100)
    real_open = open

    def refuse(path, *a, **kw):
        if str(path) == str(src):
            raise PermissionError(13, "denied")
        return real_open(path, *a, **kw)

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(UserError) as info:
        repo.add(call(10), files=[src])
    monkeypatch.undo()
    assert "录音.m4a" in info.value.message("en")
    assert repo.count() == 0
    assert [p.name for p in cases.evidence_dir(case.id).iterdir()] == []


def test_get_many_equals_get_one_by_one(repo):
    ids = [repo.add(call(8 + i, summary=f"第{i}", marks=("insults",) if i % 2 else (),
                         third_parties=(ThirdParty(Relation.FAMILY, "母亲", "139"),) if i % 3 == 0 else ())).id
           for i in range(7)]
    many = repo.get_many(ids + [999])
    assert set(many) == set(ids)
    assert all(many[i] == repo.get(i) for i in ids)


def test_with_flags_gives_whole_contacts_with_their_flags_in_the_logs_order_across_chunks(repo):
    """The report's one read: the same contacts, flags, grades and hashes as get(), page() and
    history(), oldest first, whatever the chunk size; a deleted contact only when asked for."""
    for i in range(7):
        repo.add(call(23 - i, day=3 + i % 2, summary=f"第{i}", marks=("insults",) if i % 2 else (),
                      contacted_party=Relation.FAMILY if i % 3 == 0 else Relation.SELF,
                      third_parties=(ThirdParty(Relation.FAMILY, "母亲", "139"),) if i % 3 == 0 else ()))
    repo.add(replace(call(9), occurred_at=None))
    repo.delete(repo.add(call(10, summary="删掉的")).id, "录错了")
    rows = repo.page(ContactFilter(), 0, 100, descending=False)
    heads = {r.id: repo.history(r.id)[-1].hash for r in rows}
    for chunk in (1, 3, 500):
        stored = list(repo.with_flags(ContactFilter(), chunk=chunk))
        assert [s.contact.id for s in stored] == [r.id for r in rows]
        assert all(s.contact == repo.get(r.id) and s.flags == r.flags and s.grade == r.grade
                   and s.head == heads[r.id] for s, r in zip(stored, rows, strict=True))
    assert any(s.flags for s in stored) and any(s.grade for s in stored) and stored[0].contact.occurred_at is None
    assert [s.contact.summary for s in repo.with_flags(ContactFilter(deleted_only=True))] == ["删掉的"]


def test_the_log_summary_counts_the_night_and_third_party_flags_by_their_rule_ids(conn, repo):
    from desktop.store.log_stats import log_stats

    repo.add(call(22, 30))
    repo.add(call(10))
    repo.add(replace(call(11), channel=Channel.THIRD_PARTY, contacted_party=Relation.FAMILY))
    stats = log_stats(conn, date(2026, 11, 1))
    assert (stats.night, stats.third_party_contacts, stats.total) == (1, 1, 3)
    assert stats.per_rule["night_call"] == 1 and stats.per_rule["third_party_contact"] == 1
