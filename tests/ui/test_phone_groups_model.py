"""The phone preview's table model: ticks, reasons and flags in words, and 5,000 numbers without a widget per row."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QTableView

from desktop.domain.phone_evidence.preview import NumberGroup
from desktop.domain.phone_evidence.records import PhoneCall
from desktop.domain.suggestions import Suggestion as Hint
from desktop.ui.importing.phone_groups_model import FLAGS, NUMBER, RECORDINGS, TICK, WHY, PhoneGroupsModel


def Group(number: str, *, calls: int = 0, **fields) -> NumberGroup:  # noqa: N802 - reads like the record it builds
    """A real preview group with defaults; ``calls`` is how many (synthetic) calls it holds."""
    when = fields.pop("first_at", None)
    call = PhoneCall(number=number, started_at=when, duration_s=30, kind="incoming", source="android_sbr")
    values = dict(display="", contact_name="", calls=(call,) * calls, messages=(), recordings=(), first_at=when,
                  last_at=fields.pop("last_at", None), answered=0, missed=0, sample="", reasons=(),
                  pre_ticked=False, new_count=0, known_count=0, suggestions=(), flags=frozenset())
    values.update(fields)
    return NumberGroup(number=number, **values)


def groups(n: int) -> list[Group]:
    when = datetime(2026, 3, 1, 8, tzinfo=UTC)
    return [Group(f"1380{i:07d}", calls=i, new_count=i, first_at=when, last_at=when) for i in range(n)]


def test_ticks_follow_the_preview_and_the_user(qtmodeltester):
    model = PhoneGroupsModel("en")
    model.set_groups([Group("95046", reasons=("service_number",), pre_ticked=True, new_count=3),
                      Group("13800000001", new_count=5)])
    qtmodeltester.check(model)
    assert model.ticked_numbers() == ["95046"] and model.ticked_new() == 3
    model.setData(model.index(1, TICK), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.ticked_numbers() == ["95046", "13800000001"] and model.ticked_new() == 8
    model.set_all(False)
    assert model.ticked_numbers() == []


def test_reasons_flags_and_the_withheld_group_read_in_words(qapp):
    model = PhoneGroupsModel("en")
    model.set_groups([
        Group("95046", reasons=("keyword", "service_number"), pre_ticked=True,
              suggestions=(Hint("false_legal", "sue", "起诉"), Hint("visit", "visit", "上门"))),
        Group("13800000001", reasons=("in_case",), pre_ticked=True),
        Group("", flags=frozenset({"number_withheld", "date_1970"})),
    ])
    assert model.index(0, WHY).data() == "texts mention 起诉/上门; service number (95xxx / 400 / 106)"
    assert model.index(1, WHY).data() == "already in this case"
    assert model.index(2, NUMBER).data() == "Withheld number (no number shown)"
    assert model.index(2, NUMBER).data(Qt.ItemDataRole.FontRole).italic()
    assert "1970" in model.index(2, FLAGS).data() and "withheld" in model.index(2, FLAGS).data()


def test_five_thousand_numbers_are_one_model_not_a_widget_per_row(qtbot):
    model = PhoneGroupsModel("zh_CN")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    model.set_groups(groups(5000))
    view.scrollToBottom()
    view.repaint()
    model.set_all(True)
    assert model.rowCount() == 5000 and len(model.ticked_numbers()) == 5000
    assert not view.findChildren(QCheckBox)  # ticks are the model's, not a widget per row


def test_a_number_shows_the_recordings_the_preview_counts_for_it():
    model = PhoneGroupsModel("en")
    model.set_groups([Group("95046"), Group("13800000001")], {"95046": 2})
    assert model.data(model.index(0, RECORDINGS)) == "2"
    assert model.data(model.index(1, RECORDINGS)) == "0"
