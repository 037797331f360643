"""document.py: the shared builder — layout, metadata, outline, footer, atomic writes, errors."""

from __future__ import annotations

import errno
import getpass
import os
import re
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.domain.errors import Cancelled, UserError
from desktop.pdf import document
from desktop.pdf.document import PdfMeta, build_pdf, section
from desktop.pdf.tables import data_table, text_paragraphs

from .conftest import GENERATED_AT, outline_titles, page_texts, squash

LONG_ZH = "催收人员每天晚上十点以后打电话，还威胁要联系我的家人和单位。" * 12


def two_page_story() -> list:
    return [
        section("第一章 联系记录"),
        *text_paragraphs(LONG_ZH),
        section("1.1 夜间来电", 1),
        *text_paragraphs(LONG_ZH * 4),
        section("第二章 证据"),
        *text_paragraphs("证据清单见下。"),
    ]


def build(path: Path, story=None, **kw) -> Path:
    meta = {k: kw.pop(k) for k in list(kw) if k in ("title", "subject", "header_text", "generated_at", "lang", "draft")}
    meta.setdefault("title", "催收应对报告")
    meta.setdefault("subject", "联系记录")
    meta.setdefault("header_text", "案件：小张的网贷")
    meta.setdefault("generated_at", GENERATED_AT)
    kw.setdefault("invariant", True)
    return build_pdf(path, two_page_story() if story is None else story, PdfMeta(**meta), **kw)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_chinese_text_header_and_footer_on_a_two_page_doc(out_dir):
    """Chinese body text is extractable; every page has the header and '第 X 页 / 共 Y 页'."""
    path = build(out_dir / "报告 一.pdf")
    texts = page_texts(path)
    assert len(texts) == 2
    assert "催收人员每天晚上十点以后打电话" in squash(texts[0])
    for number, text in enumerate(texts, 1):
        assert f"第{number}页/共2页" in squash(text)
        assert "案件：小张的网贷" in text
        assert "生成于2026-11-28" in squash(text)
    assert "第 1 页 / 共 2 页".encode("utf-16-be") not in path.read_bytes()  # drawn as glyphs, not metadata


def test_english_footer_and_lang(out_dir):
    path = build(out_dir / "en.pdf", lang="en")
    texts = page_texts(path)
    assert "Page 1 of 2" in texts[0] and "Page 2 of 2" in texts[1]
    assert "Generated 2026-11-28 10:00" in texts[0]
    assert PdfReader(str(path)).trailer["/Root"]["/Lang"] == "en"


def test_font_is_embedded_as_a_subset_and_nothing_else_is_used(out_dir):
    path = build(out_dir / "fonts.pdf")
    reader = PdfReader(str(path))
    seen = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            name = str(font["/BaseFont"])
            seen.add(name)
            assert re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei-\d+", name), name
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert seen
    assert b"Helvetica" not in path.read_bytes()  # no unembedded standard font sneaks in


def test_metadata_has_title_lang_creator_and_no_user_name(out_dir):
    path = build(out_dir / "meta.pdf")
    reader = PdfReader(str(path))
    meta = reader.metadata
    assert meta["/Title"] == "催收应对报告"
    assert meta["/Subject"] == "联系记录"
    assert meta["/Creator"] == "Debt Call Helper"
    assert meta["/Author"] == ""
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    data = path.read_bytes()
    user = getpass.getuser()
    for encoded in (user.encode("utf-8"), user.encode("utf-16-be")):
        assert encoded not in data
    assert b"anonymous" not in data
    assert str(out_dir).encode() not in data  # the temp/target path is not recorded either


def test_outline_has_nested_entries_on_the_right_pages(out_dir):
    path = build(out_dir / "outline.pdf")
    assert outline_titles(path) == [
        (0, "第一章 联系记录", 0),
        (1, "1.1 夜间来电", 0),
        (0, "第二章 证据", 1),
    ]
    assert PdfReader(str(path)).trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_skipped_outline_levels_are_clamped(out_dir):
    """A level-3 heading straight after a level-0 one must not crash reportlab's outline."""
    path = build(out_dir / "levels.pdf", [section("A"), section("B", 3), section("C", 1)])
    assert [(d, t) for d, t, _ in outline_titles(path)] == [(0, "A"), (1, "B"), (1, "C")]


