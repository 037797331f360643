"""Turn an imported table (CSV/XLSX, see ``desktop.tabular``) into contacts.

Nothing is written here. :func:`parse_table` maps the header (Chinese or
English, design §4) to the contact fields, parses every row and returns an
:class:`ImportPreview` listing every problem by row number and column, in
Chinese and English. The import is all or nothing: the caller stores the rows
only when ``preview.ok``.

The value parsers (:func:`parse_datetime`, :func:`parse_duration`,
:func:`parse_channel`, :func:`parse_direction`, :func:`parse_relation`,
:func:`parse_yes_no`) are public. Each returns ``None`` for a blank cell and
raises :class:`UserError` (and nothing else) for a value it cannot accept; the
row parser turns that into a :class:`RowProblem`.

Policy: a value is never guessed silently. Where a catch-all exists (channel
and contacted party have "other") an unrecognised value becomes "other", a
warning, and the original text is kept in the notes. Unknown columns are
reported and their values kept in the notes too.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Generic, NamedTuple, Protocol, TypeVar

from desktop.domain.contacts import Channel, Contact, Direction, Relation
from desktop.domain.errors import UserError

MAX_TEXT = 100_000  # characters kept per text cell
# fmt: off
FIELDS = ("time", "channel", "direction", "number", "claimed_identity", "loan", "duration",
          "contacted_party", "debt_disclosed", "summary", "notes")
HEADERS_ZH = dict(zip(FIELDS, ("时间", "方式", "方向", "号码", "对方自称", "贷款", "时长", "联系对象",
                               "是否透露欠款", "内容", "备注"), strict=True))
# fmt: on
_T = TypeVar("_T")


@dataclass(frozen=True)
class Notice:
    """A warning in both languages; the value was accepted."""

    zh: str
    en: str

    def message(self, lang: str = "zh_CN") -> str:
        return self.en if lang == "en" else self.zh


class Parsed(NamedTuple, Generic[_T]):
    """A parsed value and the warnings that came with it."""

    value: _T
    warnings: tuple[Notice, ...] = ()


# --- text helpers ----------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_KEY_JUNK = re.compile(r"[\s_\-.:*#/\\?!、。,'\"“”‘’|]+")


def _fold(text: str) -> str:
    """Full-width to half-width, lower case, outer spaces gone."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def _key(text: str) -> str:
    return _KEY_JUNK.sub("", _fold(text))


