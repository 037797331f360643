"""Evidence files (attachments) as the log records them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

_CONTENT_HASH = re.compile(r"[0-9a-f]{64}")


def is_content_hash(value: object) -> bool:
    """True only for a SHA-256 written as 64 lowercase hex digits — the only thing an evidence file may be named.

    Evidence paths are built from stored hashes; anything else in that column (``../``, a trailing newline,
    upper case) must never become a path, whoever wrote the database.
    """
    return isinstance(value, str) and _CONTENT_HASH.fullmatch(value) is not None


@dataclass(frozen=True)
class Attachment:
    """A file copied into the case's ``evidence/`` folder, named by its SHA-256."""

    id: int
    contact_id: int | None
    sha256: str
    original_name: str
    size: int
    file_mtime: datetime | None
    added_at: datetime
    note: str = ""


OK, MISSING, ALTERED = "ok", "missing", "altered"
