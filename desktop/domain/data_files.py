"""The one calm error for a broken data file that ships with the app (budget categories, letter blocks).

These files ship with the app; when one cannot be read or is malformed the fix
is the same for all of them — reinstall — so the message is written once here.
The files are read by ``desktop.content``; the domain only parses what was read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from desktop.domain.errors import UserError


@dataclass(frozen=True)
class DataFileKind:
    """How one kind of shipped data file is named in its error, and the field the error points at."""

    what_zh: str
    what_en: str
    field: str

    def damaged(self, source: str | PurePath, detail: str) -> UserError:
        """The calm "reinstall" error for the file ``source`` (only its name is shown), saying ``detail``."""
        name = PurePath(source).name
        return UserError(
            zh=f"{self.what_zh} {name} 有问题（{detail}）。请重新安装本程序；如果问题仍在，请告诉开发者。",
            en=f"The {self.what_en} {name} is damaged ({detail}). Reinstall the app; if that does not "
            "help, please tell the developers.",
            field=self.field,
        )
