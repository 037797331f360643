"""Whether a passphrase is good enough to protect an exported case bundle (``.dchcase``).

A bundle leaves the computer (a USB stick, a message), so whoever finds it can
guess offline for as long as they like; each guess costs one scrypt run
(``desktop.store.bundle.crypto``). Review 3.1 found ``12345678`` accepted. These
rules refuse what the first hours of any guessing list try: short passphrases,
one kind of character only, keyboard and alphabet runs, repeats, the words
everyone uses, and the case's own name. They cannot prove a passphrase strong;
every refusal says how to make a good one.

Plain Python: the export dialog and the ``bundle export`` command call
:func:`check` before anything is written.
"""

from __future__ import annotations

import unicodedata

from desktop.domain.errors import UserError

MIN_LENGTH = 10
# A passphrase needs this many characters outside runs, repeats and common words.
MIN_UNCOMMON = 6

# Runs along these count as a sequence, forwards or backwards ("4321", "ytrewq").
_SEQUENCES = (
    "0123456789",
    "1234567890",
    "abcdefghijklmnopqrstuvwxyz",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "1qaz2wsx3edc4rfv5tgb",  # down the keyboard's columns, common in Chinese leaked lists
    "qazwsxedcrfvtgbyhn",
)
_RUN = 3  # three in a row is already a pattern

# Words and numbers at the top of every leaked-password list (Chinese lists included).
_COMMON = (
    "password", "passwd", "passw0rd", "p@ssw0rd", "p@ssword", "iloveyou", "woaini", "admin", "letmein",
    "welcome", "qwerty", "monkey", "dragon", "master", "secret", "sunshine", "princess", "football",
    "baseball", "superman", "abc", "5201314", "1314520", "520", "1314", "woaini1314", "aini", "mima",
    "zhangsan", "wangwei", "test", "guest", "root", "user", "login", "hello",
)

_ADVICE_ZH = (
    "好的密码：三四个互不相关的词，词之间加空格，再加一个数字或符号；不要用姓名、生日、手机号或身份证号。"
    "请把密码记在安全的地方，和文件分开放。"
)
_ADVICE_EN = (
    "A good passphrase is three or four unrelated words with spaces between them, plus a digit or a symbol; "
    "not a name, a birthday, a phone number or an ID number. Keep it somewhere safe, apart from the file."
)


def _normal(text: str) -> str:
    # Full-width letters and digits (typed with a Chinese input method) are the same guesses as ASCII ones.
    return unicodedata.normalize("NFKC", text).casefold()


def _kind(ch: str) -> str:
    if ch.isdigit():
        return "digit"
    if ch.isascii() and ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isalpha():
        return "other letter"  # Chinese characters and other scripts
    return "symbol"  # spaces and punctuation too


def kinds(text: str) -> set[str]:
    """The kinds of character in ``text``: lower, upper, digit, other letter, symbol."""
    return {_kind(ch) for ch in unicodedata.normalize("NFKC", text)}


def _run_ends(text: str, start: int) -> int:
    """Where a run along a known sequence (or of one repeated character) starting at ``start`` ends."""
    best = start + 1
    for sequence in _SEQUENCES:
        for order in (sequence, sequence[::-1]):
            at = order.find(text[start])
            if at < 0:
                continue
            end = start
            while end < len(text) and at + (end - start) < len(order) and text[end] == order[at + end - start]:
                end += 1
            best = max(best, end)
    end = start
    while end < len(text) and text[end] == text[start]:
        end += 1
    return max(best, end)


def uncommon_count(passphrase: str) -> int:
    """How many characters of ``passphrase`` are outside runs, repeats and common words (spaces not counted)."""
    text = "".join(ch for ch in _normal(passphrase) if not ch.isspace())
    if _is_repeated_block(text):
        return 0
    common = [False] * len(text)
    for word in _COMMON:
        at = text.find(word)
        while at >= 0:
            common[at:at + len(word)] = [True] * len(word)
            at = text.find(word, at + 1)
    start = 0
    while start < len(text):
        end = _run_ends(text, start)
        if end - start >= _RUN:
            common[start:end] = [True] * (end - start)
            start = end
        else:
            start += 1
    return common.count(False)


def _is_repeated_block(text: str) -> bool:
    """"abcabcabc", "woaiwoai", "1212121212": one short part over and over."""
    for size in range(1, len(text) // 2 + 1):
        block = text[:size]
        if (block * (len(text) // size + 1))[:len(text)] == text:
            return True
    return False


def check(passphrase: str, alias: str = "") -> None:
    """Raise a UserError saying what is weak about ``passphrase`` and how to make a good one; else None.

    ``alias`` is the case's name: a passphrase containing it is refused.
    """
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_LENGTH:
        raise UserError(
            zh=f"密码太短：至少要 {MIN_LENGTH} 个字符，现在是 {len(text)} 个。{_ADVICE_ZH}",
            en=f"The passphrase is too short: it needs at least {MIN_LENGTH} characters; this one has "
            f"{len(text)}. {_ADVICE_EN}",
            field="passphrase",
        )
    name = "".join(ch for ch in _normal(alias) if not ch.isspace())
    squeezed = "".join(ch for ch in _normal(text) if not ch.isspace())
    if len(name) >= 2 and name in squeezed:
        raise UserError(
            zh=f"密码里有这个案件的称呼，别人很容易猜到。{_ADVICE_ZH}",
            en=f"The passphrase contains this case's name, which is easy to guess. {_ADVICE_EN}",
            field="passphrase",
        )
    if uncommon_count(text) < MIN_UNCOMMON:
        raise UserError(
            zh="密码主要是常见的组合（例如 12345678、abcdefgh、qwerty、password、5201314 "
            f"或重复的字符），这些最先被猜到。{_ADVICE_ZH}",
            en="The passphrase is mostly a common pattern (such as 12345678, abcdefgh, qwerty, password or "
            f"repeated characters); these are the first ones guessed. {_ADVICE_EN}",
            field="passphrase",
        )
    if len(kinds(text)) < 2:
        raise UserError(
            zh="密码只用了一种字符（例如全是数字、全是小写字母或全是汉字）。请再加上空格、数字或符号。"
            f"{_ADVICE_ZH}",
            en="The passphrase uses one kind of character only (for example only digits, only small letters "
            f"or only Chinese characters). Add spaces, digits or symbols. {_ADVICE_EN}",
            field="passphrase",
        )
