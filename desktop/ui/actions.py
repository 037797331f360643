"""The window's actions — every entry of the File, Settings and Help menus — by name.

Each :class:`Action` has one factory that builds its ``QAction`` (text, keys) and connects
it to a public method (or signal) of the window; :func:`create_actions` builds them all and
the window keeps them in ``window.action_map``, so code and tests reach an action by its
name (``window.action_map[Action.LOCK].trigger()``) rather than by searching menus for
its text. :data:`MENUS` says where each one goes. (The idea is MusicBrainz Picard's
``ui/mainwindow/actions.py``.)

The window builds its actions after the first paint (see ``MainWindow.__init__``): this
module touches Qt's enums, and the texts are the window's, translated in its context.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

LOCK_KEYS = "Ctrl+L"  # Help → Keyboard shortcuts reads the keys from here and from the window


class Action(Enum):
    NEW_CASE = "new_case"
    ALL_CASES = "all_cases"
    LOAD_SAMPLE = "load_sample"
    BACKUPS = "backups"
    EXPORT_BUNDLE = "export_bundle"
    IMPORT_BUNDLE = "import_bundle"
    LOCK = "lock"
    QUICK_HIDE = "quick_hide"
    QUIT = "quit"
    SETTINGS = "settings"
    KEYBOARD_MAP = "keyboard_map"
    ABOUT = "about"


SEPARATOR = None
# menu → its entries in order; the menus themselves (and their titles) are the window's.
MENUS: dict[str, tuple[Action | None, ...]] = {
    "file": (
        Action.NEW_CASE, Action.ALL_CASES, Action.LOAD_SAMPLE, SEPARATOR,
        Action.BACKUPS, Action.EXPORT_BUNDLE, Action.IMPORT_BUNDLE, SEPARATOR,
        Action.LOCK, Action.QUICK_HIDE, SEPARATOR,
        Action.QUIT,
    ),
    "settings": (Action.SETTINGS,),
    "help": (Action.KEYBOARD_MAP, Action.ABOUT),
}

_FACTORIES: dict[Action, Callable[[MainWindow], QAction]] = {}


def _factory(action: Action):
    def register(make: Callable[[MainWindow], QAction]):
        _FACTORIES[action] = make
        return make

    return register


def _make(window: MainWindow, text: str, slot: Callable, keys=None) -> QAction:
    # Not QAction(text, window): PySide resolves that overload in ~1 ms the first time (measured),
    # and this runs just after the first paint, while the case is being opened. Not setShortcut
    # either: resolving its overloads builds PySide's whole Qt namespace (~15 ms, measured), which
    # the case on screen does not otherwise need; setShortcuts with a list does not.
    action = QAction(window)
    action.setText(text)
    action.triggered.connect(slot)
    if keys is not None:
        action.setShortcuts([QKeySequence(keys)])
    return action


# The texts are written out in each call (not through a helper) so that lupdate finds them.
@_factory(Action.NEW_CASE)
def _new_case(window: MainWindow) -> QAction:
    return _make(window, QCoreApplication.translate("MainWindow", "&New case…"), window.new_case,
                 QKeySequence.StandardKey.New)


@_factory(Action.ALL_CASES)
def _all_cases(window: MainWindow) -> QAction:
    return _make(window, QCoreApplication.translate("MainWindow", "&All cases…"), window.show_case_browser,
                 QKeySequence.StandardKey.Open)


@_factory(Action.LOAD_SAMPLE)
def _load_sample(window: MainWindow) -> QAction:
    return _make(window, QCoreApplication.translate("MainWindow", "Load the &sample case"),
                 window.sample_requested.emit)


@_factory(Action.BACKUPS)
def _backups(window: MainWindow) -> QAction:
    return _make(window, QCoreApplication.translate("MainWindow", "&Backups of this case…"), window.show_backups)


@_factory(Action.EXPORT_BUNDLE)
def _export_bundle(window: MainWindow) -> QAction:
    return _make(window, QCoreApplication.translate("MainWindow", "&Export the case to a file…"),
                 window.export_bundle)


@_factory(Action.IMPORT_BUNDLE)
def _import_bundle(window: MainWindow) -> QAction:
    return _make(window, QCoreApplication.translate("MainWindow", "&Import a case from a file…"),
                 window.import_bundle)


@_factory(Action.LOCK)
def _lock(window: MainWindow) -> QAction:
    return _make(window, QCoreApplication.translate("MainWindow", "&Lock"), window.lock, LOCK_KEYS)


@_factory(Action.QUICK_HIDE)
def _quick_hide(window: MainWindow) -> QAction:
    # Its keys are an application-wide shortcut of the window (``QUICK_HIDE_KEYS``), not the
    # entry's: they must work in every dialog, and while a replaced window awaits deletion.
    return _make(window, QCoreApplication.translate("MainWindow", "Quick &hide"), window.quick_hide)


@_factory(Action.QUIT)
def _quit(window: MainWindow) -> QAction:
    return _make(window, QCoreApplication.translate("MainWindow", "&Quit"), window.close,
                 QKeySequence.StandardKey.Quit)


@_factory(Action.SETTINGS)
def _settings(window: MainWindow) -> QAction:
    return _make(window, QCoreApplication.translate("MainWindow", "&Settings…"), window.settings_requested.emit)


@_factory(Action.KEYBOARD_MAP)
def _keyboard_map(window: MainWindow) -> QAction:
    return _make(window, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts…"), window.show_keyboard_map)


@_factory(Action.ABOUT)
def _about(window: MainWindow) -> QAction:
    return _make(window, QCoreApplication.translate("MainWindow", "&About…"), window.show_about)


def create_actions(window: MainWindow) -> dict[Action, QAction]:
    """Every action of the window, built and connected, by name."""
    return {action: _FACTORIES[action](window) for action in Action}


def fill_menus(window: MainWindow, actions: dict[Action, QAction]) -> None:
    """Put the actions into the window's File, Settings and Help menus, in :data:`MENUS` order."""
    menus = {"file": window.file_menu, "settings": window.settings_menu, "help": window.help_menu}
    for name, entries in MENUS.items():
        menu = menus[name]
        for action in entries:
            if action is SEPARATOR:
                menu.addSeparator()
            else:
                menu.addAction(actions[action])
