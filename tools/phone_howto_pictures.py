"""Draw the schematic pictures of the "Import from phone" how-to page (resources/phone/howto/*.png).

Simple, clear drawings made with Qt's painter — never screenshots of other people's apps —
one set per language, because the labels in them are words the user reads:

    android_{lang}.png     the phone app backs up calls and messages to one .xml file, copied to the PC
    iphone_{lang}.png      a backup on the PC with "Encrypt local backup" left unticked
    recordings_{lang}.png  a phone's storage with the call-recordings folder, copied to the PC

Run after changing a label:  python tools/phone_howto_pictures.py   (offscreen, no display needed)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402 - after the platform is chosen
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPainterPath, QPen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "phone" / "howto"
WIDTH, HEIGHT = 640, 260

INK = QColor(40, 44, 52)
BLUE = QColor(33, 99, 186)
GREEN = QColor(30, 130, 60)
RED = QColor(190, 30, 45)
PALE = QColor(236, 242, 250)
PAPER = QColor(255, 255, 255)
GREY = QColor(150, 155, 165)

LABELS = {
    "zh_CN": {
        "app": "SMS Backup\n& Restore",
        "calls": "通话记录",
        "messages": "短信",
        "local": "保存到手机本地",
        "copy": "用数据线复制到电脑",
        "xml": "calls-….xml\nsms-….xml",
        "pc": "电脑",
        "backup_title": "iTunes / Apple 设备",
        "this_pc": "备份到这台电脑",
        "encrypt": "加密本地备份",
        "no_tick": "不要勾选",
        "back_up": "立即备份",
        "storage": "手机存储",
        "rec_folder": "通话录音文件夹",
        "audio": ".m4a / .mp3 / .amr",
    },
    "en": {
        "app": "SMS Backup\n& Restore",
        "calls": "Calls",
        "messages": "Messages",
        "local": "Save on the phone",
        "copy": "Copy to the PC by cable",
        "xml": "calls-….xml\nsms-….xml",
        "pc": "PC",
        "backup_title": "iTunes / Apple Devices",
        "this_pc": "Back up to this computer",
        "encrypt": "Encrypt local backup",
        "no_tick": "Leave unticked",
        "back_up": "Back Up Now",
        "storage": "Phone storage",
        "rec_folder": "Call recordings folder",
        "audio": ".m4a / .mp3 / .amr",
    },
}


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont("WenQuanYi Micro Hei")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _phone(p: QPainter, x: float, y: float, w: float = 120, h: float = 210) -> QRectF:
    """A phone outline; returns its screen rectangle."""
    p.setPen(QPen(INK, 3))
    p.setBrush(PAPER)
    p.drawRoundedRect(QRectF(x, y, w, h), 16, 16)
    screen = QRectF(x + 10, y + 22, w - 20, h - 44)
    p.setPen(QPen(GREY, 1))
    p.setBrush(PALE)
    p.drawRect(screen)
    p.setBrush(INK)
    p.drawEllipse(QPointF(x + w / 2, y + h - 11), 5, 5)
    return screen


def _pc(p: QPainter, x: float, y: float, label: str, w: float = 170, h: float = 120) -> QRectF:
    """A monitor on a stand; returns its screen rectangle."""
    p.setPen(QPen(INK, 3))
    p.setBrush(PAPER)
    p.drawRoundedRect(QRectF(x, y, w, h), 6, 6)
    p.drawLine(QPointF(x + w / 2, y + h), QPointF(x + w / 2, y + h + 22))
    p.drawLine(QPointF(x + w / 2 - 40, y + h + 22), QPointF(x + w / 2 + 40, y + h + 22))
    p.setFont(_font(10, bold=True))
    p.setPen(INK)
    p.drawText(QRectF(x, y + h + 24, w, 24), Qt.AlignmentFlag.AlignCenter, label)
    screen = QRectF(x + 8, y + 8, w - 16, h - 16)
    p.setPen(QPen(GREY, 1))
    p.setBrush(PALE)
    p.drawRect(screen)
    return screen


def _arrow(p: QPainter, x1: float, y1: float, x2: float, y2: float, label: str = "") -> None:
    p.setPen(QPen(BLUE, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(x1, y1), QPointF(x2 - 12, y2))
    head = QPainterPath()
    head.moveTo(x2, y2)
    head.lineTo(x2 - 16, y2 - 9)
    head.lineTo(x2 - 16, y2 + 9)
    head.closeSubpath()
    p.fillPath(head, BLUE)
    if label:
        p.setFont(_font(9.5))
        p.setPen(INK)
        p.drawText(QRectF(x1 - 10, y1 - 48, x2 - x1 + 20, 42),
                   Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap, label)


def _tick_box(p: QPainter, x: float, y: float, ticked: bool, colour: QColor = GREEN) -> None:
    p.setPen(QPen(INK, 2))
    p.setBrush(PAPER)
    p.drawRect(QRectF(x, y, 16, 16))
    if ticked:
        p.setPen(QPen(colour, 3))
        p.drawLine(QPointF(x + 3, y + 8), QPointF(x + 7, y + 13))
        p.drawLine(QPointF(x + 7, y + 13), QPointF(x + 14, y + 3))


def _file(p: QPainter, x: float, y: float, w: float, h: float, text: str, colour: QColor = BLUE) -> None:
    """A sheet of paper with a folded corner and a caption under it."""
    path = QPainterPath()
    path.moveTo(x, y)
    path.lineTo(x + w - 14, y)
    path.lineTo(x + w, y + 14)
    path.lineTo(x + w, y + h)
    path.lineTo(x, y + h)
    path.closeSubpath()
    p.setPen(QPen(colour, 2))
    p.setBrush(PAPER)
    p.drawPath(path)
    p.setFont(_font(8.5))
    p.setPen(INK)
    p.drawText(QRectF(x - 40, y + h + 2, w + 80, 34), Qt.AlignmentFlag.AlignHCenter, text)


def _folder(p: QPainter, x: float, y: float, w: float, h: float, colour: QColor) -> None:
    path = QPainterPath()
    path.moveTo(x, y + 6)
    path.lineTo(x + w * 0.4, y + 6)
    path.lineTo(x + w * 0.45, y)
    path.lineTo(x + w * 0.1, y)
    path.closeSubpath()
    p.setPen(QPen(colour.darker(130), 2))
    p.setBrush(colour)
    p.drawPath(path)
    p.drawRoundedRect(QRectF(x, y + 6, w, h - 6), 3, 3)


def _canvas() -> tuple[QImage, QPainter]:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return image, painter


def android(t: dict[str, str]) -> QImage:
    image, p = _canvas()
    screen = _phone(p, 30, 22)
    p.setPen(INK)
    p.setFont(_font(9, bold=True))
    p.drawText(QRectF(screen.x(), screen.y() + 6, screen.width(), 36), Qt.AlignmentFlag.AlignHCenter, t["app"])
    p.setFont(_font(9))
    for row, key in enumerate(("calls", "messages")):
        top = screen.y() + 52 + row * 28
        _tick_box(p, screen.x() + 8, top, True)
        p.setPen(INK)
        p.drawText(QRectF(screen.x() + 30, top - 2, screen.width() - 32, 22), Qt.AlignmentFlag.AlignVCenter, t[key])
    p.setPen(INK)
    p.drawText(QRectF(screen.x() + 2, screen.y() + 112, screen.width() - 4, 44),
               Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, t["local"])
    _file(p, 250, 80, 48, 62, t["xml"])
    p.setFont(_font(11, bold=True))
    p.setPen(BLUE)
    p.drawText(QRectF(250, 100, 48, 30), Qt.AlignmentFlag.AlignCenter, "XML")
    _arrow(p, 160, 112, 236, 112)
    _arrow(p, 318, 112, 428, 112, t["copy"])
    pc = _pc(p, 440, 50, t["pc"], w=170, h=120)
    _file(p, pc.center().x() - 18, pc.y() + 14, 36, 46, "")
    p.setFont(_font(9, bold=True))
    p.setPen(BLUE)
    p.drawText(QRectF(pc.center().x() - 18, pc.y() + 26, 36, 24), Qt.AlignmentFlag.AlignCenter, "XML")
    p.end()
    return image


def iphone(t: dict[str, str]) -> QImage:
    image, p = _canvas()
    screen = _phone(p, 30, 22)
    p.setPen(QPen(INK, 2))
    p.setBrush(PAPER)
    p.drawRoundedRect(QRectF(screen.center().x() - 24, screen.center().y() - 30, 48, 60), 6, 6)
    _arrow(p, 170, 126, 236, 126)
    win = QRectF(250, 20, 360, 220)
    p.setPen(QPen(INK, 3))
    p.setBrush(PAPER)
    p.drawRoundedRect(win, 8, 8)
    p.setBrush(PALE)
    p.setPen(QPen(GREY, 1))
    p.drawRect(QRectF(win.x() + 3, win.y() + 3, win.width() - 6, 34))
    p.setPen(INK)
    p.setFont(_font(11, bold=True))
    p.drawText(QRectF(win.x() + 14, win.y() + 6, win.width() - 28, 28), Qt.AlignmentFlag.AlignVCenter,
               t["backup_title"])
    p.setFont(_font(10.5))
    # "Back up to this computer": chosen (a filled radio button)
    y = win.y() + 58
    p.setPen(QPen(INK, 2))
    p.setBrush(PAPER)
    p.drawEllipse(QPointF(win.x() + 26, y + 9), 8, 8)
    p.setBrush(GREEN)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QPointF(win.x() + 26, y + 9), 4, 4)
    p.setPen(INK)
    p.drawText(QRectF(win.x() + 44, y - 3, 300, 24), Qt.AlignmentFlag.AlignVCenter, t["this_pc"])
    # "Encrypt local backup": left unticked, ringed in red
    y = win.y() + 100
    _tick_box(p, win.x() + 18, y, False)
    p.setPen(INK)
    p.drawText(QRectF(win.x() + 54, y - 4, 290, 24), Qt.AlignmentFlag.AlignVCenter, t["encrypt"])
    p.setPen(QPen(RED, 3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(QRectF(win.x() + 6, y - 12, 40, 40))
    p.setFont(_font(10, bold=True))
    p.setPen(RED)
    p.drawText(QRectF(win.x() + 54, y + 20, 290, 24), Qt.AlignmentFlag.AlignVCenter, "✗ " + t["no_tick"])
    # "Back Up Now"
    button = QRectF(win.x() + 18, win.y() + 168, 150, 34)
    p.setPen(QPen(BLUE, 2))
    p.setBrush(PALE)
    p.drawRoundedRect(button, 6, 6)
    p.setPen(BLUE)
    p.setFont(_font(10.5, bold=True))
    p.drawText(button, Qt.AlignmentFlag.AlignCenter, t["back_up"])
    p.end()
    return image


def recordings(t: dict[str, str]) -> QImage:
    image, p = _canvas()
    screen = _phone(p, 30, 22)
    p.setPen(INK)
    p.setFont(_font(9, bold=True))
    p.drawText(QRectF(screen.x(), screen.y() + 4, screen.width(), 22), Qt.AlignmentFlag.AlignHCenter, t["storage"])
    for row, colour in enumerate((QColor(250, 214, 120), QColor(250, 214, 120), QColor(120, 200, 140))):
        _folder(p, screen.x() + 14 + row * 8, screen.y() + 34 + row * 36, 52, 28, colour)
    p.setPen(QPen(GREEN.darker(120), 2))
    p.drawLine(QPointF(screen.x() + 84, screen.y() + 122), QPointF(screen.x() + 96, screen.y() + 122))
    _arrow(p, 170, 130, 236, 130)
    _folder(p, 250, 80, 110, 80, QColor(120, 200, 140))
    p.setPen(INK)
    p.setFont(_font(10, bold=True))
    p.drawText(QRectF(220, 168, 170, 24), Qt.AlignmentFlag.AlignHCenter, t["rec_folder"])
    p.setFont(_font(9))
    p.drawText(QRectF(220, 192, 170, 24), Qt.AlignmentFlag.AlignHCenter, t["audio"])
    # a sound wave on the folder: these are audio files
    p.setPen(QPen(PAPER, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for i, height in enumerate((10, 22, 34, 18, 28, 12, 24, 8)):
        x = 268 + i * 10
        p.drawLine(QPointF(x, 126 - height / 2), QPointF(x, 126 + height / 2))
    _arrow(p, 380, 130, 428, 130)
    _pc(p, 440, 50, t["pc"], w=170, h=120)
    _folder(p, 495, 85, 60, 44, QColor(120, 200, 140))
    p.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "wqy-microhei.ttc")) < 0:
        print("the bundled font could not be loaded", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for lang, labels in LABELS.items():
        for name, draw in (("android", android), ("iphone", iphone), ("recordings", recordings)):
            target = OUT / f"{name}_{lang}.png"
            if not draw(labels).save(str(target)):
                print(f"could not write {target}", file=sys.stderr)
                return 1
            print(target.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
