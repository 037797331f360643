"""Read aloud (朗读): a bar that reads a text view to the user, sentence by sentence, offline.

For people who read poorly: the Learn topics, the call script (also in the
live-call panel) and the letter preview can be heard. The bar reads one sentence
at a time and highlights it, so the listener can follow on the screen; Pause stops
after stopping the voice mid-sentence and Continue says that sentence again (every
engine can do that, not every engine can pause). Speed applies from the next sentence.

The voice is the computer's own (Qt's text-to-speech: SAPI / WinRT voices on
Windows, Speech Dispatcher on Linux), never a network service. The engine is
created on the first press, not when the window opens. Where there is no engine,
or no voice for the text's language, the bar says so plainly and how to add one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.sentences import split_sentences
from desktop.ui.common.topic_browser import READING

RATES = ((-0.35, "slow"), (0.0, "normal"), (0.3, "fast"))
NO_ENGINE, NO_VOICE = "no_engine", "no_voice"


class QtSpeech(QObject):
    """Qt's text-to-speech behind the three calls the bar needs; ``finished`` when an utterance ends by itself."""

    finished = Signal()
    failed = Signal()

    def __init__(self, lang: str, parent: QObject | None = None, engine: str = "") -> None:
        super().__init__(parent)
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._state_type = QTextToSpeech.State
        if not engine and sys.platform == "win32":
            engine = next((e for e in ("sapi", "winrt") if e in QTextToSpeech.availableEngines()), "")
        self.tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        self.problem = ""
        if self.tts.state() == QTextToSpeech.State.Error:
            self.problem = NO_ENGINE
        elif not self._choose_voice("en" if lang == "en" else "zh", "en_US" if lang == "en" else "zh_CN"):
            self.problem = NO_VOICE
        self._quiet = False
        self.tts.stateChanged.connect(self._state_changed)

    def _choose_voice(self, language: str, preferred: str) -> bool:
        """A voice for ``language`` ("zh", "en"), ``preferred`` locale first; never another language's voice."""
        locales = [loc for loc in self.tts.availableLocales() if loc.name().split("_")[0] == language]
        locales.sort(key=lambda loc: loc.name() != preferred)
        for locale in locales:
            self.tts.setLocale(locale)
            voices = self.tts.availableVoices()
            if voices:
                self.tts.setVoice(voices[0])
                return True
        return False

    def say(self, text: str, rate: float) -> None:
        self._quiet = False
        self.tts.setRate(rate)
        self.tts.say(text)

    def stop(self) -> None:
        self._quiet = True  # the Ready that follows is ours, not the end of the sentence
        self.tts.stop()

    def _state_changed(self, state) -> None:
        if state == self._state_type.Error:
            self.failed.emit()
        elif state == self._state_type.Ready and not self._quiet:
            self.finished.emit()


def make_speech(lang: str, parent: QObject) -> QtSpeech:
    """The speech engine for ``lang``; tests replace this with a fake."""
    return QtSpeech(lang, parent)


@dataclass(frozen=True)
class _Span:
    start: int  # document positions
    end: int
    text: str


def spans_of(target: QTextEdit | QPlainTextEdit) -> list[_Span]:
    """Every sentence of ``target``'s document, paragraph by paragraph, with document positions."""
    out: list[_Span] = []
    block = target.document().begin()
    while block.isValid():
        base = block.position()
        out.extend(_Span(base + s.start, base + s.end, s.text) for s in split_sentences(block.text()))
        block = block.next()
    return out


