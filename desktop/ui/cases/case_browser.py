"""All cases (所有案件): find, open, archive and unarchive any case of the data folder.

Built for a desk with hundreds of clients and for the keyboard: the search box has the focus,
typing filters as you type, Up/Down move through the matches and Enter opens the highlighted
one — Ctrl+O, a few letters, Enter. The rows appear at once from the saved lines
(:class:`CaseListRepository`); cases that changed since they were last read are shown as they
were, in grey, and read again on Qt's thread pool in small batches, newest first, so the window
never waits for hundreds of case files.

The dialog opens nothing itself: it hands the chosen id to the window, which opens it the usual
way (a damaged case goes to the recovery offer). Archiving is done here and announced with
:attr:`CaseBrowserDialog.archive_changed`, so the window can close an archived open case.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.store.case_list import CaseListRepository
from desktop.ui.cases.case_list import (
    ALIAS,
    ARCHIVED,
    CONTACTS,
    CREATED,
    FLAGGED,
    ID_ROLE,
    LAST_ACTIVITY,
    CaseFilterProxy,
    CaseListModel,
)
from desktop.ui.common import messages
from desktop.ui.common.column_fit import Column, ColumnFitter, natural_width
from desktop.ui.common.screen_fit import fit_to_screen

BATCHES = (8, 24, 48)  # cases per reading: the first rows fill at once, later batches re-sort less often
STOP_WAIT_S = 10.0  # the longest a closing dialog waits for the case being read (a big file's check)
_NAVIGATION_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class _ReaderSignals(QObject):
    batch = Signal(int, object)  # reader token, [(case id, CaseSummary | None)]
    finished = Signal(int)  # reader token


class _Reader(QRunnable):
    """Reads the given cases' lines off the UI thread; stops between cases once ``cancel`` is set."""

    def __init__(self, token: int, listing: CaseListRepository, ids: list[str], signals: _ReaderSignals,
                 cancel: threading.Event, done: threading.Event) -> None:
        super().__init__()
        self.token, self.listing, self.ids, self.signals = token, listing, ids, signals
        self.cancel, self.done = cancel, done

    def run(self) -> None:
        # ``done`` is set only after the last use of ``signals``: the dialog waits for it before it
        # (and the signals object it owns) is destroyed, so no emit may follow it.
        try:
            try:
                start, sizes = 0, list(BATCHES)
                while start < len(self.ids) and not self.cancel.is_set():
                    size = sizes.pop(0) if len(sizes) > 1 else sizes[0]
                    batch = self.ids[start:start + size]
                    start += size
                    self.signals.batch.emit(self.token, list(zip(batch, self.listing.read(batch), strict=True)))
            except RuntimeError:  # the dialog is gone (it waits for this, but never crash over it)
                return
            except Exception as exc:  # a bug: logged without personal data; the rows keep their old values
                from desktop.logs import log_bug

                log_bug(type(exc), exc.__traceback__)
            with contextlib.suppress(RuntimeError):
                self.signals.finished.emit(self.token)
        finally:
            self.done.set()


