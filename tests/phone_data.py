"""Generators of synthetic phone exports for the phone-evidence tests (issue 13 item 8).

Everything is made up: numbers come from fixed synthetic ranges (``1380000xxxx``
mobiles, ``400000xxxx``, ``95xxx`` and ``1069xxxxxxxx`` senders), texts from templates.
No real person's data. All generators are deterministic for a given ``seed``.

* :func:`write_sbr_calls` / :func:`write_sbr_messages` — SMS Backup & Restore XML.
* :func:`write_iphone_backup` — an iTunes-style backup folder with ``Info.plist``,
  ``Manifest.plist``, ``Manifest.db`` (its real ``Files``/``Properties`` layout) and
  ``sms.db`` and ``CallHistory.storedata`` with their real tables, stored under the
  hashed names ``<first two hex>/<sha1(domain-relativePath)>``.
* :func:`write_recordings` — a folder of recordings named in each phone's convention.
"""

from __future__ import annotations

import hashlib
import os
import plistlib
import random
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import quoteattr

COLLECTORS = ("95046", "4000000001", "1069000000001")
MOBILES = tuple(f"1380000{n:04d}" for n in range(1, 60))
COLLECTION_TEXTS = (
    "【某某金融】您的借款已逾期，我司将于三日内向法院起诉，请尽快还款。",
    "您的案件已立案，传票将寄送至您的户籍地址。",
    "今天下午我们的外访人员将上门核实情况。",
    "再不还款我们将联系您通讯录里的所有联系人。",
    "已通知您的单位人事部门，请配合处理。",
    "我们已经联系了您的家人，请您尽快回电。",
    "逾期将被列入黑名单，影响您子女上学。",
    "恶意拖欠可能坐牢，公安已介入调查。",
    "律师函已发出，请查收。",
    "请将欠款转入以下私人账户：6222 0000 0000 0000。",
)
PERSONAL_TEXTS = ("晚上一起吃饭吗？😀", "到家了吗", "妈妈说周末回家 𠮷", "快递放门口了", "好的，明天见")
BASE = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Call:
    number: str
    when: datetime
    duration: int
    kind: int  # SBR type: 1 in, 2 out, 3 missed, 5 rejected, 6 blocked


@dataclass(frozen=True)
class Text:
    number: str
    when: datetime
    received: bool
    body: str


def synthetic_calls(n: int, seed: int = 13, *, collector_share: float = 0.3) -> list[Call]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        number = rnd.choice(COLLECTORS) if rnd.random() < collector_share else rnd.choice(MOBILES)
        kind = rnd.choice((1, 1, 2, 3, 3, 5, 6))
        out.append(Call(number, BASE + timedelta(minutes=7 * i + rnd.randint(0, 6)),
                        0 if kind in (3, 5, 6) else rnd.randint(5, 900), kind))
    return out


def synthetic_texts(m: int, seed: int = 14, *, collector_share: float = 0.3) -> list[Text]:
    rnd = random.Random(seed)
    out = []
    for i in range(m):
        collector = rnd.random() < collector_share
        number = rnd.choice(COLLECTORS) if collector else rnd.choice(MOBILES)
        body = rnd.choice(COLLECTION_TEXTS if collector else PERSONAL_TEXTS)
        out.append(Text(number, BASE + timedelta(minutes=5 * i + rnd.randint(0, 4)), collector or rnd.random() < .5,
                        body))
    return out


def _ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def write_sbr_calls(path: Path, calls: list[Call], *, extra: str = "") -> Path:
    """A ``calls-*.xml`` as SMS Backup & Restore writes it (``extra`` is raw XML added before the end)."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
                 '<?xml-stylesheet type="text/xsl" href="calls.xsl"?>\n'
                 f'<calls count="{len(calls)}" backup_set="synthetic" backup_date="{_ms(BASE)}" type="full">\n')
        for c in calls:
            fh.write(f'  <call number={quoteattr(c.number)} duration="{c.duration}" date="{_ms(c.when)}" '
                     f'type="{c.kind}" presentation="1" subscription_id="1" post_dial_digits="" '
                     f'readable_date={quoteattr(c.when.isoformat())} contact_name="(Unknown)" />\n')
        fh.write(extra)
        fh.write("</calls>\n")
    return path


def write_sbr_messages(path: Path, texts: list[Text], *, mms_every: int = 0, extra: str = "") -> Path:
    """An ``sms-*.xml``; every ``mms_every``-th message is written as an MMS with a text part."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
                 '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>\n'
                 f'<smses count="{len(texts)}" backup_set="synthetic" backup_date="{_ms(BASE)}" type="full">\n')
        for i, t in enumerate(texts):
            if mms_every and i % mms_every == mms_every - 1:
                box, addr_type = ("1", "137") if t.received else ("2", "151")
                fh.write(f'  <mms date="{_ms(t.when)}" msg_box="{box}" address={quoteattr(t.number)} m_type="132" '
                         f'read="1" contact_name="(Unknown)">\n    <parts>\n'
                         '      <part seq="-1" ct="application/smil" text="&lt;smil&gt;&lt;/smil&gt;" />\n'
                         f'      <part seq="0" ct="text/plain" text={quoteattr(t.body)} />\n'
                         '      <part seq="1" ct="image/jpeg" name="a.jpg" data="/9j/4AAQSkZJRgABAQ==" />\n'
                         f'    </parts>\n    <addrs>\n      <addr address={quoteattr(t.number)} '
                         f'type="{addr_type}" charset="106" />\n    </addrs>\n  </mms>\n')
            else:
                fh.write(f'  <sms protocol="0" address={quoteattr(t.number)} date="{_ms(t.when)}" '
                         f'type="{1 if t.received else 2}" subject="null" body={quoteattr(t.body)} toa="null" '
                         'sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" '
                         'sub_id="1" contact_name="(Unknown)" />\n')
        fh.write(extra)
        fh.write("</smses>\n")
    return path


