"""The call script ("接电话时怎么说") in a compact read-only view.

Shown by the Learn tab's topic and embedded in the live-call panel, so both
always say the same words: the text is the ``call_script`` guidance body in the
UI language. Links to other topics are reported through
:attr:`CallScriptWidget.topic_requested`; nothing is ever opened by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.content.model import Content
from desktop.ui.common.read_aloud import ReadAloudBar
from desktop.ui.common.topic_browser import TopicBrowser

CALL_SCRIPT = "call_script"


class CallScriptWidget(QWidget):
    """``content.body("call_script", lang)`` as Markdown; ``show_title=False`` drops the page's own heading."""

    topic_requested = Signal(str)

    def __init__(
        self, content: Content, lang: str, parent: QWidget | None = None, *, show_title: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CallScriptWidget")
        self.browser = TopicBrowser(compact=True)
        self.browser.setObjectName("callScriptBrowser")
        self.browser.setAccessibleName(self.tr("What to say on the phone"))
        self.browser.topic_requested.connect(self.topic_requested)
        self.read_aloud = ReadAloudBar(self.browser, lang, highlight=self.browser.set_reading_span)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.read_aloud)
        layout.addWidget(self.browser)
        text = content.body(CALL_SCRIPT, lang).strip()
        if not show_title and text.startswith("# "):
            text = text.partition("\n")[2].lstrip()
        if not text:
            text = self.tr(
                "The call script is missing from this copy of the app. Stay calm, ask who is calling, "
                "and never give anyone a verification code."
            )
            self.browser.setPlainText(text)
        else:
            self.browser.show_markdown(text)

    def text(self) -> str:
        """What is shown, as plain text."""
        return self.browser.toPlainText()