class CaseBrowserDialog(QDialog):
    """Every case; :attr:`chosen_id` is the case to open once the dialog is accepted."""

    archive_changed = Signal(str, bool)  # case id, archived now

    def __init__(self, parent: QWidget | None, listing: CaseListRepository, current_id: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("CaseBrowserDialog")
        self.setWindowTitle(self.tr("All cases"))
        self.listing = listing
        self.current_id = current_id
        self.chosen_id = ""
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._done.set()
        self._reading = 0  # cases being read; 0 once the last batch has been shown
        self._open_when_found = False  # Enter was pressed before any case matched, while reading
        self._read = 0
        self._token = 0  # the current reader's: a stopped reader's last signals are told apart

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Type part of a name or of the notes"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(200)
        self.search.setAccessibleName(self.tr("Find a case"))
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.search)
        self.show_archived = QCheckBox(self.tr("Show a&rchived cases"))
        self.show_archived.setObjectName("showArchived")

        self.model = CaseListModel(parent=self)
        self.proxy = CaseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortLocaleAware(True)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSortIndicator(LAST_ACTIVITY, Qt.SortOrder.DescendingOrder)

        self.hint = QLabel(self.tr("Type to search, use ↑ ↓ to choose, and press Enter to open."))
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("caseBrowserStatus")
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openCaseButton")
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.setToolTip(self.tr("Take the case out of the case bar. Nothing of it is deleted."))
        self.unarchive_button = QPushButton(self.tr("&Unarchive"))
        self.unarchive_button.setObjectName("unarchiveButton")
        self.unarchive_button.setToolTip(self.tr("Show the case in the case bar again"))
        close_button = QPushButton(self.tr("Close"))
        for button in (self.open_button, self.archive_button, self.unarchive_button, close_button):
            button.setAutoDefault(False)  # Enter opens the highlighted case, wherever the focus is

        top = QHBoxLayout()
        top.addWidget(find_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.unarchive_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        fit_to_screen(self, 980, 620)

        self._signals = _ReaderSignals(self)
        self._signals.batch.connect(self._batch_read)
        self._signals.finished.connect(self._reading_finished)
        self.search.textChanged.connect(self._search_changed)
        self.show_archived.toggled.connect(self._archived_toggled)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.proxy.rowsInserted.connect(lambda *_: self._after_rows_changed())
        self.proxy.rowsRemoved.connect(lambda *_: self._after_rows_changed())
        self.proxy.modelReset.connect(self._after_rows_changed)
        self.proxy.layoutChanged.connect(self._update_status)
        self.open_button.clicked.connect(self.open_current)
        self.archive_button.clicked.connect(lambda: self._set_archived(True))
        self.unarchive_button.clicked.connect(lambda: self._set_archived(False))
        close_button.clicked.connect(self.reject)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)

        self.reload()
        self._fit_columns()
        self.search.setFocus()

    # -- the list ------------------------------------------------------------------
    def reload(self) -> None:
        """List the cases again from the folder (at once) and read the changed ones in the background."""
        self._stop_reading()
        rows = self.listing.scan()
        # Newest folders first: the background reading follows the rows, so recent clients fill first.
        rows.sort(key=lambda s: s.id, reverse=True)
        self.model.reset(rows)
        self._select_first()
        self._start_reading(self.model.incomplete_ids())
        self._update_status()

    def _start_reading(self, ids: list[str]) -> None:
        if not ids:
            return
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._reading, self._read = len(ids), 0
        self._token += 1
        QThreadPool.globalInstance().start(
            _Reader(self._token, self.listing, ids, self._signals, self._cancel, self._done))

    def _stop_reading(self) -> None:
        self._cancel.set()
        # The reader stops after the case it is reading; its signals belong to this dialog.
        self._done.wait(STOP_WAIT_S)
        self._reading = 0

    def _batch_read(self, token: int, results: list) -> None:
        self.model.update(results)  # a stopped reader's last batch is still true: keep it
        if token == self._token and self._reading:
            self._read += len(results)
        self._update_status()

    def _reading_finished(self, token: int) -> None:
        if token == self._token:
            self._reading = 0
            self._update_status()

    @property
    def reading(self) -> bool:
        """True until every case being read in the background is shown."""
        return self._reading > 0

    # -- search and selection --------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self._open_when_found = False
        self.proxy.set_search(text)
        self._select_first()
        self._update_status()

    def _archived_toggled(self, show: bool) -> None:
        self.proxy.set_show_archived(show)
        if not self.table.currentIndex().isValid():
            self._select_first()
        self._update_status()

    def _select_first(self) -> None:
        if self.proxy.rowCount() == 0:
            self.table.setCurrentIndex(QModelIndex())
            self.table.clearSelection()
        else:
            self.table.selectRow(0)
            self.table.scrollToTop()
        self._update_buttons()

    def _after_rows_changed(self) -> None:
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self._select_first()
        self._update_buttons()
        self._update_status()
        if self._open_when_found and self.current_summary() is not None:
            self._open_when_found = False
            self.open_current()
        elif not self.reading:
            self._open_when_found = False

    def current_summary(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary_of(index.siblingAtColumn(ALIAS).data(ID_ROLE))

    def _update_buttons(self) -> None:
        summary = self.current_summary()
        self.open_button.setEnabled(summary is not None)
        self.archive_button.setEnabled(summary is not None and not summary.archived)
        self.unarchive_button.setEnabled(summary is not None and summary.archived)

    def _update_status(self, *_args) -> None:
        total = sum(1 for row in range(self.model.rowCount())
                    if self.proxy.show_archived or not self.model.summary(row).archived)
        shown = self.proxy.rowCount()
        if self.model.rowCount() == 0:
            text = self.tr("There are no cases yet. Close this window and click “New case” to start one.")
        elif shown == 0 and self.search.text().strip():
            text = self.tr("No case matches “%1”. Try fewer letters, or tick “Show archived cases”.").replace(
                "%1", self.search.text().strip())
        else:
            text = self.tr("Showing %1 of %2 cases.").replace("%1", str(shown)).replace("%2", str(total))
        if self._reading:
            text += " " + self.tr("Checking %1 of %2 cases that changed since they were last listed…").replace(
                "%1", str(min(self._read, self._reading))).replace("%2", str(self._reading))
        self.status.setText(text)

    def _fit_columns(self) -> None:
        t = self.table
        ColumnFitter(t, [
            Column(CREATED, natural_width(t, CREATED, "2026-12-31"), 70),
            Column(LAST_ACTIVITY, natural_width(t, LAST_ACTIVITY, "2026-12-31 23:59"), 90),
            Column(CONTACTS, natural_width(t, CONTACTS, "99999"), 50),
            Column(FLAGGED, natural_width(t, FLAGGED, "99999"), 50),
            Column(ARCHIVED, natural_width(t, ARCHIVED, ""), 50),  # the header is as wide as "Archived"
        ], stretch=ALIAS, stretch_minimum=160)

    # -- keys ------------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress and obj in (self.search, self.table):
            key = event.key()
            if key in _ENTER_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.open_current()
                return True
            if obj is self.search and key in _NAVIGATION_KEYS:
                from PySide6.QtWidgets import QApplication

                QApplication.sendEvent(self.table, event)  # move through the matches, typing goes on
                return True
        return super().eventFilter(obj, event)

    # -- actions -----------------------------------------------------------------------
    def open_current(self) -> None:
        summary = self.current_summary()
        if summary is None:
            # Typed faster than the cases were read: Enter opens the first match as soon as
            # the reading shows one (typing again, or the reading ending, forgets it).
            self._open_when_found = self.reading
            return
        self.chosen_id = summary.id
        self.accept()

    def _set_archived(self, archived: bool) -> None:
        summary = self.current_summary()
        if summary is None:
            return
        row = self.table.currentIndex().row()
        try:
            if archived:
                self.listing.archive(summary.id)
            else:
                self.listing.unarchive(summary.id)
        except UserError as exc:
            messages.show_error(self, exc)
            if not self.listing.cases.exists(summary.id):
                self.model.remove(summary.id)  # its folder was deleted while this window was open
            return
        self.model.update([(summary.id, replace(summary, archived=archived))])
        if archived and not self.proxy.show_archived:
            note = self.tr("“%1” is archived: it is kept whole but no longer shown in the case bar. "
                           "Tick “Show archived cases” to find it here.")
        elif archived:
            note = self.tr("“%1” is archived: it is kept whole but no longer shown in the case bar.")
        else:
            note = self.tr("“%1” is back in the case bar.")
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(min(row, self.proxy.rowCount() - 1))
        self._update_buttons()
        self._update_status()
        self.status.setText(note.replace("%1", summary.alias) + " " + self.status.text())
        self.archive_changed.emit(summary.id, archived)

    def done(self, result: int) -> None:  # noqa: D401 (Qt override)
        """Closing (Open, Close, Esc, a lock) first stops the background reading."""
        self._stop_reading()
        super().done(result)
