"""On-screen labels come from the domain's one label table, in the language the app runs in."""

from __future__ import annotations

from desktop import i18n
from desktop.ui.common import labels


def test_screen_labels_follow_the_installed_language(qapp):
    i18n.install(qapp, "zh_CN")
    try:
        assert (labels.channel("third_party"), labels.direction("missed"), labels.relation("self")) == (
            "联系了他人", "未接", "本人")
    finally:
        i18n.install(qapp, "en")
    assert (labels.channel("third_party"), labels.direction("missed"), labels.relation("self")) == (
        "Contacted someone else", "Missed", "Me")
    assert labels.channel(None) == "" and labels.relation("pigeon") == "pigeon"
