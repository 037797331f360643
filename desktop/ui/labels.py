"""Translated labels for the stable codes stored in the database (house style §3)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CHANNELS = {
    "call": QT_TRANSLATE_NOOP("Labels", "Phone call"),
    "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
    "chat": QT_TRANSLATE_NOOP("Labels", "WeChat or other chat"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "third_party": QT_TRANSLATE_NOOP("Labels", "Contacted someone else"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
_DIRECTIONS = {
    "incoming": QT_TRANSLATE_NOOP("Labels", "Incoming"),
    "outgoing": QT_TRANSLATE_NOOP("Labels", "Outgoing"),
    "missed": QT_TRANSLATE_NOOP("Labels", "Missed"),
}
_RELATIONS = {
    "self": QT_TRANSLATE_NOOP("Labels", "Me"),
    "family": QT_TRANSLATE_NOOP("Labels", "Family"),
    "employer": QT_TRANSLATE_NOOP("Labels", "Employer"),
    "colleague": QT_TRANSLATE_NOOP("Labels", "Colleague"),
    "friend": QT_TRANSLATE_NOOP("Labels", "Friend"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Address-book contact"),
    "other": QT_TRANSLATE_NOOP("Labels", "Someone else"),
}

CHANNELS = tuple(_CHANNELS)
DIRECTIONS = tuple(_DIRECTIONS)
RELATIONS = tuple(_RELATIONS)


def _tr(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    source = table.get(str(code))
    return QCoreApplication.translate("Labels", source) if source else str(code)


def channel(code: str | None) -> str:
    return _tr(_CHANNELS, code)


def direction(code: str | None) -> str:
    return _tr(_DIRECTIONS, code)


def relation(code: str | None) -> str:
    return _tr(_RELATIONS, code)


def duration(seconds: int | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
