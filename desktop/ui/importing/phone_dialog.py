"""Import from phone: how to make the export, choose it, see one row per number, import the ticked ones.

The window's pages:

1. **How to** (with pictures, content in ``resources/phone/``) and the ways to give a source:
   Choose file…, Choose folder…, drag and drop, or an iPhone backup found in the standard
   Windows folders. Several sources add up (the calls file, the messages file, the recordings).
2. **Reading** on a worker thread, with progress and Cancel. Reading never writes anything,
   so a cancel leaves the case as it was.
3. **Preview**: one row per number (a model, not a widget per row), pre-ticked as the
   preview says and why; the suggested marks of the selected number as tick boxes the user
   confirms; problems with a source as a calm message of what to do.
4. **Import** of the ticked numbers on a worker thread, all or nothing, with a backup first
   (``CaseSession.import_phone``, on a connection of its own); Cancel rolls it back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.phone_evidence.preview import DEFAULT_SERVICE_PREFIXES, plan_import
from desktop.domain.punctuation import list_separator
from desktop.store.phone_backup import default_backup_roots, find_backups
from desktop.store.phone_import import known_identities
from desktop.ui.common import messages
from desktop.ui.common.jobs import BUG, JobRunner, JobSignals
from desktop.ui.common.screen_fit import fit_to_screen
from desktop.ui.importing.busy_page import BusyPage
from desktop.ui.importing.phone_groups_model import (
    ANSWERED,
    FIRST,
    LAST,
    NAME,
    NUMBER,
    SAMPLE,
    WHY,
    PhoneGroupsModel,
)
from desktop.ui.importing.phone_work import CaseFacts, Read, read_sources, source_problems

PAGE_START, PAGE_BUSY, PAGE_MESSAGE, PAGE_PREVIEW = range(4)


def case_facts(session, content) -> CaseFacts:
    """What the preview needs from the case, read on the UI thread's connection."""
    return CaseFacts(session.contacts.numbers(), frozenset(known_identities(session)), content.keyword_rules,
                     content.service_prefixes or DEFAULT_SERVICE_PREFIXES, content.recording_names)


