"""Step 3 — the situation: why paying as agreed is not possible now, and the papers that show it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.negotiation import DOC_CODES, HARDSHIP_REASONS, Hardship, NegotiationDraft, SupportingDoc
from desktop.store.evidence import EvidenceRepository
from desktop.ui.common.form_parts import BIG_TARGET_PX, HINT_STYLE, clean
from desktop.ui.common.scrolling import scroll_area

REASON_LABELS = {
    "unemployment": QT_TRANSLATE_NOOP("SituationPage", "Lost my job"),
    "income_drop": QT_TRANSLATE_NOOP("SituationPage", "My income fell"),
    "illness": QT_TRANSLATE_NOOP("SituationPage", "Illness (mine or family's)"),
    "family_event": QT_TRANSLATE_NOOP("SituationPage", "A family crisis"),
    "business_trouble": QT_TRANSLATE_NOOP("SituationPage", "My business is struggling"),
    "other": QT_TRANSLATE_NOOP("SituationPage", "Something else"),
}
DOC_LABELS = {
    "unemployment_proof": QT_TRANSLATE_NOOP("SituationPage", "Proof of job loss (termination notice)"),
    "income_proof": QT_TRANSLATE_NOOP("SituationPage", "Proof of income"),
    "bank_statements": QT_TRANSLATE_NOOP("SituationPage", "Bank statements"),
    "medical_records": QT_TRANSLATE_NOOP("SituationPage", "Medical records and bills"),
    "family_event_proof": QT_TRANSLATE_NOOP("SituationPage", "Papers about the family crisis"),
    "business_proof": QT_TRANSLATE_NOOP("SituationPage", "Papers showing the business trouble"),
    "hardship_statement": QT_TRANSLATE_NOOP("SituationPage", "A written statement of my hardship"),
    "id_copy": QT_TRANSLATE_NOOP("SituationPage", "Copy of my ID card"),
}
OTHER_DOC = "__other__"


def _tr(source: str) -> str:
    return QCoreApplication.translate("SituationPage", source)


class SituationPage(QWidget):
    changed = Signal()

    def __init__(self, evidence: EvidenceRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = evidence
        self.reasons = {code: QCheckBox(_tr(REASON_LABELS[code])) for code in HARDSHIP_REASONS}
        reasons_box = QGroupBox(self.tr("Why you cannot pay as agreed right now (tick all that apply)"))
        grid = QGridLayout(reasons_box)
        for i, (code, box) in enumerate(self.reasons.items()):
            box.setObjectName(f"reason_{code}")
            box.setMinimumHeight(BIG_TARGET_PX)
            grid.addWidget(box, i // 3, i % 3)
        self.description = QPlainTextEdit()
        self.description.setObjectName("hardshipDescription")
        self.description.setPlaceholderText(self.tr(
            "In your own words, briefly and truthfully: what happened, since when, and what you are doing about it."))
        self.description.setMaximumHeight(120)

        docs_box = QGroupBox(self.tr("Papers that support what you say"))
        docs = QGridLayout(docs_box)
        hint = QLabel(self.tr("Lenders often ask for these. Tick the ones you have; you can link a file already "
                              "kept in this case. Never send made-up or altered papers: that is itself "
                              "against the law and spoils any agreement."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        docs.addWidget(hint, 0, 0, 1, 2)
        docs.addWidget(QLabel(self.tr("Tick the ones you have")), 1, 0)
        file_header = self.tr("File kept in this case (optional)")
        docs.addWidget(QLabel(file_header), 1, 1)
        self.have: dict[str, QCheckBox] = {}
        self.link: dict[str, QComboBox] = {}
        self.other_label = QLineEdit()
        self.other_label.setPlaceholderText(self.tr("Another paper (type what it is)"))
        self.other_label.setAccessibleName(self.other_label.placeholderText())
        self.other_label.setMaxLength(100)
        for row, code in enumerate((*DOC_CODES, OTHER_DOC), start=2):
            box = QCheckBox(_tr(DOC_LABELS[code]) if code != OTHER_DOC else self.tr("Other:"))
            box.setObjectName(f"doc_{code}")
            box.setMinimumHeight(BIG_TARGET_PX)
            combo = QComboBox()
            combo.setMinimumHeight(BIG_TARGET_PX)
            self.have[code], self.link[code] = box, combo
            combo.setAccessibleName(f"{box.text().rstrip(':：')} — {file_header}")
            if code == OTHER_DOC:
                other = QWidget()
                other_layout = QGridLayout(other)
                other_layout.setContentsMargins(0, 0, 0, 0)
                other_layout.addWidget(box, 0, 0)
                other_layout.addWidget(self.other_label, 0, 1)
                docs.addWidget(other, row, 0)
            else:
                docs.addWidget(box, row, 0)
            docs.addWidget(combo, row, 1)
            box.toggled.connect(self._edited)
            combo.currentIndexChanged.connect(self._edited)
        docs.setColumnStretch(0, 3)
        docs.setColumnStretch(1, 2)
        self.other_label.textChanged.connect(self._edited)
        self._fill_attachments()

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(reasons_box)
        layout.addWidget(QLabel(self.tr("What happened")))
        layout.itemAt(layout.count() - 1).widget().setBuddy(self.description)
        layout.addWidget(self.description)
        layout.addWidget(docs_box)
        layout.addStretch(1)
        scroll = scroll_area(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        for box in self.reasons.values():
            box.toggled.connect(self._edited)
        self.description.textChanged.connect(self._edited)

    def _edited(self) -> None:
        self.changed.emit()

    def _fill_attachments(self) -> None:
        attachments = self.evidence.all()
        for combo in self.link.values():
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("no file linked"), None)
            for a in attachments:
                combo.addItem(a.original_name or f"#{a.id}", a.id)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
            combo.setEnabled(bool(attachments))
            combo.blockSignals(False)

    def hardship(self) -> Hardship:
        return Hardship(reasons=tuple(c for c, box in self.reasons.items() if box.isChecked()),
                        description=clean(self.description.toPlainText()))

    def docs(self) -> tuple[SupportingDoc, ...]:
        out = []
        for code, box in self.have.items():
            attachment = self.link[code].currentData()
            label = clean(self.other_label.text()).strip() if code == OTHER_DOC else ""
            if not box.isChecked() and attachment is None and not label:
                continue
            out.append(SupportingDoc(code="" if code == OTHER_DOC else code, label=label,
                                     attachment_id=attachment, have_it=box.isChecked()))
        return tuple(out)

    def load(self, draft: NegotiationDraft, ui: dict) -> None:
        for code, box in self.reasons.items():
            box.setChecked(code in draft.hardship.reasons)
        self.description.setPlainText(draft.hardship.description)
        for box in self.have.values():
            box.setChecked(False)
        for combo in self.link.values():
            combo.setCurrentIndex(0)
        for doc in draft.docs:
            code = doc.code if doc.code in DOC_CODES else OTHER_DOC
            if code == OTHER_DOC:
                self.other_label.setText(doc.label)
            self.have[code].setChecked(doc.have_it)
            index = self.link[code].findData(doc.attachment_id) if doc.attachment_id is not None else 0
            self.link[code].setCurrentIndex(max(index, 0))

    def ui_state(self) -> dict:
        return {}

    def refresh(self) -> None:
        self._fill_attachments()