# ── iPhone backup ──────────────────────────────────────────────────────────────

APPLE_EPOCH = datetime(2001, 1, 1, tzinfo=UTC)
SMS_PATH = ("HomeDomain", "Library/SMS/sms.db")
CALLS_PATH = ("HomeDomain", "Library/CallHistoryDB/CallHistory.storedata")


def file_id(domain: str, relative_path: str) -> str:
    """How iTunes names a stored file: SHA-1 of ``domain-relativePath``."""
    return hashlib.sha1(f"{domain}-{relative_path}".encode()).hexdigest()


def attributed_body(text: str) -> bytes:
    """A minimal typedstream NSAttributedString holding ``text`` (the layout iOS 16+ uses in sms.db)."""
    raw = text.encode("utf-8")
    n = len(raw)
    size = bytes([n]) if n < 0x80 else b"\x81" + n.to_bytes(2, "little") if n < 0x10000 else \
        b"\x82" + n.to_bytes(4, "little")
    return (b"\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00\x84\x84\x08NSObject"
            b"\x00\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+" + size + raw + b"\x86\x84\x02iI\x01")


def write_iphone_backup(folder: Path, calls: list[Call], texts: list[Text], *, encrypted: bool = False,
                        device: str = "测试用 iPhone", attributed_every: int = 0, omit: tuple[str, ...] = (),
                        damage: tuple[str, ...] = ()) -> Path:
    """An iTunes-style backup folder. ``omit`` ("sms", "calls") leaves a listed file out of the folder;
    ``damage`` overwrites it with garbage; ``attributed_every`` stores every n-th text only in attributedBody."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Info.plist").write_bytes(plistlib.dumps({
        "Device Name": device, "Display Name": device, "Last Backup Date": datetime(2026, 3, 30, 12, 0),
        "Product Type": "iPhone15,2", "Product Version": "18.3", "Unique Identifier": folder.name.upper()}))
    (folder / "Manifest.plist").write_bytes(plistlib.dumps({
        "IsEncrypted": encrypted, "Version": "10.0", "Date": datetime(2026, 3, 30, 12, 0),
        "Lockdown": {"DeviceName": device, "ProductVersion": "18.3"}}))
    (folder / "Status.plist").write_bytes(plistlib.dumps({"IsFullBackup": False, "SnapshotState": "finished"}))
    manifest = sqlite3.connect(folder / "Manifest.db")
    manifest.executescript(
        "CREATE TABLE Files (fileID TEXT PRIMARY KEY, domain TEXT, relativePath TEXT, flags INTEGER, file BLOB);"
        "CREATE INDEX FilesDomainIdx ON Files(domain);"
        "CREATE INDEX FilesRelativePathIdx ON Files(relativePath);"
        "CREATE INDEX FilesFlagsIdx ON Files(flags);"
        "CREATE TABLE Properties (key TEXT PRIMARY KEY, value BLOB);")
    for (domain, rel), name, build in ((SMS_PATH, "sms", lambda p: _sms_db(p, texts, attributed_every)),
                                       (CALLS_PATH, "calls", lambda p: _calls_db(p, calls))):
        fid = file_id(domain, rel)
        manifest.execute("INSERT INTO Files VALUES (?,?,?,1,?)", (fid, domain, rel, b"bplist00"))
        if name in omit:
            continue
        target = folder / fid[:2] / fid
        target.parent.mkdir(exist_ok=True)
        if name in damage:
            target.write_bytes(b"this is not a database " * 100)
        else:
            build(target)
    manifest.execute("INSERT INTO Files VALUES (?,?,?,2,?)", (file_id("HomeDomain", "Library/SMS"), "HomeDomain",
                                                              "Library/SMS", b""))
    manifest.commit()
    manifest.close()
    return folder


def _sms_db(path: Path, texts: list[Text], attributed_every: int) -> None:
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, id TEXT NOT NULL, country TEXT,
            service TEXT NOT NULL, uncanonicalized_id TEXT, person_centric_id TEXT, UNIQUE (id, service));
        CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, style INTEGER,
            state INTEGER, account_id TEXT, chat_identifier TEXT, service_name TEXT, display_name TEXT);
        CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, text TEXT,
            replace INTEGER DEFAULT 0, service_center TEXT, handle_id INTEGER DEFAULT 0, subject TEXT,
            country TEXT, attributedBody BLOB, version INTEGER DEFAULT 0, type INTEGER DEFAULT 0,
            service TEXT, account TEXT, error INTEGER DEFAULT 0, date INTEGER, date_read INTEGER,
            date_delivered INTEGER, is_delivered INTEGER DEFAULT 0, is_finished INTEGER DEFAULT 0,
            is_from_me INTEGER DEFAULT 0, is_read INTEGER DEFAULT 0, is_sent INTEGER DEFAULT 0,
            cache_has_attachments INTEGER DEFAULT 0, item_type INTEGER DEFAULT 0,
            associated_message_type INTEGER DEFAULT 0);
        CREATE TABLE chat_message_join (chat_id INTEGER REFERENCES chat (ROWID) ON DELETE CASCADE,
            message_id INTEGER REFERENCES message (ROWID) ON DELETE CASCADE, message_date INTEGER DEFAULT 0,
            PRIMARY KEY (chat_id, message_id));
        CREATE TABLE chat_handle_join (chat_id INTEGER REFERENCES chat (ROWID) ON DELETE CASCADE,
            handle_id INTEGER REFERENCES handle (ROWID) ON DELETE CASCADE, UNIQUE(chat_id, handle_id));
    """)
    handles: dict[str, int] = {}
    for i, t in enumerate(texts, 1):
        if t.number not in handles:
            cur = conn.execute("INSERT INTO handle (id, country, service) VALUES (?, 'cn', 'SMS')", (t.number,))
            handles[t.number] = cur.lastrowid
            conn.execute("INSERT INTO chat (guid, style, chat_identifier, service_name) VALUES (?, 45, ?, 'SMS')",
                         (f"SMS;-;{t.number}", t.number))
            conn.execute("INSERT INTO chat_handle_join VALUES (?, ?)", (handles[t.number], handles[t.number]))
        ns = int((t.when - APPLE_EPOCH).total_seconds()) * 10**9
        attributed = attributed_every and i % attributed_every == 0
        conn.execute("INSERT INTO message (guid, text, handle_id, attributedBody, service, date, is_from_me) "
                     "VALUES (?,?,?,?,'SMS',?,?)",
                     (f"GUID-{i:06d}", None if attributed else t.body, handles[t.number],
                      attributed_body(t.body), ns, 0 if t.received else 1))
        conn.execute("INSERT INTO chat_message_join VALUES (?, ?, ?)", (handles[t.number], i, ns))
    conn.commit()
    conn.close()


