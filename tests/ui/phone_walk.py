"""The Done-when phone export of issue 13, made for the UI tests (synthetic: no real person's data).

3,000 calls and 5,000 messages in SMS Backup & Restore XML, of which 40 entries come from
the three collector numbers of ``tests.phone_data`` (25 calls, some at night and many in one
day, and 15 messages with collection words); everything else is personal. Plus a folder of
30 recordings named the Xiaomi way: 20 of the collectors' answered calls, 10 of personal calls.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from tests.phone_data import (
    BASE,
    COLLECTION_TEXTS,
    COLLECTORS,
    Call,
    Text,
    synthetic_calls,
    synthetic_texts,
    write_recordings,
    write_sbr_calls,
    write_sbr_messages,
)

COLLECTOR_CALLS, COLLECTOR_TEXTS = 25, 15
DONE_WHEN_CONTACTS = COLLECTOR_CALLS + COLLECTOR_TEXTS
CHINA = timedelta(hours=8)


def collector_entries() -> tuple[list[Call], list[Text]]:
    """25 answered/missed calls on three days (some after 22:00 China time) and 15 collection texts."""
    day = BASE.replace(hour=0, minute=0) + timedelta(days=60)
    calls = []
    for i in range(COLLECTOR_CALLS):
        # China time 09:00 + i*20 min on day 1 (frequency), then 22:30+ at night on day 2
        local = day + timedelta(hours=9, minutes=20 * i) if i < 18 else day + timedelta(days=1, hours=22, minutes=30 + 3 * i)
        calls.append(Call(COLLECTORS[i % 3], local - CHINA, 60 + i if i % 5 else 0, 3 if i % 5 == 0 else 1))
    texts = [Text(COLLECTORS[i % 3], day + timedelta(days=2, hours=10, minutes=7 * i) - CHINA, True,
                  COLLECTION_TEXTS[i % len(COLLECTION_TEXTS)]) for i in range(COLLECTOR_TEXTS)]
    return calls, texts


def write_done_when_export(folder: Path) -> tuple[Path, Path, Path]:
    """The calls XML, the messages XML and the recordings folder."""
    folder.mkdir(parents=True, exist_ok=True)
    calls = synthetic_calls(3000 - COLLECTOR_CALLS, collector_share=0)
    texts = synthetic_texts(5000 - COLLECTOR_TEXTS, collector_share=0)
    their_calls, their_texts = collector_entries()
    calls_xml = write_sbr_calls(folder / "calls-20260601.xml", calls + their_calls)
    sms_xml = write_sbr_messages(folder / "sms-20260601.xml", texts + their_texts)
    answered = [c for c in their_calls if c.kind == 1][:20]
    personal = [replace(c, kind=1) for c in calls if c.kind == 1][:10]
    names = [f"通话录音@({c.number})_{(c.when + CHINA):%Y%m%d%H%M%S}.mp3" for c in answered + personal]
    recordings = folder / "call_rec"
    write_recordings(recordings, names)
    return calls_xml, sms_xml, recordings
