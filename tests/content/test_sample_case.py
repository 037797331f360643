"""The sample case: content only reads it (domain records, nothing stored); the store writes it as one new case."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from desktop.content.loader import load_content
from desktop.content.sample_case import read_sample_case
from desktop.domain.errors import UserError
from desktop.domain.rules_engine import EngineParams
from desktop.store.sample_case import store_sample
from tests.content.conftest import RESOURCES

NOW = datetime(2026, 12, 1, 12, 0)


@pytest.fixture
def sample_resources(resources_copy):
    """A copy of the content that also has the sample, the letter blocks and the categories, to damage."""
    for part in ("sample", "letters", "budget"):
        shutil.copytree(RESOURCES / part, resources_copy / part)
    return resources_copy


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_reading_the_sample_gives_records_numbered_by_loan_place_and_stores_nothing(content, cases, lang):
    sample = read_sample_case(content, lang, NOW)
    assert cases.list() == []
    assert len(sample.loans) == 2 and all(loan.id is None for loan in sample.loans)
    assert len(sample.contacts) == 7 and {c.loan_id for c in sample.contacts} == {1, 2}
    assert max(c.occurred_at for c in sample.contacts) <= NOW
    draft, letter = sample.negotiation.draft, sample.negotiation.letter
    assert draft.loan_id == 1 and draft.letter_lang == letter.lang == ("en" if lang == "en" else "zh_CN")
    assert draft.plan.first_date > NOW.date() and draft.statement["income.wages"] == 380000
    assert letter.built_on == NOW.date() and "800" in letter.text


def test_storing_the_sample_maps_loan_places_to_the_stored_loans(content, cases):
    from desktop.domain.rules_engine import EngineParams
    from desktop.store.session import CaseSession

    sample = read_sample_case(content, "zh_CN", NOW)
    case = store_sample(cases, sample, EngineParams())
    session = CaseSession(cases, case.id, EngineParams())
    try:
        loans = session.loans.list()
        draft = session.drafts.negotiation()
        rows = session.contacts.page(None, 0, 50)
        letter = session.letters.latest("negotiation")
    finally:
        session.close()
    assert [loan.brand for loan in loans] == [loan.brand for loan in sample.loans]
    assert draft.loan_id == loans[0].id
    assert {r.loan_id for r in rows} == {loan.id for loan in loans}
    assert letter is not None and letter.text == sample.negotiation.letter.text


@pytest.mark.parametrize(
    ("damage", "by"),
    [
        (None, None),  # the file is gone
        ("[case]", "[case"),  # not TOML
        ("alias_zh", "alias_zz"),  # a key missing
        ("[negotiation]\nloan = 1", "[negotiation]\nloan = 9"),  # the negotiation names a loan the sample does not have
        ("loan = 2", "loan = 3"),  # so does a contact
    ],
)
def test_a_damaged_sample_file_gives_the_calm_message_and_creates_no_case(sample_resources, cases, damage, by):
    path = sample_resources / "sample" / "case.toml"
    text = path.read_text(encoding="utf-8")
    if damage is None:
        path.unlink()
    else:
        assert damage in text
        path.write_text(text.replace(damage, by, 1), encoding="utf-8")
    content, _ = load_content(sample_resources)
    with pytest.raises(UserError) as info:
        store_sample(cases, read_sample_case(content, "zh_CN", NOW), EngineParams())
    assert "case.toml" in info.value.zh and "其他功能不受影响" in info.value.zh
    assert "Everything else still works" in info.value.en
    assert cases.list() == []


def test_a_broken_letter_file_names_that_file_and_creates_no_case(sample_resources, cases):
    """It used to fail after the sample's loans and contacts were already stored."""
    (sample_resources / "letters" / "en" / "negotiation.toml").write_text("kind = 'poem'\n", encoding="utf-8")
    content, _ = load_content(sample_resources)
    with pytest.raises(UserError) as info:
        store_sample(cases, read_sample_case(content, "en", NOW), EngineParams())
    assert "negotiation.toml" in info.value.en and "Reinstall" in info.value.en
    assert cases.list() == []


def test_a_write_that_fails_part_way_leaves_no_half_made_sample_case(tmp_path, monkeypatch):
    """A full disk while the contacts are written: the new case is removed again, the error goes on."""
    import sqlite3

    from desktop.files.data_dir import DataDir
    from desktop.store.cases import CaseRepository
    from desktop.store.contacts import ContactRepository

    data_dir = DataDir(tmp_path / "data")
    data_dir.ensure()
    cases = CaseRepository(data_dir)
    content, _ = load_content(RESOURCES)
    sample = read_sample_case(content, "zh_CN", NOW)

    def full_disk(self, contacts):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ContactRepository, "add_many", full_disk)
    with pytest.raises(sqlite3.OperationalError):
        store_sample(cases, sample, EngineParams())
    assert cases.list() == [] and list(data_dir.cases.iterdir()) == []
