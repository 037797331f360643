"""The bundle dialogs do their work off the UI thread: progress shown, Cancel leaves nothing, errors stay calm."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton

from desktop import i18n
from desktop.domain.contacts import Contact
from desktop.store.bundle import crypto as bundle_crypto
from desktop.store.bundle.bundles import export_bundle, import_bundle, needs_passphrase
from desktop.store.contacts import ContactRepository
from desktop.store.evidence import EvidenceRepository
from desktop.ui.cases import bundle_worker
from desktop.ui.cases.bundle_dialogs import ExportBundleDialog, ImportBundleDialog
from desktop.ui.cases.bundle_worker import STEPS
from tests.ui.test_backups_dialog import answer_boxes

PASS = "a long passphrase 密码"


@pytest.fixture(autouse=True)
def no_worker_outlives_the_test():
    yield
    assert QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture
def case(cases, tmp_path):
    """A case with two records and a 3 MB evidence file (several chunks, so several reports of progress)."""
    case = cases.create("带走测试")
    with cases.open(case.id) as conn:
        contacts = ContactRepository(conn)
        saved = contacts.add_many([Contact(summary="第一次来电"), Contact(summary="第二次来电")])
        src = tmp_path / "录音.bin"
        src.write_bytes(bytes(range(256)) * (3 * 4096))
        contacts.evidence = EvidenceRepository(conn, cases.evidence_dir(case.id))
        contacts.update(saved[0], files=[src])
    return case


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose_button(dialog) -> QPushButton:
    [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Choose…"]
    return button


def when(condition, then, timeout_ms: int = 20_000) -> None:
    """Run ``then()`` on the UI thread as soon as ``condition()`` holds (a person watching the dialog)."""
    waited = {"ms": 0}

    def poll():
        if condition():
            then()
        elif waited["ms"] < timeout_ms:
            waited["ms"] += 10
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def staging_left(cases) -> list[str]:
    return [p.name for p in cases.data_dir.cases.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("protect", [True, False], ids=["with-passphrase", "without-passphrase"])
def test_export_through_the_dialog_shows_progress_and_writes_the_bundle(qtbot, monkeypatch, cases, case, tmp_path,
                                                                        protect):
    out = tmp_path / "U 盘"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / "带走"), ""))
    dialog = shown(qtbot, ExportBundleDialog(None, cases, case.id, case.alias))
    qtbot.mouseClick(choose_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(out / "带走")
    dialog.protect.setChecked(protect)
    if protect:
        qtbot.keyClicks(dialog.passphrase, "a long passphrase")
        qtbot.keyClicks(dialog.repeat, "a long passphrase")
    seen = []
    dialog.progress.valueChanged.connect(lambda v: seen.append((v, dialog.progress.isVisible())))
    texts = answer_boxes("ok")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    target = out / "带走.dchcase"
    assert dialog.result_path == target and dialog.result() == QDialog.DialogCode.Accepted
    assert [p.name for p in out.iterdir()] == ["带走.dchcase"]  # no partial file beside it
    assert needs_passphrase(target) is protect
    assert str(target) in texts[0] and "1 evidence" in texts[0]
    values = [v for v, _visible in seen]
    assert len(values) >= 3 and values == sorted(values) and values[-1] == STEPS
    assert all(visible for _v, visible in seen)
    assert dialog.progress.isHidden()  # only while it works
    result = import_bundle(cases, target, "a long passphrase" if protect else None)
    assert (result.contacts, result.files) == (2, 1)


def test_cancel_during_export_leaves_no_file_and_the_dialog_open(qtbot, monkeypatch, cases, case, tmp_path):
    out = tmp_path / "usb"
    out.mkdir()
    partial_seen = threading.Event()
    go_on = threading.Event()
    real = bundle_worker.export_bundle

    def export_until_told(*args, progress, **kwargs):
        def step(fraction):
            progress(fraction)  # raises Cancelled once Cancel was clicked
            if not go_on.is_set() and list(out.glob("*.unfinished-export-*")):
                partial_seen.set()  # the half-written bundle exists now: stop here until Cancel
                go_on.wait(10)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(bundle_worker, "export_bundle", export_until_told)
    dialog = shown(qtbot, ExportBundleDialog(None, cases, case.id))
    dialog.path_edit.setText(str(out / "带走.dchcase"))
    dialog.protect.setChecked(False)
    during = {}

    def cancel():
        during["form locked"] = not dialog.form_box.isEnabled() and not dialog.export_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        during["status"] = dialog.status.text()
        go_on.set()

    when(partial_seen.is_set, cancel)
    dialog.export()

    assert partial_seen.is_set() and during == {"form locked": True, "status": "Cancelling… nothing will be kept."}
    assert dialog.result_path is None and list(out.iterdir()) == []
    assert not [p for p in cases.data_dir.case_dir(case.id).iterdir() if p.name.startswith(".bundle-")]
    assert dialog.isVisible() and dialog.status.text() == "The export was cancelled. No file was written."
    assert dialog.form_box.isEnabled() and dialog.export_button.isEnabled() and dialog.cancel_button.isEnabled()


def test_closing_the_dialog_mid_export_cancels_and_closes_once_stopped(qtbot, monkeypatch, cases, case, tmp_path):
    started = threading.Event()
    go_on = threading.Event()
    real = bundle_worker.export_bundle

    def slow(*args, progress, **kwargs):
        def step(fraction):
            progress(fraction)
            started.set()
            go_on.wait(10)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(bundle_worker, "export_bundle", slow)
    dialog = shown(qtbot, ExportBundleDialog(None, cases, case.id))
    dialog.path_edit.setText(str(tmp_path / "x.dchcase"))
    dialog.protect.setChecked(False)
    when(started.is_set, lambda: (dialog.reject(), go_on.set()))
    dialog.export()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert list(tmp_path.glob("*x.dchcase*")) == []


def test_import_runs_off_the_ui_thread_while_the_dialog_shows_progress(qtbot, monkeypatch, cases, case, tmp_path):
    bundle = export_bundle(cases, case.id, tmp_path / "带走.dchcase", PASS).path
    released = threading.Event()
    worker = {}
    real = bundle_worker.import_bundle

    def import_while_watched(*args, progress, **kwargs):
        worker["thread"] = threading.current_thread()
        progress(0.5)
        # Set by a timer on the UI thread: it fires only if that thread keeps handling events.
        worker["released"] = released.wait(10)
        return real(*args, progress=progress, **kwargs)

    monkeypatch.setattr(bundle_worker, "import_bundle", import_while_watched)
    dialog = shown(qtbot, ImportBundleDialog(None, cases, bundle))
    assert dialog.passphrase.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "a long passphrase ")
    dialog.passphrase.insert("密码")  # typed through the input method
    got = []
    dialog.imported.connect(got.append)
    ui = {}

    def look():
        ui.update(value=dialog.progress.value(), bar=dialog.progress.isVisible(), status=dialog.status.text(),
                  locked=not dialog.form_box.isEnabled())
        released.set()

    when(lambda: dialog.progress.value() == STEPS // 2, look)
    texts = answer_boxes("ok")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert worker == {"thread": worker["thread"], "released": True}
    assert worker["thread"] is not threading.main_thread()
    assert ui == {"value": 500, "bar": True, "status": "Checking and importing “带走.dchcase”…", "locked": True}
    assert len(got) == 1 and got[0] != case.id and dialog.imported_case_id == got[0]
    assert "“带走测试” was added as a new case with 2 records." in texts[0]
    assert sorted(s.id for s in cases.list()) == sorted([case.id, got[0]]) and staging_left(cases) == []


def test_a_wrong_passphrase_shows_the_calm_message_and_adds_nothing(qtbot, cases, case, tmp_path):
    bundle = export_bundle(cases, case.id, tmp_path / "带走.dchcase", PASS).path
    dialog = shown(qtbot, ImportBundleDialog(None, cases, bundle))
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    texts = answer_boxes("ok")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert texts == [bundle_crypto.wrong_passphrase().message(i18n.current())]
    assert dialog.isVisible() and dialog.imported_case_id == ""
    assert [s.id for s in cases.list()] == [case.id] and staging_left(cases) == []
    assert dialog.passphrase.hasSelectedText() and dialog.import_button.isEnabled()
    assert dialog.status.isHidden() and dialog.progress.isHidden()


def test_cancel_during_import_leaves_no_case_and_no_staging_folder(qtbot, monkeypatch, cases, case, tmp_path):
    bundle = export_bundle(cases, case.id, tmp_path / "带走.dchcase").path
    staged = threading.Event()
    go_on = threading.Event()
    real = bundle_worker.import_bundle

    def import_until_told(*args, progress, **kwargs):
        def step(fraction):
            progress(fraction)
            if not go_on.is_set() and list(cases.data_dir.cases.glob(".import-*/case.db")):
                staged.set()  # files are being extracted into the hidden folder: stop here until Cancel
                go_on.wait(10)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(bundle_worker, "import_bundle", import_until_told)
    dialog = shown(qtbot, ImportBundleDialog(None, cases, bundle))
    got = []
    dialog.imported.connect(got.append)
    when(staged.is_set, lambda: (qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton), go_on.set()))
    dialog.do_import()
    assert staged.is_set() and got == [] and dialog.imported_case_id == ""
    assert [s.id for s in cases.list()] == [case.id] and staging_left(cases) == []
    assert dialog.isVisible() and dialog.status.text() == "The import was cancelled. No case was added."
    assert dialog.import_button.isEnabled()
