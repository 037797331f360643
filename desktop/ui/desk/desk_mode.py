"""Desk mode: auto-lock after idle minutes, a passcode before unlocking, a quick hide that always works.

Several clients share one computer at a legal-aid desk (design §1, §8). This
controller watches the whole application's input and locks the window after
``DESK_IDLE_MINUTES`` without any; the lock screen asks for the passcode
through :class:`PasscodeGate` when one is set. The passcode is a privacy
screen, not encryption: the files on disk stay as they are.

Locking while a dialog is open first closes the dialog (a dialog can show a
client's records and sits above the lock screen); ``about_to_lock`` is emitted
before, for anything that wants to keep a draft.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.domain import passcode
from desktop.settings import (
    DESK_BLOCKED_UNTIL,
    DESK_FAILED_TRIES,
    DESK_IDLE_MINUTES,
    DESK_PASSCODE,
    DESK_PASSCODE_TOO_SHORT,
    Settings,
)
from desktop.ui.main_window import QUICK_HIDE_KEYS

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseMove,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.InputMethod,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


@dataclass(frozen=True)
class Attempt:
    """The outcome of a passcode try: ``ok``, or wrong; ``wait`` seconds before the next try."""

    ok: bool
    wait: int = 0
    checked: bool = True  # False: refused without looking, the wait was not over


class PasscodeGate:
    """The passcode and its throttle, kept in settings (so a restart resets neither)."""

    def __init__(self, settings: Settings, clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.clock = clock

    def is_set(self) -> bool:
        return passcode.is_set(self.settings.get(DESK_PASSCODE))

    def _throttle(self) -> passcode.Throttle:
        state = passcode.ThrottleState(
            self.settings.get(DESK_FAILED_TRIES), self.settings.get(DESK_BLOCKED_UNTIL)
        )
        return passcode.Throttle(state, self.clock)

    def _save(self, throttle: passcode.Throttle) -> None:
        self.settings.set(DESK_FAILED_TRIES, throttle.state.failures)
        self.settings.set(DESK_BLOCKED_UNTIL, throttle.state.blocked_until)

    def wait_seconds(self) -> int:
        throttle = self._throttle()
        wait = throttle.wait_seconds()
        self._save(throttle)  # a clock set back shortens a stored wait to the cap
        return wait

    def try_passcode(self, text: str, *, upgrade: bool = True) -> Attempt:
        """Check ``text`` against the passcode, counting wrong tries; no passcode set → ok.

        With ``upgrade`` a right passcode hashed at an older cost is stored again at today's.
        """
        if not self.is_set():
            return Attempt(ok=True)
        throttle = self._throttle()
        wait = throttle.wait_seconds()
        if wait:
            self._save(throttle)
            return Attempt(ok=False, wait=wait, checked=False)
        stored = self.settings.get(DESK_PASSCODE)
        if passcode.verify(stored, text):
            throttle.record_success()
            self._save(throttle)
            if upgrade:
                self._upgrade(stored, text)
            return Attempt(ok=True)
        wait = throttle.record_failure()
        self._save(throttle)
        return Attempt(ok=False, wait=wait)

    def _upgrade(self, stored: str, typed: str) -> None:
        """After a right passcode: store it at today's cost if it was hashed cheaper; note if it is too short."""
        better = passcode.rehash(stored, typed)
        if better is not None:
            self.settings.set(DESK_PASSCODE, better)
        self.settings.set(DESK_PASSCODE_TOO_SHORT, passcode.is_too_short(typed))

    def too_short(self) -> bool:
        """Whether the passcode set is one typed shorter than today's minimum (ask for a new one)."""
        return self.is_set() and self.settings.get(DESK_PASSCODE_TOO_SHORT)

    def _store(self, value: str) -> None:
        self.settings.set(DESK_PASSCODE, value)
        self.settings.set(DESK_PASSCODE_TOO_SHORT, False)

    def set_first(self, new: str) -> None:
        """Set a passcode where none is set (UserError for a bad one)."""
        if self.is_set():
            raise RuntimeError("a passcode is already set: change it with the current one")
        self._store(passcode.hash_passcode(new))

    def change(self, current: str, new: str) -> Attempt:
        """Replace the passcode after checking the current one; a bad new one raises UserError first."""
        passcode.validate(new)
        attempt = self.try_passcode(current, upgrade=False)  # replaced next anyway
        if attempt.ok:
            self._store(passcode.hash_passcode(new))
        return attempt

    def remove(self, current: str) -> Attempt:
        attempt = self.try_passcode(current, upgrade=False)
        if attempt.ok:
            self._store("")
        return attempt


