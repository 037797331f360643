"""Typed, declared preferences over ``QSettings`` (INI file in the data folder).

Every key is declared once here with its type and default; reading coerces and
clamps, so a hand-edited or damaged INI file can never crash the app. Case data
never goes into settings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings


class Key:
    """A declared setting: its INI name, type, default and allowed values.

    Not a ``typing.Generic``: this module loads before the window's first paint, and
    subclassing ``Generic`` alone costs ~0.5 ms there; ``type`` says what a value is.
    """

    __slots__ = ("name", "type", "default", "choices", "minimum", "maximum")

    def __init__(self, name: str, type: type, default: Any, choices: tuple = (),  # noqa: A002
                 minimum: int | None = None, maximum: int | None = None) -> None:
        self.name, self.type, self.default = name, type, default
        self.choices, self.minimum, self.maximum = choices, minimum, maximum

    def coerce(self, raw: Any) -> Any:
        try:
            if self.type is bool:
                value = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("1", "true", "yes")
            elif self.type is int:
                value = int(float(raw))
            else:
                value = self.type(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        if self.minimum is not None and value < self.minimum:
            value = self.minimum
        if self.maximum is not None and value > self.maximum:
            value = self.maximum
        return value


# "" means "follow the system language".
LANGUAGE = Key("ui/language", str, "", choices=("", "zh_CN", "en"))
TEXT_SCALE = Key("ui/text_scale_percent", int, 100, minimum=100, maximum=200)
FIRST_RUN_DONE = Key("app/first_run_done", bool, False)
LAST_CASE = Key("app/last_case", str, "")  # a random folder id, not personal data
WINDOW_GEOMETRY = Key("window/geometry", bytes, b"")

# Desk mode (design §8). The passcode is stored only as a salted scrypt hash; the
# two throttle keys keep wrong tries counted across restarts. An administrator
# resets a forgotten passcode by deleting the [desk] keys (docs/ADMIN.md).
DESK_PASSCODE = Key("desk/passcode", str, "")
# Noted when a passcode set before the 6-character minimum is typed right (the
# hash cannot tell its length): Settings then asks for a longer one.
DESK_PASSCODE_TOO_SHORT = Key("desk/passcode_too_short", bool, False)
DESK_FAILED_TRIES = Key("desk/failed_tries", int, 0, minimum=0, maximum=10_000)
DESK_BLOCKED_UNTIL = Key("desk/blocked_until", int, 0, minimum=0)  # Unix time, seconds
DESK_IDLE_MINUTES = Key("desk/idle_minutes", int, 5, minimum=0, maximum=240)  # 0 = never lock by itself

ALL_KEYS = (
    LANGUAGE,
    TEXT_SCALE,
    FIRST_RUN_DONE,
    LAST_CASE,
    WINDOW_GEOMETRY,
    DESK_PASSCODE,
    DESK_PASSCODE_TOO_SHORT,
    DESK_FAILED_TRIES,
    DESK_BLOCKED_UNTIL,
    DESK_IDLE_MINUTES,
)


class Settings:
    """Preferences stored in ``<data dir>/settings.ini``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: Key) -> Any:
        raw = self._qs.value(key.name, None)
        if raw is None:
            return key.default
        if key.type is bytes:
            return bytes(raw) if isinstance(raw, bytes | bytearray) else key.default
        return key.coerce(raw)

    def set(self, key: Key, value: Any) -> None:
        if key.type is not bytes:
            value = key.coerce(value)
        self._qs.setValue(key.name, value)
        self._qs.sync()