def test_invariant_builds_are_byte_identical(out_dir):
    a = build(out_dir / "a.pdf").read_bytes()
    b = build(out_dir / "b.pdf").read_bytes()
    assert a == b


def test_draft_watermark(out_dir):
    zh = page_texts(build(out_dir / "d.pdf", draft=True))
    assert all("草稿" in t and "DRAFT" in t for t in zh)
    assert "草稿" not in page_texts(build(out_dir / "nd.pdf"))[0]
    assert "DRAFT" in page_texts(build(out_dir / "de.pdf", draft=True, lang="en"))[0]


def test_nasty_characters_never_crash(out_dir):
    """Emoji, 𠮷, NUL, control characters and lone surrogates anywhere: the export still works."""
    nasty = (
        "表情😀👨\u200d👩\u200d👧 吉𠮷 nul\x00 bell\x07 surrogate\ud800\udc00x\udfff 旗\U0001f1e8\U0001f1f3"
    )
    story = [
        section(nasty),
        *text_paragraphs(nasty * 3),
        data_table([nasty, "列"], [[nasty, None], [1, 2.5]]),
    ]
    path = build(out_dir / "nasty.pdf", story, title=nasty, subject=nasty, header_text=nasty)
    text = squash(page_texts(path)[0])
    assert "表情" in text and "吉" in text and "旗" in text
    assert "\x00" not in text


def test_very_long_header_is_cut_quickly(out_dir):
    """A huge case alias is shortened with an ellipsis on one header line (and measured once)."""
    start = time.perf_counter()
    path = build(out_dir / "h.pdf", header_text="很长的案件名" * 20_000, title="题" * 100_000)
    assert time.perf_counter() - start < 3
    first_line = page_texts(path)[0].splitlines()
    assert any(line.startswith("很长的案件名") and line.endswith("…") for line in first_line)


def test_long_latin_strings_wrap_inside_the_page(out_dir):
    """A SHA-256 hash and a long URL in narrow cells are wrapped, not cut off."""
    sha = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    url = "https://example.com/" + "very-long-path/" * 12
    wide = data_table(["文件", "SHA-256"], [["录音.m4a", sha]], [0.3, 0.7])
    assert wide._cellvalues[1][1] == sha  # fits on one line: stays a fast plain string
    table = data_table(["文件", "SHA-256"], [["录音 2026-03-01.m4a", sha], ["网址", url]], [0.6, 0.4])
    for row in table._cellvalues[1:]:
        assert not isinstance(row[1], str)  # too wide for one line: became a wrapping Paragraph
    path = build(out_dir / "hash.pdf", [table, *text_paragraphs(sha * 4 + " " + url)])
    text = squash(page_texts(path)[0])
    assert sha in text  # every character made it onto the page


def test_short_cells_stay_plain_strings():
    """Plain strings are far cheaper to lay out than Paragraphs; short cells must stay strings."""
    table = data_table(["日期", "方式"], [["2026-03-01", "电话"]])
    assert table._cellvalues == [["日期", "方式"], ["2026-03-01", "电话"]]


def test_2000_row_table_splits_with_repeated_header(out_dir):
    rows = [[f"R{i:04d}", "电话", "对方自称律师事务所，声称要起诉" * (1 + i % 3)] for i in range(2000)]
    story = [section("联系记录"), data_table(["编号", "方式", "内容摘要"], rows, [0.15, 0.15, 0.7])]
    path = build(out_dir / "big table.pdf", story)
    texts = page_texts(path)
    assert len(texts) > 20
    for text in texts:
        assert "编号" in text and "内容摘要" in text  # the header row repeats on every page
    found = re.findall(r"R\d{4}", "".join(texts))
    assert found == [f"R{i:04d}" for i in range(2000)]  # every row once, in order


def test_progress_is_monotonic_and_reaches_one(out_dir):
    seen: list[float] = []
    rows = [[str(i), "x"] for i in range(500)]
    build(out_dir / "p.pdf", [data_table(["a", "b"], rows)], progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen)
    assert len(seen) > 5


