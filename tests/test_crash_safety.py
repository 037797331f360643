"""Crash safety: a writer killed (SIGKILL) at random moments never loses an acknowledged save.

The helper (this file run as a script) opens the case through the app's store,
reports "ready", then saves contacts in a loop — now and then an edit, now and
then an evidence file — and prints each acknowledged save to stdout (flushed)
only after the call that commits it has returned. The test kills it at random
moments, reopens the same case the next round, and at the end checks that the
database opens, passes ``PRAGMA integrity_check``, holds every acknowledged
save, and that ``verify`` finds the history chain and the evidence intact.

A killed process is what this proves: in WAL mode with ``synchronous=NORMAL`` a
commit is in the operating system's hands when it returns. (A power cut may
lose the last commits, but never corrupts the file.)
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("CRASH_KILLS", "100"))


def _writer(data_root: str, case_id: str, round_no: int) -> None:
    from dataclasses import replace
    from datetime import datetime, timedelta

    from desktop.domain.contacts import Channel, Contact, Direction
    from desktop.files.data_dir import DataDir
    from desktop.store.cases import CaseRepository
    from desktop.store.contacts import ContactRepository
    from desktop.store.evidence import EvidenceRepository

    cases = CaseRepository(DataDir(Path(data_root)))
    with cases.open(case_id) as conn:
        evidence = EvidenceRepository(conn, cases.evidence_dir(case_id))
        contacts = ContactRepository(conn, evidence=evidence)
        scratch = Path(data_root) / f"scratch-{os.getpid()}.bin"
        print("ready", flush=True)
        last = None
        for i in range(1_000_000):
            when = datetime(2026, 1, 1, 8) + timedelta(minutes=37 * (round_no * 1000 + i))
            if last is not None and i % 7 == 3:
                last = contacts.update(replace(last, summary=f"改过 {round_no}-{i}"))
                print(f"E {last.id} {round_no}-{i}", flush=True)
                continue
            if last is not None and i % 11 == 5:
                scratch.write_bytes(os.urandom(64) + f"证据 {round_no}-{i}".encode())
                last = contacts.update(last, files=[scratch])
                print(f"F {last.id}", flush=True)
                continue
            last = contacts.add(Contact(occurred_at=when, channel=Channel.CALL, direction=Direction.INCOMING,
                                        answered=True, number="138 0000 0000", summary=f"第 {round_no}-{i} 次 😀"))
            print(f"A {last.id}", flush=True)


def _run_round(data_root: Path, case_id: str, round_no: int, rng: random.Random) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, __file__, str(data_root), case_id, str(round_no)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True)
    try:
        first = proc.stdout.readline()
        assert first == "ready\n", (first, proc.stderr.read() if proc.poll() is not None else "")
        time.sleep(rng.uniform(0.0, 0.12))
        proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert "Traceback" not in err, err
    return [line for line in out.splitlines() if line]


def test_killing_the_writer_at_random_moments_never_loses_an_acknowledged_save(cases, data_dir):
    from desktop.store.contacts import ContactRepository
    from desktop.store.safety.verify import verify_case

    case = cases.create("崩溃测试")
    rng = random.Random(int(os.environ.get("CRASH_SEED", "20261103")))
    added: set[int] = set()
    edits: dict[int, str] = {}
    files = 0
    started = time.perf_counter()
    for round_no in range(KILLS):
        for line in _run_round(data_dir.root, case.id, round_no, rng):
            kind, *rest = line.split(" ")
            if kind == "A":
                added.add(int(rest[0]))
            elif kind == "E":
                edits[int(rest[0])] = rest[1]
            elif kind == "F":
                files += 1
    elapsed = time.perf_counter() - started
    with cases.open(case.id) as conn:  # opens through quick_check
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        present = {row[0] for row in conn.execute("SELECT id FROM contacts")}
        assert added <= present, f"lost acknowledged saves: {sorted(added - present)[:10]}"
        repo = ContactRepository(conn)
        for contact_id, tag in edits.items():
            assert any(v.content.get("summary") == f"改过 {tag}" for v in repo.history(contact_id))
        report = verify_case(conn, cases.evidence_dir(case.id))
        assert report.ok, [p.en for p in report.problems][:5]
        assert report.files >= files
    print(f"\ncrash loop: {KILLS} kills, {len(added)} acknowledged adds, {len(edits)} edited records, "
          f"{files} evidence files, {len(present)} records stored, {report.versions} versions, {elapsed:.1f} s")
    assert len(added) >= KILLS  # the kills landed while saving, not only during start-up


if __name__ == "__main__":
    _writer(sys.argv[1], sys.argv[2], int(sys.argv[3]))
