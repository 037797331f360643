"""Where things live: the bundled resources and the default data folder (its layout: desktop.files.data_dir).

The only module that knows about frozen (PyInstaller) builds and about
``QStandardPaths``. Everything else asks it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop import APP_NAME, ORG_NAME


def resources_dir() -> Path:
    """The read-only ``resources/`` folder: in a checkout, inside an installed wheel, or inside a frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    here = Path(__file__).resolve().parent
    installed = here / "resources"  # an installed wheel carries them in the package (setup.py)
    return installed if installed.is_dir() else here.parent / "resources"


def default_data_dir() -> Path:
    """``AppLocalDataLocation``: ``%LOCALAPPDATA%\\DebtCallHelper`` on Windows (not roamed)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    # QStandardPaths builds the folder name from these; set them even before a
    # QCoreApplication exists so the CLI and the window agree.
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    if not location:
        location = str(Path.home() / f".{APP_NAME}")
    return Path(location)
