"""The outside anchor: a chain head written down earlier (in a PDF, a photo of its code) checked
against the case's history now.

The chain (:mod:`desktop.domain.integrity`) has no secret key, so someone who can
edit the case's files and recompute every hash can make a history that checks out
on its own. What they cannot do is make it contain a head that was printed before
their change: every hash depends on everything saved before it. So a head from an
earlier report proves the history up to it unchanged exactly when, recomputing the
hashes from the stored contents, some entry's hash equals it.

The **check code** is the head's first 16 hex digits in groups of four, then two
check digits (CRC-8 of those 64 bits, polynomial x⁸+x²+x+1): ``EB71-84E3-B089-915E-5D``.
Any single mistyped character and any two neighbouring characters swapped are
caught (each is an error burst of at most 8 bits, which a degree-8 CRC always
detects), so a typo is reported as a typo, never as a changed history.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.domain.errors import UserError
from desktop.domain.integrity import GENESIS, ChainLink, chain_hash

CODE_DIGITS = 16
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_CODE = re.compile(r"^[0-9a-f]{18}$")
# Separators people type or that an input method produces; letters that hex has not
# got but look like its digits (O → 0, I and L → 1).
_DROP = str.maketrans("", "", " \t\r\n-_.·•—–:")
_LOOKALIKE = str.maketrans({"o": "0", "i": "1", "l": "1"})


def crc8(data: bytes) -> int:
    """CRC-8, polynomial 0x07, initial value 0, no reflection, no final XOR."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def check_code(head: str) -> str:
    """The short code printed with ``head``: ``XXXX-XXXX-XXXX-XXXX-CC`` (upper-case hex)."""
    digits = head[:CODE_DIGITS].lower()
    full = digits + f"{crc8(bytes.fromhex(digits)):02x}"
    return "-".join(full[i:i + 4] for i in range(0, CODE_DIGITS, 4)).upper() + "-" + full[CODE_DIGITS:].upper()


@dataclass(frozen=True)
class Anchor:
    """What someone typed: a whole head (64 hex digits) or a check code's 16 digits."""

    digits: str  # lower-case hex: 64 digits, or the code's 16
    typed: str  # as it will be shown back: the code or the head, normalised

    @property
    def is_code(self) -> bool:
        return len(self.digits) == CODE_DIGITS

    def matches(self, digest: str) -> bool:
        return digest.startswith(self.digits) if self.is_code else digest == self.digits


def parse_anchor(text: str) -> Anchor:
    """Read a check code or a whole head as typed (any case, spaces, dashes, full-width characters).

    Raises :class:`UserError` saying what is wrong: a mistyped code (its check digits
    do not fit), too few or too many characters, or characters that are not in a code.
    """
    cleaned = unicodedata.normalize("NFKC", text).translate(_DROP).lower().translate(_LOOKALIKE)
    if not cleaned:
        raise UserError(zh="请输入报告上印的核对码（例如 EB71-84E3-B089-915E-5D）或完整的链头。",
                        en="Type the check code printed on the report (like EB71-84E3-B089-915E-5D) or the whole "
                        "chain head.", field="head")
    if re.fullmatch(r"[0-9a-f]*", cleaned) is None:
        bad = next(ch for ch in cleaned if ch not in "0123456789abcdef")
        raise UserError(zh=f"核对码里只有数字 0–9 和字母 A–F，没有“{bad}”。请对照报告再看一遍。",
                        en=f"A check code has only the digits 0–9 and the letters A–F, not “{bad}”. "
                        "Compare it with the report again.", field="head")
    if _HEX64.match(cleaned):
        return Anchor(cleaned, cleaned)
    if _CODE.match(cleaned):
        digits, check = cleaned[:CODE_DIGITS], cleaned[CODE_DIGITS:]
        if int(check, 16) != crc8(bytes.fromhex(digits)):
            raise UserError(zh="这个核对码有输错的地方（最后两位校验码对不上）。请对照报告逐个字符再看一遍。"
                            "这还不能说明记录被改动过。",
                            en="This check code has a typing mistake (its last two check characters do not fit). "
                            "Compare it with the report character by character. This does not mean the records "
                            "were changed.", field="head")
        return Anchor(digits, check_code(digits + "0" * (64 - CODE_DIGITS)))
    raise UserError(zh=f"核对码应有 18 个字符（4 组 4 个，再加 2 个校验字符），完整链头应有 64 个；这里有 {len(cleaned)} 个。"
                    "请对照报告再看一遍。",
                    en=f"A check code has 18 characters (four groups of four, then two check characters) and a "
                    f"whole head has 64; this has {len(cleaned)}. Compare it with the report again.", field="head")


