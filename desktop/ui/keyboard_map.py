"""Help → Keyboard shortcuts: every key the app answers to, in one readable page.

The keys are read from the constants the window, the tabs and the forms use, so
this page and the keys themselves cannot drift apart (a test checks every
shortcut of the window appears here).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.ui.actions import LOCK_KEYS
from desktop.ui.common.form_parts import SAVE_KEYS
from desktop.ui.common.screen_fit import fit_to_screen
from desktop.ui.learn.learn_tab import BACK_KEYS, FORWARD_KEYS
from desktop.ui.log.log_tab import LIVE_CALL_KEYS
from desktop.ui.main_window import QUICK_HIDE_KEYS

_Std = QKeySequence.StandardKey


def _keys(*keys) -> list[str]:
    """Each key as this computer's system writes it (standard keys differ between Windows and macOS)."""
    texts = []
    for key in keys:
        # A standard key as the app's shortcuts take it: the system's first binding
        # (Windows has none for Quit).
        text = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
        if text and text not in texts:
            texts.append(text)
    return texts


def sections() -> list[tuple[str, list[tuple[list[str], str]]]]:
    """(heading, [(keys, what they do)]) in the order the page shows them, untranslated."""
    return [
        (QT_TRANSLATE_NOOP("KeyboardMapDialog", "Everywhere in the window"), [
            (_keys(QUICK_HIDE_KEYS), QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "Quick hide: lock the case and hide the window at once")),
            (_keys(LOCK_KEYS), QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "Lock: hide this case's records until you continue")),
            (_keys(_Std.New), QT_TRANSLATE_NOOP("KeyboardMapDialog", "New case")),
            (_keys(_Std.Open), QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "All cases: type a few letters of a name or note, then Enter opens it")),
            (_keys(_Std.Quit), QT_TRANSLATE_NOOP("KeyboardMapDialog", "Quit")),
            (["Alt"], QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "Go to the menu bar; then the arrow keys choose, Enter opens")),
            (["Alt+F", "Alt+S", "Alt+H"], QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "Open the File, Settings or Help menu (the underlined letter)")),
            (["Ctrl+Tab", "Ctrl+Shift+Tab"], QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "Next or previous tab (Case, Know your rights, Log, …)")),
            (["Tab", "Shift+Tab"], QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "Move to the next or previous field or button")),
            (["Space"], QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "Press the button, or tick the box, that has the focus")),
        ]),
        (QT_TRANSLATE_NOOP("KeyboardMapDialog", "Log"), [
            (_keys(LIVE_CALL_KEYS), QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "On a call now: start the live-call panel")),
            (["N"], QT_TRANSLATE_NOOP("KeyboardMapDialog", "New record (in the list of records)")),
            (_keys("Return", "Enter"), QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "Edit the chosen record (in the list)")),
            (_keys(_Std.Delete), QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "Delete the chosen record, with a reason (in the list)")),
            (_keys(_Std.Undo), QT_TRANSLATE_NOOP("KeyboardMapDialog", "Undo the last deletion")),
        ]),
        (QT_TRANSLATE_NOOP("KeyboardMapDialog", "Know your rights"), [
            (_keys(_Std.Find), QT_TRANSLATE_NOOP("KeyboardMapDialog", "Search the guidance")),
            (_keys(BACK_KEYS), QT_TRANSLATE_NOOP("KeyboardMapDialog", "Back to the topic read before")),
            (_keys(FORWARD_KEYS), QT_TRANSLATE_NOOP("KeyboardMapDialog", "Forward again")),
        ]),
        (QT_TRANSLATE_NOOP("KeyboardMapDialog", "Record form and live-call panel"), [
            (_keys(*SAVE_KEYS), QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "Save (the live-call panel: end the call and save)")),
            (_keys("Esc"), QT_TRANSLATE_NOOP(
                "KeyboardMapDialog", "Close (you are asked before anything typed is lost)")),
        ]),
    ]


def _translated() -> list[tuple[str, list[tuple[list[str], str]]]]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("KeyboardMapDialog", text)

    return [(tr(heading), [(keys, tr(what)) for keys, what in rows]) for heading, rows in sections()]


class KeyboardMapDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KeyboardMapDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.sections = _translated()
        self.page = QTextBrowser()
        self.page.setObjectName("keyboardMap")
        self.page.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.page.setOpenLinks(False)
        self.page.setHtml(self._html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 620)

    def _html(self) -> str:
        # A plain table: a screen reader reads it row by row, keys then what they do.
        intro = self.tr("Keys joined by + are pressed together; “or” between keys: either one.")
        parts = [f"<p>{escape(intro)}</p>"]
        for heading, rows in self.sections:
            parts.append(f"<h3>{escape(heading)}</h3><table width='100%' cellpadding='4'>")
            for keys, what in rows:
                if not keys:
                    continue  # a standard key this system does not have
                # Return and Enter are both "Enter" on the keyboard people look at.
                names = dict.fromkeys(k.replace("Return", "Enter") for k in keys)
                shown = escape(self.tr(" or ").join(names))
                parts.append(f"<tr><td width='35%'><b>{shown}</b></td><td>{escape(what)}</td></tr>")
            parts.append("</table>")
        return "".join(parts)

    def key_sequences(self) -> set[str]:
        """Every key listed, as portable text (for the test that no shortcut is left out)."""
        return {key for _heading, rows in self.sections for keys, _what in rows for key in keys}