def _echo(text: str, limit: int = 40) -> str:
    """The user's value for a message, shortened and on one line."""
    one = " ".join(str(text).split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def clean_text(text: str | None, *, limit: int = MAX_TEXT) -> Parsed[str]:
    """Text as kept: NUL and control characters removed (newlines and tabs kept),
    line ends made ``\\n``, outer whitespace stripped, emoji and rare characters
    (𠮷) untouched. Longer than ``limit`` characters: cut, with a warning."""
    if not text:
        return Parsed("")
    if not text.isprintable():
        text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.strip()
    if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@", "\t"):
        text = text[1:]  # the apostrophe our CSV export puts before formula-like text
    if text.startswith('="') and text.endswith('"') and len(text) >= 3:
        text = text[2:-1]  # ="0108888777": the Excel trick to keep leading zeros
    if len(text) > limit:
        return Parsed(
            text[:limit],
            (
                Notice(
                    f"内容有 {len(text):,} 个字符，过长，只保留了前 {limit:,} 个字符。",
                    f"The text has {len(text):,} characters; only the first {limit:,} were kept.",
                ),
            ),
        )
    return Parsed(text)


# --- date and time ---------------------------------------------------------------------------------

_EXCEL_EPOCH = datetime(1899, 12, 30)
_SERIAL_RANGE = (32874, 73051)  # 1990-01-01 .. 2100-01-01 as Excel serial days
_STAMP_RANGE = (946_684_800, 4_102_444_800)  # 2000 .. 2100 as Unix seconds
_YEARS = (1990, 2100)
_WEEKDAY = re.compile(
    r"[(\[]?(?:星期|周|礼拜)[一二三四五六日天1-7][)\]]?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?,?"
)
_ISO_FAST = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?")
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_NO_YEAR = re.compile(r"\d{1,2}\s*[月/-]\s*\d{1,2}\s*[日号]?")
_TIME = re.compile(
    r"(?P<pre>上午|早上|早晨|凌晨|中午|下午|傍晚|晚上|夜里|夜间|半夜|am|pm|a\.m\.|p\.m\.)?\s*"
    r"(?P<h>\d{1,2})\s*(?::|时|点)\s*(?:(?P<half>半)|(?P<mi>\d{1,2})\s*分?)?\s*"
    r"(?::?\s*(?P<s>\d{1,2})(?:[.,](?P<f>\d{1,6}))?\s*秒?)?\s*"
    r"(?P<post>am|pm|a\.m\.|p\.m\.)?\s*(?P<tz>z|[+-]\d{2}:?\d{2})?"
)
_PM = ("下午", "傍晚", "pm", "p.m.")
_NIGHT = ("晚上", "夜里", "夜间", "半夜")
_AM = ("上午", "早上", "早晨", "凌晨", "am", "a.m.")


def _bad_time(text: str) -> UserError:
    return UserError(
        f"无法识别的时间“{_echo(text)}”。请写成 2026-11-03 21:05 或 2026年11月3日 21:05 这样的格式。",
        f'"{_echo(text)}" is not a date and time that can be read. Write it like 2026-11-03 21:05.',
    )


def parse_datetime(text: str | None, *, now: datetime | None = None) -> Parsed[datetime | None]:
    """Read a date and time as people write them in China; ``None`` for a blank cell.

    Accepts ``2026-11-03 21:05``, ``2026/11/3 21:05``, ``2026年11月3日 21点05分``,
    ``2026-11-03T21:05:00``, ``2026.11.3 21:05``, seconds and fractions optional,
    下午/晚上 and AM/PM, a weekday, full-width digits, Excel serial numbers
    (``46329.875``), ``20261103``, and Unix timestamps (seconds or milliseconds).
    A date without a time gives 00:00 and a warning; a time in the future a
    warning. Raises :class:`UserError` for anything else, including impossible
    dates such as 2026-02-30.
    """
    if text is None or not str(text).strip():
        return Parsed(None)
    raw = str(text)
    value, date_only = None, False
    fast = _ISO_FAST.fullmatch(raw.strip())
    if fast:  # the common case, exported by this app and by most tools
        try:
            value = datetime(*map(int, fast.groups(default="0")))
        except ValueError:
            value = None  # the slow path explains what is wrong
    if value is None:
        t = _WEEKDAY.sub(" ", _fold(raw)).strip()
        value, date_only = _parse_numeric_date(t) if t.replace(".", "", 1).isdigit() else (None, False)
        if value is None:
            value, date_only = _parse_written_date(t, raw)
    if not _YEARS[0] <= value.year < _YEARS[1]:
        raise UserError(
            f"时间“{_echo(raw)}”的年份 {value.year} 看起来不对，请检查。",
            f'The year {value.year} in "{_echo(raw)}" looks wrong; please check it.',
        )
    notes: list[Notice] = []
    if date_only:
        notes.append(
            Notice(
                f"“{_echo(raw)}”只有日期没有具体时间，按 00:00 记录；夜间联系等判断需要具体时间。",
                f'"{_echo(raw)}" has a date but no time, so 00:00 was used; checks such as night-time contact need the time.',
            )
        )
    if value > (now or datetime.now()):
        notes.append(
            Notice(
                f"时间 {value:%Y-%m-%d %H:%M} 在将来，请检查是否写错。",
                f"The time {value:%Y-%m-%d %H:%M} is in the future; please check it.",
            )
        )
    return Parsed(value, tuple(notes))


def _parse_numeric_date(t: str) -> tuple[datetime | None, bool]:
    """Excel serials, compact dates and Unix timestamps; ``None`` if it is none of them."""
    number = float(t)
    if _SERIAL_RANGE[0] <= number < _SERIAL_RANGE[1] and ("." in t or len(t) == 5):
        seconds = round(number * 86400)
        return _EXCEL_EPOCH + timedelta(seconds=seconds), seconds % 86400 == 0
    if "." in t:
        return None, False
    try:
        if len(t) == 8:
            return datetime.strptime(t, "%Y%m%d"), True
        if len(t) in (12, 14):
            return datetime.strptime(t, "%Y%m%d%H%M" if len(t) == 12 else "%Y%m%d%H%M%S"), False
    except ValueError:
        raise _bad_time(t) from None
    if len(t) in (10, 13):
        seconds = int(t) / (1000 if len(t) == 13 else 1)
        if _STAMP_RANGE[0] <= seconds < _STAMP_RANGE[1]:
            return datetime.fromtimestamp(seconds), False
    return None, False


def _parse_written_date(t: str, raw: str) -> tuple[datetime, bool]:
    m = _YMD.match(t)
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        m = _DMY.match(t)
        if not m:
            if _NO_YEAR.match(t) or _TIME.fullmatch(t):
                raise UserError(
                    f"“{_echo(raw)}”缺少年份或日期。请写完整，例如 2026-11-03 21:05。",
                    f'"{_echo(raw)}" has no year or no date. Write the full date, like 2026-11-03 21:05.',
                )
            raise _bad_time(raw)
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        else:
            raise UserError(
                f"“{_echo(raw)}”的日和月分不清（{a} 月 {b} 日，还是 {b} 月 {a} 日？）。请把年份写在前面，例如 2026-11-03。",
                f'In "{_echo(raw)}" the day and month are ambiguous. Put the year first, like 2026-11-03.',
            )
    rest = t[m.end() :].strip(" t,")
    hour = minute = second = micro = 0
    next_day = False
    date_only = not rest
    tz = None
    if rest:
        tm = _TIME.fullmatch(rest)
        if not tm:
            raise _bad_time(raw)
        hour = int(tm["h"])
        minute = 30 if tm["half"] else int(tm["mi"] or 0)
        second = int(tm["s"] or 0)
        micro = int((tm["f"] or "0").ljust(6, "0"))
        hour, next_day = _apply_marker(tm["pre"] or tm["post"], hour)
        if hour > 23 or minute > 59 or second > 59:
            raise UserError(
                f"“{_echo(raw)}”里的时刻不存在（小时 0–23，分、秒 0–59）。",
                f'The time of day in "{_echo(raw)}" does not exist (hours 0–23, minutes and seconds 0–59).',
            )
        tz = tm["tz"]
    try:
        value = datetime(year, month, day, hour, minute, second, micro)
    except ValueError:
        raise UserError(
            f"日期“{_echo(raw)}”不存在（例如 2 月没有 30 日），请检查。",
            f'The date "{_echo(raw)}" does not exist (February has no 30th, for example); please check it.',
        ) from None
    if next_day:
        value += timedelta(days=1)
    if tz:
        value = _to_local(value, tz)
    return value, date_only


def _apply_marker(marker: str | None, hour: int) -> tuple[int, bool]:
    """The 24-hour clock from 下午/晚上/凌晨/PM…; ``True`` when 晚上12点 means the midnight ending that day."""
    if marker is None or hour > 12:
        return hour, False
    if marker in _NIGHT:
        if hour == 12:
            return 0, True
        return (hour + 12, False) if hour >= 5 else (hour, False)
    if marker in _PM or (marker == "中午" and hour < 6):
        return (hour + 12 if hour < 12 else hour), False
    if marker in _AM and hour == 12:
        return 0, False
    return hour, False


def _to_local(value: datetime, tz: str) -> datetime:
    """A time written with a UTC offset, as naive local wall-clock time."""
    from datetime import timezone

    if tz == "z":
        offset = timedelta(0)
    else:
        digits = tz[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        offset = -offset if tz[0] == "-" else offset
    return value.replace(tzinfo=timezone(offset)).astimezone().replace(tzinfo=None)


# --- duration --------------------------------------------------------------------------------------

MAX_DURATION_S = 24 * 3600
_HMS = re.compile(r"(\d+):(\d{1,2})(?::(\d{1,2}))?(?:[.,]\d+)?")
_UNIT_PART = re.compile(
    r"(\d+(?:\.\d+)?)(个小时|小时|个钟头|钟头|时|分钟|分|秒钟|秒|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s|'|\")"
)
# fmt: off
_UNIT_SECONDS = {"个小时": 3600, "小时": 3600, "个钟头": 3600, "钟头": 3600, "时": 3600, "hour": 3600, "hours": 3600,
                 "hr": 3600, "hrs": 3600, "h": 3600, "分钟": 60, "分": 60, "minute": 60, "minutes": 60, "min": 60,
                 "mins": 60, "m": 60, "'": 60, "秒钟": 1, "秒": 1, "second": 1, "seconds": 1, "sec": 1, "secs": 1,
                 "s": 1, '"': 1}
_HALVES = ((re.compile(r"(\d+)个半(小时|钟头)"), r"\1.5\2"), (re.compile(r"半(个)?(小时|钟头)"), r"0.5\2"),
           (re.compile(r"半分钟"), "0.5分钟"), (re.compile(r"(\d+)分半$"), r"\1.5分"))
# fmt: on


def _bad_duration(text: str) -> UserError:
    return UserError(
        f"无法识别的时长“{_echo(text)}”。请写成 3:20、200（秒）或 3分20秒。",
        f'"{_echo(text)}" is not a call length that can be read. Write it like 3:20, 200 (seconds) or 3m 20s.',
    )


def parse_duration(text: str | None, *, unit_s: int = 1) -> int | None:
    """A call length in whole seconds; ``None`` for a blank cell.

    ``3:20`` (m:ss), ``1:02:03`` (h:mm:ss), ``200`` (a plain number counts in
    ``unit_s`` seconds: 1, or 60 when the header says 分钟/min), ``3分20秒``,
    ``3分钟``, ``20秒``, ``1小时2分``, ``3m 20s``, ``半小时``. Raises
    :class:`UserError` if unreadable, negative or over 24 hours.
    """
    if text is None or not str(text).strip():
        return None
    raw = str(text)
    t = "".join(_fold(raw.replace("′", "'").replace("″", '"')).split())
    t = t.removeprefix("约").removeprefix("大约").removeprefix("大概").removesuffix("左右").removeprefix("~")
    if t[:1] in ("-", "−") or raw.strip()[:1] in ("-", "−"):
        raise UserError(
            f"时长“{_echo(raw)}”不能是负数。", f'The call length "{_echo(raw)}" cannot be negative.'
        )
    seconds: float
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        seconds = float(t) * unit_s
    elif m := _HMS.fullmatch(t):
        parts = [int(p) for p in m.groups() if p is not None]
        if any(p > 59 for p in parts[1:]):
            raise _bad_duration(raw)
        seconds = parts[0] * 3600 + parts[1] * 60 + parts[2] if len(parts) == 3 else parts[0] * 60 + parts[1]
    else:
        for pattern, repl in _HALVES:
            t = pattern.sub(repl, t)
        seconds, pos, last_unit = 0.0, 0, 0
        for part in _UNIT_PART.finditer(t):
            if part.start() != pos:
                raise _bad_duration(raw)
            last_unit = _UNIT_SECONDS[part[2]]
            seconds += float(part[1]) * last_unit
            pos = part.end()
        tail = t[pos:]
        if not pos or (tail and not (tail.isdigit() and last_unit > 1)):
            raise _bad_duration(raw)
        if tail:  # "3分20": the bare number is the next smaller unit
            seconds += int(tail) * (last_unit // 60)
    if seconds > MAX_DURATION_S:
        raise UserError(
            f"时长“{_echo(raw)}”超过 24 小时，不像一次通话，请检查（纯数字按秒计算）。",
            f'The call length "{_echo(raw)}" is over 24 hours, which is not plausible for one call; please check it '
            "(a plain number counts as seconds).",
        )
    return int(round(seconds))


# --- enumerated values -----------------------------------------------------------------------------


def _table(entries: dict) -> dict:
    return {_key(word): value for value, words in entries.items() for word in words}


# fmt: off
_CHANNELS = _table({
    Channel.CALL: ("电话", "通话", "打电话", "电话催收", "语音电话", "call", "phone", "phone call", "telephone", "voice"),
    Channel.SMS: ("短信", "信息", "短消息", "彩信", "短信催收", "sms", "text", "text message", "message", "mms"),
    Channel.CHAT: ("微信等聊天", "微信", "qq", "聊天", "微信聊天", "微信语音", "微信电话", "即时通讯", "钉钉", "支付宝",
                   "app消息", "wechat", "chat", "im", "whatsapp", "telegram"),
    Channel.VISIT: ("上门", "上门催收", "家访", "外访", "登门", "当面", "visit", "home visit", "in person"),
    Channel.THIRD_PARTY: ("联系他人", "联系了他人", "联系第三方", "第三方", "爆通讯录", "third_party", "third party",
                          "contact of a third party"),
    Channel.OTHER: ("其他", "其它", "other"),
})
_DIRECTIONS = _table({
    (Direction.INCOMING, True): ("来电", "呼入", "打入", "接听", "已接", "已接来电", "来电已接", "收到", "接收",
                                 "incoming", "in", "inbound", "received", "answered"),
    (Direction.OUTGOING, True): ("去电", "呼出", "拨出", "打出", "回拨", "已拨", "已拨电话", "发出", "发送",
                                 "outgoing", "out", "outbound", "dialled", "dialed", "sent"),
    (Direction.MISSED, False): ("未接", "未接来电", "来电未接", "漏接", "未接听", "没接", "拒接", "missed",
                                "missed call", "unanswered", "rejected", "declined"),
    (Direction.OUTGOING, False): ("去电未接通", "未接通", "拨出未接通", "无人接听", "outgoing unanswered", "no answer"),
})
_RELATIONS = _table({
    Relation.SELF: ("本人", "自己", "我", "我本人", "借款人", "self", "me", "myself", "borrower"),
    Relation.FAMILY: ("家人", "家属", "亲属", "亲戚", "父母", "父亲", "母亲", "爸爸", "妈妈", "配偶", "丈夫", "妻子",
                      "老公", "老婆", "子女", "儿子", "女儿", "兄弟", "姐妹", "哥哥", "姐姐", "弟弟", "妹妹",
                      "family", "relative", "parent", "spouse"),
    Relation.EMPLOYER: ("单位", "工作单位", "公司", "雇主", "领导", "老板", "上司", "人事", "hr", "employer", "boss",
                        "company", "work"),
    Relation.COLLEAGUE: ("同事", "colleague", "coworker", "co-worker"),
    Relation.FRIEND: ("朋友", "同学", "friend", "classmate"),
    Relation.CONTACT: ("通讯录联系人", "通讯录", "联系人", "紧急联系人", "contact", "address book contact",
                       "emergency contact"),
    Relation.OTHER: ("其他", "其它", "其他人", "陌生人", "邻居", "房东", "other", "neighbour", "neighbor", "landlord"),
})
_YES_NO = _table({
    True: ("是", "有", "对", "是的", "透露", "已透露", "透露了", "y", "yes", "true", "1", "✓", "✔", "√", "☑", "✅"),
    False: ("否", "不", "无", "没有", "没", "不是", "未透露", "n", "no", "false", "0", "✗", "✘", "×", "☐", "❌"),
})
# fmt: on


def _lookup(text: str | None, table: dict, zh_what: str, en_what: str, zh_allowed: str, en_allowed: str):
    if text is None or not str(text).strip():
        return None
    found = table.get(_key(str(text)))
    if found is None:
        raise UserError(
            f"无法识别的{zh_what}“{_echo(str(text))}”。可以写：{zh_allowed}。",
            f'"{_echo(str(text))}" is not a known {en_what}. Use one of: {en_allowed}.',
        )
    return found


def parse_channel(text: str | None) -> Channel | None:
    """电话/call, 短信/sms, 微信/QQ/chat, 上门/visit, 联系他人/third_party, 其他/other."""
    return _lookup(
        text,
        _CHANNELS,
        "联系方式",
        "channel",
        "电话、短信、微信、上门、联系他人、其他",
        "call, sms, chat, visit, third_party, other",
    )


def parse_direction(text: str | None) -> tuple[Direction, bool] | None:
    """(direction, answered): 来电 → (incoming, True), 去电 → (outgoing, True),
    未接 → (missed, False), 去电未接通 → (outgoing, False)."""
    return _lookup(
        text,
        _DIRECTIONS,
        "方向",
        "direction",
        "来电、去电、未接、去电未接通",
        "incoming, outgoing, missed, outgoing unanswered",
    )


def parse_relation(text: str | None) -> Relation | None:
    """本人/self, 家人/family, 单位/employer, 同事/colleague, 朋友/friend, 通讯录联系人/contact, 其他/other."""
    return _lookup(
        text,
        _RELATIONS,
        "联系对象",
        "contacted party",
        "本人、家人、单位、同事、朋友、通讯录联系人、其他",
        "self, family, employer, colleague, friend, contact, other",
    )


def parse_yes_no(text: str | None) -> bool | None:
    """是/否, yes/no, Y/N, 1/0, ✓/✗ (also √ and ×, as ticked in Chinese tables)."""
    return _lookup(text, _YES_NO, "是/否", "yes/no value", "是、否", "yes, no")


# --- the table -------------------------------------------------------------------------------------

# fmt: off
_ALIASES = {
    "time": ("时间", "日期时间", "时间日期", "日期和时间", "联系时间", "来电时间", "通话时间", "发生时间", "催收时间",
             "时刻", "time", "datetime", "date time", "date and time", "when", "occurred at", "occurred_at"),
    "_date": ("日期", "联系日期", "来电日期", "date", "day"),
    "channel": ("方式", "联系方式", "催收方式", "渠道", "途径", "channel", "method", "medium"),
    "direction": ("方向", "呼叫方向", "通话类型", "呼叫类型", "来去电", "direction", "call type"),
    "number": ("号码", "号码/账号", "号码或账号", "电话号码", "手机号", "手机号码", "来电号码", "对方号码", "联系电话",
               "电话", "账号", "number", "phone", "phone number", "tel", "account", "number/account"),
    "claimed_identity": ("对方自称", "自称", "对方身份", "自称身份", "身份", "催收方", "催收人", "来电者",
                         "claimed_identity", "claimed identity", "claimed", "identity", "caller", "collector"),
    "loan": ("贷款", "借款", "平台", "贷款平台", "借款平台", "贷款机构", "loan", "lender", "platform"),
    "duration": ("时长", "通话时长", "持续时间", "duration", "length", "call length", "call duration"),
    "contacted_party": ("联系对象", "被联系人", "被联系对象", "联系了谁", "对象", "contacted_party", "contacted party",
                        "contacted", "party"),
    "debt_disclosed": ("是否透露欠款", "透露欠款", "是否透露", "是否告知欠款", "是否泄露欠款", "泄露欠款",
                       "debt_disclosed", "debt disclosed", "disclosed", "disclosure"),
    "summary": ("内容", "摘要", "经过", "内容摘要", "通话内容", "短信内容", "详情", "描述", "summary", "content",
                "description", "details"),
    "notes": ("备注", "说明", "附注", "notes", "note", "remarks", "remark", "comments", "comment", "memo"),
}
# fmt: on
_HEADER_FIELDS = {_key(word): name for name, words in _ALIASES.items() for word in words}
_BRACKETED = re.compile(r"[(\[（【<《].*?[)\]）】>》]")
_MINUTES_HINT = re.compile(r"分钟|(?<!秒)分(?!秒)|min")
_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?e\+?\d+")
_HEADER_SEARCH_ROWS = 5


def header_field(header: str) -> str | None:
    """The field code a header names (``"时 间"``, ``"ＴＩＭＥ"``, ``"时长（秒）"`` → ``"time"``/``"duration"``).

    ``"_date"`` is a date-only column, joined with a time column if there is one.
    """
    if not header or not header.strip():
        return None
    found = _HEADER_FIELDS.get(_key(header))
    if found is None:
        found = _HEADER_FIELDS.get(_key(_BRACKETED.sub("", unicodedata.normalize("NFKC", header))))
    return found


class TableLike(Protocol):
    """What :func:`parse_table` needs; ``desktop.tabular.Table`` is one.

    Optional attributes: ``row_numbers`` (file row number of each row) and
    ``header_row_number``.
    """

    headers: Sequence[str]
    rows: Sequence[Sequence[str]]


@dataclass(frozen=True)
class RowProblem:
    """Something wrong (or, among warnings, worth a look) in one row.

    ``zh``/``en`` are whole sentences naming the row and the column. ``column``
    is the header as written in the file, ``field`` its code (``"time"``);
    both are ``""`` when the problem is about the whole row.
    """

    line_no: int
    column: str
    field: str
    zh: str
    en: str

    def message(self, lang: str = "zh_CN") -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class ParsedRow:
    """One row of the file as the contact it will become. Stored only if the whole preview is ok."""

    line_no: int
    contact: Contact
    loan_label: str
    problems: tuple[RowProblem, ...] = ()
    warnings: tuple[RowProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ColumnProblem:
    """A finding about the header: an unknown, duplicate or missing column, or no usable header.

    ``blocking`` problems stop the import; the others are shown in the preview.
    ``column_no`` is 1-based (``None`` when not about one column).
    """

    kind: str  # "unknown" | "unnamed" | "duplicate" | "no_columns" | "no_rows" | "missing" | "skipped_rows"
    column_no: int | None
    header: str
    zh: str
    en: str
    blocking: bool

    def message(self, lang: str = "zh_CN") -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class ImportCounts:
    rows: int = 0
    ok: int = 0
    with_problems: int = 0
    with_warnings: int = 0
    problems: int = 0
    warnings: int = 0


@dataclass(frozen=True)
class ImportPreview:
    """Everything the preview shows. ``columns`` maps each file column (1-based) to its field or ``None``."""

    rows: tuple[ParsedRow, ...]
    column_problems: tuple[ColumnProblem, ...]
    counts: ImportCounts
    columns: tuple[tuple[int, str, str | None], ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True only when there are rows, no row has a problem and the header is usable."""
        return (
            bool(self.rows)
            and not any(c.blocking for c in self.column_problems)
            and not self.counts.with_problems
        )


def _col_label(no: int, header: str) -> str:
    return header or f"第{no}列"


def _col_label_en(no: int, header: str) -> str:
    return header or f"column {no}"


def _find_header(table: TableLike) -> tuple[int, list[str]]:
    """Index of the header among [headers, *first rows] — a title line above the header is common."""
    candidates = [list(table.headers)] + [list(r) for r in table.rows[:_HEADER_SEARCH_ROWS]]
    scores = [sum(1 for h in c if header_field(str(h))) for c in candidates]
    if scores[0] >= 1 or max(scores) < 2:
        return 0, candidates[0]
    best = scores.index(max(scores))
    return best, [str(h).strip() for h in candidates[best]]


def _map_columns(headers: list[str], rows: Sequence[Sequence[str]], unknown_to_notes: bool):
    index: dict[str, int] = {}
    extras: list[tuple[int, str]] = []  # (0-based index, label) of columns kept in the notes
    problems: list[ColumnProblem] = []
    columns: list[tuple[int, str, str | None]] = []
    fate_zh = "它的内容会附加到“备注”里" if unknown_to_notes else "它的内容不会导入"
    fate_en = (
        "its values will be added to the notes" if unknown_to_notes else "its values will not be imported"
    )
    known = "、".join(HEADERS_ZH.values())
    for i, header in enumerate(headers):
        no = i + 1
        name = header_field(header)
        columns.append((no, header, name and name.lstrip("_")))
        if name is None:
            if not header.strip():
                if any(i < len(r) and str(r[i]).strip() for r in rows):
                    problems.append(
                        ColumnProblem(
                            "unnamed",
                            no,
                            "",
                            f"第 {no} 列没有表头，但有内容；{fate_zh}。",
                            f"Column {no} has no header but has values; {fate_en}.",
                            False,
                        )
                    )
                    if unknown_to_notes:
                        extras.append((i, f"第{no}列"))
                continue
            problems.append(
                ColumnProblem(
                    "unknown",
                    no,
                    header,
                    f"第 {no} 列“{_echo(header)}”不是可识别的列名，{fate_zh}。可识别的列名：{known}。",
                    f'Column {no} "{_echo(header)}" is not a known column; {fate_en}. Known columns: {", ".join(FIELDS)}.',
                    False,
                )
            )
            if unknown_to_notes:
                extras.append((i, header))
            continue
        if name in index:
            first = index[name]
            problems.append(
                ColumnProblem(
                    "duplicate",
                    no,
                    header,
                    f"第 {first + 1} 列“{headers[first]}”和第 {no} 列“{header}”是同一项（{HEADERS_ZH.get(name, '日期')}），"
                    "不知道该用哪一列。请删除或改名其中一列后再导入。",
                    f'Column {first + 1} "{headers[first]}" and column {no} "{header}" are the same field ({name.lstrip("_")}); '
                    "it is unclear which to use. Delete or rename one of them and import again.",
                    True,
                )
            )
            continue
        index[name] = i
    if not index:
        problems.append(
            ColumnProblem(
                "no_columns",
                None,
                "",
                f"表头里没有可识别的列名（找到的是：{_echo('、'.join(headers), 80)}）。第一行应是表头，可用：{known}"
                "（也可用英文 time、channel、number、summary 等）。",
                f"No known column names in the header (found: {_echo(', '.join(headers), 80)}). The first row should be "
                f"the header, using: {', '.join(FIELDS)} (or the Chinese names).",
                True,
            )
        )
    else:
        if "time" not in index and "_date" not in index:
            problems.append(
                ColumnProblem(
                    "missing",
                    None,
                    "",
                    "没有“时间”列：导入的记录都没有时间，夜间联系等判断无法进行。",
                    'There is no "time" column: the imported contacts will have no time, so checks such as night-time '
                    "contact cannot work.",
                    False,
                )
            )
        if "channel" not in index:
            problems.append(
                ColumnProblem(
                    "missing",
                    None,
                    "",
                    "没有“方式”列：所有记录都按“电话”导入。",
                    'There is no "channel" column: every contact is imported as a call.',
                    False,
                )
            )
    return index, extras, problems, columns


def _duration_unit(header: str) -> int:
    folded = _fold(header)
    if "小时" in folded or "hour" in folded:
        return 3600
    return 60 if _MINUTES_HINT.search(folded) else 1


def parse_table(
    table: TableLike, *, now: datetime | None = None, unknown_to_notes: bool = True
) -> ImportPreview:
    """Parse every row of ``table``; nothing is stored. See :class:`ImportPreview`.

    Values of unknown columns are added to each row's notes as ``[header] value``
    unless ``unknown_to_notes`` is false; either way the column is reported.
    """
    now = now or datetime.now()
    skip, headers = _find_header(table)
    headers = [str(h).strip() for h in headers]
    data_rows = table.rows[skip:]
    numbers = list(getattr(table, "row_numbers", None) or [])
    header_no = getattr(table, "header_row_number", 1) or 1
    if len(numbers) != len(table.rows):
        numbers = [header_no + 1 + i for i in range(len(table.rows))]
    if skip:
        header_no, numbers = numbers[skip - 1], numbers[skip:]
    index, extras, column_problems, columns = _map_columns(headers, data_rows, unknown_to_notes)
    if skip:
        column_problems.insert(
            0,
            ColumnProblem(
                "skipped_rows",
                None,
                "",
                f"表头在第 {header_no} 行，上面的 {skip} 行（标题等）没有导入。",
                f"The header is on row {header_no}; the {skip} row(s) above it (a title, say) were not imported.",
                False,
            ),
        )
    if any(c.blocking for c in column_problems):
        return ImportPreview((), tuple(column_problems), ImportCounts(rows=len(data_rows)), tuple(columns))
    parser = _RowParser(headers, index, extras, now)
    gc_was_on = gc.isenabled()
    gc.disable()  # hundreds of thousands of new frozen objects and no cycles: collection only slows this down
    try:
        rows = tuple(parser.parse(cells, line_no) for cells, line_no in zip(data_rows, numbers, strict=True))
    finally:
        if gc_was_on:
            gc.enable()
    if not rows:
        column_problems.append(
            ColumnProblem(
                "no_rows",
                None,
                "",
                "表头下面没有数据行，没有可导入的记录。",
                "There are no data rows under the header, so there is nothing to import.",
                True,
            )
        )
    with_problems = sum(1 for r in rows if r.problems)
    counts = ImportCounts(
        rows=len(rows),
        ok=len(rows) - with_problems,
        with_problems=with_problems,
        with_warnings=sum(1 for r in rows if r.warnings),
        problems=sum(len(r.problems) for r in rows),
        warnings=sum(len(r.warnings) for r in rows),
    )
    return ImportPreview(rows, tuple(column_problems), counts, tuple(columns))


class _RowParser:
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
            try:
                channel = self._cached("channel", raw_channel, parse_channel)
            except UserError as e:
                channel = Channel.OTHER
                report(
                    warnings,
                    "channel",
                    e.zh + "已按“其他”记录，原文保留在备注中。",
                    e.en + ' Recorded as "other"; the original is kept in the notes.',
                )
                notes_extra.append(f"[{headers[index['channel']]}] {clean_text(raw_channel).value}")
        elif "channel" in index and direction is None and duration is None:
            report(warnings, "channel", "为空，按“电话”记录。", 'is empty; recorded as "call".')
        if channel is not Channel.CALL:
            answered = None

        party = Relation.OTHER if channel is Channel.THIRD_PARTY else Relation.SELF
        raw_party = get("contacted_party")
        if raw_party.strip():
            try:
                party = self._cached("contacted_party", raw_party, parse_relation)
            except UserError as e:
                party = Relation.OTHER
                report(
                    warnings,
                    "contacted_party",
                    e.zh + "已按“其他”记录，原文保留在备注中。",
                    e.en + ' Recorded as "other"; the original is kept in the notes.',
                )
                notes_extra.append(f"[{headers[index['contacted_party']]}] {clean_text(raw_party).value}")

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
