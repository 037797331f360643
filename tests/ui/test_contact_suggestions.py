"""Keyword suggestions in the contact form: typed text suggests a mark; Confirm ticks it, Dismiss hides it
(and the form reports the dismissal for the Log tab to store). Nothing is ticked without the user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.conftest import type_text
from tests.ui.test_contact_dialog import LOANS, NOW, close_quietly, content, zh  # noqa: F401 - fixtures


@pytest.fixture
def form(qtbot, content, zh):  # noqa: F811 - the fixtures imported above
    from desktop.ui.log.contact_dialog import ContactDialog

    if not getattr(content, "keyword_rules", ()):
        pytest.skip("no keyword rules in the content yet (resources/rules/keywords.toml, branch s4-pcore)")

    def make(**kwargs):
        dialog = ContactDialog(None, content=content, lang="zh_CN", loans=LOANS, now=lambda: NOW, **kwargs)
        qtbot.addWidget(dialog, before_close_func=close_quietly)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def first_rule(content):  # noqa: F811
    rule = content.keyword_rules[0]
    return rule.rule, rule.phrases[0]


def buttons(dialog, name):
    return [b for b in dialog.suggestions.findChildren(QPushButton, name) if b.isVisibleTo(dialog)]


def test_typing_a_collection_word_suggests_its_mark_and_confirm_ticks_it(qtbot, form, content):  # noqa: F811
    dialog = form()
    rule_id, phrase = first_rule(content)
    assert not dialog.suggestions.isVisibleTo(dialog)
    type_text(qtbot, dialog.summary, f"对方说{phrase}，还说了很多")
    assert dialog.suggestions.isVisibleTo(dialog)
    assert rule_id in [s.rule_id for s in dialog.suggestions.shown()]
    assert rule_id not in dialog.marks.marks()  # a suggestion is not a mark
    confirm = buttons(dialog, "confirmSuggestion")[0]
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert rule_id in dialog.marks.marks()
    assert rule_id not in [s.rule_id for s in dialog.suggestions.shown()]  # ticked: no longer suggested
    assert rule_id in dialog.contact().marks


def test_dismiss_hides_the_suggestion_and_is_reported_for_storing(qtbot, form, content):  # noqa: F811
    dialog = form()
    rule_id, phrase = first_rule(content)
    type_text(qtbot, dialog.threats, phrase)
    before = len(dialog.suggestions.shown())
    qtbot.mouseClick(buttons(dialog, "dismissSuggestion")[0], Qt.MouseButton.LeftButton)
    assert len(dialog.suggestions.shown()) == before - 1
    assert dialog.dismissed_suggestions() == [dialog.suggestions.newly_dismissed()[0]]
    assert rule_id not in dialog.marks.marks()


def test_a_suggestion_dismissed_before_is_not_shown_again(qtbot, form, content):  # noqa: F811
    rule_id, phrase = first_rule(content)
    dialog = form(dismissed_suggestions=[rule_id])
    type_text(qtbot, dialog.notes, phrase)
    assert rule_id not in [s.rule_id for s in dialog.suggestions.shown()]