def _calls_db(path: Path, calls: list[Call]) -> None:
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE ZCALLRECORD (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, ZANSWERED INTEGER,
            ZCALLTYPE INTEGER, ZDISCONNECTED_CAUSE INTEGER, ZFACE_TIME_DATA BLOB, ZNUMBER_AVAILABILITY INTEGER,
            ZORIGINATED INTEGER, ZREAD INTEGER, ZJUNKCONFIDENCE INTEGER, ZDATE TIMESTAMP, ZDURATION FLOAT,
            ZADDRESS VARCHAR, ZDEVICE_ID VARCHAR, ZISO_COUNTRY_CODE VARCHAR, ZLOCATION VARCHAR, ZNAME VARCHAR,
            ZSERVICE_PROVIDER VARCHAR, ZUNIQUE_ID VARCHAR);
        CREATE TABLE Z_PRIMARYKEY (Z_ENT INTEGER PRIMARY KEY, Z_NAME VARCHAR, Z_SUPER INTEGER, Z_MAX INTEGER);
        CREATE TABLE Z_METADATA (Z_VERSION INTEGER PRIMARY KEY, Z_UUID VARCHAR(255), Z_PLIST BLOB);
    """)
    for i, c in enumerate(calls, 1):
        originated = 1 if c.kind == 2 else 0
        answered = 1 if c.kind in (1, 2) else 0
        conn.execute("INSERT INTO ZCALLRECORD (Z_PK, Z_ENT, Z_OPT, ZANSWERED, ZCALLTYPE, ZORIGINATED, ZDATE, "
                     "ZDURATION, ZADDRESS, ZISO_COUNTRY_CODE, ZSERVICE_PROVIDER, ZUNIQUE_ID) "
                     "VALUES (?, 2, 1, ?, 1, ?, ?, ?, ?, 'cn', 'com.apple.Telephony', ?)",
                     (i, answered, originated, (c.when - APPLE_EPOCH).total_seconds(), float(c.duration),
                      c.number, f"UID-{i:06d}"))
    conn.execute("INSERT INTO Z_PRIMARYKEY VALUES (2, 'CallRecord', 0, ?)", (len(calls),))
    conn.commit()
    conn.close()


# ── recordings ─────────────────────────────────────────────────────────────────

def write_recordings(folder: Path, names: list[str], *, mtime: datetime = BASE) -> list[Path]:
    """One small file per name, with distinct content and the given modification time."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, name in enumerate(names):
        path = folder / name
        path.write_bytes(b"ID3" + f"synthetic recording {i} {name}".encode() * 8)
        os.utime(path, (mtime.timestamp(), mtime.timestamp()))
        out.append(path)
    return out
