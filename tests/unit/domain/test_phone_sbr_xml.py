"""SMS Backup & Restore XML: counts, values, stable identities, and every bad input of issue 13."""

from __future__ import annotations

import io
import time
import tracemalloc
from datetime import UTC, datetime

import pytest

from desktop.domain.phone_evidence.records import (
    FLAG_DATE_1970,
    FLAG_DATE_FUTURE,
    FLAG_MMS,
    FLAG_WITHHELD,
)
from desktop.domain.phone_evidence.sbr_xml import read_sbr_xml
from tests.phone_data import synthetic_calls, synthetic_texts, write_sbr_calls, write_sbr_messages

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _read(path, **kw):
    with open(path, "rb") as fh:
        return read_sbr_xml(fh, total_bytes=path.stat().st_size, now=NOW, **kw)


def test_calls_file_gives_every_call_with_its_values(tmp_path):
    calls = synthetic_calls(300)
    result = _read(write_sbr_calls(tmp_path / "calls.xml", calls))
    assert result.complete and not result.problems
    assert len(result.calls) == 300
    first = result.calls[0]
    assert first.number == calls[0].number
    assert first.started_at == calls[0].when
    assert first.duration_s == calls[0].duration
    assert first.kind == {1: "incoming", 2: "outgoing", 3: "missed", 5: "rejected", 6: "blocked"}[calls[0].kind]


def test_messages_file_keeps_sms_and_mms_text_with_emoji_and_rare_hanzi(tmp_path):
    texts = synthetic_texts(200)
    result = _read(write_sbr_messages(tmp_path / "sms.xml", texts, mms_every=10))
    assert result.complete and len(result.messages) == 200
    assert sum(FLAG_MMS in m.flags for m in result.messages) == 20
    assert [m.body for m in result.messages] == [t.body for t in texts]
    assert any("𠮷" in m.body for m in result.messages) and any("😀" in m.body for m in result.messages)


def test_identities_are_stable_across_reads_and_overlapping_exports(tmp_path):
    calls = synthetic_calls(100)
    a = _read(write_sbr_calls(tmp_path / "a.xml", calls))
    b = _read(write_sbr_calls(tmp_path / "b.xml", calls[50:] + synthetic_calls(20, seed=99)))
    ids_a = {c.identity for c in a.calls}
    assert [c.identity for c in a.calls] == [c.identity for c in _read(tmp_path / "a.xml").calls]
    assert len(ids_a & {c.identity for c in b.calls}) == 50


def test_truncated_file_keeps_what_was_read_and_says_where_it_stopped(tmp_path):
    path = write_sbr_calls(tmp_path / "calls.xml", synthetic_calls(100))
    cut = tmp_path / "cut.xml"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    result = _read(cut)
    assert not result.complete
    assert 0 < len(result.calls) < 100
    assert result.problems[-1].code == "truncated"
    assert str(len(result.calls)) in result.problems[-1].zh and "line" in result.problems[-1].where


@pytest.mark.parametrize("text", [
    b'<?xml version="1.0"?><!DOCTYPE calls [<!ENTITY x SYSTEM "file:///etc/passwd">]><calls>&x;</calls>',
    b'<?xml version="1.0"?>\n<!-- c --><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><calls/>',
])
def test_a_doctype_is_refused_before_any_entity_is_read(text):
    result = read_sbr_xml(io.BytesIO(text), now=NOW)
    assert result.problems[0].code == "doctype" and not result.calls and not result.complete


def test_not_xml_and_wrong_root_get_a_plain_message():
    assert read_sbr_xml(io.BytesIO(b"hello, not xml"), now=NOW).problems[0].code == "not_xml"
    assert read_sbr_xml(io.BytesIO(b"<html><body/></html>"), now=NOW).problems[0].code == "not_sbr"


def test_dates_in_1970_and_the_future_are_kept_and_flagged(tmp_path):
    extra = ('<call number="13800000001" duration="3" date="0" type="1" />'
             '<call number="13800000001" duration="3" date="4102444800000" type="1" />'
             '<call number="13800000001" duration="3" date="soon" type="1" />')
    result = _read(write_sbr_calls(tmp_path / "c.xml", [], extra=extra))
    assert [sorted(c.flags) for c in result.calls] == [[FLAG_DATE_1970], [FLAG_DATE_FUTURE], ["no_date"]]


@pytest.mark.parametrize(("raw", "number", "withheld"), [
    ("+86 138-0000-0001", "13800000001", False), ("0086 13800000001", "13800000001", False),
    ("138 0000 0001", "13800000001", False), ("400-000-0001", "4000000001", False),
    ("95046", "95046", False), ("1069000000001", "1069000000001", False),
    ("-1", "", True), ("-2", "", True), ("", "", True), ("null", "", True),
])
def test_numbers_in_every_format_are_normalised_or_marked_withheld(raw, number, withheld):
    xml = f'<calls><call number="{raw}" duration="1" date="1700000000000" type="1"/></calls>'.encode()
    call = read_sbr_xml(io.BytesIO(xml), now=NOW).calls[0]
    assert (call.number, FLAG_WITHHELD in call.flags, call.raw_number) == (number, withheld, raw)


def test_a_cancel_from_checkpoint_stops_the_read(tmp_path):
    path = write_sbr_calls(tmp_path / "calls.xml", synthetic_calls(5000))

    class Stop(Exception):
        pass

    def checkpoint():
        raise Stop

    with pytest.raises(Stop):
        _read(path, checkpoint=checkpoint)


def test_progress_reaches_the_file_size(tmp_path):
    path = write_sbr_calls(tmp_path / "calls.xml", synthetic_calls(3000))
    seen = []
    _read(path, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (path.stat().st_size, path.stat().st_size) and len(seen) > 2


def test_100000_entries_from_one_number(tmp_path):
    calls = [c.__class__("95046", c.when, c.duration, c.kind) for c in synthetic_calls(100_000, collector_share=0)]
    result = _read(write_sbr_calls(tmp_path / "calls.xml", calls))
    assert len(result.calls) == 100_000 and {c.number for c in result.calls} == {"95046"}
    assert len({c.identity for c in result.calls}) == 100_000


def test_streaming_20000_calls_and_20000_messages_stays_small(tmp_path, capsys):
    """Memory is bounded by the records, not the file: tracemalloc peak far under the design's 250 MB."""
    calls = write_sbr_calls(tmp_path / "calls.xml", synthetic_calls(20_000))
    sms = write_sbr_messages(tmp_path / "sms.xml", synthetic_texts(20_000), mms_every=25)
    tracemalloc.start()
    start = time.perf_counter()
    a, b = _read(calls), _read(sms)
    seconds = time.perf_counter() - start
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(a.calls) == 20_000 and len(b.messages) == 20_000
    size = (calls.stat().st_size + sms.stat().st_size) / 2**20
    with capsys.disabled():
        print(f"\n[phone bench] {size:.1f} MB of XML, 20k calls + 20k messages: {seconds:.2f} s, "
              f"tracemalloc peak {peak / 2**20:.1f} MB")
    assert peak < 100 * 2**20
