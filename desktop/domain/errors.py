"""Errors that reach the user.

Two kinds of failure exist (house style §7): the user's input or the environment
is at fault — a :class:`UserError`, shown as a calm message in the user's
language — or the code is wrong, which is a bug, logged without personal data
and shown as a short apology.

The domain layer has no Qt, so it cannot use Qt Linguist. A user error therefore
carries its message in both shipped languages, written side by side where it is
raised, so that the two can never drift apart.
"""

from __future__ import annotations

from desktop.domain.text import Bilingual, Text


class UserError(Bilingual, Exception):
    """Bad input or a hostile environment: explain what is wrong and how to fix it."""

    def __init__(self, zh: str, en: str, *, field: str | None = None, command_hint: Text | None = None) -> None:
        """``command_hint``: what to type next, said only on the command line (a window user has no prompt)."""
        super().__init__(en)
        self.zh = zh
        self.en = en
        self.field = field
        self.command_hint = command_hint


class Cancelled(Exception):
    """The person cancelled a long piece of work (an export, an import, a bundle); nothing was written.

    Raised from a progress or cancel callback, so it passes through whatever is running and
    its clean-up (the temp file, the transaction, the staging folder) before it is caught at
    the top, in the background job (``ui/common/jobs.py``). Neither a user error nor a bug.
    """
