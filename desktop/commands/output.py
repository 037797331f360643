"""What the command line prints can never drive the terminal: control characters are shown, not sent.

Commands print text that comes from files and cases: column names from a CSV
header, a case's alias, a bundle's summary, file names. Such text can hold
terminal escape sequences (``ESC]0;title BEL`` retitles the window,
``ESC[2J`` clears it, others recolour or move the cursor) or bidi controls that
reorder what a line appears to say (review 2.15). :func:`printable` replaces
each such character with a visible, plain-ASCII stand-in, and
:func:`clean_output` routes a command's whole stdout and stderr through it, so
every command and every message is covered, including the ones other modules
print.

Replaced: C0 controls except tab and newline, shown in caret notation
(``ESC`` → ``^[``, ``BEL`` → ``^G``, ``CR`` → ``^M``); DEL (``^?``); C1 controls
and the bidi, line and paragraph separator controls, shown as ``<U+202E>``. The
stand-ins are ASCII so they print in any console code page.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator

from desktop.domain.errors import UserError

_BIDI_AND_SEPARATORS = "\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_AND_SEPARATORS}]")


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return "^" + chr(code + 0x40)
    if code == 0x7F:
        return "^?"
    return f"<U+{code:04X}>"


def printable(text: str) -> str:
    """``text`` with every character that could control the terminal replaced by a visible stand-in."""
    return _UNSAFE.sub(_stand_in, text)


class _PrintableStream:
    """A text stream that passes everything written through :func:`printable`; the rest is the wrapped stream's."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextlib.contextmanager
def clean_output() -> Iterator[None]:
    """Within the block, ``sys.stdout`` and ``sys.stderr`` print only :func:`printable` text."""
    saved = sys.stdout, sys.stderr
    # A windowed build on Windows has no console: its streams are None and stay so.
    sys.stdout = _PrintableStream(saved[0]) if saved[0] is not None else None
    sys.stderr = _PrintableStream(saved[1]) if saved[1] is not None else None
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def print_error(error: UserError, lang: str) -> None:
    """A user error on stderr in ``lang``, then what to type next when the error says."""
    print(error.message(lang), file=sys.stderr)
    if error.command_hint is not None:
        print(error.command_hint.in_(lang), file=sys.stderr)
