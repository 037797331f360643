"""The composition root: QApplication, paths, settings, translators, fonts, store, window.

Kept light on purpose: start-up imports no reportlab and builds nothing that is
not on screen (design §10).
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, ORG_NAME, __version__, i18n
from desktop.domain.errors import UserError
from desktop.files.data_dir import DataDir
from desktop.paths import default_data_dir
from desktop.settings import DESK_PASSCODE, FIRST_RUN_DONE, LANGUAGE, LAST_CASE, TEXT_SCALE, Settings
from desktop.ui import fonts
from desktop.ui.common import messages
from desktop.ui.context import AppContext, AppSignals


def make_application(argv: list[str] | None = None, *, gc_on_gui_thread: bool = True) -> QApplication:
    """The QApplication; with ``gc_on_gui_thread`` (see :func:`guard_gc`) installed at once.

    ``run_gui`` passes False and guards right after the first paint, before it starts any
    thread: the guard costs ~1 ms the first paint need not wait for.
    """
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if gc_on_gui_thread:
        guard_gc(app)
    return app


def guard_gc(app: QApplication) -> None:
    """No garbage collection in worker threads: it can destroy widgets there."""
    from desktop.ui.gc_thread import collect_on_gui_thread

    collect_on_gui_thread(app)


def open_data_dir(root: Path) -> DataDir:
    data_dir = DataDir(root)
    data_dir.ensure()
    return data_dir


class App:
    """Owns the window and re-creates it when the language changes."""

    def __init__(self, app: QApplication, data_dir: DataDir, lang_override: str = "") -> None:
        self.qapp = app
        self.settings = Settings(data_dir.settings_file)
        lang = i18n.install(app, lang_override or i18n.resolve(self.settings.get(LANGUAGE)))
        fonts.apply(app, self.settings.get(TEXT_SCALE))
        self.ctx = AppContext(data_dir=data_dir, settings=self.settings, signals=AppSignals(), lang=lang)
        self.window = None
        self.desk_mode = None
        self._started = False  # start() has run once: later windows are re-creations
        self._case_after_unlock = False

    def build_window(self, open_case: bool = True):
        """The window; with ``open_case`` :meth:`start` runs before returning.

        ``run_gui`` passes False and calls :meth:`start` right after the first paint,
        so a person sees the window at once and the case a moment later.
        """
        from desktop.ui.main_window import MainWindow

        window = MainWindow(self.ctx, deferred=not open_case)
        window.settings_requested.connect(self.show_settings)
        window.sample_requested.connect(self.load_sample)
        window.unlocked.connect(self._open_case_after_unlock)
        self.ctx.signals.case_changed.connect(lambda case_id: self.settings.set(LAST_CASE, case_id))
        self.window = window
        if open_case:
            self.start()
        return window

    def start(self) -> None:
        """Desk mode on the window, then the last case — with a passcode set, only once it is typed.

        At the first start a passcode set is enough to lock, whatever happened
        before (quit from the lock screen, closed unlocked, killed), and no case is
        read until the passcode is typed. A window re-created while locked (a
        language change) is locked by desk mode before any case is opened in it.

        At the first start without a passcode nothing can be locked yet, so desk mode
        (an application-wide event filter, which every event of building the case's
        widgets would pass through) attaches right after the case is on screen.
        """
        if not self._started and self.desk_mode is None and not self._passcode_set():
            self._started = True
            self.open_initial_case()
            self.watch_desk()
            return
        self.watch_desk()
        window = self.window
        if not self._started and self.desk_mode.gate.is_set():
            window.lock()
        self._started = True
        if window.locked:
            self._case_after_unlock = True
        else:
            self.open_initial_case()

    def _passcode_set(self) -> bool:
        from desktop.domain.passcode import is_set

        return is_set(self.settings.get(DESK_PASSCODE))

    def _open_case_after_unlock(self) -> None:
        if self._case_after_unlock:
            self._case_after_unlock = False
            if self.window.case is None:
                self.open_initial_case()

    def watch_desk(self) -> None:
        """Desk mode (idle lock, passcode) follows the current window."""
        from desktop.ui.desk.desk_mode import DeskMode

        if self.desk_mode is None:
            self.desk_mode = DeskMode(self.qapp, self.window, self.settings)
        else:
            self.desk_mode.attach(self.window)  # a window re-created while locked starts locked

    def open_initial_case(self) -> None:
        """Open the case used last (or the newest usable one); never while locked, never an archived one.

        The last case is opened straight away, without listing (and opening) every case
        first; if it cannot be opened, the newest usable one is, as before, without a word
        (the case bar marks the one that cannot be opened).
        """
        window = self.window
        if window.locked:
            return
        last = self.settings.get(LAST_CASE)
        archived = self.ctx.case_list.is_archived
        if last and self.ctx.cases.exists(last) and not archived(last) and window.open_case(last, explain=False):
            return
        cases = self.ctx.cases.list(quick=True)
        usable = [c.id for c in cases if c.problem is None and c.id != last and not archived(c.id)]
        if usable:
            window.open_case(usable[-1])
        else:
            window.refresh_cases()
        return window

    def sweep_leftovers(self):
        """Remove the temporary files and folders killed commands left in the data folder; returns the thread.

        Runs on a thread of its own after the first paint: it only lists folders and
        removes files, so it is cheap, but it never delays what the person sees.
        """
        import threading

        from desktop.store.cases import CaseRepository

        thread = threading.Thread(target=CaseRepository(self.ctx.data_dir).cleanup_leftovers,
                                  name="sweep-leftovers", daemon=True)
        thread.start()
        return thread

    def first_run(self) -> None:
        """Welcome, language and the first case — only until a case exists."""
        from desktop.ui.cases.first_run import FirstRunDialog

        if self.window.locked or (self.settings.get(FIRST_RUN_DONE) and self.ctx.case_list.scan()):  # scan: no file opened
            return
        built_in = self.ctx.lang
        dialog = FirstRunDialog(self.window, self.ctx.lang)
        dialog.language_chosen.connect(self.set_language)
        accepted = dialog.exec()
        self.settings.set(LANGUAGE, dialog.chosen_language())
        self.settings.set(FIRST_RUN_DONE, True)
        if self.ctx.lang != built_in:
            # The window behind the dialog was built in the old language: its menus and
            # case bar would stay so until a restart.
            self.rebuild_window()
        if not accepted:
            return
        if dialog.wants_sample:
            self.load_sample()
            return
        try:
            case = self.ctx.cases.create(dialog.alias)
        except UserError as exc:
            messages.show_error(self.window, exc)
            return
        self.window.open_case(case.id)

    def set_language(self, lang: str) -> None:
        self.ctx.lang = i18n.install(self.qapp, lang)

    def show_settings(self) -> None:
        from desktop.ui.desk.settings_dialog import SettingsDialog

        window = self.window
        dialog = SettingsDialog(window, self.settings, case_open=window.case is not None and not window.locked,
                                data_folder=str(self.ctx.data_dir.root))
        dialog.backups_requested.connect(window.show_backups)
        if not dialog.exec():
            return
        self.settings.set(TEXT_SCALE, dialog.chosen_scale())
        fonts.apply(self.qapp, dialog.chosen_scale())
        self.ctx.signals.text_scale_changed.emit(dialog.chosen_scale())
        choice = dialog.chosen_language()
        if choice != self.settings.get(LANGUAGE) or i18n.resolve(choice) != self.ctx.lang:
            self.settings.set(LANGUAGE, choice)
            self.set_language(i18n.resolve(choice))
            self.rebuild_window()

    def rebuild_window(self) -> None:
        """Re-create the window so every label is in the new language; the open case stays open."""
        old = self.window
        geometry = old.saveGeometry()
        old.close()
        old.deleteLater()
        self.build_window()
        self.window.restoreGeometry(geometry)
        self.window.show()

    def load_sample(self) -> None:
        if self.window.locked:  # File → Load the sample case stays in the menu while locked
            return
        from desktop.content.sample_case import read_sample_case
        from desktop.store.sample_case import store_sample

        try:
            sample = read_sample_case(self.ctx.get_content(), self.ctx.lang)
            case = store_sample(self.ctx.cases, sample, self.ctx.params())
        except UserError as exc:
            messages.show_error(self.window, exc)
            return
        self.window.open_case(case.id)


class _FirstPaint(QObject):
    """Runs the deferred start-up once the window has painted for the first time.

    Timers of 0 ms can fire before the first paint, so the start-up work that
    may wait (opening the case, logging, the first-run dialog) is chained to
    the window's first paint itself (``MainWindow.first_painted``). With ``report``
    it prints the time for ``bench``.

    The window says when it paints rather than being watched by a Python event filter:
    a filter is handed every event the window gets before its paint (~18: show, move,
    resize, polish …), each wrapped for Python and several building their PySide type
    on the way, which cost ~3 ms before the first paint (and an application-wide filter,
    which also sees Qt's private objects, ~25 ms). Should no paint come (a window
    started minimised), a timer runs the rest anyway.
    """

    FALLBACK_MS = 1500

    def __init__(self, started: float, then, report: bool = False) -> None:
        super().__init__()
        self.started, self.then, self.report = started, then, report
        self.done = False
        QTimer.singleShot(self.FALLBACK_MS, self.fire)

    def fire(self) -> None:
        if self.done:
            return
        self.done = True
        if self.report:
            print(f"first-paint {time.perf_counter() - self.started:.4f}", flush=True)
        QTimer.singleShot(0, self.then)


def run_gui(data_root: Path | None, lang_override: str = "", first_paint_exit: bool = False) -> int:
    started = time.perf_counter()
    app = make_application(gc_on_gui_thread=False)
    root = data_root or default_data_dir()
    data_dir = _usable_data_dir(root)
    if data_dir is None:
        return 1
    from desktop import single_instance

    instance = single_instance.acquire(data_dir.root)
    if instance is None:  # already open on this data folder: bring that window forward instead
        i18n.install(app, lang_override or i18n.resolve(Settings(data_dir.settings_file).get(LANGUAGE)))
        return single_instance.hand_over(data_dir.root)
    app.aboutToQuit.connect(instance.release)
    sys.excepthook = _excepthook
    application = App(app, data_dir, lang_override)
    window = application.build_window(open_case=False)

    def rest_of_start_up() -> None:
        window.first_painted.disconnect(watcher.fire)
        guard_gc(app)  # first, before any worker thread starts
        from desktop import logs

        logs.install_logging_later(data_dir.logs)
        instance.watch(lambda: _bring_forward(application.window))
        application.window.finish_start_up()
        application.start()  # locks first when a passcode is set
        QTimer.singleShot(0, logs.install_pending)  # the case is on screen: now the log file
        from desktop.store.viewing_copies import remove_viewing_copies

        app.aboutToQuit.connect(lambda: remove_viewing_copies(data_dir.root))  # however the app quits
        QTimer.singleShot(0, lambda: remove_viewing_copies(data_dir.root))  # a crash's leftovers, after the paint
        application.sweep_leftovers()  # what a killed export or restore left behind, off the UI thread
        if first_paint_exit:
            # bench also reports when the case is on screen, menus and all.
            application.window.repaint()
            print(f"ready {time.perf_counter() - started:.4f}", flush=True)
            app.quit()
            return
        application.first_run()

    watcher = _FirstPaint(started, rest_of_start_up, report=first_paint_exit)
    window.first_painted.connect(watcher.fire)
    window.show()
    return app.exec()


def _bring_forward(window) -> None:
    """A second start asked for the window (desk mode's module loads then, not at start-up)."""
    from desktop.ui.desk.desk_mode import bring_forward

    bring_forward(window)


def _usable_data_dir(root: Path) -> DataDir | None:
    """The data folder, or — if it cannot be used — one the user picks, or None to quit."""
    while True:
        try:
            return open_data_dir(root)
        except UserError as exc:
            i18n.install(QApplication.instance(), i18n.system_language())
            picked = messages.pick_other_data_folder(exc)
            if not picked:
                return None
            root = Path(picked)


def _excepthook(exc_type, exc, tb) -> None:
    """A bug: log it without personal data, apologise, keep running."""
    from desktop.logs import log_bug

    log_bug(exc_type, tb)
    # Never let the error handler itself crash the app.
    with contextlib.suppress(Exception):
        messages.show_bug(QApplication.activeWindow())
