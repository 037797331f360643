"""Load the "Import from phone" how-to page (``resources/phone/howto_<lang>.md`` and its pictures).

The text is content, like the guidance topics: plain Markdown per language, whose pictures
(``resources/phone/howto/*.png``, drawn by ``tools/phone_howto_pictures.py``) are named
relative to :data:`PICTURES_DIR`. A missing file is not an error to raise: the caller gets
``""`` and shows a short line instead, as the Learn tab does for missing guidance.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.domain.text import norm_lang

HOWTO_FILES = {"zh_CN": "phone/howto_zh_CN.md", "en": "phone/howto_en.md"}
PICTURES_DIR = "phone/howto"
_PICTURE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def howto_markdown(resources_dir: Path, lang: str) -> str:
    """The how-to page in ``lang`` (Chinese for any language but English); ``""`` when it cannot be read."""
    rel = HOWTO_FILES[norm_lang(lang)]
    try:
        return (resources_dir / rel).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def pictures_dir(resources_dir: Path) -> Path:
    return resources_dir / PICTURES_DIR


def picture_names(markdown: str) -> list[str]:
    """The picture files a page refers to (for the test that each one exists)."""
    return _PICTURE.findall(markdown)