class PhoneImportDialog(QDialog):
    """``exec()`` is true when contacts were stored."""

    def __init__(self, parent: QWidget | None, *, session, content, lang: str,
                 backup_roots: list[Path] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhoneImportDialog")
        self.setWindowTitle(self.tr("Import from phone"))
        self.setAcceptDrops(True)
        fit_to_screen(self, 1040, 740)
        self.session, self.content, self.lang = session, content, lang
        self.rule_labels = {rid: rule.label(lang) for rid, rule in getattr(content, "rules", {}).items()}
        self.paths: list[str] = []
        self.read: Read | None = None
        self.result_ = None
        self.confirmed: dict[str, set[str]] = {}
        self._importing = False
        self._close_when_done = False
        self._signals = JobSignals()
        self._jobs = JobRunner(self._signals)
        self._signals.finished.connect(self._job_finished)
        self._signals.failed.connect(self._job_failed)
        self._signals.progress.connect(self._job_progress)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._start_page(backup_roots))
        self.stack.addWidget(self._busy_page())
        self.stack.addWidget(self._message_page())
        self.stack.addWidget(self._preview_page())

        # A plain row (not a QDialogButtonBox, which orders buttons per platform): Import then Close,
        # as on Windows, so the Tab order and the reading order agree everywhere.
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("phoneImportButton")
        self.import_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("phoneCloseButton")
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        # Enter must never press a button by itself here: a stray Enter on "Tick all" and then on
        # Import would bring personal calls into the case.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    # -- pages -----------------------------------------------------------------------
    def _start_page(self, backup_roots: list[Path] | None) -> QWidget:
        page = QWidget()
        self.howto = QTextBrowser()
        self.howto.setObjectName("phoneHowto")
        self.howto.setAccessibleName(self.tr("How to make an export on the phone"))
        self.howto.setOpenLinks(False)
        text, pictures = self.content.phone_howto(self.lang)
        if pictures is not None:
            self.howto.setSearchPaths([str(pictures)])
        if text:
            self.howto.setMarkdown(text)
        else:
            self.howto.setPlainText(self.tr("The how-to text is missing from this copy of the app. You can still "
                                            "choose an export below."))
        self.choose_file_button = QPushButton(self.tr("Choose file…"))
        self.choose_file_button.setObjectName("phoneChooseFile")
        self.choose_folder_button = QPushButton(self.tr("Choose folder…"))
        self.choose_folder_button.setObjectName("phoneChooseFolder")
        for button in (self.choose_file_button, self.choose_folder_button):
            button.setMinimumHeight(36)
        self.choose_file_button.clicked.connect(self.choose_file)
        self.choose_folder_button.clicked.connect(self.choose_folder)
        drop_hint = QLabel(self.tr("You can also drag a file or folder onto this window."))
        drop_hint.setWordWrap(True)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("phoneChosen")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backups_box = QGroupBox(self.tr("iPhone backups on this computer"))
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("phoneBackupList")
        self.backup_list.setAccessibleName(self.tr("iPhone backups on this computer"))
        self.read_backup_button = QPushButton(self.tr("Read this backup"))
        self.read_backup_button.setObjectName("phoneReadBackup")
        self.read_backup_button.setEnabled(False)
        self.backup_list.currentRowChanged.connect(lambda row: self.read_backup_button.setEnabled(row >= 0))
        self.backup_list.itemActivated.connect(lambda _item: self.read_backup())
        self.read_backup_button.clicked.connect(self.read_backup)
        box_layout = QVBoxLayout(self.backups_box)
        box_layout.addWidget(self.backup_list)
        box_layout.addWidget(self.read_backup_button)
        self._list_backups(backup_roots)

        # The how-to takes the whole width (its pictures are 640 pixels wide); the ways to give
        # an export sit in one row under it.
        self.backup_list.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_file_button)
        buttons.addWidget(self.choose_folder_button)
        buttons.addWidget(drop_hint)
        buttons.addWidget(self.chosen_label)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(buttons, 1)
        row.addWidget(self.backups_box, 2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.howto, 1)
        layout.addLayout(row)
        return page

    def _list_backups(self, roots: list[Path] | None) -> None:
        try:
            found = find_backups(default_backup_roots() if roots is None else roots)
        except OSError:
            found = []
        for backup in found:
            when = backup.last_backup.astimezone().strftime("%Y-%m-%d %H:%M") if backup.last_backup else ""
            text = f"{backup.device_name or backup.path.name}  {when}".strip()
            if backup.encrypted:
                text += "  " + self.tr("(encrypted: cannot be read)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
            self.backup_list.addItem(item)
        if not found:
            self.backup_list.addItem(self.tr("None found in the usual places."))
            self.backup_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def _busy_page(self) -> QWidget:
        page = BusyPage(self.cancel_job, "phoneCancelJob")
        self.busy_label, self.progress, self.cancel_button = page.label, page.progress, page.cancel_button
        return page

    def _message_page(self) -> QWidget:
        page = QWidget()
        self.message_label = QLabel()
        self.message_label.setObjectName("phoneMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = QPushButton(self.tr("Back to the how-to"))
        self.back_button.setObjectName("phoneBack")
        self.back_button.clicked.connect(self.start_over)
        layout = QVBoxLayout(page)
        layout.addWidget(self.message_label, 1)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("phoneSummary")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("phoneProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.setStyleSheet("color: #8a5200;")
        self.model = PhoneGroupsModel(self.lang, self)
        self.model.ticks_changed.connect(self._ticks_changed)
        self.table = QTableView()
        self.table.setObjectName("phoneGroupsTable")
        self.table.setAccessibleName(self.tr("Numbers found on the phone"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SAMPLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        # Counts are short: their columns are as wide as their headings, so the number, the reason
        # and the sample message fit at the default window size.
        for column in range(self.model.columnCount()):
            heading = self.model.headerData(column, Qt.Orientation.Horizontal)
            self.table.setColumnWidth(column, metrics.horizontalAdvance(heading) + 28)
        for column, sample in ((NUMBER, "1069 0000 0000 1"), (NAME, "某某某某"), (ANSWERED, "000 / 000"),
                               (FIRST, "2026-12-04 23:59"), (LAST, "2026-12-04 23:59"), (WHY, "短信提到 起诉/上门/通讯录…")):
            self.table.setColumnWidth(column, max(self.table.columnWidth(column),
                                                  metrics.horizontalAdvance(sample) + 24))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_suggestions(current.row()))
        self.tick_all_button = QPushButton(self.tr("Tick all"))
        self.untick_all_button = QPushButton(self.tr("Untick all"))
        self.add_source_button = QPushButton(self.tr("Add another export…"))
        self.add_source_button.setObjectName("phoneAddSource")
        self.tick_all_button.clicked.connect(lambda: self.model.set_all(True))
        self.untick_all_button.clicked.connect(lambda: self.model.set_all(False))
        self.add_source_button.clicked.connect(lambda: self.stack.setCurrentIndex(PAGE_START))
        tools = QHBoxLayout()
        tools.addWidget(self.tick_all_button)
        tools.addWidget(self.untick_all_button)
        tools.addStretch(1)
        tools.addWidget(self.add_source_button)

        self.suggestions_box = QGroupBox(self.tr("Suggested marks for the selected number"))
        self.suggestions_box.setObjectName("phoneSuggestions")
        self.suggestions_layout = QVBoxLayout(self.suggestions_box)
        self.suggestions_note = QLabel()
        self.suggestions_note.setWordWrap(True)
        self.suggestions_layout.addWidget(self.suggestions_note)
        self.suggestion_boxes: list[QCheckBox] = []

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_label)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.suggestions_box)
        return page

    # -- choosing sources --------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the phone export"), "",
            self.tr("SMS Backup & Restore files (*.xml);;Recordings (*.m4a *.mp3 *.amr *.aac *.wav *.3gp);;All files (*)"),
        )
        if path:
            self.add_sources([path])

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose an iPhone backup or a recordings folder"))
        if path:
            self.add_sources([path])

    def read_backup(self) -> None:
        item = self.backup_list.currentItem()
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if path:
            self.add_sources([path])

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and not self._busy():
            event.acceptProposedAction()
            self.add_sources(paths)

    def add_sources(self, paths: list[str]) -> None:
        """Read ``paths`` (with the sources read before) on a worker thread; the preview shows all of them."""
        if self._busy():
            return
        new = [p for p in paths if p not in self.paths]
        if not new and self.read is not None:
            self.stack.setCurrentIndex(PAGE_PREVIEW)
            return
        try:
            case = case_facts(self.session, self.content)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        known = dict(self.read.sources) if self.read is not None else {}
        wanted = self.paths + new
        names = list_separator(self.lang).join(Path(p).name for p in new)
        self.busy_label.setText(self.tr("Reading “%1”… Nothing is stored while reading.").replace("%1", names))
        self.progress.setRange(0, 0)
        self._pending_paths = wanted
        self._start(lambda report: read_sources(wanted, known, case, report))

    def start_over(self) -> None:
        self.stack.setCurrentIndex(PAGE_PREVIEW if self.read is not None else PAGE_START)

    # -- the preview ---------------------------------------------------------------------
    def _show_read(self, read: Read) -> None:
        self.read = read
        self.paths = list(read.sources)
        self.confirmed = {k: v for k, v in self.confirmed.items() if any(g.number == k for g in read.preview.groups)}
        self.chosen_label.setText(self.tr("Read so far: %1").replace("%1", "\n".join(Path(p).name for p in self.paths)))
        preview = read.preview
        problems = list(source_problems(read.sources.values())) + list(preview.problems)
        if not preview.groups:
            text = self.tr("Nothing to import was found in what you chose.")
            if problems:
                text += "\n\n" + "\n".join(dict.fromkeys(p.message(self.lang) for p in problems))
            else:
                text += " " + self.tr("Check that you chose the exported file or the backup folder itself.")
            self.read = None if not any(s.exports or s.recordings for s in read.sources.values()) else read
            self._message(text)
            return
        self.summary_label.setText(
            self.tr("%1 numbers: %2 calls, %3 messages, %4 recordings (%5 new, %6 already in this case). "
                    "Nothing is stored until you click Import; only ticked numbers are imported.")
            .replace("%1", f"{len(preview.groups):,}").replace("%2", f"{preview.calls:,}")
            .replace("%3", f"{preview.messages:,}").replace("%4", f"{preview.recordings:,}")
            .replace("%5", f"{preview.new:,}").replace("%6", f"{preview.known:,}")
        )
        lines = list(dict.fromkeys(p.message(self.lang) for p in problems))
        unmatched = len(preview.unmatched_recordings)
        if unmatched:
            lines.append(self.tr("%1 recordings could not be given a number; they are not imported. Marked entries "
                                 "are explained in the last column.").replace("%1", f"{unmatched:,}"))
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))
        self.model.set_groups(preview.groups, {g.number: preview.recording_count(g) for g in preview.groups})
        self.stack.setCurrentIndex(PAGE_PREVIEW)
        if preview.groups:
            self.table.selectRow(0)
            self._show_suggestions(0)

    def _show_suggestions(self, row: int) -> None:
        for box in self.suggestion_boxes:
            self.suggestions_layout.removeWidget(box)
            box.hide()  # at once: deleteLater() leaves it painted under the next number's boxes until then
            box.deleteLater()
        self.suggestion_boxes = []
        if row < 0 or row >= self.model.rowCount():
            self.suggestions_note.setText("")
            return
        group = self.model.group_at(row)
        if not group.suggestions:
            self.suggestions_note.setText(self.tr("No suggested marks for this number."))
            return
        self.suggestions_note.setText(self.tr(
            "The texts of %1 contain these words. Tick a mark only if it is true; only ticked marks are stored."
        ).replace("%1", self.model.data(self.model.index(row, NUMBER))))
        confirmed = self.confirmed.setdefault(group.number, set())
        for suggestion in group.suggestions:
            label = self.rule_labels.get(suggestion.rule_id, suggestion.rule_id)
            box = QCheckBox(self.tr("%1 (the texts say “%2”)").replace("%1", label).replace("%2", suggestion.phrase))
            box.setObjectName(f"suggestion_{suggestion.rule_id}")
            box.setChecked(suggestion.rule_id in confirmed)
            box.toggled.connect(lambda on, rid=suggestion.rule_id, number=group.number: self._confirm(number, rid, on))
            self.suggestions_layout.addWidget(box)
            self.suggestion_boxes.append(box)

    def _confirm(self, number: str, rule_id: str, on: bool) -> None:
        marks = self.confirmed.setdefault(number, set())
        if on:
            marks.add(rule_id)
        else:
            marks.discard(rule_id)

    def _ticks_changed(self, count: int) -> None:
        self.import_button.setText(self.tr("Import %1 records from %2 ticked numbers")
                                   .replace("%1", f"{self.model.ticked_new():,}").replace("%2", f"{count:,}"))
        self.import_button.setEnabled(count > 0 and not self._busy())

    # -- importing ---------------------------------------------------------------------
    def start_import(self) -> None:
        if self.read is None or self._busy():
            return
        numbers = self.model.ticked_numbers()
        if not numbers:
            return
        try:
            self.session.wait_for_check()
        except UserError as exc:
            messages.show_error(self, exc)
            return
        preview, session = self.read.preview, self.session
        confirmed = {n: frozenset(self.confirmed.get(n, ())) for n in numbers}
        planned = plan_import(preview, numbers, confirmed, self.content.keyword_rules)
        if not planned:
            self._message(self.tr("Everything from the ticked numbers is already in this case. Nothing new to import."))
            return
        self._importing = True
        self.busy_label.setText(self.tr("Importing %1 records… The case is backed up first; if anything goes "
                                        "wrong, nothing is stored.").replace("%1", f"{len(planned):,}"))
        self.progress.setRange(0, max(1, len(planned)))
        self.progress.setValue(0)
        self._start(lambda report: session.import_phone(planned, progress=report, checkpoint=lambda: report(0, 0)))

    # -- the worker ------------------------------------------------------------------------
    def _busy(self) -> bool:
        return self.stack.currentIndex() == PAGE_BUSY

    def _start(self, work) -> None:
        self.cancel_button.setEnabled(True)
        self.import_button.setEnabled(False)
        self.stack.setCurrentIndex(PAGE_BUSY)
        self._jobs.start(work)

    def cancel_job(self) -> None:
        """Reading: abandon at once (nothing was written). Importing: ask the worker to roll back, and wait."""
        self._jobs.cancel()
        if self._importing:
            self.cancel_button.setEnabled(False)
            self.busy_label.setText(self.tr("Cancelling… nothing will be stored."))
            return
        self._jobs.abandon()
        self._back_to_idle()

    def _back_to_idle(self) -> None:
        self.stack.setCurrentIndex(PAGE_PREVIEW if self.read is not None else PAGE_START)
        self._ticks_changed(len(self.model.ticked_numbers()) if self.read is not None else 0)

    def _message(self, text: str) -> None:
        self.message_label.setText(text)
        self.stack.setCurrentIndex(PAGE_MESSAGE)
        self.import_button.setEnabled(False)

    def _job_progress(self, token: int, done: int, total: int) -> None:
        if token != self._jobs.token or not total:
            return
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _job_finished(self, token: int, result) -> None:
        if token != self._jobs.token:
            return
        if self._importing:
            self._importing = False
            self.result_ = result
            messages.show_info(self, self.tr("Import finished"), result.message(self.lang))
            self.accept()
            return
        self._show_read(result)
        self._ticks_changed(len(self.model.ticked_numbers()) if self.read is not None else 0)

    def _job_failed(self, token: int, error) -> None:
        if token != self._jobs.token:
            return
        was_importing, self._importing = self._importing, False
        if error is None:  # cancelled
            if self._close_when_done:
                super().reject()
                return
            self._back_to_idle()
            if was_importing:
                self._message(self.tr("The import was cancelled. Nothing was stored."))
            return
        if error is BUG:
            text = self.tr("Sorry, something went wrong inside the app. Nothing was stored. Please try again; if it "
                           "keeps happening, tell the legal-aid desk.")
        else:
            text = error.message(self.lang)
        self._message(text)

    def reject(self) -> None:
        if self._importing:  # closing mid-import means cancel; the window closes once it is rolled back
            self._close_when_done = True
            self.cancel_job()
            return
        self._jobs.abandon()
        super().reject()
