"""Android call logs and messages as exported by "SMS Backup & Restore" (SyncTech), read by streaming.

The format (SyncTech, "Fields in XML Backup Files",
https://www.synctech.com.au/sms-backup-restore/fields-in-xml-backup-files/):

* ``<calls count=…>`` of ``<call number= duration= date= type= presentation= contact_name= …/>``;
  ``date`` is milliseconds since 1970-01-01 UTC, ``duration`` seconds, ``type`` 1 incoming,
  2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked; ``presentation`` 2/3/4 is a
  restricted, unknown or payphone caller.
* ``<smses count=…>`` of ``<sms address= date= type= body= contact_name= …/>`` (type 1
  received, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued) and ``<mms date= msg_box= address=…>``
  holding ``<parts><part ct="text/plain" text=…/></parts>`` and ``<addrs><addr address= type=…/></addrs>``
  (addr type 137 is the sender, 151 a recipient; msg_box 1 received, 2 sent).

The file is read in chunks through :class:`xml.etree.ElementTree.XMLPullParser`; each
top-level entry is turned into a record and cleared at once, so memory does not grow
with the file (a picture in an MMS is dropped with its entry). A document type
declaration is refused before the parser sees it: the app never writes one, and it is
the only place entity tricks (XXE, "billion laughs") can hide.

A truncated or malformed file is not an error: everything read before the damage is
kept, ``complete`` is False and a problem says where it stopped and what was read.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import BinaryIO
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from desktop.domain.phone_evidence.numbers import logged_number
from desktop.domain.phone_evidence.records import (
    FLAG_BAD_DURATION,
    FLAG_MMS,
    FLAG_NOT_SENT,
    FLAG_UNKNOWN_TYPE,
    FLAG_WITHHELD,
    SOURCE_ANDROID_SBR,
    Checkpoint,
    PhoneCall,
    PhoneExport,
    PhoneMessage,
    Progress,
    ReadProblem,
    date_flags,
)

CHUNK = 64 * 1024
_PROLOGUE_LIMIT = 64 * 1024  # the root element must start within this many bytes

CALL_TYPES = {"1": "incoming", "2": "outgoing", "3": "missed", "4": "voicemail", "5": "rejected", "6": "blocked"}
SMS_TYPES = {"1": ("received", False), "2": ("sent", False), "3": ("sent", True), "4": ("sent", True),
             "5": ("sent", True), "6": ("sent", True)}
MMS_BOXES = {"1": "received", "2": "sent"}
_WITHHELD_PRESENTATION = frozenset({"2", "3", "4"})
_MMS_FROM, _MMS_TO = "137", "151"


class _Refused(Exception):
    def __init__(self, problem: ReadProblem) -> None:
        super().__init__(problem.en)
        self.problem = problem


def read_sbr_xml(stream: BinaryIO, *, total_bytes: int = 0, now: datetime | None = None,
                 checkpoint: Checkpoint | None = None, progress: Progress | None = None) -> PhoneExport:
    """Read a ``calls-*.xml`` or ``sms-*.xml`` file of SMS Backup & Restore from a binary stream.

    ``progress(bytes_read, total_bytes)`` and ``checkpoint()`` are called after every
    chunk; ``checkpoint`` raises to cancel (that exception propagates, nothing is kept).
    ``now`` (default: the current time) decides which dates are "in the future".
    """
    now = now or datetime.now(UTC)
    reader = _Reader(now)
    done = 0
    try:
        head = _read_prologue(stream)
        done = len(head)
        reader.feed(head)
        while True:
            if checkpoint is not None:
                checkpoint()
            if progress is not None:
                progress(done, total_bytes)
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            done += len(chunk)
            reader.feed(chunk)
        reader.close()
    except _Refused as refused:
        return reader.result(complete=False, extra=refused.problem)
    except ParseError as exc:
        return reader.result(complete=False, extra=reader.damage_problem(exc))
    if progress is not None:
        progress(done, total_bytes)
    return reader.result(complete=True)


def _read_prologue(stream: BinaryIO) -> bytes:
    """The first bytes of the file, read until the root element starts; a DOCTYPE or UTF-16 is refused first."""
    data = b""
    while not _prologue_done(data):
        more = stream.read(CHUNK)
        if not more or len(data) > _PROLOGUE_LIMIT:
            return data + more  # too short or too odd to decide: the parser reports it with a position
        data += more
    return data


def _prologue_done(data: bytes) -> bool:
    """True once the root element (or something that is not XML) starts; raises on a DOCTYPE or UTF-16."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _Refused(ReadProblem(
            "not_utf8", "这个文件是 UTF-16 编码的，不是“短信备份与恢复”（SMS Backup & Restore）导出的格式。"
            "请直接导入手机上该应用生成的原始文件。",
            "This file is in UTF-16, not the format SMS Backup & Restore writes. "
            "Import the original file the app made on the phone."))
    pos = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while True:
        while data[pos:pos + 1] in (b" ", b"\t", b"\r", b"\n"):
            pos += 1
        if len(data) - pos < 9:
            return False  # not enough to tell a comment or DOCTYPE from the root yet
        if data.startswith(b"<?", pos):
            end = data.find(b"?>", pos)
            if end < 0:
                return False
            pos = end + 2
        elif data.startswith(b"<!--", pos):
            end = data.find(b"-->", pos)
            if end < 0:
                return False
            pos = end + 3
        elif data.startswith(b"<!", pos):
            raise _Refused(ReadProblem(
                "doctype", "这个文件带有文档类型声明（DOCTYPE）。“短信备份与恢复”导出的文件从不包含它，"
                "为安全起见不读取。请导入该应用生成的原始文件。",
                "This file has a document type declaration (DOCTYPE). SMS Backup & Restore never writes one, "
                "so for safety it is not read. Import the original file the app made."))
        else:
            return True


