"""``self-test``: prove that this installation works, in a temporary data folder.

Creates a case, shows the window offscreen, writes a one-page PDF with Chinese
text and checks that the font is embedded. Prints each check; exit 0 only if all
passed. Run it under ``timeout`` in CI: a Qt event loop that never ends would
otherwise hang the job.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path


class _Checks:
    def __init__(self) -> None:
        self.failed = 0

    def check(self, what: str, ok: bool, detail: str = "") -> bool:
        mark = "OK  " if ok else "FAIL"
        print(f"[{mark}] {what}{(' — ' + detail) if detail else ''}", flush=True)
        if not ok:
            self.failed += 1
        return ok


def run_self_test(lang: str = "zh_CN") -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    checks = _Checks()
    root = Path(tempfile.mkdtemp(prefix="dch-selftest-")) / "数据 文件夹 test"
    try:
        _run(checks, root, lang)
    except Exception as exc:  # noqa: BLE001 — report any failure as a failed check, not a hang
        checks.check("self-test ran to the end", False, f"{type(exc).__name__}: {exc}")
        traceback.print_exc(limit=5, file=sys.stdout)
    finally:
        shutil.rmtree(root.parent, ignore_errors=True)
    print("self-test: " + ("all checks passed" if not checks.failed else f"{checks.failed} check(s) failed"))
    return 0 if checks.failed == 0 else 1


def _run(checks: _Checks, root: Path, lang: str) -> None:
    from desktop import __version__
    from desktop.app import App, make_application, open_data_dir
    from desktop.paths import resources_dir
    from desktop.ui import fonts

    checks.check("version", True, __version__)
    checks.check("resources folder", (resources_dir() / "fonts" / "wqy-microhei.ttc").is_file(), str(resources_dir()))
    data_dir = open_data_dir(root)
    checks.check("data folder with Chinese characters and spaces", data_dir.cases.is_dir(), str(root))

    app = make_application()
    application = App(app, data_dir, lang_override="zh_CN")
    case = application.ctx.cases.create("自检案件 𠮷")
    listed = application.ctx.cases.list()
    checks.check("case created and listed", [c.id for c in listed] == [case.id], case.id)
    checks.check("Chinese font registered with Qt", bool(fonts.register_bundled_font()), ", ".join(fonts.register_bundled_font()))

    checks.check("read-aloud engines installed", *_speech_engines())
    checks.check("one app per data folder (the system's file lock)", *_single_instance(data_dir.root))

    window = application.build_window()
    window.show()
    app.processEvents()
    pixmap = window.grab()
    checks.check("window shown offscreen", not pixmap.isNull() and window.isVisible(), f"{pixmap.width()}×{pixmap.height()}")
    checks.check("Chinese translation loaded", window.windowTitle().endswith("催收应对助手"), window.windowTitle())
    window.close()

    from desktop.pdf.simple import font_is_embedded, render_text_document

    pdf_path = root / "自检 报告.pdf"
    render_text_document(
        pdf_path,
        title="自检报告",
        markdown_text="# 自检\n\n这是一页中文测试：催收记录、协商还款、第 1 页。Latin 123.",
        lang="zh_CN",
        header_text="自检案件",
        generated_at=datetime.now(),
    )
    size = pdf_path.stat().st_size if pdf_path.exists() else 0
    checks.check("one-page PDF with Chinese text written", size > 0, f"{size} bytes")
    checks.check("Chinese font embedded in the PDF", size > 0 and font_is_embedded(pdf_path))


def _single_instance(root: Path) -> tuple[bool, str]:
    """The lock is taken, refused to a second start while held, and free again once let go.

    It uses the system's own lock (flock, or msvcrt.locking on Windows). The Windows build's
    self-test (.github/workflows/windows.yml) is where the Windows branch runs on Windows itself;
    the CI here runs the Linux build, and the installer test under wine does not run the program.
    """
    from desktop import single_instance

    first = single_instance.acquire(root)
    if first is None or not first.holds_lock:
        return False, "the first start did not get the lock"
    second = single_instance.acquire(root)
    first.release()
    if second is not None:
        second.release()
        return False, "a second start got the lock while the first held it"
    again = single_instance.acquire(root)
    if again is None:
        return False, "the lock stayed taken after it was let go"
    again.release()
    return True, "taken, refused to a second start, let go"


def _speech_engines() -> tuple[bool, str]:
    """Qt's text-to-speech loads and knows at least one engine (a voice is the computer's business)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return False, str(exc)
    engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
    return bool(engines), ", ".join(engines) or "none"
