"""Value parsers for imported cells: text, call length, channel, direction, contacted party, yes/no.

Each parser returns ``None`` for a blank cell and raises :class:`UserError`
(and nothing else) for a value it cannot accept, with the message in Chinese
and English. Dates and times are in :mod:`desktop.domain.importing.datetimes`.
:class:`Notice` and :class:`Parsed` carry warnings about accepted values.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

from desktop.domain.contacts import Channel, Direction, Relation
from desktop.domain.errors import UserError
from desktop.domain.formula_guard import unguard
from desktop.domain.text import Bilingual, Text
from desktop.domain.vocabulary import CHANNELS, DIRECTIONS, OUTGOING_UNANSWERED, RELATIONS, Term, file_words

MAX_TEXT = 100_000  # characters kept per text cell
_T = TypeVar("_T")


@dataclass(frozen=True)
class Notice(Bilingual):
    """A warning in both languages; the value was accepted."""

    zh: str
    en: str


class Parsed(NamedTuple, Generic[_T]):
    """A parsed value and the warnings that came with it."""

    value: _T
    warnings: tuple[Notice, ...] = ()


# --- text helpers ----------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_KEY_JUNK = re.compile(r"[\s_\-.:*#/\\?!、。,'\"“”‘’|]+")


def fold_text(text: str) -> str:
    """Full-width to half-width, lower case, outer spaces gone."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def match_key(text: str) -> str:
    """What a header or value is matched by: folded, with spaces and punctuation gone ('电 话' → '电话')."""
    return _KEY_JUNK.sub("", fold_text(text))


def echo_value(text: str, limit: int = 40) -> str:
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
    if text[:1] == "'":
        text = unguard(text)  # the apostrophe our CSV export puts before formula-like text, exactly
    elif text.startswith('="') and text.endswith('"') and len(text) >= 3:
        text = text[2:-1]  # ="0108888777": the Excel trick to keep leading zeros
    if len(text) > limit:
        return Parsed(text[:limit], (too_long(len(text), limit),))
    return Parsed(text)


def too_long(length: int, limit: int = MAX_TEXT) -> Notice:
    """The warning for a text of ``length`` characters cut to ``limit`` (here, or by the file reader)."""
    return Notice(
        f"内容有 {length:,} 个字符，过长，只保留了前 {limit:,} 个字符。",
        f"The text has {length:,} characters; only the first {limit:,} were kept.",
    )


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
        f"无法识别的时长“{echo_value(text)}”。请写成 3:20、200（秒）或 3分20秒。",
        f'"{echo_value(text)}" is not a call length that can be read. Write it like 3:20, 200 (seconds) or 3m 20s.',
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
    t = "".join(fold_text(raw.replace("′", "'").replace("″", '"')).split())
    t = t.removeprefix("约").removeprefix("大约").removeprefix("大概").removesuffix("左右").removeprefix("~")
    if t[:1] in ("-", "−") or raw.strip()[:1] in ("-", "−"):
        raise UserError(
            f"时长“{echo_value(raw)}”不能是负数。", f'The call length "{echo_value(raw)}" cannot be negative.'
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
            f"时长“{echo_value(raw)}”超过 24 小时，不像一次通话，请检查（纯数字按秒计算）。",
            f'The call length "{echo_value(raw)}" is over 24 hours, which is not plausible for one call; please check it '
            "(a plain number counts as seconds).",
        )
    return int(round(seconds))


# --- enumerated values -----------------------------------------------------------------------------


def _table(entries: dict) -> dict:
    return {match_key(word): value for value, words in entries.items() for word in words}


def _both(word: Text) -> tuple[str, str]:
    """A CSV word of :mod:`desktop.domain.vocabulary` in both languages: what the export writes is read back."""
    return word.zh, word.en