@pytest.mark.parametrize("after_calls", [0, 3, 10_000])
def test_cancel_leaves_no_file_and_no_temp_file(out_dir, after_calls):
    """Cancel at the start, during layout, or while pages are written out: nothing is left behind."""
    calls = [0]

    def cancel() -> bool:
        calls[0] += 1
        return calls[0] > after_calls

    rows = [[str(i), "催收"] for i in range(600)]
    if after_calls == 10_000:  # count the calls of a full run, then cancel during the last stage
        build(out_dir / "probe.pdf", [data_table(["a", "b"], rows)], cancel=cancel)
        total, calls[0] = calls[0], 0
        cancel_at = total - 2

        def cancel() -> bool:  # noqa: F811
            calls[0] += 1
            return calls[0] > cancel_at

        (out_dir / "probe.pdf").unlink()
    with pytest.raises(Cancelled):
        build(out_dir / "c.pdf", [data_table(["a", "b"], rows)], cancel=cancel)
    assert leftovers(out_dir) == []


def test_failed_build_keeps_the_previous_file(out_dir):
    """Writing is atomic: a cancelled re-export leaves the earlier PDF untouched."""
    path = build(out_dir / "keep.pdf")
    before = path.read_bytes()
    with pytest.raises(Cancelled):
        build(path, cancel=lambda: True)
    assert path.read_bytes() == before
    assert leftovers(out_dir) == ["keep.pdf"]


def test_layout_bug_removes_the_temp_file(out_dir):
    """Any exception (here a broken flowable) propagates and leaves no temp file."""

    class Broken(document.Flowable):
        def wrap(self, *args):
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        build(out_dir / "x.pdf", [Broken()])
    assert leftovers(out_dir) == []


def test_missing_folder_is_a_user_error(out_dir):
    with pytest.raises(UserError) as info:
        build(out_dir / "不存在" / "r.pdf")
    assert "不存在" in info.value.zh and "does not exist" in info.value.en
    assert leftovers(out_dir) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_folder_is_a_user_error(out_dir):
    out_dir.chmod(0o500)
    try:
        with pytest.raises(UserError) as info:
            build(out_dir / "r.pdf")
    finally:
        out_dir.chmod(0o700)
    assert "只读" in info.value.zh
    assert leftovers(out_dir) == []


def test_permission_denied_is_a_user_error(out_dir, monkeypatch):
    """Same as the read-only folder test, but also when the tests run as root."""

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(document, "open", denied, raising=False)
    with pytest.raises(UserError) as info:
        build(out_dir / "r.pdf")
    assert "只读" in info.value.zh and "read-only" in info.value.en
    assert leftovers(out_dir) == []


def test_target_locked_by_a_viewer_is_a_user_error(out_dir, monkeypatch):
    """On Windows os.replace fails while the old PDF is open in a viewer: temp file removed."""

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(document.os, "replace", locked)
    with pytest.raises(UserError) as info:
        build(out_dir / "r.pdf")
    assert "其他程序打开" in info.value.zh
    assert leftovers(out_dir) == []


def test_full_disk_is_a_user_error(out_dir, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(document.os, "fsync", full)
    with pytest.raises(UserError) as info:
        build(out_dir / "r.pdf")
    assert "磁盘空间不足" in info.value.zh and "disk is full" in info.value.en
    assert leftovers(out_dir) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_written_file_gets_normal_permissions(out_dir):
    """The temp file must not pass mkstemp's owner-only 0600 mode on to the finished PDF."""
    umask = os.umask(0o022)
    os.umask(umask)
    mode = build(out_dir / "m.pdf").stat().st_mode & 0o777
    assert mode == 0o666 & ~umask


def test_path_with_chinese_and_spaces(out_dir):
    path = build(out_dir / "张三 的 报告 2026.pdf")
    assert path.exists() and path.read_bytes().startswith(b"%PDF-")
    assert leftovers(out_dir) == ["张三 的 报告 2026.pdf"]


def test_empty_story_and_empty_table_still_build(out_dir):
    path = build(out_dir / "e.pdf", [data_table([], [])])
    assert len(page_texts(path)) == 1
