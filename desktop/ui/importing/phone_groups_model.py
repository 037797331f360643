"""The phone import preview's table: one row per number, with a tick box for "import this number".

A model, not a widget per row: 5,000 numbers (or one number with 100,000 entries, which is
still one row) stay quick to show, scroll and sort. Ticks live here, keyed by number; the
dialog reads :meth:`ticked_numbers` when the user clicks Import.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.punctuation import clause_separator

_CONTEXT = "PhoneImportDialog"
FLAG_BROWN = QColor(138, 82, 0)

# The reason a number was ticked comes right after it: it is what the user checks first.
TICK, NUMBER, WHY, CALLS, MESSAGES, RECORDINGS, ANSWERED, FIRST, LAST, NEW, NAME, SAMPLE, FLAGS = range(13)
_HEADERS = (
    QT_TRANSLATE_NOOP("PhoneImportDialog", "Import"),
    QT_TRANSLATE_NOOP("PhoneImportDialog", "Number"),
    QT_TRANSLATE_NOOP("PhoneImportDialog", "Why ticked"),
    QT_TRANSLATE_NOOP("PhoneImportDialog", "Calls"),
    QT_TRANSLATE_NOOP("PhoneImportDialog", "Messages"),
    QT_TRANSLATE_NOOP("PhoneImportDialog", "Recordings"),
    QT_TRANSLATE_NOOP("PhoneImportDialog", "Answered / missed"),
    QT_TRANSLATE_NOOP("PhoneImportDialog", "First"),
    QT_TRANSLATE_NOOP("PhoneImportDialog", "Last"),
    QT_TRANSLATE_NOOP("PhoneImportDialog", "New / already in case"),
    QT_TRANSLATE_NOOP("PhoneImportDialog", "Name on the phone"),
    QT_TRANSLATE_NOOP("PhoneImportDialog", "Sample message"),
    QT_TRANSLATE_NOOP("PhoneImportDialog", "Marked entries"),
)

REASONS = {
    "in_case": QT_TRANSLATE_NOOP("PhoneImportDialog", "already in this case"),
    "service_number": QT_TRANSLATE_NOOP("PhoneImportDialog", "service number (95xxx / 400 / 106)"),
}
# The flags an entry can carry (desktop.domain.phone_evidence.records), in words.
FLAG_LABELS = {
    "date_1970": QT_TRANSLATE_NOOP("PhoneImportDialog", "date in 1970 (the phone's clock was wrong)"),
    "date_future": QT_TRANSLATE_NOOP("PhoneImportDialog", "date in the future"),
    "no_date": QT_TRANSLATE_NOOP("PhoneImportDialog", "no date"),
    "number_withheld": QT_TRANSLATE_NOOP("PhoneImportDialog", "number withheld"),
    "unknown_type": QT_TRANSLATE_NOOP("PhoneImportDialog", "unknown kind of entry"),
    "bad_duration": QT_TRANSLATE_NOOP("PhoneImportDialog", "duration unreadable"),
    "not_sent": QT_TRANSLATE_NOOP("PhoneImportDialog", "draft or unsent message"),
    "mms": QT_TRANSLATE_NOOP("PhoneImportDialog", "multimedia message (text only)"),
    "not_phone_call": QT_TRANSLATE_NOOP("PhoneImportDialog", "FaceTime or app call"),
    "body_unreadable": QT_TRANSLATE_NOOP("PhoneImportDialog", "message text unreadable"),
    "time_from_file": QT_TRANSLATE_NOOP("PhoneImportDialog", "recording time taken from the file; please check"),
    "pattern_unverified": QT_TRANSLATE_NOOP("PhoneImportDialog", "recording name read by an unconfirmed rule"),
    "empty_file": QT_TRANSLATE_NOOP("PhoneImportDialog", "empty recording file"),
    "duplicate_content": QT_TRANSLATE_NOOP("PhoneImportDialog", "same recording twice"),
    "unreadable": QT_TRANSLATE_NOOP("PhoneImportDialog", "recording file unreadable"),
}
_SAMPLE_LIMIT = 80


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def flag_text(flags, lang: str) -> str:
    """The flags in words; ``flags`` is a set of codes, or a mapping of code → how many entries carry it."""
    sep = clause_separator(lang)
    counts = dict(flags) if hasattr(flags, "items") else dict.fromkeys(flags, 0)
    parts = []
    for code in sorted(counts):
        label = tr(FLAG_LABELS[code]) if code in FLAG_LABELS else code
        parts.append(f"{label} ×{counts[code]:,}" if counts[code] > 1 else label)
    return sep.join(parts)


def reason_text(group, lang: str) -> str:
    """Why a number was pre-ticked, in words: "already in this case", "texts mention 起诉/上门…"."""
    sep = clause_separator(lang)
    parts = []
    for code in group.reasons:
        if code == "keyword":
            phrases = list(dict.fromkeys(s.phrase for s in group.suggestions))
            shown = "/".join(phrases[:3]) + ("…" if len(phrases) > 3 else "")
            text = (QCoreApplication.translate("PhoneImportDialog", "texts mention %1").replace("%1", shown) if shown
                    else QCoreApplication.translate("PhoneImportDialog", "texts mention collection words"))
            parts.append(text)
        elif code in REASONS:
            parts.append(tr(REASONS[code]))
        else:
            parts.append(code)
    return sep.join(parts)


def _when(value) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


class PhoneGroupsModel(QAbstractTableModel):
    """Read-only but for the tick column. ``ticks_changed(count)`` says how many numbers are ticked."""

    ticks_changed = Signal(int)

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._groups: list = []
        self._ticked: set[str] = set()
        self._recorded: dict[str, int] = {}

    def set_groups(self, groups: Sequence, recordings: Mapping[str, int] | None = None) -> None:
        """Show ``groups``; ticks start as the preview pre-ticked them.

        ``recordings`` maps a number to its recordings as the user counts them
        (``PhonePreview.recording_count``); without it, the recordings standing alone.
        """
        self.beginResetModel()
        self._groups = list(groups)
        self._recorded = dict(recordings or {})
        self._ticked = {g.number for g in self._groups if g.pre_ticked}
        self.endResetModel()
        self.ticks_changed.emit(len(self._ticked))

    def group_at(self, row: int):
        return self._groups[row]

    def row_of(self, number: str) -> int:
        return next((i for i, g in enumerate(self._groups) if g.number == number), -1)

    def ticked_new(self) -> int:
        """How many entries of the ticked numbers are not yet in the case."""
        return sum(g.new_count for g in self._groups if g.number in self._ticked)

    def ticked_numbers(self) -> list[str]:
        return [g.number for g in self._groups if g.number in self._ticked]

    def set_all(self, ticked: bool) -> None:
        self._ticked = {g.number for g in self._groups} if ticked else set()
        if self._groups:
            self.dataChanged.emit(self.index(0, TICK), self.index(len(self._groups) - 1, TICK))
        self.ticks_changed.emit(len(self._ticked))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(_HEADERS[section])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() and index.column() == TICK else base

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TICK or role != Qt.ItemDataRole.CheckStateRole:
            return False
        number = self._groups[index.row()].number
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked:
            self._ticked.add(number)
        else:
            self._ticked.discard(number)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit(len(self._ticked))
        return True

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._groups):
            return None
        group, column = self._groups[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == TICK:
            return Qt.CheckState.Checked if group.number in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(group, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (SAMPLE, WHY, FLAGS, NUMBER):
            return self._text(group, column) or None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TICK:
            return self._text(group, NUMBER)
        if role == Qt.ItemDataRole.ForegroundRole and (column == FLAGS or (column == NUMBER and not group.number)):
            return QBrush(FLAG_BROWN)
        if role == Qt.ItemDataRole.FontRole and column == NUMBER and not group.number:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (CALLS, MESSAGES, RECORDINGS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, g, column: int) -> str:
        if column == NUMBER:
            if not g.number:
                return QCoreApplication.translate("PhoneImportDialog", "Withheld number (no number shown)")
            return g.display or g.number
        if column == NAME:
            return g.contact_name
        if column == CALLS:
            return f"{len(g.calls):,}"
        if column == MESSAGES:
            return f"{len(g.messages):,}"
        if column == RECORDINGS:
            return f"{self._recorded.get(g.number, len(g.recordings)):,}"
        if column == ANSWERED:
            return f"{g.answered:,} / {g.missed:,}"
        if column == FIRST:
            return _when(g.first_at)
        if column == LAST:
            return _when(g.last_at)
        if column == NEW:
            return f"{g.new_count:,} / {g.known_count:,}"
        if column == WHY:
            return reason_text(g, self.lang)
        if column == SAMPLE:
            text = " ".join((g.sample or "").split())
            return text if len(text) <= _SAMPLE_LIMIT else text[: _SAMPLE_LIMIT - 1] + "…"
        if column == FLAGS:
            return flag_text(g.flags, self.lang)
        return ""
