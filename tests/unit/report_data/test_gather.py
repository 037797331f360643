"""Gathering a case into ReportData: what each preset includes, masks and checks."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from desktop.domain.errors import UserError
from desktop.report_data.gather import gather
from desktop.report_data.model import ALL_SECTIONS, PRESETS, sections_for
from desktop.report_data.preview import preview_counts
from desktop.report_data.texts import keys, phrase
from tests.unit.report_data.realistic_case import EMPLOYER_NUMBER, FAMILY_NUMBER, NOW


def test_presets_are_data_and_custom_keeps_report_order():
    assert PRESETS["lender"] == ("cover", "letter", "statement", "plan", "documents")
    assert PRESETS["lawyer"][0] == "cover" and "integrity" in PRESETS["lawyer"]
    assert sections_for("custom", ["sources", "log"]) == ("cover", "log", "sources")
    with pytest.raises(ValueError):
        sections_for("custom", ["nonsense"])


def test_every_report_text_exists_in_both_languages():
    for key in keys():
        assert phrase(key, "zh_CN").strip() and phrase(key, "en").strip(), key


def test_lawyer_report_gathers_counts_flags_evidence_and_chain(case_session, content):
    data = gather(case_session, content, preset="lawyer", now=NOW)
    assert data.sections == PRESETS["lawyer"]
    assert data.stats.total == 32 and len(data.contacts) == 32
    assert [c.seq for c in data.contacts] == list(range(1, 33))
    assert data.stats.night == 3
    by_rule = {r.rule_id: r for r in data.rules}
    assert by_rule["night_call"].strength == "industry_standard"
    assert by_rule["debt_disclosure"].strength == "law" and by_rule["debt_disclosure"].bases
    # the busy day, one lender: 5 answered calls (two past the 3) and 4 unanswered (within the 6)
    frequent = by_rule["frequent_calls"].entries
    assert len(frequent) == 2 and all("你接了的电话 5 次" in e.reason for e in frequent)
    assert any(not e.auto for e in by_rule["insults"].entries)  # the user's own mark
    # only sources behind cited rules, each once
    cited = {b.source_id for r in data.rules for b in r.bases}
    assert {s.id for s in data.sources} == cited
    assert data.integrity.checked and data.integrity.ok
    assert data.integrity.head == case_session.contacts.chain_head()
    assert all(len(c.short_hash) == 12 for c in data.contacts)
    assert [e.status for e in data.evidence] == ["ok"] * 4
    numbers = {p.number for p in data.third_parties}
    assert {EMPLOYER_NUMBER, FAMILY_NUMBER} <= numbers
    assert any(c.mood is not None for c in data.contacts)
    assert data.letter is not None and not data.letter.frozen  # the lawyer's copy does not freeze it


def test_lender_preset_masks_third_parties_omits_mood_and_freezes_the_letter(case_session, content):
    lender = gather(case_session, content, preset="lender")
    assert lender.masked and lender.contacts == () and lender.third_parties == ()
    assert lender.letter.frozen and "定稿" in lender.letter.note
    assert lender.plan.instalments and lender.statement.left_over_fen == 180000
    assert [d.status for d in lender.documents if d.sha256] == ["ok"]
    custom = gather(case_session, content, preset="custom", sections=["log", "third_parties"], masked=True)
    numbers = {p.number for p in custom.third_parties}
    assert EMPLOYER_NUMBER not in numbers and FAMILY_NUMBER not in numbers
    assert "139****4455" in numbers
    assert all(c.mood is None and c.notes == "" for c in custom.contacts)


def test_a_period_that_ends_before_it_starts_is_refused_clearly(case_session, content):
    with pytest.raises(UserError) as err:
        gather(case_session, content, date_from=date(2026, 11, 20), date_to=date(2026, 11, 1))
    assert "开始日期" in err.value.message("zh_CN") and "start date" in err.value.message("en")
    with pytest.raises(UserError):
        preview_counts(case_session, preset="lawyer", date_from=date(2026, 11, 20), date_to=date(2026, 11, 1))


def test_a_period_limits_contacts_and_their_evidence(case_session, content):
    data = gather(case_session, content, date_from=date(2026, 11, 16), date_to=date(2026, 11, 16))
    assert {c.occurred_at.date() for c in data.contacts} == {date(2026, 11, 16)}
    names = {e.name for e in data.evidence}
    assert "单位人事聊天截图.png" in names and "上门照片.jpg" not in names
    assert "收入证明.pdf" in names  # case-level files always belong


def test_missing_evidence_is_listed_as_missing_and_gathering_continues(case_session, content):
    victim = case_session.evidence.all()[0]
    (case_session.evidence.folder / victim.sha256).unlink()
    data = gather(case_session, content, preset="lawyer")
    statuses = {e.name: e.status for e in data.evidence}
    assert statuses[victim.original_name] == "missing"
    assert not data.integrity.ok and data.integrity.problems


def test_preview_counts_sections_without_reading_files(case_session):
    counts = dict(preview_counts(case_session, preset="lawyer"))
    assert counts["log"] == 32 and counts["evidence"] == 4 and counts["letter"] == 1
    # 8, not 9: the busy day's 4 unanswered calls are within the 6, so only answered calls past the 3 are flagged
    assert counts["third_parties"] == 2 and counts["flagged"] == 8
    lender = dict(preview_counts(case_session, preset="lender"))
    assert lender["plan"] == 12 and lender["documents"] == 3 and lender["statement"] == 7


def test_an_empty_case_gathers_without_errors(empty_session, content):
    for preset in PRESETS:
        data = gather(empty_session, content, preset=preset)
        assert data.contacts == () and data.letter is None
    assert set(ALL_SECTIONS) >= set(PRESETS["lawyer"])


def test_third_party_findings_are_split_by_grade_with_the_grades_severity_and_strength(case_session, content):
    """Review R6: a third-party contact is not always "high / law"; the PDF shows each grade apart."""
    from datetime import datetime

    from desktop.domain.contacts import Answer, Channel, Contact, Relation

    repo = case_session.contacts
    repo.add(Contact(occurred_at=datetime(2026, 11, 25, 15, 0), channel=Channel.CALL, contacted_party=Relation.FRIEND,
                     reachable=Answer.YES, summary="打给我朋友，让他转告我回电话。"))
    repo.add(Contact(occurred_at=datetime(2026, 11, 26, 15, 0), channel=Channel.CALL, contacted_party=Relation.FAMILY,
                     reachable=Answer.NO, continued_after_refusal=Answer.NO, summary="我手机坏了，打给我哥问我在哪。"))
    data = gather(case_session, content, preset="lawyer", now=NOW)
    third = {r.label: r for r in data.rules if r.rule_id == "third_party_contact"}
    high, medium, low = (third[f"联系第三人/爆通讯录（{g}）"] for g in ("严重", "较重", "一般"))
    assert (high.severity, high.strength, high.count) == ("high", "law", 2)
    assert (medium.severity, medium.strength, medium.count) == ("medium", "industry_standard", 1)
    assert (low.severity, low.strength, low.count) == ("low", "industry_standard", 1)
    assert "一般允许" in low.grade_note and "较重" in medium.grade_note and "接得到电话" in medium.entries[0].reason
    assert "告诉了别人你欠钱" in high.entries[0].reason
    order = [r.severity for r in data.rules]
    assert order == sorted(order, key=["critical", "high", "medium", "low"].index)
    english = {r.label for r in gather(case_session, content, preset="lawyer", lang="en", now=NOW).rules}
    assert {"Contacting relatives, friends, colleagues or address-book contacts (Low)"} <= english


def test_the_lawyer_report_hashes_each_evidence_file_once(case_session, content, monkeypatch):
    # The evidence list and the integrity statement (a whole verify) both need each file's state:
    # one hash per file, however many sections ask (issue 14, review §6.1 point 7).
    from collections import Counter

    from desktop.store import evidence

    real, hashed = evidence._sha256, Counter()

    def counting(path):
        hashed[path] += 1
        return real(path)

    monkeypatch.setattr(evidence, "_sha256", counting)
    data = gather(case_session, content, preset="lawyer", now=NOW)
    assert data.evidence and hashed and set(hashed.values()) == {1}
    assert len(hashed) == len({(e.sha256, e.size) for e in data.evidence})


def test_the_report_prints_the_reason_stored_with_the_flag_in_its_language(case_session, content):
    """The reasons are written with the flags when they are counted; the report reads them, never recounts."""
    zh = gather(case_session, content, preset="lawyer", now=NOW)
    en = gather(case_session, content, preset="lawyer", now=NOW, lang="en")
    night_zh = {r.rule_id: r for r in zh.rules}["night_call"].entries
    night_en = {r.rule_id: r for r in en.rules}["night_call"].entries
    stored_zh, stored_en = case_session.contacts.flag_reasons("zh_CN"), case_session.contacts.flag_reasons("en")
    assert night_zh and all(e.reason == stored_zh[e.contact_id, "night_call"] != "" for e in night_zh)
    assert all(e.reason == stored_en[e.contact_id, "night_call"] and "contact between" in e.reason
               for e in night_en)


def _count_contact_reads(monkeypatch) -> Counter:
    """contact id → how many times the store built something from its row in ``contacts``: a whole
    contact, a line of the log list, or the facts the rules count (every way a row is read)."""
    from desktop.store import contacts as store_contacts

    reads: Counter = Counter()

    def counted(build, id_of):
        def wrapper(*args, **kwargs):
            reads[id_of(args)] += 1
            return build(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(store_contacts, "contact_from_row", counted(store_contacts.contact_from_row, lambda a: a[0][0]))
    monkeypatch.setattr(store_contacts, "ContactRow", counted(store_contacts.ContactRow, lambda a: a[0]))
    monkeypatch.setattr(store_contacts, "ContactFacts", counted(store_contacts.ContactFacts, lambda a: a[0]))
    return reads


def test_the_report_reads_each_contact_once(case_session, content, monkeypatch):
    """Issue 14 item 1: the report's contact data comes from one read of each contact (it was two: the
    list's rows, then the whole contacts), in a bounded number of queries (chunks, not one per contact)."""
    from desktop.commands.bench.data import generate_contacts

    case_session.contacts.add_many(generate_contacts(1_203, end=NOW))  # more than two chunks of 500
    shown = set(ALL_SECTIONS) - {"integrity"}
    statements: list[str] = []
    reads = _count_contact_reads(monkeypatch)
    case_session._conn.set_trace_callback(statements.append)
    try:
        data = gather(case_session, content, preset="custom", sections=sorted(shown), now=NOW)
    finally:
        case_session._conn.set_trace_callback(None)
    assert len(data.contacts) > 1_203
    assert set(reads) == {c.id for c in data.contacts} and set(reads.values()) == {1}
    assert len(statements) < 60  # a handful per chunk of 500 contacts, whatever the case's size
    rows_read = [s for s in statements if "FROM contacts" in s and not s.startswith("SELECT count(*)")]
    assert len(rows_read) == 1  # one query reads the contacts' rows (counts only count)


def test_the_integrity_check_reads_the_contacts_on_its_own(case_session, content, monkeypatch):
    """The whole check compares every stored contact with the chain and recounts the flags from the rows,
    as `verify` does; it does not take the report's (filtered) contacts. So with the integrity section each
    contact is read three times: once for the report, twice by the check. Not more."""
    reads = _count_contact_reads(monkeypatch)
    data = gather(case_session, content, preset="lawyer", now=NOW)
    assert data.integrity.checked and data.contacts
    assert {reads[c.id] for c in data.contacts} == {3}
