"""How a file's size reads on screen and in the report: ``512 B``, ``3.4 KB``, ``1.2 MB``, ``2.0 GB``."""

from __future__ import annotations


def human_size(size: int) -> str:
    """Bytes in B, KB, MB or GB (powers of 1024), one decimal above bytes; the same in every language."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