@dataclass(frozen=True)
class HeadCheck:
    """Where an earlier head stands in the case's chain now."""

    anchor: Anchor
    position: int | None  # how many entries the earlier history had (0 = empty); None = not found
    total: int  # entries in the chain now
    broken_before: bool = False  # found, but a stored entry up to it no longer checks out

    @property
    def ok(self) -> bool:
        return self.position is not None and not self.broken_before

    @property
    def added_since(self) -> int:
        return self.total - (self.position or 0)

    def message(self, lang: str = "zh_CN") -> str:
        """The answer in plain words."""
        code = self.anchor.typed
        if self.ok:
            if lang == "en":
                return (f"The history that report was made from is unchanged: {code} is the head after entry "
                        f"{self.position} of the case's {self.total}, recomputed from what is stored now, and "
                        f"every entry up to it checks out. {self.added_since} entries were saved after it.")
            return (f"这份报告所依据的历史没有被改动：按现在保存的内容重新计算，{code} 正是本案件 {self.total} 条历史中"
                    f"第 {self.position} 条之后的链头，它之前的每一条都核对无误。此后又保存了 {self.added_since} 条。")
        if self.position is not None:
            if lang == "en":
                return (f"The history that report was made from was found ({code}, after entry {self.position}), "
                        "but stored entries up to it no longer check out: the history has been tampered with.")
            return (f"找到了这份报告所依据的历史（{code}，第 {self.position} 条之后），但它之前保存的历史记录已对不上："
                    "历史记录被改动过。")
        if lang == "en":
            return (f"The history that report was made from has been changed or cut: no entry of this case's "
                    f"history, recomputed from what is stored now, has the head {code}. Things saved after the "
                    "report cannot cause this; changing, removing or reordering something saved before it, or "
                    "going back to an older copy of the case, does. Check too that the report is of this case"
                    + ("" if self.anchor.is_code else " and that the head was copied exactly") + ".")
        return (f"这份报告所依据的历史已被改动或截断：按现在保存的内容重新计算，本案件的历史里没有哪一条的链头是 {code}。"
                "报告之后新保存的内容不会造成这种情况；改动、删除或调换报告之前保存的内容，或者换回案件的旧副本，才会。"
                "也请确认这份报告是本案件的" + ("" if self.anchor.is_code else "，并且链头抄写无误") + "。")


def check_head(links: list[ChainLink], anchor: Anchor, problem_seqs: set[int] | frozenset[int] = frozenset()
               ) -> HeadCheck:
    """Recompute the chain from the stored contents (ignoring the stored hashes) and find ``anchor``.

    ``problem_seqs`` are the entries the ordinary check found broken: the earlier
    history counts as unchanged only if none of them comes at or before the match.
    """
    digest = GENESIS
    found: int | None = 0 if anchor.matches(GENESIS) else None
    found_seq: int | None = None
    for position, link in enumerate(links, 1):
        if found is not None:
            break
        digest = chain_hash(digest, link.content)
        if anchor.matches(digest):
            found, found_seq = position, link.seq
    broken = found_seq is not None and any(seq <= found_seq for seq in problem_seqs)
    return HeadCheck(anchor, found, len(links), broken)
