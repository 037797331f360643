"""Passphrase encryption of a case bundle: AES-256-GCM over the whole zip, key from scrypt.

File layout (all of it authenticated)::

    MAGIC (8) | version (1) | salt (16) | nonce (12) | key check (16) | ciphertext … | GCM tag (16)

The key comes from ``hashlib.scrypt(passphrase, salt, n, r, p)`` with the cost
the version byte names (:data:`KDF_BY_VERSION`): version 2 uses OWASP's scrypt
guidance, N = 2^17, r = 8, p = 1 (about 0.3 s and 128 MiB a guess on one core);
version 1, written before review 3.1, used N = 2^15 and is still read. A table
rather than parameters in the header, so a hostile file can never choose a cost
that takes minutes or gigabytes. scrypt gives 64 bytes: the first 32 are the AES
key, the next 16 are stored as a *key check*, so a wrong passphrase is told
apart from a damaged file (a guess still costs one scrypt run either way). The
header, version byte included, is the GCM associated data.

Encryption and decryption stream in chunks, so a bundle with large evidence
files never has to fit in memory. GCM releases plaintext before the tag is
checked, so :func:`decrypt_file` writes to a file the caller treats as
untrusted until the function returns.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from desktop.domain.errors import UserError

MAGIC = b"DCHCASE\x1a"
VERSION = 2  # what export writes
KDF_BY_VERSION = {1: (2**15, 8, 1), 2: (2**17, 8, 1)}  # version → scrypt (n, r, p)
SALT_LEN, NONCE_LEN, CHECK_LEN, TAG_LEN = 16, 12, 16, 16
HEADER_LEN = len(MAGIC) + 1 + SALT_LEN + NONCE_LEN + CHECK_LEN
CHUNK = 1 << 20


def derive(passphrase: str, salt: bytes, version: int = VERSION) -> tuple[bytes, bytes]:
    """(AES key, key check) for ``passphrase`` and ``salt`` at the scrypt cost of ``version``."""
    n, r, p = KDF_BY_VERSION[version]
    material = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                              maxmem=2 * 128 * n * r + (1 << 20), dklen=64)
    return material[:32], material[32:32 + CHECK_LEN]


def is_encrypted(head: bytes) -> bool:
    return head.startswith(MAGIC)


class EncryptingWriter:
    """A write-only file object: what is written goes out encrypted to ``out``; ``close()`` adds the tag.

    It has ``tell()`` but no ``seek()``, so ``zipfile`` writes a streamed zip into it.
    """

    def __init__(self, out: BinaryIO, passphrase: str, version: int = VERSION) -> None:
        salt = secrets.token_bytes(SALT_LEN)
        nonce = secrets.token_bytes(NONCE_LEN)
        key, check = derive(passphrase, salt, version)
        header = MAGIC + bytes([version]) + salt + nonce + check
        self._enc = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
        self._enc.authenticate_additional_data(header)
        self._out = out
        self._out.write(header)
        self._pos = 0
        self.closed = False

    def write(self, data) -> int:
        data = bytes(data)
        self._out.write(self._enc.update(data))
        self._pos += len(data)
        return len(data)

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        if not self.closed:
            self._out.write(self._enc.finalize())
            self._out.write(self._enc.tag)
            self._out.flush()
            self.closed = True


def decrypt_file(src: BinaryIO, total: int, dst: BinaryIO, passphrase: str, *, max_plain: int) -> int:
    """Decrypt the encrypted bundle ``src`` (``total`` bytes long) into ``dst``; return the plaintext size.

    Raises :class:`UserError` for a wrong passphrase, an unknown version, a
    truncated or altered file, or plaintext larger than ``max_plain``.
    """
    header = src.read(HEADER_LEN)
    if len(header) < HEADER_LEN or not is_encrypted(header):
        raise damaged()
    version = header[len(MAGIC)]
    if version not in KDF_BY_VERSION:
        if version < VERSION:  # 0: no version this app ever wrote
            raise damaged()
        raise UserError(
            zh=f"这个加密的案件包是用更新版本的本软件制作的（加密格式 {version}），本软件无法打开。请安装最新版本。",
            en=f"This encrypted case bundle was made by a newer version of this app (encryption format "
            f"{version}); this version cannot open it. Install the latest version.",
        )
    at = len(MAGIC) + 1
    salt = header[at:at + SALT_LEN]
    nonce = header[at + SALT_LEN:at + SALT_LEN + NONCE_LEN]
    check = header[at + SALT_LEN + NONCE_LEN:]
    body = total - HEADER_LEN - TAG_LEN
    if body < 0:
        raise damaged()
    if body > max_plain:
        raise too_large()
    key, expected = derive(passphrase, salt, version)
    if not hmac.compare_digest(check, expected):
        raise wrong_passphrase()
    start = src.tell()
    src.seek(start + body)
    tag = src.read(TAG_LEN)
    src.seek(start)
    if len(tag) != TAG_LEN:
        raise damaged()
    dec = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
    dec.authenticate_additional_data(header)
    left = body
    while left:
        chunk = src.read(min(CHUNK, left))
        if not chunk:
            raise damaged()
        left -= len(chunk)
        dst.write(dec.update(chunk))
    try:
        dst.write(dec.finalize())
    except InvalidTag as exc:
        raise damaged() from exc
    dst.flush()
    return body


def wrong_passphrase() -> UserError:
    return UserError(
        zh="密码不对，无法打开这个加密的案件包。请检查大小写和输入法（全角/半角）后再试。",
        en="The passphrase is not right, so this encrypted case bundle cannot be opened. Check capital "
        "letters and the input method, then try again.",
        field="passphrase",
    )


def damaged() -> UserError:
    return UserError(
        zh="这个案件包已损坏或不完整（可能没有复制完），无法导入。没有写入任何内容。请从原来的电脑重新导出一份。",
        en="This case bundle is damaged or incomplete (perhaps it was not copied completely), so it cannot "
        "be imported. Nothing was written. Export it again from the original computer.",
    )


def too_large() -> UserError:
    return UserError(
        zh="这个案件包太大，超出了本软件允许导入的大小，没有导入。",
        en="This case bundle is larger than this app allows to import, so it was not imported.",
    )
