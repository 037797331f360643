"""About: version, licences, the disclaimer, and where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import __version__
from desktop.ui.common.sizing import fit_to_wrapped_text


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, data_root: str) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Debt Call Helper"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        text = QLabel()
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        text.setText(
            self.tr(
                "Debt Call Helper, version %1\n\n"
                "Information, not legal advice. The guidance in this app explains laws, rules and industry "
                "standards in plain words, with their sources and the date they were last checked. It is not "
                "advice on your own case. For that, ask a lawyer or a legal-aid office (12348).\n\n"
                "Your data stays on this computer, in:\n%2\n\n"
                "Licences: this app is free software under the Apache License 2.0. It uses Qt for Python "
                "(PySide6, LGPL-3.0), ReportLab (BSD) and the WenQuanYi Micro Hei font (Apache-2.0 or "
                "GPL-3.0 with font exception)."
            )
            .replace("%1", __version__)
            .replace("%2", data_root)
        )
        text.setTextInteractionFlags(text.textInteractionFlags().TextSelectableByMouse)
        open_button = QPushButton(self.tr("Open the data folder"))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(data_root)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(text)
        layout.addWidget(open_button)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        fit_to_wrapped_text(self, 520)
