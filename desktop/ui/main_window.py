"""The shell: case bar, tab host, menus, status bar. Tabs do the work; this only hosts them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from desktop.domain.errors import UserError
from desktop.ui.cases.case_bar import CaseBar
from desktop.ui.common import messages
from desktop.ui.common.screen_fit import fit_to_screen
from desktop.ui.context import AppContext
from desktop.ui.lazy_tab import LazyTab

if TYPE_CHECKING:  # the store, dialogs, tabs, menus and lock screen load when first needed, after the first paint
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QTabWidget

    from desktop.domain.cases import Case
    from desktop.store.session import CaseSession
    from desktop.ui.actions import Action
    from desktop.ui.cases.case_tab import CaseTab
    from desktop.ui.desk.lock_screen import LockScreen

QUICK_HIDE_KEYS = "Ctrl+Shift+H"


class MainWindow(QMainWindow):
    settings_requested = Signal()
    sample_requested = Signal()
    first_painted = Signal()  # once, when the window first paints: start-up then does the rest (app.run_gui)
    unlocked = Signal()  # after unlock() has reopened the case that was open, if any
    case_checked = Signal(object)  # a CaseSession whose whole-file check finished, emitted from its thread

    def __init__(self, ctx: AppContext, deferred: bool = False) -> None:
        """``deferred``: the caller runs :meth:`finish_start_up` after the first paint.

        Touching PySide's ``Qt`` namespace the first time builds ~100 enum types
        (~15–20 ms), and menu actions touch it, so the parts that need it — the
        menus' actions, the centred empty page, the lock screen, the quick-hide
        shortcut, the status bar — are built just after the window shows (with the
        case, tens of ms later). The menu bar and its titles are built before: a
        menu bar added to a window already shown would stay hidden, and the page
        would jump.
        """
        super().__init__()
        self.ctx = ctx
        self.case: Case | None = None
        self.case_tab: CaseTab | None = None
        self.session: CaseSession | None = None
        self.log_tab: LazyTab | None = None
        self.learn_tab: LazyTab | None = None
        self.negotiate_tab: LazyTab | None = None
        self.export_tab: LazyTab | None = None
        self.locked = False
        self.setObjectName("MainWindow")
        fit_to_screen(self, 1100, 760)

        self.case_bar = CaseBar()
        self.tabs: QTabWidget | None = None
        self.stack = QStackedWidget()
        self.empty_page = QLabel()
        self.empty_page.setWordWrap(True)
        self._lock_screen: LockScreen | None = None
        self._lock_gate = None
        self.stack.addWidget(self.empty_page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.case_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.path_label = QLabel()
        self.path_label.setObjectName("dataPathLabel")
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.settings_menu = bar.addMenu(self.tr("&Settings"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.action_map: dict[Action, QAction] = {}  # every menu entry by name, from ui/actions.py, after the paint

        self.case_bar.case_selected.connect(self.open_case)
        self.case_bar.new_requested.connect(self.new_case)
        self.case_bar.browse_requested.connect(self.show_case_browser)
        self.case_bar.rename_requested.connect(self.rename_case)
        self.case_bar.delete_requested.connect(self.delete_case)
        self.case_bar.sample_requested.connect(self.sample_requested)
        self.case_bar.lock_requested.connect(self.lock)
        self.case_bar.hide_requested.connect(self.quick_hide)
        self.case_checked.connect(self._on_case_checked)
        self._update_title()
        self._started = False
        self._deferred = deferred
        self._painted = False
        if not deferred:
            self.finish_start_up()

    def finish_start_up(self) -> None:
        """What may wait until the window has painted once (see ``__init__``)."""
        if self._started:
            return
        self._started = True
        from desktop.ui.actions import create_actions, fill_menus

        self.action_map = create_actions(self)
        fill_menus(self, self.action_map)
        # The status bar (with the data folder) waits too: the first QStatusBar measures its
        # font and builds its size grip, ~1 ms the bare window's first paint never spends.
        # Added to a window already shown, it must be shown by hand, like the menu bar.
        status = self.statusBar()
        status.addWidget(self.path_label, 1)
        status.show()
        if self._deferred:
            # The first use of PySide's Qt namespace builds ~100 enum types (~15 ms): these two need
            # it, the case on screen does not. The next turn of the event loop still comes before
            # any key the person presses is handled, so quick hide is there before it can be asked for.
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self._finish_with_qt_namespace)
        else:
            self._finish_with_qt_namespace()

    def _finish_with_qt_namespace(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.setText(self.tr("No case is open. Click “New case” to start one."))
        hide = QShortcut(QKeySequence(QUICK_HIDE_KEYS), self)
        hide.setContext(Qt.ShortcutContext.ApplicationShortcut)
        hide.activated.connect(self.quick_hide)
        # While a replaced window awaits deletion two shortcuts share the keys;
        # hiding must still work then.
        hide.activatedAmbiguously.connect(self.quick_hide)

    @property
    def lock_screen(self) -> LockScreen:
        """Built on first use: the window needs it only once it locks (or desk mode attaches)."""
        if self._lock_screen is None:
            from desktop.ui.desk.lock_screen import LockScreen

            self._lock_screen = LockScreen()
            self._lock_screen.set_gate(self._lock_gate)
            self.stack.addWidget(self._lock_screen)
            self._lock_screen.unlock_requested.connect(self.unlock)
        return self._lock_screen

    def set_lock_gate(self, gate) -> None:
        """What the lock screen asks before it unlocks (desk mode's passcode gate).

        Kept here until the lock screen is first needed: building it uses PySide's Qt namespace,
        whose first use costs ~15 ms that the case on screen does not need.
        """
        self._lock_gate = gate
        if self._lock_screen is not None:
            self._lock_screen.set_gate(gate)

    # -- cases -------------------------------------------------------------------
    def refresh_cases(self) -> None:
        """The case bar: every case not archived, and the open one even if it is; nothing while locked."""
        if self.locked:  # the list itself shows clients' aliases
            self.case_bar.set_cases([], "")
            return
        import dataclasses  # here, not at the top: the first paint need not load it (~2 ms)

        current = self.case.id if self.case else ""
        # From the saved case list (store/case_list.py): a case file is read only when it changed
        # since it was listed, and never the open one (its file changes with every save; its name
        # comes from the session). 500 cases: ~12 ms, where opening every file took ~200 ms.
        # Archived cases stay out, except the one open.
        listing = self.ctx.case_list
        found = listing.scan()
        stale = [s.id for s in found if not s.complete and s.id != current]
        fresh = dict(zip(stale, listing.read(stale), strict=True)) if stale else {}
        shown = []
        for summary in found:
            summary = fresh.get(summary.id, summary)
            if summary is None:  # its folder went while it was read
                continue
            if summary.id == current and self.case is not None:
                summary = dataclasses.replace(summary, alias=self.case.alias, created_at=self.case.created_at, problem=None)
            if not summary.archived or summary.id == current:
                shown.append(summary)
        # Imported here, not at the top: the list fills after the first paint, which need not wait for it.
        from datetime import datetime

        shown.sort(key=lambda s: (s.created_at or datetime.min, s.id))
        self.case_bar.set_cases(shown, current)

    def open_case(self, case_id: str, *, explain: bool = True) -> bool:
        """Show ``case_id``; on failure explain (unless not ``explain``) and keep the current case.

        The case is shown from a cheap open; its whole-file check and the daily backup
        then run off the UI thread (``CaseSession.start_check``), and nothing is saved
        to the file until the check has passed (see ``store.session``).
        """
        if self.locked:
            return False
        self.save_open_case()
        from PySide6.QtWidgets import QTabWidget

        from desktop.store.session import CaseSession
        from desktop.ui.cases.case_tab import CaseTab

        try:
            session = CaseSession(self.ctx.cases, case_id, self._params, check_later=True)
        except UserError as exc:
            if explain:
                return self._could_not_open(case_id, exc)
            self.refresh_cases()
            return False
        case = session.case
        self.close_case_views()
        self.case = case
        self.session = session
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.case_tab = CaseTab(self.ctx, session)
        self.tabs.addTab(self.case_tab, self.tr("Case"))
        self.learn_tab = LazyTab(self._build_learn_tab)
        self.learn_tab.setObjectName("learnTabPage")
        self.tabs.addTab(self.learn_tab, self.tr("Know your rights"))
        self.log_tab = LazyTab(self._build_log_tab)
        self.log_tab.setObjectName("logTabPage")
        self.tabs.addTab(self.log_tab, self.tr("Log"))
        self.negotiate_tab = LazyTab(self._build_negotiate_tab)
        self.negotiate_tab.setObjectName("negotiateTabPage")
        self.tabs.addTab(self.negotiate_tab, self.tr("Negotiate"))
        self.export_tab = LazyTab(self._build_export_tab)
        self.export_tab.setObjectName("exportTabPage")
        self.tabs.addTab(self.export_tab, self.tr("Export report"))
        self.stack.addWidget(self.tabs)
        self.stack.setCurrentWidget(self.tabs)
        self.path_label.setText(self.tr("This case is stored in: %1").replace("%1", str(self.ctx.cases.data_dir.case_dir(case.id))))
        self.refresh_cases()
        self._update_title()
        self.ctx.signals.case_changed.emit(case.id)
        session.start_check(self.case_checked.emit)  # reported from the check's thread: queued to this one
        return True

    def _could_not_open(self, case_id: str, exc: UserError) -> bool:
        """Explain why ``case_id`` cannot be used; a damaged file gets the recovery offer (and reopens if recovered)."""
        from desktop.store.db import CaseDatabaseError

        if isinstance(exc, CaseDatabaseError):
            from desktop.ui.cases.backups_dialog import offer_recovery

            if offer_recovery(self, self.ctx.cases, case_id, exc):  # shows exc itself if not damaged
                return self.open_case(case_id)
        else:
            messages.show_error(self, exc)
        self.refresh_cases()
        return False

    def _on_case_checked(self, session) -> None:
        """The whole-file check of the open case finished: saves may go ahead, or the damage is explained.

        On damage the case's views and connection close first, so nothing can be saved and
        no handle stays open on the file the recovery renames; then the recovery is offered.
        """
        if session is not self.session:  # that case was closed meanwhile
            return
        try:
            session.finish_check()
        except UserError as exc:
            case_id = session.case.id
            self.close_case_views()
            self._update_title()
            self._could_not_open(case_id, exc)
            return
        if session.backup_problem is not None:
            self.statusBar().showMessage(session.backup_problem.message(self.ctx.lang))

    def _build_learn_tab(self):
        from desktop.ui.learn.learn_tab import LearnTab

        tab = LearnTab(self.ctx, self.content())
        tab.pdf_saved.connect(lambda path: self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", path), 8000))
        return tab

    def _build_negotiate_tab(self):
        from desktop.ui.negotiate.negotiate_tab import NegotiateTab

        return NegotiateTab(self.ctx, self.session, self.content())

    def _build_export_tab(self):
        from desktop.ui.export.export_tab import ExportTab

        return ExportTab(self.ctx, self.session, self.content())

    def _build_log_tab(self):
        from desktop.ui.log.log_tab import LogTab

        content = self.content()
        return LogTab(self.ctx, self.session, content, self.session.params)

    def _params(self):
        """The engine parameters for a session; loads the content first through :meth:`content`, so
        problems in it are still reported once."""
        self.content()
        return self.ctx.params()

    def content(self):
        """The app's content, loaded on first use; problems in it are reported once, calmly."""
        first = self.ctx.content is None
        content = self.ctx.get_content()
        if first and self.ctx.content_problems:
            lines = "\n".join(p.message(self.ctx.lang) for p in self.ctx.content_problems[:10])
            messages.show_info(self, self.tr("Some guidance could not be loaded"),
                               self.tr("Some of the app's content files have problems; the rest works. "
                                       "Please tell the legal-aid desk.\n\n%1").replace("%1", lines))
        return content

    def show_tab(self, name: str) -> QWidget | None:
        """Bring a tab forward by name ("case", "log"); returns its built widget."""
        if self.tabs is None:
            return None
        page = {"case": self.case_tab, "learn": self.learn_tab, "log": self.log_tab,
                "negotiate": self.negotiate_tab, "export": self.export_tab}.get(name)
        if page is None:
            return None
        self.tabs.setCurrentWidget(page)
        return page.ensure_built() if isinstance(page, LazyTab) else page

    def _case_pages(self) -> list[LazyTab]:
        return [p for p in (self.log_tab, self.negotiate_tab, self.export_tab) if p is not None]

    def close_case_views(self) -> None:
        """Destroy every widget that shows case data (not merely cover it), close the case file, and
        delete the temporary copies of its attachments that were opened for viewing."""
        if self.tabs is not None:
            for page in self._case_pages():
                if page is not None and page.inner is not None and hasattr(page.inner, "close_case"):
                    page.inner.close_case()
            self.stack.removeWidget(self.tabs)
            self.tabs.deleteLater()
        if self.case_tab is not None:
            self.case_tab.close_case()
        if self.session is not None:
            self.session.close()
        self.session = None
        from desktop.store.viewing_copies import remove_viewing_copies

        remove_viewing_copies(self.ctx.data_dir.root)  # opened attachments: switch, delete, lock and quit all pass here
        self.tabs = None
        self.case_tab = None
        self.log_tab = None
        self.learn_tab = None
        self.negotiate_tab = None
        self.export_tab = None
        self.case = None
        self.path_label.setText(self.tr("Data folder: %1").replace("%1", str(self.ctx.data_dir.root)))
        self.stack.setCurrentWidget(self.empty_page)

    def save_open_case(self) -> None:
        """Write the Case tab's notes now if they changed: before the case is closed, copied or locked."""
        if self.case_tab is not None:
            self.case_tab.save()

    def new_case(self) -> None:
        if self.locked:
            return
        from desktop.ui.cases.case_dialog import CaseNameDialog

        dialog = CaseNameDialog(self, self.tr("New case"))
        if not dialog.exec():
            return
        try:
            case = self.ctx.cases.create(dialog.alias)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self.open_case(case.id)

    def rename_case(self) -> None:
        if self.case is None:
            return
        from desktop.ui.cases.case_dialog import CaseNameDialog

        dialog = CaseNameDialog(self, self.tr("Rename case"), self.case.alias)
        if not dialog.exec():
            return
        try:
            self.case = self.session.rename(dialog.alias)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        if self.case_tab is not None:
            self.case_tab.set_alias(self.case.alias)
        self.refresh_cases()
        self._update_title()

    def delete_case(self) -> None:
        if self.case is None:
            return
        case = self.case
        if not messages.confirm(
            self,
            self.tr("Delete this case?"),
            self.tr(
                "Delete the case “%1” with all its records and evidence files from this computer? "
                "This cannot be undone."
            ).replace("%1", case.alias),
            self.tr("Delete the case"),
        ):
            return
        self.close_case_views()
        try:
            self.ctx.cases.delete(case.id)
        except UserError as exc:
            messages.show_error(self, exc)
            self.open_case(case.id)
            return
        self._open_next_usable()

    def _open_next_usable(self) -> None:
        """After the open case went away: the newest case that can be opened and is not archived, or none."""
        archived = self.ctx.case_list.is_archived
        # quick: the case opened next is checked once it is shown
        usable = [s for s in self.ctx.cases.list(quick=True) if s.problem is None and not archived(s.id)]
        if not (usable and self.open_case(usable[-1].id)):
            self.refresh_cases()
            self._update_title()

    def show_case_browser(self) -> None:
        """All cases: find one among hundreds and open it, or archive and unarchive cases."""
        if self.locked:
            return
        from desktop.ui.cases.case_browser import CaseBrowserDialog

        dialog = CaseBrowserDialog(self, self.ctx.case_list, self.case.id if self.case else "")
        dialog.archive_changed.connect(self._archive_changed)
        chosen = dialog.chosen_id if dialog.exec() else ""
        dialog.deleteLater()
        if chosen and not self.locked and (self.case is None or chosen != self.case.id):
            self.open_case(chosen)

    def _archive_changed(self, case_id: str, archived: bool) -> None:
        """Archiving the open case closes it calmly and opens the next one; the bar follows either way."""
        if not (archived and self.case is not None and self.case.id == case_id):
            self.refresh_cases()
            return
        alias = self.case.alias
        self.save_open_case()
        self.close_case_views()
        self._open_next_usable()
        self.statusBar().showMessage(
            self.tr("“%1” is archived and was closed. Its records are kept; find it under File → All cases.")
            .replace("%1", alias), 15000)

    # -- the case's file ----------------------------------------------------------
    def show_backups(self) -> None:
        """File → Backups of this case: list, back up now, restore."""
        if self.case is None or self.locked:
            return
        from desktop.ui.cases.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self, self.ctx.cases, self.case.id)
        dialog.about_to_restore.connect(lambda _id: (self.save_open_case(), self.close_case_views()))
        dialog.restored.connect(self.open_case)
        dialog.exec()

    def export_bundle(self) -> None:
        """File → Export the case to a file (.dchcase), optionally with a passphrase."""
        if self.case is None or self.locked:
            return
        self.save_open_case()
        from desktop.ui.cases.bundle_dialogs import ExportBundleDialog

        ExportBundleDialog(self, self.ctx.cases, self.case.id, self.case.alias).exec()

    def import_bundle(self) -> None:
        """File → Import a case from a file: always as a new case."""
        if self.locked:
            return
        from desktop.ui.cases.bundle_dialogs import ImportBundleDialog

        dialog = ImportBundleDialog(self, self.ctx.cases)
        if dialog.exec() and dialog.imported_case_id:
            self.open_case(dialog.imported_case_id)

    # -- privacy -----------------------------------------------------------------
    def lock(self) -> None:
        """Hide all case data: the views are destroyed, the case list emptied.

        The one place the app locks: the Lock button and menu, quick hide, the idle
        timer, a window re-created while locked, and the start with a passcode set
        all come here. Anything that must go on lock belongs here too.
        """
        if self.locked:
            return
        self.save_open_case()
        reopen = self.case.id if self.case else ""
        self.close_case_views()
        self._reopen_after_unlock = reopen
        self.locked = True
        self.case_bar.setEnabled(False)
        self.case_bar.set_cases([], "")
        self.stack.setCurrentWidget(self.lock_screen)
        self._update_title()

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self.case_bar.setEnabled(True)
        reopen = getattr(self, "_reopen_after_unlock", "")
        if not (reopen and self.open_case(reopen)):
            self.refresh_cases()
            self._update_title()
        self.unlocked.emit()

    def quick_hide(self) -> None:
        """Lock and get the window out of sight at once."""
        self.lock()
        self.showMinimized()

    # -- misc --------------------------------------------------------------------
    def show_about(self) -> None:
        from desktop.ui.about import AboutDialog

        AboutDialog(self, str(self.ctx.data_dir.root)).exec()

    def show_keyboard_map(self) -> None:
        from desktop.ui.keyboard_map import KeyboardMapDialog

        KeyboardMapDialog(self).exec()

    def _update_title(self) -> None:
        title = self.tr("Debt Call Helper")
        if self.case is not None and not self.locked:
            title = f"{self.case.alias} — {title}"
        self.setWindowTitle(title)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.save_open_case()
        self.close_case_views()
        super().closeEvent(event)
