"""Evidence files (attachments) as the log records them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