class _Reader:
    """Turns parser events into records, one top-level entry at a time."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.parser = XMLPullParser(events=("start", "end"))
        self.root: Element | None = None
        self.depth = 0
        self.calls: list[PhoneCall] = []
        self.messages: list[PhoneMessage] = []
        self.problems: list[ReadProblem] = []
        self.skipped = 0
        self.entries = 0

    def feed(self, data: bytes) -> None:
        self.parser.feed(data)
        self._drain()

    def close(self) -> None:
        self.parser.close()
        self._drain()

    def _drain(self) -> None:
        for event, elem in self.parser.read_events():
            if event == "start":
                self.depth += 1
                if self.depth == 1:
                    self._start_root(elem)
                continue
            self.depth -= 1
            if self.depth == 1:
                self._entry(elem)
                elem.clear()
                if self.root is not None:
                    self.root.remove(elem)

    def _start_root(self, elem: Element) -> None:
        self.root = elem
        if elem.tag not in ("calls", "smses"):
            raise _Refused(ReadProblem(
                "not_sbr", f"这不是“短信备份与恢复”的通话或短信备份（最外层是 <{elem.tag}>，应为 <calls> 或 <smses>）。",
                f"This is not an SMS Backup & Restore call or message backup (the outer element is <{elem.tag}>, "
                "not <calls> or <smses>)."))

    def _entry(self, elem: Element) -> None:
        self.entries += 1
        if elem.tag == "call":
            self.calls.append(self._call(elem.attrib))
        elif elem.tag == "sms":
            self.messages.append(self._sms(elem.attrib))
        elif elem.tag == "mms":
            self.messages.append(self._mms(elem))
        else:
            self.skipped += 1

    def _time(self, raw: str | None) -> datetime | None:
        try:
            ms = int((raw or "").strip())
            return datetime.fromtimestamp(ms / 1000, UTC)
        except (ValueError, OverflowError, OSError):
            return None

    def _call(self, a: dict[str, str]) -> PhoneCall:
        raw = a.get("number", "")
        number, withheld = logged_number(raw)
        withheld = withheld or a.get("presentation", "1") in _WITHHELD_PRESENTATION
        if withheld:
            number = ""
        when = self._time(a.get("date"))
        flags = set(date_flags(when, self.now))
        kind = CALL_TYPES.get(a.get("type", "").strip(), "unknown")
        if kind == "unknown":
            flags.add(FLAG_UNKNOWN_TYPE)
        try:
            duration = int(a.get("duration", "").strip())
            if duration < 0:
                raise ValueError
        except ValueError:
            duration = 0
            flags.add(FLAG_BAD_DURATION)
        if withheld:
            flags.add(FLAG_WITHHELD)
        return PhoneCall(number=number, started_at=when, duration_s=duration, kind=kind, source=SOURCE_ANDROID_SBR,
                         raw_number=raw, contact_name=_name(a), source_id=str(self.entries), flags=frozenset(flags))

    def _sms(self, a: dict[str, str]) -> PhoneMessage:
        raw = a.get("address", "")
        number, withheld = logged_number(raw)
        when = self._time(a.get("date"))
        flags = set(date_flags(when, self.now))
        direction, not_sent = SMS_TYPES.get(a.get("type", "").strip(), ("unknown", False))
        if direction == "unknown":
            flags.add(FLAG_UNKNOWN_TYPE)
        if not_sent:
            flags.add(FLAG_NOT_SENT)
        if withheld:
            flags.add(FLAG_WITHHELD)
        return PhoneMessage(number=number, sent_at=when, direction=direction, body=a.get("body", ""),
                            source=SOURCE_ANDROID_SBR, raw_number=raw, contact_name=_name(a),
                            source_id=str(self.entries), flags=frozenset(flags))

    def _mms(self, elem: Element) -> PhoneMessage:
        a = elem.attrib
        direction = MMS_BOXES.get(a.get("msg_box", "").strip(), "unknown")
        wanted = _MMS_FROM if direction == "received" else _MMS_TO
        raw = ""
        for addr in elem.iter("addr"):
            if addr.get("type") == wanted and addr.get("address"):
                raw = addr.get("address", "")
                break
        if not raw:  # fall back to the thread address ("~" joins a group's members)
            raw = a.get("address", "").split("~")[0]
        number, withheld = logged_number(raw)
        texts = [p.get("text", "") for p in elem.iter("part") if p.get("ct", "").lower() == "text/plain"]
        when = self._time(a.get("date"))
        flags = set(date_flags(when, self.now)) | {FLAG_MMS}
        if direction == "unknown":
            flags.add(FLAG_UNKNOWN_TYPE)
        if withheld:
            flags.add(FLAG_WITHHELD)
        return PhoneMessage(number=number, sent_at=when, direction=direction, body="\n".join(t for t in texts if t),
                            source=SOURCE_ANDROID_SBR, raw_number=raw, contact_name=_name(a),
                            source_id=str(self.entries), flags=frozenset(flags))

    def damage_problem(self, exc: ParseError) -> ReadProblem:
        line = exc.position[0] if getattr(exc, "position", None) else 0
        where = f"line {line}" if line else ""
        calls, messages = len(self.calls), len(self.messages)
        if self.root is None:
            return ReadProblem("not_xml", "这个文件不是可读的 XML，请确认选的是“短信备份与恢复”导出的 .xml 文件。",
                               "This file is not readable XML. Check that you picked the .xml file "
                               "SMS Backup & Restore made.", where)
        return ReadProblem(
            "truncated",
            f"文件在第 {line} 行损坏或不完整（可能复制时中断了）。之前的 {calls} 条通话和 {messages} 条短信已读出；"
            "之后的内容无法读取。请从手机重新复制一次完整的备份文件。",
            f"The file is damaged or cut short at line {line} (perhaps the copy was interrupted). "
            f"{calls} calls and {messages} messages before that point were read; the rest cannot be. "
            "Copy the complete backup file from the phone again.", where)

    def result(self, *, complete: bool, extra: ReadProblem | None = None) -> PhoneExport:
        problems = list(self.problems)
        if extra is not None:
            problems.append(extra)
        if self.skipped:
            problems.append(ReadProblem(
                "skipped", f"有 {self.skipped} 个无法识别的条目被跳过。",
                f"{self.skipped} entries of an unknown kind were skipped."))
        return PhoneExport(source=SOURCE_ANDROID_SBR, calls=tuple(self.calls), messages=tuple(self.messages),
                           problems=tuple(problems), complete=complete)


def _name(a: dict[str, str]) -> str:
    name = a.get("contact_name", "").strip()
    return "" if name in ("(Unknown)", "null") else name

