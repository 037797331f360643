"""Build hook: a wheel carries ``resources/`` and the compiled translations inside the package.

A checkout reads ``resources/`` beside ``desktop/`` and ``tools/translations.py build``
compiles the ``.qm`` files there. An installed wheel has no checkout, so the build copies
``resources/`` (less the Linguist sources) to ``desktop/resources/`` in the wheel and compiles
each ``.ts`` into it with PySide6's ``lrelease`` (PySide6 is a build requirement for this),
plus Qt's own ``qtbase_zh_CN.qm`` for the standard buttons. ``desktop.paths`` looks there first.
Everything else is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
_LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = 'lrelease'; sys.exit(lrelease())"


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's resources/
        target = Path(self.build_lib) / "desktop" / "resources"
        shutil.copytree(ROOT / "resources", target, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("*.ts", "*.qm", "__pycache__"))
        translations = target / "translations"
        translations.mkdir(parents=True, exist_ok=True)
        for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
            subprocess.run([sys.executable, "-c", _LRELEASE, "-silent", str(ts), "-qm",
                            str(translations / ts.with_suffix(".qm").name)], check=True)
        from PySide6.QtCore import QLibraryInfo

        qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for qm in qt_translations.glob("qtbase_zh_CN.qm"):
            shutil.copyfile(qm, translations / qm.name)


setup(cmdclass={"build_py": BuildWithResources})