class ReadAloudBar(QWidget):
    """朗读 / Pause / Stop / speed for one text view; ``highlight(start, end)`` marks the sentence read
    (by default the view's extra selections; ``start == end`` clears)."""

    def __init__(self, target: QTextEdit | QPlainTextEdit, lang: str, parent: QWidget | None = None, *,
                 highlight: Callable[[int, int], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReadAloudBar")
        self.target, self.lang = target, lang
        self._highlight = highlight or self._mark
        self.speech: QtSpeech | None = None
        self.spans: list[_Span] = []
        self.index = -1
        self.paused = False

        self.read_button = QPushButton(self.tr("Read aloud"))
        self.read_button.setObjectName("readAloudButton")
        self.read_button.setToolTip(self.tr("Hear this text read out by the computer's voice, sentence by sentence"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setObjectName("readAloudPause")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("readAloudStop")
        self.speed = QComboBox()
        self.speed.setObjectName("readAloudSpeed")
        self.speed.setAccessibleName(self.tr("Reading speed"))
        for rate, code in RATES:
            label = {"slow": self.tr("Slow"), "normal": self.tr("Normal speed"), "fast": self.tr("Fast")}[code]
            self.speed.addItem(label, rate)
        self.speed.setCurrentIndex(1)
        self.status = QLabel()
        self.status.setObjectName("readAloudStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.read_button, self.pause_button, self.stop_button, self.speed):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)

        self.read_button.clicked.connect(self.read)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.speed.currentIndexChanged.connect(self._speed_changed)
        target.textChanged.connect(self.stop)  # a new page or an edit: what was being read is gone
        self._update_buttons()

    def set_language(self, lang: str) -> None:
        """Read in ``lang`` from now on (a letter has a language of its own, apart from the window's)."""
        if lang == self.lang:
            return
        self.stop()
        if self.speech is not None:
            self.speech.deleteLater()
            self.speech = None
        self.lang = lang

    # -- actions ---------------------------------------------------------------------
    def reading(self) -> bool:
        return self.index >= 0

    def read(self) -> None:
        """Start from the first sentence (or again from the top)."""
        self.stop()
        if not self._ensure_speech():
            return
        self.spans = spans_of(self.target)
        if not self.spans:
            self._tell(self.tr("There is no text here to read."))
            return
        self.status.hide()
        self.index = 0
        self.paused = False
        self._say_current()

    def toggle_pause(self) -> None:
        if not self.reading():
            return
        if self.paused:
            self.paused = False
            self._say_current()
        else:
            self.paused = True
            if self.speech is not None:
                self.speech.stop()
        self._update_buttons()

    def stop(self) -> None:
        if self.speech is not None and self.reading():
            self.speech.stop()
        self.index = -1
        self.paused = False
        self._highlight(0, 0)
        self._update_buttons()

    # -- the engine --------------------------------------------------------------------
    def _ensure_speech(self) -> bool:
        if self.speech is None:
            try:
                self.speech = make_speech(self.lang, self)
            except Exception:  # noqa: BLE001 — a missing or broken engine must never take the window down
                self.speech = None
                self._tell(self._no_engine_text())
                return False
            self.speech.finished.connect(self._sentence_done)
            self.speech.failed.connect(self._engine_failed)
        if self.speech.problem == NO_ENGINE:
            self._tell(self._no_engine_text())
            return False
        if self.speech.problem == NO_VOICE:
            self._tell(self._no_voice_text())
            return False
        return True

    def _say_current(self) -> None:
        span = self.spans[self.index]
        self._highlight(span.start, span.end)
        self._scroll_to(span.start)
        self._update_buttons()
        self.speech.say(span.text, float(self.speed.currentData()))

    def _sentence_done(self) -> None:
        if not self.reading() or self.paused:
            return
        self.index += 1
        if self.index >= len(self.spans):
            self.stop()
            return
        self._say_current()

    def _engine_failed(self) -> None:
        if not self.reading():
            return
        self.stop()
        self._tell(self.tr("Reading stopped: the computer's voice ran into a problem. Press “Read aloud” to "
                           "try again."))

    def _speed_changed(self) -> None:
        if self.reading() and not self.paused and self.speech is not None:
            self.speech.stop()
            self._say_current()  # the new speed from this sentence on

    # -- the view ------------------------------------------------------------------------
    def _mark(self, start: int, end: int) -> None:
        if start >= end:
            self.target.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.target.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(READING)
        selection.format = fmt
        self.target.setExtraSelections([selection])

    def _scroll_to(self, position: int) -> None:
        cursor = QTextCursor(self.target.document())
        cursor.setPosition(position)
        rect = self.target.cursorRect(cursor)
        viewport = self.target.viewport().rect()
        if not viewport.contains(rect):
            bar = self.target.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - viewport.height() // 3)

    def _update_buttons(self) -> None:
        self.pause_button.setEnabled(self.reading())
        self.stop_button.setEnabled(self.reading())
        self.pause_button.setText(self.tr("Continue") if self.paused else self.tr("Pause"))

    def _tell(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def _no_engine_text(self) -> str:
        return self.tr("This computer has no voice for reading aloud, so the text cannot be read out. Nothing "
                       "else is affected; you can ask someone to read it with you.")

    def _no_voice_text(self) -> str:
        if self.lang == "en":
            return self.tr("This computer has no English voice. On Windows: Start → Settings → Time & language → "
                           "Speech → Add voices, choose English, then start this app again.")
        return self.tr("This computer has no Chinese voice, so Chinese text cannot be read out. On Windows: "
                       "Start → Settings → Time & language → Speech → Add voices, choose “Chinese (Simplified, "
                       "China)”, then start this app again.")

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # A closed dialog, another tab or a locked window: the voice must not go on reading.
        self.stop()
        super().hideEvent(event)
