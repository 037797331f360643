"""Languages: install Qt's and our translators, and say which language is on.

Source strings are English in code; Simplified Chinese is the must-ship
translation (``resources/translations/desktop_zh_CN.ts`` → ``.qm``). Qt's own
``qtbase_zh_CN`` is loaded too so standard buttons (OK, Cancel …) are Chinese.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.domain.text import LANGUAGES
from desktop.paths import resources_dir

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []
_current = "zh_CN"


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"


def resolve(choice: str) -> str:
    """The language to use for a Settings choice ("" follows the system)."""
    return choice if choice in LANGUAGES else system_language()


def current() -> str:
    return _current


def install(app: QCoreApplication, lang: str) -> str:
    """Replace the installed translators with those for ``lang``; return the language in effect."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = lang if lang in LANGUAGES else "zh_CN"
    if _current == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return _current
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ours = resources_dir() / "translations"
    # Qt's own catalogue: the copy next to ours (frozen builds bundle it; ``tools/translations.py build``
    # copies it from this Qt), else Qt's folder. Qt's folder is asked for only then: QLibraryInfo's
    # first use costs ~0.4 ms before the window's first paint.
    if (ours / "qtbase_zh_CN.qm").is_file():
        qt_dir = str(ours)
    else:
        from PySide6.QtCore import QLibraryInfo  # naming it builds its type: here, not at import

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_zh_CN", qt_dir), ("desktop_zh_CN", str(ours))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return _current


def loaded_catalogues() -> list[str]:
    """Which translation files are installed (for self-test and About)."""
    return [t.filePath() for t in _installed]
