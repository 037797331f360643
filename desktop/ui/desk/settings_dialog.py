"""Settings: language and text size. (Desk mode and backups arrive with their own work.)"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.domain.text import LANGUAGES
from desktop.settings import LANGUAGE, TEXT_SCALE, Settings
from desktop.ui.common.accessible import name_fields_from_labels
from desktop.ui.desk.passcode_dialog import DeskModeSettings


class SettingsDialog(QDialog):
    """Language, text size, desk mode, and (with a case open) its backups and data folder."""

    backups_requested = Signal()

    def __init__(self, parent: QWidget | None, settings: Settings, case_open: bool = False,
                 data_folder: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        self.settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("Same as the system"), "")
        for code in LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        scale_row = QHBoxLayout()
        self.scale = QSlider(Qt.Orientation.Horizontal)
        self.scale.setObjectName("textScaleSlider")
        self.scale.setRange(TEXT_SCALE.minimum, TEXT_SCALE.maximum)
        self.scale.setSingleStep(10)
        self.scale.setPageStep(25)
        self.scale.setTickInterval(25)
        self.scale.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.scale.setValue(settings.get(TEXT_SCALE))
        self.scale_label = QLabel()
        self.scale_label.setMinimumWidth(60)
        scale_row.addWidget(self.scale, 1)
        scale_row.addWidget(self.scale_label)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Text size:"), scale_row)
        layout.addLayout(form)
        self.desk_mode = DeskModeSettings(settings)
        layout.addWidget(self.desk_mode)
        data_row = QHBoxLayout()
        self.backups_button = QPushButton(self.tr("Backups of this case…"))
        self.backups_button.setObjectName("backupsButton")
        self.backups_button.setEnabled(case_open)
        self.backups_button.clicked.connect(self.backups_requested)
        self.folder_button = QPushButton(self.tr("Open the data folder"))
        self.folder_button.setEnabled(bool(data_folder))
        self.folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(data_folder)))
        data_row.addWidget(self.backups_button)
        data_row.addWidget(self.folder_button)
        data_row.addStretch(1)
        layout.addLayout(data_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        name_fields_from_labels(self)
        self.accepted.connect(self.desk_mode.apply)  # idle minutes are kept on OK; passcode changes at once
        self.scale.valueChanged.connect(self._show_scale)
        self._show_scale(self.scale.value())

    def _show_scale(self, value: int) -> None:
        self.scale_label.setText(f"{value} %")

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_scale(self) -> int:
        return self.scale.value()
