"""Evidence files (attachments) as the log records them."""

from __future__ import annotations

import re
import unicodedata
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


OK, MISSING, ALTERED, INVALID = "ok", "missing", "altered", "invalid"
"""An evidence file's state: intact; not there; content no longer matches its SHA-256; or its stored
SHA-256 is not a content hash at all (a damaged or forged database), so no file is looked for."""

PROBLEM_STATES = frozenset({MISSING, ALTERED, INVALID})

# The only kinds of file "Open" hands to the system's default program, by the real (last) extension.
# Everything here is a document a viewer shows; nothing here runs code when opened. Anything else
# (bat, exe, lnk, html, no extension…) is never opened: the user is told why and may show its folder.
OPENABLE_TYPES: dict[str, frozenset[str]] = {
    "audio": frozenset({"mp3", "m4a", "aac", "amr", "wav", "ogg", "opus", "flac", "3gp", "3ga", "wma"}),
    "image": frozenset({"jpg", "jpeg", "png", "gif", "bmp", "webp", "heic", "heif", "tif", "tiff"}),
    "video": frozenset({"mp4", "mov", "m4v", "3gp", "avi", "mkv", "wmv", "webm"}),
    "pdf": frozenset({"pdf"}),
    "text": frozenset({"txt"}),
}

# Windows device names: a file called "CON.txt" or "nul.mp3" cannot be written or opens a device.
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
                      | {f"{p}{n}" for p in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]})
_NOT_IN_WINDOWS_NAMES = frozenset('<>:"/\\|?*')
MAX_NAME = 120  # characters; the temp folder's path plus this stays well under Windows' 260


def _hidden(ch: str) -> bool:
    """Characters that change how a name looks without being seen: bidi controls (U+202E turns
    "…3pm.bat" into "…tab.mp3" on screen), zero-width characters, other format and control
    characters, and line or paragraph separators."""
    return unicodedata.category(ch) in ("Cf", "Cc", "Zl", "Zp")


def display_name(name: str) -> str:
    """``name`` as it may be shown: every hidden character made visible as ``[U+202E]`` and runs of
    spaces squeezed to one, so the real extension is where it looks to be."""
    out = []
    for ch in name:
        if _hidden(ch):
            out.append(f"[U+{ord(ch):04X}]")
        elif ch.isspace():
            if not out or out[-1] != " ":
                out.append(" ")
        else:
            out.append(ch)
    return "".join(out).strip() or "?"


def file_name(name: str) -> str:
    """A name the viewing copy can safely have on Windows, built from ``name``: hidden characters and
    ``<>:"/\\|?*`` dropped, no trailing dot or space (Windows would drop them and show another
    extension), no device name, not too long. The extension it ends with is the one the system sees."""
    kept = "".join(" " if ch.isspace() else ch for ch in name
                   if not _hidden(ch) and ch not in _NOT_IN_WINDOWS_NAMES)
    kept = " ".join(kept.split()).rstrip(" .")
    stem, dot, ext = kept.rpartition(".")
    if not dot:
        stem, ext = kept, ""
    if len(kept) > MAX_NAME:  # shorten the stem and keep the extension (a very long one is not one)
        if dot and len(ext) <= 16:
            kept = stem[:MAX_NAME - len(ext) - 1].rstrip(" .") + "." + ext
        else:
            kept = kept[:MAX_NAME].rstrip(" .")
    if not kept or kept.startswith("."):
        kept = "file" + kept
    if kept.split(".")[0].strip().upper() in _RESERVED:
        kept = "_" + kept
    return kept


def real_extension(name: str) -> str:
    """The extension Windows acts on for the file named ``name`` (use :func:`file_name` first):
    what follows the last dot, lower-cased; "" when there is none."""
    _stem, dot, ext = name.rpartition(".")
    return ext.lower() if dot else ""


def openable_kind(name: str) -> str | None:
    """``audio``, ``image``, ``video``, ``pdf`` or ``text`` for a file that may be opened directly
    by the real extension of :func:`file_name` ``(name)``; None for anything else."""
    ext = real_extension(file_name(name))
    return next((kind for kind, exts in OPENABLE_TYPES.items() if ext in exts), None)
