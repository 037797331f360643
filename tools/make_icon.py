"""Draw the app icon: a calm blue-green speech bubble carrying a single 助 ("help").

    python tools/make_icon.py        # writes resources/icons/app.ico (16…256 px) and app.png (256 px)

Drawn from code (Pillow) so anyone can regenerate or tweak it; the glyph comes from the
bundled WenQuanYi Micro Hei font, so no system font is needed. Each size is drawn
separately at 4× and scaled down: the small sizes (16, 24 px) drop the glyph for
three dots, because a 助 at 16 px is only a smudge.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SUPERSAMPLE = 4

BUBBLE = (63, 150, 140, 255)  # soft teal, calm on light and dark task bars
BUBBLE_EDGE = (44, 118, 110, 255)  # a slightly deeper rim so the shape holds on white
GLYPH = (255, 255, 255, 255)


def _bubble(draw: ImageDraw.ImageDraw, s: int) -> None:
    """Rounded speech bubble with a tail at the lower left, in an s×s canvas."""
    left, top, right, bottom = 0.05 * s, 0.07 * s, 0.95 * s, 0.80 * s
    radius = 0.22 * s
    rim = max(1, round(0.025 * s))
    tail = [(0.22 * s, 0.72 * s), (0.46 * s, 0.76 * s), (0.18 * s, 0.96 * s)]
    # rim first (a slightly larger shape), then the body on top
    draw.rounded_rectangle((left, top, right, bottom), radius=radius, fill=BUBBLE_EDGE)
    draw.polygon(tail, fill=BUBBLE_EDGE)
    inner_tail = [(0.24 * s, 0.72 * s), (0.43 * s, 0.75 * s), (0.21 * s, 0.91 * s)]
    draw.rounded_rectangle(
        (left + rim, top + rim, right - rim, bottom - rim), radius=radius - rim, fill=BUBBLE
    )
    draw.polygon(inner_tail, fill=BUBBLE)


def _glyph(draw: ImageDraw.ImageDraw, s: int) -> None:
    font = ImageFont.truetype(str(FONT), size=round(0.50 * s), index=0)
    cx, cy = 0.50 * s, 0.435 * s  # optical centre of the bubble body
    # the font has no bold face: a thin stroke of the same colour gives the glyph some weight
    draw.text(
        (cx, cy), "助", font=font, fill=GLYPH, anchor="mm", stroke_width=round(0.012 * s), stroke_fill=GLYPH
    )


def _dots(draw: ImageDraw.ImageDraw, s: int) -> None:
    r = 0.075 * s
    cy = 0.435 * s
    for cx in (0.28 * s, 0.50 * s, 0.72 * s):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=GLYPH)


def draw_icon(size: int) -> Image.Image:
    """One icon image of size×size pixels, RGBA."""
    s = size * SUPERSAMPLE
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    _bubble(draw, s)
    if size >= 32:
        _glyph(draw, s)
    else:
        _dots(draw, s)
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main() -> int:
    if not FONT.is_file():
        sys.exit(f"font not found: {FONT}")
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: draw_icon(size) for size in SIZES}
    largest = images[max(SIZES)]
    largest.save(OUT / "app.png", optimize=True)
    # Pillow picks, for each requested size, the appended image of that exact size.
    largest.save(
        OUT / "app.ico",
        format="ICO",
        sizes=[(n, n) for n in SIZES],
        append_images=[images[n] for n in SIZES if n != max(SIZES)],
    )
    print(f"wrote {OUT.relative_to(ROOT)}/app.ico ({', '.join(map(str, SIZES))} px) and app.png (256 px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
