"""Reading the app's own TOML data files (budget categories, letter blocks), with one calm error.

These files ship with the app; when one cannot be read the fix is the same for
all of them — reinstall — so the message is written once here.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from desktop.domain.errors import UserError


def bad_data_file(path: Path, detail: str, *, what_zh: str, what_en: str, field: str) -> UserError:
    return UserError(
        zh=f"{what_zh} {path.name} 有问题（{detail}）。请重新安装本程序；如果问题仍在，请告诉开发者。",
        en=f"The {what_en} {path.name} is damaged ({detail}). Reinstall the app; if that does not "
        "help, please tell the developers.",
        field=field,
    )


def read_toml(path: Path, *, what_zh: str, what_en: str, field: str) -> dict:
    """The parsed file; :class:`UserError` (see :func:`bad_data_file`) if it cannot be read or parsed."""
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except OSError as exc:
        detail = f"cannot read: {exc.strerror or exc}"
    except tomllib.TOMLDecodeError as exc:
        detail = f"not valid TOML: {exc}"
    raise bad_data_file(path, detail, what_zh=what_zh, what_en=what_en, field=field)
