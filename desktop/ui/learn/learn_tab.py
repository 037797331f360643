"""了解权益 Learn — the guidance topics: contents, reader, search, call script and PDF.

The same for every case, so it shows nothing of any case. Topics come from
:class:`~desktop.content.model.Content` (each page ends with its sources and the
disclaimer); a missing or broken topic costs that topic only, and no topics at
all gives a calm message. Links between topics are followed inside the tab with
its own Back/Forward history (Alt+Left / Alt+Right); web addresses are shown,
never opened. reportlab is imported only when a PDF is actually saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.content.model import Content
from desktop.content.render import topic_headings, topic_markdown
from desktop.domain.errors import UserError
from desktop.ui.common import messages
from desktop.ui.common.call_script import CALL_SCRIPT
from desktop.ui.common.read_aloud import ReadAloudBar
from desktop.ui.common.topic_browser import TopicBrowser
from desktop.ui.context import AppContext
from desktop.ui.learn.learn_search import LearnSearch

TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


BACK_KEYS = "Alt+Left"  # like a web browser's back and forward
FORWARD_KEYS = "Alt+Right"

class _RoomyDelegate(QStyledItemDelegate):
    """Contents rows with a little air between them (a style sheet would stop the font following Settings)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        # QTreeView asks without a width, so long titles would not wrap: give it the column's.
        view = self.parent()
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        opt = QStyleOptionViewItem(option)
        opt.rect = QRect(0, 0, max(40, view.header().sectionSize(0) - view.indentation() * depth), 10_000)
        size = super().sizeHint(opt, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height() // 3)


@dataclass
class _Visit:
    topic_id: str
    scroll: int = 0


def pdf_file_name(title: str) -> str:
    """A file name for ``title`` that every file system accepts: ``接电话时怎么说.pdf``."""
    name = _UNSAFE_FILE_CHARS.sub(" ", title).strip(" .")[:80].strip()
    return f"{name or 'topic'}.pdf"


class LearnTab(QWidget):
    """Table of contents and search on the left, the topic on the right.

    ``show_topic(id)`` and ``show_call_script()`` are for the window (menus, the
    live-call panel); ``pdf_saved(path)`` tells it a PDF was written.
    """

    pdf_saved = Signal(str)

    def __init__(self, ctx: AppContext, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.content = content
        self.lang = ctx.lang
        self.current = ""
        self._history: list[_Visit] = []
        self._position = -1
        self._pdf_folder = ""
        self.setObjectName("LearnTab")

        self.call_button = QPushButton(self.tr("What to say on the phone"))
        self.call_button.setObjectName("callScriptButton")
        self.call_button.setToolTip(self.tr("Open the words you can use when a collector calls"))
        self.call_button.clicked.connect(self.show_call_script)
        self.toc = QTreeWidget()
        self.toc.setObjectName("learnToc")
        self.toc.setHeaderHidden(True)
        self.toc.setAccessibleName(self.tr("Topics"))
        self.toc.setWordWrap(True)
        self.toc.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.toc.setItemDelegate(_RoomyDelegate(self.toc))
        # Qt measures wrapped rows once; measure again when the width changes, or long titles get cut.
        self.toc.header().sectionResized.connect(lambda *_: self.toc.doItemsLayout())
        self.search = LearnSearch(content, self.lang, self.toc)
        self.search.result_chosen.connect(self._open_result)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 4, 8)
        left_layout.addWidget(self.call_button)
        left_layout.addWidget(self.search, 1)

        self.back_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("Back")
        )
        self.back_button.setObjectName("learnBack")
        self.back_button.setToolTip(self.tr("Back to the previous page (Alt+Left)"))
        self.forward_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("Forward")
        )
        self.forward_button.setObjectName("learnForward")
        self.forward_button.setToolTip(self.tr("Forward again (Alt+Right)"))
        self.pdf_button = QPushButton(self.tr("Save this topic as PDF…"))
        self.pdf_button.setObjectName("learnSavePdf")
        self.pdf_button.setToolTip(self.tr("Save this page as a PDF file to print or to keep"))
        self.back_button.clicked.connect(self.back)
        self.forward_button.clicked.connect(self.forward)
        self.pdf_button.clicked.connect(self.save_pdf)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)

        self.browser = TopicBrowser()
        self.browser.setObjectName("learnBrowser")
        self.browser.setAccessibleName(self.tr("Topic text"))
        self.browser.topic_requested.connect(self.show_topic)
        self.browser.external_link.connect(self._show_external)
        self.read_aloud = ReadAloudBar(self.browser, self.lang, highlight=self.browser.set_reading_span)
        self.checked_label = QLabel()
        self.checked_label.setObjectName("learnChecked")
        self.checked_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("learnStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 8, 8, 8)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.read_aloud)
        right_layout.addWidget(self.browser, 1)
        right_layout.addWidget(self.checked_label)
        right_layout.addWidget(self.status_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for keys, slot in ((BACK_KEYS, self.back), (FORWARD_KEYS, self.forward)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)

        self._fill_toc()
        self.toc.currentItemChanged.connect(self._on_toc_current)
        self.toc.itemClicked.connect(self._on_toc_current)  # the current entry again: back to its top
        self.search.box.textChanged.connect(self._on_query_edited)
        ctx.signals.text_scale_changed.connect(self._on_text_scale)
        self._style_call_button()
        if content.topics:
            self.show_topic(content.topics[0].id)
        else:
            self._show_missing()

    # -- table of contents -------------------------------------------------------------
    def _fill_toc(self) -> None:
        for number, topic in enumerate(self.content.topics, start=1):
            item = QTreeWidgetItem([f"{number}. {topic.title(self.lang)}"])
            item.setData(0, TOPIC_ROLE, (topic.id, ""))
            item.setToolTip(0, topic.summary(self.lang))
            for level, heading in topic_headings(self.content, topic.id, self.lang):
                if level == 2:
                    child = QTreeWidgetItem([heading])
                    child.setData(0, TOPIC_ROLE, (topic.id, heading))
                    item.addChild(child)
            self.toc.addTopLevelItem(item)

    def _on_toc_current(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        topic_id, heading = item.data(0, TOPIC_ROLE)
        self.show_topic(topic_id)
        if heading:
            self.browser.scroll_to_heading(heading)

    def _sync_toc(self) -> None:
        """Select and open the current topic's entry without navigating again."""
        self.toc.blockSignals(True)
        for index in range(self.toc.topLevelItemCount()):
            item = self.toc.topLevelItem(index)
            is_current = item.data(0, TOPIC_ROLE)[0] == self.current
            item.setExpanded(is_current)
            selected = self.toc.currentItem()
            if is_current and (selected is None or selected.data(0, TOPIC_ROLE)[0] != self.current):
                self.toc.setCurrentItem(item)
        self.toc.blockSignals(False)

    # -- navigation ------------------------------------------------------------------
    def show_topic(self, topic_id: str) -> bool:
        """Show ``topic_id`` and add it to the history; False (and a note) for an unknown topic."""
        if self.content.topic(topic_id) is None:
            self.status_label.setText(self.tr("That topic is not in this copy of the app."))
            return False
        if topic_id == self.current:
            self.browser.verticalScrollBar().setValue(0)
            return True
        self._remember_scroll()
        del self._history[self._position + 1 :]
        self._history.append(_Visit(topic_id))
        self._position = len(self._history) - 1
        self._render(topic_id)
        return True

    def show_call_script(self) -> None:
        """Open "What to say on the phone" (the call script)."""
        self.show_topic(CALL_SCRIPT)

    def back(self) -> None:
        self._go(self._position - 1)

    def forward(self) -> None:
        self._go(self._position + 1)

    def _go(self, position: int) -> None:
        if not 0 <= position < len(self._history) or position == self._position:
            return
        self._remember_scroll()
        self._position = position
        visit = self._history[position]
        self._render(visit.topic_id)
        self.browser.verticalScrollBar().setValue(visit.scroll)

    def _remember_scroll(self) -> None:
        if 0 <= self._position < len(self._history):
            self._history[self._position].scroll = self.browser.verticalScrollBar().value()

    def _render(self, topic_id: str) -> None:
        topic = self.content.topic(topic_id)
        self.current = topic_id
        self.browser.show_markdown(topic_markdown(self.content, topic_id, self.lang))
        if self.search.query:
            self.browser.highlight(self.search.query)
        checked = topic.reviewed_on or self.content.last_checked
        self.checked_label.setText(
            self.tr(
                "Last checked: %1. This is general information, not legal advice; "
                "for anything important, ask legal aid (12348) or a lawyer."
            ).replace("%1", checked)
        )
        self.status_label.setText("")
        self.back_button.setEnabled(self._position > 0)
        self.forward_button.setEnabled(self._position < len(self._history) - 1)
        self.pdf_button.setEnabled(True)
        self._sync_toc()

    def _show_missing(self) -> None:
        self.browser.setPlainText(
            self.tr(
                "The guidance texts are missing from this copy of the app, so there is nothing to show here. "
                "Everything else still works. Reinstalling the app should bring them back."
            )
        )
        self.checked_label.setText(self.tr("This is general information, not legal advice."))
        for button in (self.back_button, self.forward_button, self.pdf_button, self.call_button):
            button.setEnabled(False)

    # -- search ----------------------------------------------------------------------
    def _open_result(self, topic_id: str, query: str, occurrence: int) -> None:
        if not self.show_topic(topic_id):
            return
        self.browser.highlight(query)
        self.browser.scroll_to_hit(occurrence)

    def _on_query_edited(self, text: str) -> None:
        if not text.strip():
            self.browser.highlight("")

    def _focus_search(self) -> None:
        self.search.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.box.selectAll()

    # -- links -----------------------------------------------------------------------
    def _show_external(self, address: str) -> None:
        self.status_label.setText(
            self.tr("This app works offline and does not open web pages. The address is: %1").replace(
                "%1", address
            )
        )

    # -- text size -------------------------------------------------------------------
    def _on_text_scale(self, _percent: int) -> None:
        # An empty QFont sets nothing: every child re-reads the (new) application font now,
        # even before Qt's own font-change events arrive.
        self.setFont(QFont())
        self._style_call_button()
        self.browser.refresh_font()
        self.search.relayout()

    def _style_call_button(self) -> None:
        font = QFont(QApplication.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.call_button.setFont(font)
        self.call_button.setMinimumHeight(int(self.call_button.fontMetrics().height() * 2.4))

    # -- PDF -------------------------------------------------------------------------
    def save_pdf(self) -> None:
        """Ask where, then write the current topic as a PDF; errors are explained, not raised."""
        topic = self.content.topic(self.current)
        if topic is None:
            return
        title = topic.title(self.lang)
        folder = (
            self._pdf_folder
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or str(Path.home())
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save this topic as PDF"),
            str(Path(folder) / pdf_file_name(title)),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        from desktop.pdf.simple import render_text_document  # reportlab loads only now, never at start-up

        error: UserError | None = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            render_text_document(
                path,
                title=title,
                markdown_text=_without_title(topic_markdown(self.content, topic.id, self.lang)),
                lang=self.lang,
                header_text=self.tr("Debt Call Helper — Know your rights"),
                generated_at=datetime.now(),
            )
        except UserError as exc:
            error = exc
        finally:
            QApplication.restoreOverrideCursor()
        if error is not None:
            self.status_label.setText(self.tr("The PDF was not saved."))
            messages.show_error(self, error)
            return
        self._pdf_folder = str(path.parent)
        self.status_label.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.pdf_saved.emit(str(path))


def _without_title(markdown: str) -> str:
    """The page without its leading ``# title`` line: the PDF prints the title itself."""
    if markdown.startswith("# "):
        return markdown.partition("\n")[2].lstrip("\n")
    return markdown
