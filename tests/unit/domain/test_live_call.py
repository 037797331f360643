"""The live-call draft: stored as a plain dict, read back tolerantly, turned into an honest contact."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.domain.contacts import Channel, Contact, Direction
from desktop.domain.live_call import DRAFT_KIND, LiveCallDraft, draft_from_dict, new_draft, with_fields

START = datetime(2026, 11, 3, 21, 5, 0)


def test_the_kind_is_live_call():
    assert DRAFT_KIND == "live_call"


def test_a_new_draft_starts_now_to_the_second_and_is_empty():
    draft = new_draft(START.replace(microsecond=654321))
    assert draft.started_at == START and draft.is_empty


def test_a_draft_survives_the_round_trip_through_its_dict():
    draft = LiveCallDraft(
        START,
        number="+86 138 1234 5678",
        claimed_org="某某资产",
        claimed_name="张经理",
        claimed_staff_id="9527",
        loan_id=7,
        marks=("threats", "insults"),
        notes="𠮷😡\n第二行",
    )
    data = draft.to_dict()
    assert data["started_at"] == "2026-11-03T21:05:00" and data["marks"] == ["threats", "insults"]
    assert draft_from_dict(data) == draft
    assert not draft.is_empty


@pytest.mark.parametrize("data", [None, [], "x", {}, {"started_at": "yesterday"}, {"started_at": 5}])
def test_a_draft_without_a_readable_start_is_not_continued(data):
    assert draft_from_dict(data) is None


def test_reading_is_tolerant_of_other_versions_and_damage():
    data = {
        "started_at": "2026-11-03T21:05:00.250000",
        "notes": "a\x00b",
        "number": 138,
        "loan_id": True,
        "marks": ["threats", 5, "threats", "made_up"],
        "future_field": {"x": 1},
    }
    draft = draft_from_dict(data, known_marks=("threats", "insults"))
    assert draft == LiveCallDraft(START, notes="ab", marks=("threats",))
    assert draft_from_dict({"started_at": "2026-11-03T21:05:00", "marks": "threats"}).marks == ()
    assert draft_from_dict({"started_at": "2026-11-03T21:05:00", "loan_id": "7"}).loan_id is None


def test_an_aware_start_time_becomes_local_wall_clock_time():
    draft = draft_from_dict({"started_at": "2026-11-03T13:05:00+00:00"})
    assert draft.started_at.tzinfo is None


def test_the_contact_is_an_answered_incoming_call_from_the_start_with_the_elapsed_seconds():
    draft = with_fields(new_draft(START), notes="骂我", marks=("insults",), loan_id=7, number="95188")
    assert draft.to_contact(START + timedelta(minutes=3, seconds=20)) == Contact(
        occurred_at=START,
        channel=Channel.CALL,
        direction=Direction.INCOMING,
        answered=True,
        number="95188",
        loan_id=7,
        duration_s=200,
        summary="骂我",
        marks=("insults",),
    )


@pytest.mark.parametrize(
    ("ended", "duration"),
    [
        (START, 0),
        (START + timedelta(hours=24), 86_400),
        (START + timedelta(hours=24, seconds=1), None),
        (START - timedelta(seconds=5), None),
    ],
)
def test_an_implausible_duration_is_left_empty(ended, duration):
    assert new_draft(START).to_contact(ended).duration_s == duration
