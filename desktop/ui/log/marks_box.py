"""The user's own marks (我认为对方…): one checkbox per rule of ``resources/rules``.

The common rules come first; the rest sit in a "More" section, grouped by
severity, that opens on a click (and opens by itself when a stored contact has
one of them ticked). Labels are in the UI language, the explanation is the
tooltip. Ticking a rule that carries a danger line ("call 110") emits
:attr:`MarksBox.danger_changed` so the form can show it where it cannot be missed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.content.model import Content
from desktop.domain.legal import Rule, severity_label
from desktop.ui.common.form_parts import BIG_TARGET_PX, ERROR_COLOUR, scaled_font

BIG_CHECKBOX_PX = 44
DANGER_STYLE = f"background: {ERROR_COLOUR}; color: white; font-weight: bold; padding: 10px; border-radius: 4px;"


class MarksBox(QWidget):
    changed = Signal()
    danger_changed = Signal(str)  # the danger lines of the ticked rules, "" when none

    def __init__(
        self,
        content: Content,
        lang: str,
        *,
        big: bool = False,
        common_only: bool = False,
        columns: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MarksBox")
        self.lang = lang
        self.rules: dict[str, Rule] = dict(content.rules)
        self.boxes: dict[str, QCheckBox] = {}
        self._big = big
        self._danger = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._grid(content.common_rules(), columns))
        self.more_button: QToolButton | None = None
        self.more: QWidget | None = None
        others = (
            []
            if common_only
            else [(s, [r for r in rules if not r.common]) for s, rules in content.rules_by_severity()]
        )
        others = [(s, rules) for s, rules in others if rules]
        if others:
            count = sum(len(rules) for _s, rules in others)
            self.more_button = QToolButton()
            self.more_button.setObjectName("moreMarksButton")
            self.more_button.setText(
                self.tr("More kinds of improper collection (%1)").replace("%1", str(count))
            )
            self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.more_button.setArrowType(Qt.ArrowType.RightArrow)
            self.more_button.setCheckable(True)
            self.more_button.setMinimumHeight(BIG_TARGET_PX)
            self.more_button.toggled.connect(self.show_more)
            self.more = QWidget()
            self.more.setObjectName("moreMarks")
            more_layout = QVBoxLayout(self.more)
            more_layout.setContentsMargins(16, 0, 0, 0)
            for severity, rules in others:
                heading = QLabel(severity_label(severity, lang))
                heading.setWordWrap(True)
                font = QFont(heading.font())
                font.setBold(True)
                heading.setFont(font)
                more_layout.addWidget(heading)
                more_layout.addWidget(self._grid(rules, columns))
            self.more.hide()
            layout.addWidget(self.more_button)
            layout.addWidget(self.more)

    def _grid(self, rules: list[Rule], columns: int) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(columns - 1, 1)
        for index, rule in enumerate(rules):
            mark = _WrappingCheck(rule.label(self.lang), big=self._big)
            mark.box.setObjectName(f"mark_{rule.id}")
            mark.setToolTip(rule.explain(self.lang))
            mark.box.toggled.connect(self._on_toggled)
            self.boxes[rule.id] = mark.box
            grid.addWidget(mark, index // columns, index % columns)
        return holder

    def show_more(self, shown: bool) -> None:
        if self.more is None or self.more_button is None:
            return
        self.more.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if self.more_button.isChecked() != shown:
            self.more_button.setChecked(shown)

    def marks(self) -> tuple[str, ...]:
        """The ticked rule ids, in the rules' order."""
        return tuple(
            rule_id for rule_id in self.rules if rule_id in self.boxes and self.boxes[rule_id].isChecked()
        )

    def set_marks(self, marks) -> None:
        """Tick exactly ``marks`` (unknown ids are ignored); open "More" if one of them is there."""
        wanted = set(marks)
        for rule_id, box in self.boxes.items():
            box.setChecked(rule_id in wanted)
        if any(not self.rules[m].common for m in wanted if m in self.boxes):
            self.show_more(True)

    def danger_text(self) -> str:
        lines: list[str] = []
        for rule_id in self.marks():
            line = self.rules[rule_id].danger(self.lang)
            if line and line not in lines:
                lines.append(line)
        return "\n".join(lines)

    def _on_toggled(self) -> None:
        danger = self.danger_text()
        if danger != self._danger:
            self._danger = danger
            self.danger_changed.emit(danger)
        self.changed.emit()


class _WrappingCheck(QWidget):
    """A checkbox whose label wraps (a QCheckBox's own text cannot), so long English labels
    or a large text size never push the form wider than the window. Clicking the text ticks the box.
    """

    def __init__(self, text: str, *, big: bool) -> None:
        super().__init__()
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.installEventFilter(self)
        height = self._min_height = BIG_CHECKBOX_PX if big else BIG_TARGET_PX
        self.box.setMinimumHeight(height)
        self.label.setMinimumHeight(height)
        if big:
            self.label.setFont(scaled_font(self.label.font(), 1.35))
            self.box.setStyleSheet("QCheckBox::indicator { width: 26px; height: 26px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt override
        # Layouts nested in other widgets do not pass a wrapped label's height up, so a
        # two-line label would be clipped; asking for that height as a minimum fixes it.
        super().resizeEvent(event)
        needed = max(self._min_height, self.label.heightForWidth(self.label.width()))
        if needed != self.label.minimumHeight():
            self.label.setMinimumHeight(needed)

    def setToolTip(self, text: str) -> None:  # noqa: N802 — Qt naming
        super().setToolTip(text)
        self.box.setToolTip(text)
        self.label.setToolTip(text)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt override
        if (
            watched is self.label
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self.box.click()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return False


def danger_banner() -> QLabel:
    """The red "call 110" banner, hidden until a dangerous mark is ticked."""
    label = QLabel()
    label.setObjectName("dangerBanner")
    label.setWordWrap(True)
    label.setStyleSheet(DANGER_STYLE)
    font = scaled_font(label.font(), 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.hide()
    return label


def show_danger(banner: QLabel, text: str) -> None:
    banner.setText(text)
    banner.setVisible(bool(text))