# fmt: off
_CHANNELS = _table({
    Channel.CALL: (*_both(CHANNELS[Channel.CALL].word), "通话", "打电话", "电话催收", "语音电话", "phone", "phone call", "telephone", "voice"),
    Channel.SMS: (*_both(CHANNELS[Channel.SMS].word), "信息", "短消息", "彩信", "短信催收", "text", "text message", "message", "mms"),
    Channel.CHAT: (*_both(CHANNELS[Channel.CHAT].word), "微信", "qq", "聊天", "微信聊天", "微信语音", "微信电话", "即时通讯", "钉钉", "支付宝",
                   "app消息", "wechat", "im", "whatsapp", "telegram"),
    Channel.VISIT: (*_both(CHANNELS[Channel.VISIT].word), "上门催收", "家访", "外访", "登门", "当面", "home visit",
                    "in person"),
    Channel.THIRD_PARTY: (*_both(CHANNELS[Channel.THIRD_PARTY].word), "联系了他人", "联系第三方", "第三方", "爆通讯录",
                          "third party", "contact of a third party"),
    Channel.OTHER: (*_both(CHANNELS[Channel.OTHER].word), "其它"),
})
_DIRECTIONS = _table({
    (Direction.INCOMING, True): (*_both(DIRECTIONS[Direction.INCOMING].word), "呼入", "打入", "接听", "已接", "已接来电",
                                 "来电已接", "收到", "接收", "in", "inbound", "received", "answered"),
    (Direction.OUTGOING, True): (*_both(DIRECTIONS[Direction.OUTGOING].word), "呼出", "拨出", "打出", "回拨", "已拨",
                                 "已拨电话", "发出", "发送", "out", "outbound", "dialled", "dialed", "sent"),
    (Direction.MISSED, False): (*_both(DIRECTIONS[Direction.MISSED].word), "未接来电", "来电未接", "漏接", "未接听", "没接",
                                "拒接", "missed call", "unanswered", "rejected", "declined"),
    (Direction.OUTGOING, False): (*_both(OUTGOING_UNANSWERED), "未接通", "拨出未接通", "无人接听", "no answer"),
})
_RELATIONS = _table({
    Relation.SELF: (*_both(RELATIONS[Relation.SELF].word), "自己", "我", "我本人", "借款人", "me", "myself", "borrower"),
    Relation.FAMILY: (*_both(RELATIONS[Relation.FAMILY].word), "家属", "亲属", "亲戚", "父母", "父亲", "母亲", "爸爸", "妈妈", "配偶", "丈夫", "妻子",
                      "老公", "老婆", "子女", "儿子", "女儿", "兄弟", "姐妹", "哥哥", "姐姐", "弟弟", "妹妹",
                      "relative", "parent", "spouse"),
    Relation.EMPLOYER: (*_both(RELATIONS[Relation.EMPLOYER].word), "工作单位", "公司", "雇主", "领导", "老板", "上司",
                        "人事", "hr", "boss", "company", "work"),
    Relation.COLLEAGUE: (*_both(RELATIONS[Relation.COLLEAGUE].word), "coworker", "co-worker"),
    Relation.FRIEND: (*_both(RELATIONS[Relation.FRIEND].word), "同学", "classmate"),
    Relation.CONTACT: (*_both(RELATIONS[Relation.CONTACT].word), "通讯录", "联系人", "紧急联系人", "address book contact",
                       "emergency contact"),
    Relation.OTHER: (*_both(RELATIONS[Relation.OTHER].word), "其它", "其他人", "陌生人", "邻居", "房东", "neighbour",
                     "neighbor", "landlord"),
})
_YES_NO = _table({
    True: ("是", "有", "对", "是的", "透露", "已透露", "透露了", "y", "yes", "true", "1", "✓", "✔", "√", "☑", "✅"),
    False: ("否", "不", "无", "没有", "没", "不是", "未透露", "n", "no", "false", "0", "✗", "✘", "×", "☐", "❌"),
})
# fmt: on


def _allowed(terms: Mapping[str, Term], *extra: Text) -> tuple[str, str]:
    """The words an error message offers, in Chinese and in English: what the CSV export writes."""
    return "、".join(file_words(terms, "zh_CN", *extra)), ", ".join(file_words(terms, "en", *extra))


def _lookup(text: str | None, table: dict, zh_what: str, en_what: str, zh_allowed: str, en_allowed: str):
    if text is None or not str(text).strip():
        return None
    found = table.get(match_key(str(text)))
    if found is None:
        raise UserError(
            f"无法识别的{zh_what}“{echo_value(str(text))}”。可以写：{zh_allowed}。",
            f'"{echo_value(str(text))}" is not a known {en_what}. Use one of: {en_allowed}.',
        )
    return found


def parse_channel(text: str | None) -> Channel | None:
    """电话/call, 短信/sms, 微信/QQ/chat, 上门/visit, 联系他人/third_party, 其他/other."""
    return _lookup(text, _CHANNELS, "联系方式", "channel", *_allowed(CHANNELS))


def parse_direction(text: str | None) -> tuple[Direction, bool] | None:
    """(direction, answered): 来电 → (incoming, True), 去电 → (outgoing, True),
    未接 → (missed, False), 去电未接通 → (outgoing, False)."""
    return _lookup(text, _DIRECTIONS, "方向", "direction", *_allowed(DIRECTIONS, OUTGOING_UNANSWERED))


def parse_relation(text: str | None) -> Relation | None:
    """本人/self, 家人/family, 单位/employer, 同事/colleague, 朋友/friend, 通讯录联系人/contact, 其他/other."""
    return _lookup(text, _RELATIONS, "联系对象", "contacted party", *_allowed(RELATIONS))


def parse_yes_no(text: str | None) -> bool | None:
    """是/否, yes/no, Y/N, 1/0, ✓/✗ (also √ and ×, as ticked in Chinese tables)."""
    return _lookup(text, _YES_NO, "是/否", "yes/no value", "是、否", "yes, no")
