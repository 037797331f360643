"""One imported row → a :class:`ParsedRow`: the contact it will become, its problems and warnings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from desktop.domain.contacts import Channel, Contact, Relation
from desktop.domain.errors import UserError
from desktop.domain.importing.datetimes import parse_datetime
from desktop.domain.importing.preview import ParsedRow, RowProblem
from desktop.domain.importing.values import (
    MAX_TEXT,
    clean_text,
    fold_text,
    parse_channel,
    parse_direction,
    parse_duration,
    parse_relation,
    parse_yes_no,
)

_MINUTES_HINT = re.compile(r"分钟|(?<!秒)分(?!秒)|min")
_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?e\+?\d+")


def _duration_unit(header: str) -> int:
    folded = fold_text(header)
    if "小时" in folded or "hour" in folded:
        return 3600
    return 60 if _MINUTES_HINT.search(folded) else 1


class RowParser:
    """Parses rows against one header; caches the values that repeat (channels, yes/no, durations)."""

    def __init__(
        self, headers: list[str], index: dict[str, int], extras: list[tuple[int, str]], now: datetime
    ):
        self.headers = headers
        self.index = index
        self.extras = extras
        self.now = now
        self.width = len(headers)
        self.unit_s = _duration_unit(headers[index["duration"]]) if "duration" in index else 1
        self.cache: dict[tuple[str, str], object] = {}

    def _cached(self, field_name: str, text: str, parse):
        key = (field_name, text)
        try:
            found = self.cache[key]
        except KeyError:
            try:
                found = parse(text)
            except UserError as e:
                found = e
            if len(self.cache) < 50_000:
                self.cache[key] = found
        if isinstance(found, UserError):
            raise found
        return found

    def parse(self, cells: Sequence[str], line_no: int) -> ParsedRow:
        problems: list[RowProblem] = []
        warnings: list[RowProblem] = []
        notes_extra: list[str] = []
        index, headers = self.index, self.headers
        n = len(cells)

        def get(name: str) -> str:
            i = index.get(name)
            return "" if i is None or i >= n or cells[i] is None else str(cells[i])

        def report(into: list, name: str, zh: str, en: str) -> None:
            if name:
                i = index[name]
                into.append(
                    RowProblem(
                        line_no,
                        headers[i],
                        name.lstrip("_"),
                        f"第 {line_no} 行“{headers[i]}”列：{zh}",
                        f'Row {line_no}, column "{headers[i]}": {en}',
                    )
                )
            else:
                into.append(RowProblem(line_no, "", "", f"第 {line_no} 行：{zh}", f"Row {line_no}: {en}"))

        def or_other(name: str, raw: str, parse, other):
            """A value the column's parser does not know: "other", with a warning and the text kept in the notes."""
            try:
                return self._cached(name, raw, parse)
            except UserError as e:
                report(warnings, name, e.zh + "已按“其他”记录，原文保留在备注中。",
                       e.en + ' Recorded as "other"; the original is kept in the notes.')
                notes_extra.append(f"[{headers[index[name]]}] {clean_text(raw).value}")
                return other

        def text(name: str) -> str:
            raw = get(name)
            if raw.isprintable() and len(raw) <= MAX_TEXT:
                plain = raw.strip()
                if plain[:1] not in ("'", "="):
                    return plain  # fast path: nothing to clean
            value, notes = clean_text(raw)
            for note in notes:
                report(warnings, name, note.zh, note.en)
            return value

        if n > self.width and any(str(c).strip() for c in cells[self.width :] if c is not None):
            report(
                problems,
                "",
                f"有 {n} 个值，但表头只有 {self.width} 列。可能是内容里有英文逗号却没有加引号；"
                "请在 Excel 中检查这一行，或把该内容用双引号括起来。",
                f"it has {n} values but the header has only {self.width} columns. A comma inside a text "
                "probably lacks quotes; check this row in Excel, or put that text in double quotes.",
            )

        occurred_at = self._time(get, report, problems, warnings)

        raw_direction = get("direction")
        direction = answered = None
        if raw_direction.strip():
            try:
                direction, answered = self._cached("direction", raw_direction, parse_direction)
            except UserError as e:
                report(problems, "direction", e.zh, e.en)

        duration = None
        raw_duration = get("duration")
        if raw_duration.strip():
            try:
                duration = self._cached(
                    "duration", raw_duration, lambda t: parse_duration(t, unit_s=self.unit_s)
                )
            except UserError as e:
                report(problems, "duration", e.zh, e.en)

        channel = Channel.CALL
        raw_channel = get("channel")
        if raw_channel.strip():
            channel = or_other("channel", raw_channel, parse_channel, Channel.OTHER)
        elif "channel" in index and direction is None and duration is None:
            report(warnings, "channel", "为空，按“电话”记录。", 'is empty; recorded as "call".')
        if channel is not Channel.CALL:
            answered = None

        party = Relation.OTHER if channel is Channel.THIRD_PARTY else Relation.SELF
        raw_party = get("contacted_party")
        if raw_party.strip():
            party = or_other("contacted_party", raw_party, parse_relation, Relation.OTHER)

        disclosed = False
        raw_disclosed = get("debt_disclosed")
        if raw_disclosed.strip():
            try:
                disclosed = self._cached("debt_disclosed", raw_disclosed, parse_yes_no)
            except UserError as e:
                report(problems, "debt_disclosed", e.zh, e.en)

        number = text("number")
        if number and _SCIENTIFIC.fullmatch(number.casefold()):
            report(
                problems,
                "number",
                f"号码“{number}”已被 Excel 改成科学计数法，原号码已经丢失。请在 Excel 中把该列"
                "设为“文本”格式，重新填入号码后再导入。",
                f'the number "{number}" was turned into scientific notation by Excel and the digits are lost. '
                'Format the column as "Text" in Excel, enter the numbers again and import again.',
            )

        for i, label in self.extras:
            if i < n and cells[i] is not None and str(cells[i]).strip():
                notes_extra.append(f"[{label}] {clean_text(str(cells[i])).value}")
        notes = text("notes")
        if notes_extra:
            notes = "\n".join([notes, *notes_extra]) if notes else "\n".join(notes_extra)

        contact = Contact(
            occurred_at=occurred_at,
            channel=channel,
            direction=direction,
            answered=answered,
            number=number,
            claimed_org=text("claimed_identity"),
            duration_s=duration,
            contacted_party=party,
            debt_disclosed=bool(disclosed),
            summary=text("summary"),
            notes=notes,
        )
        return ParsedRow(line_no, contact, text("loan"), tuple(problems), tuple(warnings))

    def _time(self, get, report, problems: list, warnings: list) -> datetime | None:
        has_time, has_date = "time" in self.index, "_date" in self.index
        if not has_time and not has_date:
            return None
        clock, day = get("time").strip(), get("_date").strip()
        name = "time" if has_time else "_date"
        try:
            if has_time and has_date and clock and day:
                try:
                    parsed = parse_datetime(f"{day} {clock}", now=self.now)
                except UserError as combined:
                    # Perhaps the time column holds the whole date and time already.
                    try:
                        parsed = parse_datetime(clock, now=self.now)
                    except UserError:
                        raise combined from None
            else:
                name = "time" if clock or not has_date else "_date"
                parsed = parse_datetime(clock or day, now=self.now)
        except UserError as e:
            report(problems, name, e.zh, e.en)
            return None
        if parsed.value is None:
            report(warnings, name, "为空，这条记录没有时间。", "is empty; this contact has no time.")
        for note in parsed.warnings:
            report(warnings, name, note.zh, note.en)
        return parsed.value
