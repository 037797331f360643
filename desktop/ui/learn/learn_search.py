"""Search across all guidance topics: a search box over the table of contents and a result list.

While the box is empty the table of contents shows; typing swaps it for the
results (topic title and a snippet with the hit in bold). Searching waits until
typing pauses (:data:`DEBOUNCE_MS`) so typing never stutters, and the query is cut
to :data:`MAX_QUERY_CHARS`; the search itself is plain text (see
:mod:`desktop.content.search`), so ``.*[(`` or ``𠮷`` are ordinary characters.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.content.model import Content
from desktop.content.search import Hit, search

DEBOUNCE_MS = 150
MAX_QUERY_CHARS = 100
MAX_RESULTS = 50
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
_MARK = '<span style="background-color:#ffe27a; color:#000000;"><b>'


def hit_html(hit: Hit, summary: str = "") -> str:
    """Rich text for one result: the title in bold, then the snippet with the hit marked."""
    if hit.in_title:
        title = (
            escape(hit.snippet[: hit.start])
            + _MARK
            + escape(hit.snippet[hit.start : hit.end])
            + "</b></span>"
        )
        title += escape(hit.snippet[hit.end :])
        return f"<b>{title}</b>" + (f"<br>{escape(summary)}" if summary else "")
    s, start, end = _whole_words(hit.snippet, hit.start, hit.end)
    body = escape(s[:start]) + _MARK + escape(s[start:end]) + "</b></span>" + escape(s[end:])
    return f"<b>{escape(hit.title)}</b><br>{body}"


def _whole_words(snippet: str, start: int, end: int) -> tuple[str, int, int]:
    """Drop a word cut in half at either end of an English snippet ("…r forces" → "…forces")."""
    if snippet.startswith("…") and snippet[1:2].isascii() and snippet[1:2].isalnum():
        space = snippet.find(" ", 1, min(start, 20))
        if space > 0:
            snippet, start, end = "…" + snippet[space + 1 :], start - space, end - space
    if snippet.endswith("…") and snippet[-2:-1].isascii() and snippet[-2:-1].isalnum():
        space = snippet.rfind(" ", max(end, len(snippet) - 20), len(snippet) - 1)
        if space > 0:
            snippet = snippet[:space] + "…"
    return snippet, start, end


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's :data:`HTML_ROLE` rich text, wrapped to the list's width."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(6)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(50, width))
        return document

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        if option.rect.width() > 0:
            return option.rect.width()
        return view.viewport().width() if view is not None else 300

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(opt, index, opt.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt override)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        document = self._document(opt, index, self._width(opt))
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class LearnSearch(QWidget):
    """The search box, with the table of contents (given) and the results stacked beneath it.

    ``result_chosen(topic_id, query, occurrence)``: ``occurrence`` is which match
    inside that topic the chosen result is (0 for the first), so the view can
    scroll to it.
    """

    result_chosen = Signal(str, str, int)

    def __init__(self, content: Content, lang: str, toc: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.lang = lang
        self.query = ""
        self.hits: list[Hit] = []
        self.box = QLineEdit()
        self.box.setObjectName("learnSearchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Search, e.g. 110 or night"))
        self.box.setAccessibleName(self.tr("Search all topics"))

        self.results = QListWidget()
        self.results.setObjectName("learnSearchResults")
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setAccessibleName(self.tr("Search results"))
        self.summary = QLabel()
        self.summary.setObjectName("learnSearchSummary")
        self.summary.setWordWrap(True)
        self.no_results = QLabel()
        self.no_results.setObjectName("learnNoResults")
        self.no_results.setWordWrap(True)
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_results.setTextFormat(Qt.TextFormat.PlainText)
        self.no_results.setMargin(8)

        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.summary)
        results_layout.addWidget(self.results, 1)
        results_layout.addWidget(self.no_results, 1)
        self.stack = QStackedWidget()
        self.toc = toc
        self.stack.addWidget(toc)
        self.stack.addWidget(results_page)
        self.results_page = results_page

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.stack, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(self._on_text_changed)
        self.box.returnPressed.connect(self._on_return)
        self.results.itemClicked.connect(self._choose)
        self.results.itemActivated.connect(self._choose)

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            self.run()  # back to the table of contents at once
        else:
            self.timer.start()

    def _on_return(self) -> None:
        self.run()
        if self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)

    def run(self) -> None:
        """Search now for what is in the box (cut to a sane length)."""
        self.timer.stop()
        query = " ".join(self.box.text()[:MAX_QUERY_CHARS].split())
        self.query = query
        self.results.clear()
        self.hits = []
        if not query:
            self.stack.setCurrentWidget(self.toc)
            return
        self.stack.setCurrentWidget(self.results_page)
        self.hits = search(self.content, self.lang, query, limit=MAX_RESULTS)
        seen: dict[str, int] = {}
        for hit in self.hits:
            occurrence = 0
            if not hit.in_title:
                occurrence = seen.get(hit.topic_id, 0)
                seen[hit.topic_id] = occurrence + 1
            topic = self.content.topic(hit.topic_id)
            item = QListWidgetItem(f"{hit.title}: {hit.snippet}")
            item.setData(HTML_ROLE, hit_html(hit, topic.summary(self.lang) if topic else ""))
            item.setData(HIT_ROLE, (hit.topic_id, occurrence))
            item.setToolTip(hit.title)
            self.results.addItem(item)
        found = bool(self.hits)
        self.results.setVisible(found)
        self.no_results.setVisible(not found)
        if not found:
            self.summary.setText("")
            self.no_results.setText(
                self.tr(
                    "Nothing found for “%1”.\n\nTry a shorter word or another way to say it, "
                    "for example “night”, “family” or a phone number such as 12378."
                ).replace("%1", _shorten(query))
            )
        elif len(self.hits) >= MAX_RESULTS:
            self.summary.setText(
                self.tr("Showing the first %1 places found. Type more words to narrow it down.").replace(
                    "%1", str(MAX_RESULTS)
                )
            )
        else:
            topics = len({h.topic_id for h in self.hits})
            self.summary.setText(
                self.tr("Places found: %1, in %2 of the topics.")
                .replace("%1", str(len(self.hits)))
                .replace("%2", str(topics))
            )

    def relayout(self) -> None:
        """Re-measure the results after a text-size change."""
        self.results.doItemsLayout()

    def _choose(self, item: QListWidgetItem) -> None:
        topic_id, occurrence = item.data(HIT_ROLE)
        self.result_chosen.emit(topic_id, self.query, occurrence)


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
