"""simple.py: one Markdown text as a PDF (guidance topics, the self-test), and the embedding check."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from desktop.pdf.simple import font_is_embedded, render_text_document

from .conftest import GENERATED_AT, outline_titles, page_texts, squash

TOPIC = """# 你的权利
催收方**不得**在晚上十点到早上八点之间打电话，也不得向你的家人、同事透露你的债务。

## 怎么做
- 记下每次来电的时间、号码和内容
- 保存录音和短信截图
"""


def render(path: Path, text: str = TOPIC, **kw) -> Path:
    kw.setdefault("title", "夜间催收怎么办")
    kw.setdefault("header_text", "学习资料")
    kw.setdefault("generated_at", GENERATED_AT)
    kw.setdefault("invariant", True)
    return render_text_document(path, markdown_text=text, **kw)


def test_topic_pdf_has_text_outline_and_embedded_font(out_dir):
    path = render(out_dir / "夜间 催收.pdf")
    text = squash(page_texts(path)[0])
    assert "夜间催收怎么办" in text and "不得在晚上十点到早上八点之间打电话" in text
    assert "第1页/共1页" in text
    assert [t for _, t, _ in outline_titles(path)] == ["你的权利", "怎么做"]
    assert font_is_embedded(path)


def test_font_is_embedded_is_false_for_a_pdf_with_only_standard_fonts(tmp_path):
    path = tmp_path / "plain.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(100, 700, "Hello")
    canvas.save()
    assert not font_is_embedded(path)


def test_object_dictionaries_are_uncompressed(out_dir):
    """font_is_embedded relies on reportlab writing no object streams."""
    data = render(out_dir / "x.pdf").read_bytes()
    assert b"/ObjStm" not in data and b"/FontFile2" in data


def test_one_megabyte_of_nasty_text_does_not_crash(out_dir):
    nasty = "催收😀𠮷\x00\ud800 abc def，。" * 4
    text = (nasty * (1_000_000 // len(nasty) + 1))[:1_000_000]
    path = render(out_dir / "big.pdf", text, title="大文件😀\x00")
    assert path.stat().st_size > 10_000
    assert font_is_embedded(path)


def test_english_document(out_dir):
    path = render(
        out_dir / "en.pdf", "# Your rights\nNo calls **after 10 pm**.", lang="en", title="Night calls"
    )
    text = page_texts(path)[0]
    assert "Page 1 of 1" in text and "after 10 pm" in text


def test_importing_the_package_does_not_import_reportlab():
    code = "import sys, desktop.pdf; assert 'reportlab' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[3])


def test_flowables_can_be_made_before_the_first_build():
    """In a fresh interpreter, a styled Paragraph with <b> can be created before the font is
    loaded (reportlab parses markup on creation and needs the family mapping), and the
    helpers (table, heading, Markdown) load the font themselves before measuring."""
    code = (
        "from reportlab.platypus import Paragraph\n"
        "from desktop.pdf import styles\n"
        "from desktop.pdf.document import section\n"
        "from desktop.pdf.tables import data_table\n"
        "from desktop.pdf.markdown import markdown_to_flowables\n"
        "p = Paragraph('<b>粗体</b>', styles.TITLE)\n"
        "data_table(['甲'], [['乙' * 200]]).wrap(300, 3000)\n"
        "section('标题').wrap(300, 300)\n"
        "p.wrap(300, 300)\n"
        "assert len(markdown_to_flowables('# 一\\n**二**\\n| a |\\n|---|\\n| b |')) == 3\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[3])


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_renders_with_poppler(out_dir):
    """poppler can rasterise the page (a broken font program or stream would fail here)."""
    path = render(out_dir / "r.pdf")
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(path), str(out_dir / "page")], check=True, capture_output=True
    )
    assert (out_dir / "page-1.png").stat().st_size > 1000
