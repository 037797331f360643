"""催收记录 — the log: every contact as evidence, with automatic flags, filters and a summary."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.content.model import Content
from desktop.domain.errors import UserError
from desktop.domain.legal import FREQUENT, THIRD_PARTY, strength_label
from desktop.domain.punctuation import bracketed
from desktop.domain.rules_engine import GRADES, HIGH, LOW, MEDIUM, EngineParams, grade_label
from desktop.store.session import CaseSession
from desktop.ui.common import messages
from desktop.ui.common.column_fit import Column, ColumnFitter, natural_width
from desktop.ui.common.scrolling import scroll_area
from desktop.ui.context import AppContext
from desktop.ui.log.contact_table import (
    CHANNEL,
    CLAIMED,
    DURATION,
    FLAGS,
    LOAN,
    NUMBER,
    SUMMARY,
    TIME,
    ContactTableModel,
)
from desktop.ui.log.delete_reason import ask_delete_reason
from desktop.ui.log.log_filter import LogFilterBar
from desktop.ui.log.log_summary import LogSummary
from desktop.ui.log.rule_chips import RuleChipsDelegate, RuleInfo

LIVE_CALL_KEYS = "F2"


class LogTab(QWidget):
    def __init__(self, ctx: AppContext, session: CaseSession, content: Content, params: EngineParams,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LogTab")
        self.ctx, self.session, self.content, self.params = ctx, session, content, params
        self.lang = ctx.lang
        self.loans = session.loans.labels()
        self._last_deleted: int | None = None

        self.live_button = QPushButton(self.tr("On a call now (F2)"))
        self.live_button.setObjectName("liveCallButton")
        self.live_button.setMinimumHeight(48)
        font = self.live_button.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.live_button.setFont(font)
        self.new_button = QPushButton(self.tr("New record (N)"))
        self.new_button.setObjectName("newContactButton")
        self.edit_button = QPushButton(self.tr("Edit (Enter)"))
        self.delete_button = QPushButton(self.tr("Delete (Del)"))
        self.history_button = QPushButton(self.tr("History"))
        self.files_button = QPushButton(self.tr("Open attachments"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.phone_button = QPushButton(self.tr("Import from phone…"))
        self.phone_button.setObjectName("phoneImportEntry")
        self.phone_button.setAccessibleName(self.tr("Import calls, messages and recordings from a phone"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        actions = QHBoxLayout()
        actions.addWidget(self.live_button, 2)
        for button in (self.new_button, self.edit_button, self.delete_button, self.history_button,
                       self.files_button, self.import_button, self.phone_button, self.export_button):
            button.setMinimumHeight(36)
            actions.addWidget(button)

        self.filter_bar = LogFilterBar(self.loans)
        self.model = ContactTableModel(session.contacts, self.loans, self,
                                       rule_labels={key: info.label for key, info in self._rule_infos().items()})
        self.table = QTableView()
        self.table.setObjectName("contactTable")
        self.table.setAccessibleName(self.tr("Records"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(TIME, Qt.SortOrder.DescendingOrder)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrowed column's header ends in "…"
        # (column, widest usual text, how far it may shrink, as a share of its natural width):
        # time, number and length never shrink (a phone number cut to "138 0000 11…" is no
        # use as evidence); the rule chips, the name and the loan give up width first; the
        # chips are elided one by one and read in full in their tooltip.
        fits = ((TIME, "2026-11-28 23:59", 1.0), (CHANNEL, "电话 · 未接 → 单位", 0.7),
                (FLAGS, "联系第三人（严重）   泄露债务信息   ", 0.45), (NUMBER, "138 0000 0000", 1.0),
                (CLAIMED, "某某资产管理", 0.5), (LOAN, "京东金条", 0.6), (DURATION, "10:00", 1.0))
        columns = []
        for column, sample, keep in fits:
            natural = natural_width(self.table, column, sample)
            columns.append(Column(column, natural, int(natural * keep)))
        # What was said is the reason to keep a log: about ten characters of it stay in view.
        self.column_fitter = ColumnFitter(self.table, columns, stretch=SUMMARY,
                                          stretch_minimum=self.fontMetrics().horizontalAdvance("某某" * 5))
        self.table.setItemDelegateForColumn(FLAGS, RuleChipsDelegate(self._rule_infos(), self.table))

        self.summary = LogSummary(session.contacts, {r.id: r.label(self.lang) for r in content.rules.values()},
                                  f"{params.quiet_start:%H:%M}–{params.quiet_end:%H:%M}")
        # The summary scrolls when the text is large and the window small, rather than its
        # wrapped lines being squeezed on top of each other.
        summary_scroll = scroll_area(self.summary, frame=False, sideways=False, name=self.tr("Summary"))
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(summary_scroll)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([818, 260])  # at the default 1100-pixel window the summary side is at its minimum
        summary_scroll.setMinimumWidth(260)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.undo_bar = QWidget()
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel(self.tr("The record was deleted. It stays in the history."))
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.setObjectName("undoButton")
        undo_layout.addWidget(self.undo_label)
        undo_layout.addWidget(self.undo_button)
        undo_layout.addStretch(1)
        self.undo_bar.hide()
        self.empty_hint = QLabel(self.tr("No contacts recorded yet. When a collector calls, click “On a call now”; "
                                         "to record an earlier call or message, click “New record”."))
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.undo_bar, 1)
        layout.addLayout(bottom)

        self.live_button.clicked.connect(self.live_call)
        self.new_button.clicked.connect(self.new_contact)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(self.show_history)
        self.files_button.clicked.connect(self.open_attachments)
        self.import_button.clicked.connect(self.import_file)
        self.phone_button.clicked.connect(self.import_phone)
        self.export_button.clicked.connect(self.export_csv)
        self.undo_button.clicked.connect(self.undo_delete)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        header.sectionClicked.connect(self._sort_clicked)
        self.filter_bar.changed.connect(self._filter)
        self.model.count_known.connect(self._show_count)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._shortcut(LIVE_CALL_KEYS, self.live_call, Qt.ShortcutContext.WidgetWithChildrenShortcut, self)
        self._shortcut("N", self.new_contact, Qt.ShortcutContext.WidgetShortcut, self.table)
        self._shortcut("Return", self.edit_selected, Qt.ShortcutContext.WidgetShortcut, self.table)
        self._shortcut("Enter", self.edit_selected, Qt.ShortcutContext.WidgetShortcut, self.table)
        self._shortcut(QKeySequence.StandardKey.Delete, self.delete_selected, Qt.ShortcutContext.WidgetShortcut,
                       self.table)
        self._shortcut(QKeySequence.StandardKey.Undo, self.undo_delete, Qt.ShortcutContext.WidgetWithChildrenShortcut,
                       self)
        self.refresh()
        QTimer.singleShot(0, self.summary.refresh)

    def close_case(self) -> None:
        """Called before the case's file is closed (lock, switch, delete, quit)."""
        self.model.detach()
        self.summary.detach()

    # -- building ------------------------------------------------------------------
    def _shortcut(self, keys, slot, context, widget) -> None:
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)

    def _rule_infos(self) -> dict[str, RuleInfo]:
        infos = {}
        for rule in self.content.rules.values():
            tip = f"{rule.explain(self.lang)}<br><i>{strength_label(rule.strength, self.lang)}</i>"
            danger = rule.danger(self.lang)
            if danger:
                tip += f"<br><b>{danger}</b>"
            infos[rule.id] = RuleInfo(rule.label(self.lang), rule.severity, tip)
        frequent, third = self.content.rules.get(FREQUENT), self.content.rules.get(THIRD_PARTY)
        if frequent is not None:
            tip = infos[FREQUENT].tooltip + "<br>" + self.tr(
                "These records name no loan, so the day's calls count as one unknown lender. If they came from "
                "different lenders, open each record and choose the loan.")
            infos[f"{FREQUENT}/untagged"] = RuleInfo(frequent.label(self.lang), frequent.severity, tip)
        if third is not None:
            why = {
                HIGH: self.tr("They told someone you owe money, asked someone else to pay, contacted many "
                              "people in one day, or kept on after being told to stop."),
                MEDIUM: self.tr("You could be reached, yet they went to someone else; or a question about it "
                                "is not answered yet (open the record to answer it)."),
                LOW: self.tr("You truly could not be reached and they asked someone once, politely. Industry "
                             "standards generally allow this."),
            }
            for grade in GRADES:
                label = grade_label(grade, self.lang)
                # The chip keeps to the label's first part ("联系第三人/爆通讯录" → "联系第三人") so the grade fits.
                short = third.label(self.lang).split("/")[0].strip()
                text = short + bracketed(label, self.lang)
                tip = (f"{third.explain(self.lang)}<br><b>{label}</b>: {why[grade]}<br>"
                       f"<i>{strength_label(self.params.strength_for(grade), self.lang)}</i>")
                infos[f"{THIRD_PARTY}/{grade}"] = RuleInfo(text, self.params.severity_for(grade), tip)
        return infos

    # -- list ------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.refresh()
        self._after_change()

    def _after_change(self) -> None:
        if self.model.exact:
            self._show_count(self.model.rowCount())
        self._update_buttons()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%1 shown").replace("%1", str(total)))
        self.empty_hint.setVisible(total == 0 and self.model.filter == type(self.model.filter)())

    def _filter(self, flt) -> None:
        self.model.set_filter(flt)
        self._after_change()

    def _sort_clicked(self, column: int) -> None:
        order = Qt.SortOrder.AscendingOrder if self.model.descending else Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().setSortIndicator(TIME, order)
        self.model.sort(TIME, order)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.edit_button, self.delete_button, self.history_button, self.files_button):
            button.setEnabled(has)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.contact_id_at(rows[0].row()) if rows else None

    def select_contact(self, contact_id: int) -> None:
        for row in range(min(self.model.rowCount(), 400)):
            if self.model.contact_id_at(row) == contact_id:
                self.table.selectRow(row)
                return

    def _changed(self, select: int | None = None) -> None:
        self.model.refresh()
        self.summary.refresh()
        self._after_change()
        if select is not None:
            self.select_contact(select)
        self.ctx.signals.contacts_changed.emit()

    # -- actions ---------------------------------------------------------------------
    def new_contact(self) -> None:
        from desktop.ui.log.contact_dialog import ContactDialog

        # The form saves on Save (the record and its files together), so a file that cannot be read
        # keeps the form open with what was typed instead of losing it.
        dialog = ContactDialog(self, content=self.content, lang=self.lang, loans=list(self.loans.items()),
                               save_with=lambda contact, files: self.session.contacts.add(contact, files))
        if dialog.exec():
            self._dismiss(dialog.stored.id, dialog.dismissed_suggestions())
            self._changed(select=dialog.stored.id)

    def live_call(self) -> None:
        from desktop.ui.log.live_call import LiveCallPanel

        panel = LiveCallPanel(self, content=self.content, lang=self.lang, loans=list(self.loans.items()),
                              drafts=self.session.drafts)
        if panel.exec() and self._save_new(panel.contact()):
            self.session.drafts.clear("live_call")

    def _save_new(self, contact) -> bool:
        try:
            saved = self.session.contacts.add(contact)
        except UserError as exc:
            messages.show_error(self, exc)
            return False
        self._changed(select=saved.id)
        return True

    def _dismissed(self, contact_id: int) -> tuple[str, ...]:
        return tuple(self.session.contacts.dismissed_suggestions(contact_id))

    def _dismiss(self, contact_id: int, rule_ids) -> None:
        """Remember the suggestions the user dismissed in the form (not evidence: kept beside the record)."""
        for rule_id in rule_ids:
            self.session.contacts.dismiss_suggestion(contact_id, rule_id)

    def edit_selected(self) -> None:
        from desktop.ui.log.contact_dialog import ContactDialog

        contact_id = self.selected_id()
        if contact_id is None:
            return
        if self.session.contacts.is_deleted(contact_id):
            messages.show_info(self, self.tr("Deleted record"),
                               self.tr("This record is deleted. Undo the deletion to edit it."))
            return
        contact = self.session.contacts.get(contact_id)
        attachments = [(a.original_name, a.size, self.session.evidence.status(a))
                       for a in self.session.evidence.for_contact(contact_id)]
        dialog = ContactDialog(self, content=self.content, lang=self.lang, loans=list(self.loans.items()),
                               contact=contact, attachments=attachments, findings=self._findings(contact_id),
                               dismissed_suggestions=self._dismissed(contact_id),
                               save_with=lambda contact, files: self.session.contacts.update(contact, files))
        if not dialog.exec():
            return
        self._dismiss(contact_id, dialog.dismissed_suggestions())
        self._changed(select=contact_id)

    def _findings(self, contact_id: int) -> list[tuple[str, str]]:
        """The record's automatic flags as (label, reason): the grade, the count, the invitation to tag the loan."""
        rules = self.content.rules
        return [(rules[f.rule_id].label(self.lang) if f.rule_id in rules else f.rule_id,
                 f.reason(self.lang, self.params))
                for f in self.session.contacts.flags_found(contact_id)]

    def delete_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None:
            return
        reason = ask_delete_reason(self)
        if reason is None:
            return
        try:
            self.session.contacts.delete(contact_id, reason)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self._last_deleted = contact_id
        self.undo_bar.show()
        self._changed()

    def undo_delete(self) -> None:
        if self._last_deleted is None:
            return
        contact_id, self._last_deleted = self._last_deleted, None
        try:
            self.session.contacts.restore(contact_id)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        self.undo_bar.hide()
        self._changed(select=contact_id)

    def show_history(self) -> None:
        from desktop.ui.log.history_dialog import HistoryDialog

        contact_id = self.selected_id()
        if contact_id is not None:
            HistoryDialog(self, contact_id, self.session.contacts.history(contact_id)).exec()

    def open_attachments(self) -> None:
        contact_id = self.selected_id()
        if contact_id is None:
            return
        files = self.session.evidence.for_contact(contact_id)
        if not files:
            messages.show_info(self, self.tr("Attachments"), self.tr("This record has no attachments."))
            return
        from desktop.ui.log.attachments_dialog import AttachmentsDialog

        AttachmentsDialog(self, self.session.evidence, files, self.ctx.data_dir.root).exec()

    def import_file(self) -> None:
        from desktop.ui.importing.import_dialog import ImportDialog

        dialog = ImportDialog(self, session=self.session, loans=self.loans, lang=self.lang)
        if dialog.exec():
            self._changed()

    def import_phone(self) -> None:
        from desktop.ui.importing.phone_dialog import PhoneImportDialog

        dialog = PhoneImportDialog(self, session=self.session, content=self.content, lang=self.lang)
        if dialog.exec():
            self._changed()

    def export_csv(self) -> None:
        from desktop.domain.contact_export import export_rows
        from desktop.files.csv_out import write_csv

        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        default = str(Path(docs or Path.home()) / f"{self.session.case.alias}-{datetime.now():%Y%m%d}.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the log as CSV"), default, "CSV (*.csv)")
        if not path:
            return
        contacts = [self.session.contacts.get(row.id)
                    for row in self.session.contacts.page(self.model.filter, 0, 10**9, descending=False)]
        try:
            headers, rows = export_rows(contacts, self.loans, self.lang)
            write_csv(Path(path), headers, rows)
        except UserError as exc:
            messages.show_error(self, exc)
            return
        messages.show_info(self, self.tr("Exported"),
                           self.tr("%1 records were saved to %2").replace("%1", str(len(rows))).replace("%2", path))

    def open_path(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

