"""Fonts for the window: a system Chinese font when there is one, else the bundled one.

The bundled WenQuanYi Micro Hei is always registered, so Chinese never shows as
boxes on a machine without CJK fonts. Text size (100–200 %) scales the whole UI
through the application font.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.paths import resources_dir

BUNDLED_FAMILY = "WenQuanYi Micro Hei"
BASE_POINT_SIZE = 10.5
_PREFERRED_SYSTEM = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC")

_registered: list[str] = []


def register_bundled_font() -> list[str]:
    """Add the bundled font to Qt's database once; return its family names."""
    if not _registered:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "wqy-microhei.ttc"))
        if font_id >= 0:
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered)


def apply(app: QApplication, scale_percent: int) -> QFont:
    """Set the application font: Chinese-capable family list, scaled size."""
    # Qt passes over a family that is not installed, so the list is given whole: asking which
    # families exist (QFontDatabase.families()) costs ~3 ms before the first paint.
    families = [*_PREFERRED_SYSTEM, *register_bundled_font()]
    font = QFont(app.font())
    if families:
        font.setFamilies(families)
    scale = max(100, min(200, scale_percent))
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100)
    app.setFont(font)
    _scale_indicators(app, scale)
    return font


_styles: dict[str, object] = {}  # the app's own style's name, and the scaling style in use (kept alive here)


def _scale_indicators(app: QApplication, scale_percent: int) -> None:
    """Check boxes and radio buttons grow with the text: the style draws them at one size otherwise.

    A proxy over the app's own style scales just those metrics. At 100 % the app keeps
    its own style untouched and nothing is imported (QStyle's enums cost ~10 ms before
    the first paint); a style sheet would do the sizing too, but it stops later font
    changes from reaching some widgets.
    """
    proxy = _styles.get("proxy")
    if proxy is None and scale_percent <= 100:
        return
    if proxy is not None and scale_percent == proxy.scale_percent:
        return
    if proxy is not None and scale_percent <= 100:
        app.setStyle(_styles.pop("base"))
        del _styles["proxy"]
        return
    from desktop.ui.scaled_style import ScaledIndicatorStyle

    if proxy is None:
        _styles["base"] = app.style().name()
    _styles["proxy"] = ScaledIndicatorStyle(_styles["base"], scale_percent)
    app.setStyle(_styles["proxy"])
