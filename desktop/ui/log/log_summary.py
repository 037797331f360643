"""The log's summary: contacts per day (30/90 days), counts per rule, night contacts, third parties."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from desktop.ui.log.day_chart import DayChart

if TYPE_CHECKING:
    from desktop.store.contacts import ContactRepository


class LogSummary(QWidget):
    def __init__(self, contacts: ContactRepository, rule_labels: dict[str, str], quiet_hours: str, parent: QWidget | None = None,
                 today=date.today) -> None:
        super().__init__(parent)
        self.setObjectName("LogSummary")
        self.contacts: ContactRepository | None = contacts
        self.rule_labels = rule_labels
        self.quiet_hours = quiet_hours
        self.today = today
        self.days = 30
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(self.tr("Contacts per day"))
        self.last30 = QRadioButton(self.tr("Last 30 days"))
        self.last90 = QRadioButton(self.tr("Last 90 days"))
        self.last30.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.last30)
        group.addButton(self.last90)
        # The title has a line of its own: beside the two choices it made the panel wider than
        # its place in an 1100-pixel window in English, and the panel's text was cut off.
        title.setWordWrap(True)
        head.addWidget(self.last30)
        head.addWidget(self.last90)
        head.addStretch(1)
        layout.addWidget(title)
        self.chart = DayChart()
        self.facts = QLabel()
        self.facts.setObjectName("summaryFacts")
        self.facts.setWordWrap(True)
        self.rules = QLabel()
        self.rules.setObjectName("summaryRules")
        self.rules.setWordWrap(True)
        layout.addLayout(head)
        layout.addWidget(self.chart)
        layout.addWidget(self.facts)
        layout.addWidget(self.rules)
        layout.addStretch(1)
        self.last30.toggled.connect(self.refresh)

    def detach(self) -> None:
        """The case is closing: a refresh still queued must not touch the closed file."""
        self.contacts = None

    def refresh(self) -> None:
        if self.contacts is None:
            return
        self.days = 30 if self.last30.isChecked() else 90
        end = self.today()
        stats = self.contacts.stats(end - timedelta(days=self.days - 1))
        self.chart.set_counts(stats.per_day, end, self.days)
        fmt = "%Y-%m-%d %H:%M"
        first = stats.first.strftime(fmt) if stats.first else "—"
        last = stats.last.strftime(fmt) if stats.last else "—"
        self.facts.setText(
            self.tr("Recorded: %1 · at night (%7): %2 · contacts of other people: %3 "
                    "(people named: %4)\nFirst: %5 · Last: %6")
            .replace("%1", str(stats.total)).replace("%2", str(stats.night))
            .replace("%3", str(stats.third_party_contacts)).replace("%4", str(stats.third_parties))
            .replace("%5", first).replace("%6", last).replace("%7", self.quiet_hours)
        )
        if stats.per_rule:
            ordered = sorted(stats.per_rule.items(), key=lambda kv: (-kv[1], kv[0]))
            lines = [f"{self.rule_labels.get(rule, rule)}: {n}" for rule, n in ordered]
            self.rules.setText(self.tr("By rule: %1").replace("%1", " · ".join(lines)))
        else:
            self.rules.setText(self.tr("No rule problems found or marked yet."))
