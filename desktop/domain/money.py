"""Money as integer fen (分): parsing what people type, and formatting it back.

Every stored or computed amount in the app is an ``int`` of fen (1 元 = 100 分);
floats never hold money. :func:`parse_amount` accepts the ways people actually
write amounts on a Chinese keyboard — full-width digits, ``¥``/``元`` marks,
thousands separators, ``万`` — and refuses anything it cannot read with
certainty, saying in both languages what is wrong and how to fix it.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from desktop.domain.errors import UserError

FEN_PER_YUAN = 100
MAX_YUAN = 100_000_000
MAX_FEN = MAX_YUAN * FEN_PER_YUAN
"""The largest amount accepted (1 亿元); anything above is surely a typing slip."""

_MAX_LENGTH = 40

# Full-width forms an IME produces, mapped to their ASCII twins. Only these are
# translated: a general NFKC pass would also turn "①" or "²" into digits.
_FULL_WIDTH = {ord("０") + i: ord("0") + i for i in range(10)}
_FULL_WIDTH.update(
    {
        ord("，"): ord(","),
        ord("．"): ord("."),
        ord("￥"): ord("¥"),
        ord("＋"): ord("+"),
        ord("－"): ord("-"),
        ord("−"): ord("-"),  # U+2212 minus sign
    }
)
# Spaces people (or copy-paste) put between thousands.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f\u3000]+")
_PREFIXES = ("人民币", "rmb", "cny", "¥")
_SUFFIXES = (("万元", 10_000), ("万", 10_000), ("块钱", 1), ("元", 1), ("块", 1))
_NUMBER = re.compile(r"(?P<int>[0-9][0-9,]*)?(?:\.(?P<frac>[0-9]*))?")


def _error(zh: str, en: str, field: str | None) -> UserError:
    return UserError(zh=zh, en=en, field=field)


def parse_amount(text: str, *, field: str | None = None) -> int:
    """Read an amount of money typed by a person and return it in fen.

    Accepted: ``"1,234.50"``, ``"１２３"``, ``"¥1,000"``, ``"1000元"``,
    ``"1 000"``, ``"1.5万"``, ``"2万元"``, ``"人民币500元"``, surrounding spaces.
    Refused with a :class:`UserError` (``field`` is passed on to it): empty
    text, negative amounts, letters or other symbols, control characters, more
    than two decimals (fen), commas that are not thousands separators (such as
    a decimal comma ``"1,5"``), and amounts above 1 亿元. Zero is accepted; the
    caller decides whether zero makes sense.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_amount expects str, got {type(text).__name__}")
    # Zero-width characters come along with copy-paste; they carry no meaning.
    text = text.translate(_INVISIBLE)
    if any(unicodedata.category(ch) == "Cc" for ch in text if ch != "\t"):
        raise _error(
            "金额里有看不见的控制字符。请删掉这一栏的内容，重新输入数字，例如 1234.50。",
            "The amount contains invisible control characters. Clear the field and type the number again, "
            "for example 1234.50.",
            field,
        )
    s = _SPACES.sub(" ", text.translate(_FULL_WIDTH)).strip()
    if not s:
        raise _error(
            "请填写金额，例如 1234.50 或 1.5万。",
            "Please enter an amount, for example 1234.50 or 1.5万 (15,000 yuan).",
            field,
        )
    if len(s) > _MAX_LENGTH:
        raise _error(
            "金额太长了，看起来不像一个数字。请只填写数字，例如 1234.50。",
            "The amount is too long to be a number. Type only the number, for example 1234.50.",
            field,
        )
    s = s.lstrip("+").strip()
    for prefix in _PREFIXES:
        if s.lower().startswith(prefix):
            s = s[len(prefix) :].strip()
            break
    if s.startswith("-"):
        raise _error(
            "金额不能是负数。请填写正数，例如 1000；要表示收到或减免的钱，请在相应的栏里填写。",
            "The amount cannot be negative. Enter a positive number such as 1000; money received or waived "
            "goes in its own field.",
            field,
        )
    multiplier = 1
    for suffix, factor in _SUFFIXES:
        if s.endswith(suffix):
            s = s[: -len(suffix)].strip()
            multiplier = factor
            break
    # Spaces inside the number may only separate thousands, like commas.
    s = s.replace(" ", ",")
    match = _NUMBER.fullmatch(s)
    if not s or match is None or (match.group("int") is None and not match.group("frac")):
        raise _error(
            f"看不懂“{text.strip()[:20]}”这个金额。请只填写数字，可以带小数点、千位逗号、“元”或“万”，"
            "例如 1,234.50、1000元、1.5万。",
            f"“{text.strip()[:20]}” is not an amount I can read. Use digits, optionally with a decimal point, "
            "thousands commas, 元 or 万, for example 1,234.50, 1000元 or 1.5万.",
            field,
        )
    int_part = match.group("int") or "0"
    frac_part = match.group("frac") or ""
    if "," in int_part:
        groups = int_part.split(",")
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            raise _error(
                "逗号或空格只能用来每三位分隔（例如 1,234,567）。小数请用小数点，例如 1.50，不要写成 1,50。",
                "Commas or spaces may only separate groups of three digits (as in 1,234,567). Use a point "
                "for decimals: 1.50, not 1,50.",
                field,
            )
        int_part = "".join(groups)
    allowed_decimals = 2 if multiplier == 1 else 6
    if len(frac_part) > allowed_decimals:
        if multiplier == 1:
            zh = "金额最多只能有两位小数（精确到分），例如 1234.56。"
            en = "An amount can have at most two decimals (fen), for example 1234.56."
        else:
            zh = "用“万”表示时，最多六位小数（精确到分）。也可以直接写成元，例如 12345.67。"
            en = "With 万, use at most six decimals (down to the fen), or write the amount in yuan, such as 12345.67."
        raise _error(zh, en, field)
    fen_value = Decimal(f"{int_part}.{frac_part or '0'}") * multiplier * FEN_PER_YUAN
    if fen_value > MAX_FEN:
        raise _error(
            "这个金额超过了 1 亿元，可能多打了几个零。请检查后重新填写。",
            "This amount is over 100 million yuan; perhaps there are extra zeros. Please check it.",
            field,
        )
    # Both decimal limits above guarantee a whole number of fen here.
    return int(fen_value)


def format_amount(fen: int, lang: str = "zh_CN") -> str:
    """Show an amount of fen in ``lang``: ``"1,234.50 元"`` (zh_CN) or ``"¥1,234.50"`` (en).

    Always two decimals and thousands commas; a negative amount gets a leading
    minus sign (``"-1,234.50 元"``, ``"-¥1,234.50"``).
    """
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"format_amount expects int fen, got {type(fen).__name__}")
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), FEN_PER_YUAN)
    number = f"{yuan:,}.{cents:02d}"
    if lang == "en":
        return f"{sign}¥{number}"
    return f"{sign}{number} 元"
