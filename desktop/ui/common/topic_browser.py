"""A read-only Markdown reader for guidance topics: readable, offline, with highlighted hits.

Used by the Learn tab. Links are never opened by the browser itself:
``[text](topic:<id>)`` links are reported through :attr:`TopicBrowser.topic_requested`
so the tab can keep its own Back/Forward history; any other link (a web address)
is only reported through :attr:`TopicBrowser.external_link` — the app works
offline and never opens a browser or the network.

The text follows the application font (so the Settings text size applies); lines
get comfortable spacing and the text column keeps a readable width with calm
margins instead of running from edge to edge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QColor, QCursor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFrameFormat
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip, QWidget

TOPIC_SCHEME = "topic"
#: Widest text column, in average character widths (roughly 40 hanzi or 80 letters a line).
READING_WIDTH_CHARS = 80
#: Line height in percent of the font's natural height.
LINE_HEIGHT_PERCENT = 150
COMPACT_LINE_HEIGHT_PERCENT = 125
MIN_SIDE_MARGIN = 20
HIGHLIGHT = QColor("#ffe27a")
READING = QColor("#cfe3ff")  # the sentence being read aloud: a calm blue, apart from search hits


def topic_id_of(url: QUrl) -> str:
    """``"call_script"`` for ``topic:call_script``; ``""`` for any other link."""
    if url.scheme() != TOPIC_SCHEME:
        return ""
    return url.path().strip("/") or url.host()


class TopicBrowser(QTextBrowser):
    """Shows one topic's Markdown; reports link clicks instead of following them."""

    topic_requested = Signal(str)
    external_link = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self._compact = compact
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.document().setUndoRedoEnabled(False)
        self.anchorClicked.connect(self._on_anchor)
        self.highlighted.connect(self._on_hover)
        self._hits: list[QTextCursor] = []
        self._hit_selections: list[QTextEdit.ExtraSelection] = []
        self._reading: list[QTextEdit.ExtraSelection] = []
        self._markdown = ""

    # -- content -------------------------------------------------------------------
    def show_markdown(self, markdown: str) -> None:
        """Replace the page; the view starts at the top with no highlights."""
        self._markdown = markdown
        self._hits = []
        self._hit_selections, self._reading = [], []
        self.setExtraSelections([])
        self.document().setDefaultFont(self.font())
        self.setMarkdown(markdown)
        self._format_document()
        self.verticalScrollBar().setValue(0)

    def refresh_font(self) -> None:
        """Follow the application font (Settings text size), keeping the reading position."""
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.document().setDefaultFont(self.font())
        self._apply_margins()
        bar.setValue(round(fraction * bar.maximum()))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_margins()

    def _format_document(self) -> None:
        document = self.document()
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        spacing = QTextBlockFormat()
        spacing.setLineHeight(
            COMPACT_LINE_HEIGHT_PERCENT if self._compact else LINE_HEIGHT_PERCENT,
            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
        )
        cursor.mergeBlockFormat(spacing)
        for frame in document.rootFrame().childFrames():
            table_format = frame.frameFormat()
            if table_format.isTableFormat():
                table_format = table_format.toTableFormat()
                table_format.setCellPadding(6)
                table_format.setCellSpacing(0)
                table_format.setBorder(1)
                table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                table_format.setBorderBrush(QColor("#c8c8c8"))
                table_format.setBorderCollapse(True)
                frame.setFrameFormat(table_format)
        self._apply_margins()

    def _apply_margins(self) -> None:
        """Centre a column of readable width; small windows keep a calm minimum margin."""
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        column = self.fontMetrics().averageCharWidth() * READING_WIDTH_CHARS
        minimum = 4 if self._compact else MIN_SIDE_MARGIN
        side = max(minimum, (self.viewport().width() - column) // 2)
        if fmt.leftMargin() == side and fmt.rightMargin() == side:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(4 if self._compact else 12)
        fmt.setBottomMargin(8 if self._compact else 24)
        root.setFrameFormat(fmt)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._apply_margins()

    # -- finding -------------------------------------------------------------------
    def highlight(self, needle: str) -> int:
        """Mark every plain-text occurrence of ``needle`` (case-insensitive); return how many."""
        self._hits = []
        selections = []
        needle = " ".join(needle.split())
        if needle:
            fmt = QTextCharFormat()
            fmt.setBackground(HIGHLIGHT)
            fmt.setForeground(QColor("#000000"))
            document = self.document()
            cursor = document.find(needle, 0)
            while not cursor.isNull():
                self._hits.append(cursor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                cursor = document.find(needle, cursor)
        self._hit_selections = selections
        self.setExtraSelections(self._hit_selections + self._reading)
        return len(self._hits)

    def set_reading_span(self, start: int, end: int) -> None:
        """Mark the sentence being read aloud (``start == end`` clears it), beside any search hits."""
        self._reading = []
        if start < end:
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(min(end, self.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(READING)
            fmt.setForeground(QColor("#000000"))
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            self._reading = [selection]
        self.setExtraSelections(self._hit_selections + self._reading)

    def hit_count(self) -> int:
        return len(self._hits)

    def scroll_to_hit(self, index: int = 0) -> None:
        """Bring hit ``index`` (or the first one) into view, a third of the way down."""
        if not self._hits:
            return
        cursor = self._hits[index if 0 <= index < len(self._hits) else 0]
        self._scroll_to_position(cursor.selectionStart())

    def scroll_to_heading(self, text: str) -> bool:
        """Scroll so the first heading reading ``text`` is at the top; False if there is none."""
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.text().strip() == text.strip():
                top = self.document().documentLayout().blockBoundingRect(block).top()
                self.verticalScrollBar().setValue(int(top))
                return True
            block = block.next()
        return False

    def _scroll_to_position(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    # -- links ---------------------------------------------------------------------
    def _on_anchor(self, url: QUrl) -> None:
        topic_id = topic_id_of(url)
        if topic_id:
            self.topic_requested.emit(topic_id)
        elif url.isValid() and not url.isEmpty():
            self.external_link.emit(url.toString())

    def _on_hover(self, url: QUrl) -> None:
        if url.isEmpty() or topic_id_of(url):
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), url.toString(), self)

    # Pages come from Content: nothing is ever fetched from the disk or the network.
    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt override)
        return None