class DeskMode(QObject):
    """Watches input application-wide and locks ``window`` after the idle minutes in settings.

    ``window`` needs ``lock()``, ``quick_hide()``, ``locked``, ``set_lock_gate()`` and ``lock_screen``
    (a :class:`~desktop.ui.desk.lock_screen.LockScreen`). When the composition
    root re-creates the window (a language change), it calls :meth:`attach`.
    """

    about_to_lock = Signal()

    def __init__(
        self,
        app: QApplication,
        window,
        settings: Settings,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        check_ms: int = 5000,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.clock = clock
        self.gate = PasscodeGate(settings, wall_clock)
        self.window = None
        self._stopped = False
        self._last_input = clock()
        self._hide_keys = QKeySequence(QUICK_HIDE_KEYS)
        app.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check_idle)
        self._timer.start()
        self.attach(window)

    def attach(self, window) -> None:
        """Follow a new window; if the one it replaces was locked, the new one starts locked."""
        old = self.window
        self.window = window
        window.set_lock_gate(self.gate)  # the lock screen itself is built when it is first shown
        window.destroyed.connect(self._window_destroyed)
        if old is not None and old is not window:
            # A window already deleted cannot say; assume it was locked (fail closed).
            was_locked = not shiboken6.isValid(old) or old.locked
            if was_locked:
                window.lock()
        self._last_input = self.clock()

    def _window_destroyed(self, obj=None) -> None:
        # Checked once the deletion is over: stop only if no new window was attached (the app is closing).
        QTimer.singleShot(0, self, self._stop_if_orphaned)

    def _stop_if_orphaned(self) -> None:
        if self.window is None or not shiboken6.isValid(self.window):
            self.window = None
            self.stop()

    def stop(self) -> None:
        """Stop watching (the window has gone, or a test is done). Safe to call twice."""
        if self._stopped or not shiboken6.isValid(self):
            return
        self._stopped = True
        self._timer.stop()
        self.app.removeEventFilter(self)

    def idle_minutes(self) -> int:
        return self.settings.get(DESK_IDLE_MINUTES)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._last_input = self.clock()
            if kind == QEvent.Type.KeyPress and self._is_quick_hide(event) and self._dialog_open():
                self.lock_now(minimise=True)
                return True
        elif kind == QEvent.Type.ShortcutOverride and self._is_quick_hide(event) and self._dialog_open():
            # A modal dialog blocks the window's own shortcut: take the keys here so
            # quick hide works wherever the focus is.
            event.accept()
            return True
        return False

    def _is_quick_hide(self, event) -> bool:
        try:
            return QKeySequence(event.keyCombination()) == self._hide_keys
        except AttributeError:  # not a key event after all
            return False

    @staticmethod
    def _dialog_open() -> bool:
        return QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None

    def check_idle(self) -> None:
        """Lock when nobody has touched the app for the idle minutes in settings (0 = never)."""
        minutes = self.idle_minutes()
        window = self.window
        if minutes <= 0 or window is None or not shiboken6.isValid(window) or window.locked:
            return
        if self.clock() - self._last_input >= minutes * 60:
            self.lock_now()

    def lock_now(self, minimise: bool = False) -> None:
        """Close any dialog or menu (they can show a client's data above the lock screen), then lock."""
        window = self.window
        if window is None or not shiboken6.isValid(window):
            return
        self.about_to_lock.emit()
        _close_dialogs()
        if minimise:
            window.quick_hide()
        else:
            window.lock()
        window.lock_screen.refresh()


def _close_dialogs() -> None:
    # Closing the top one makes the one beneath it active: repeat. A dialog's
    # exec() returns Rejected once this handler returns, and the widgets the
    # lock destroys are deleted only after those nested loops have ended.
    for _ in range(50):
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            continue
        modal = QApplication.activeModalWidget()
        if modal is None:
            break
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.hide()
    for widget in QApplication.topLevelWidgets():
        # Non-modal dialogs too (they would float above the lock screen).
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


def bring_forward(window: QWidget | None) -> None:
    """Show ``window`` in front (a second start of the app asked for it). Keeps it maximised if it was."""
    if window is None or not shiboken6.isValid(window):
        return
    # Here, not at the top: the first import of PySide's Qt namespace builds ~100 enum types
    # (~15 ms), and desk mode is loaded while the case is put on screen.
    from PySide6.QtCore import Qt

    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized or not window.isVisible():
        window.setWindowState((state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        window.show()
    window.raise_()
    window.activateWindow()
