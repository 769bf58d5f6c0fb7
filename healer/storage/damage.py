"""Telling a wrong passphrase from a damaged first page, by SQLCipher 4's own page HMACs."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from healer.domain.passphrase import normalize_passphrase

# SQLCipher 4 defaults: 4096-byte pages, a 16-byte salt at the start of the file,
# PBKDF2-HMAC-SHA512 with 256,000 iterations for the key, 2 more for the HMAC key
# (salted with the file salt XOR 0x3a), and per page a reserve of IV (16) + HMAC (64).
PAGE_SIZE = 4096
SALT_SIZE = 16
KDF_ITERATIONS = 256_000
HMAC_SALT_MASK = 0x3A
HMAC_KDF_ITERATIONS = 2
KEY_SIZE = 32
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
# Pages after the first tried before giving up: one intact page is enough to know the key.
PAGES_TRIED = 8


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The page key SQLCipher derives from this passphrase and the file's salt."""
    return hashlib.pbkdf2_hmac(
        "sha512", normalize_passphrase(passphrase).encode("utf-8"), salt, KDF_ITERATIONS, KEY_SIZE
    )


def read_salt(path: Path) -> bytes:
    """The file's first 16 bytes."""
    with path.open("rb") as stream:
        return stream.read(SALT_SIZE)


def _hmac_key(passphrase: str, salt: bytes) -> bytes:
    key = derive_key(passphrase, salt)
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", key, hmac_salt, HMAC_KDF_ITERATIONS, KEY_SIZE)


def page_verifies(page: bytes, number: int, hmac_key: bytes) -> bool:
    """True if the page's stored HMAC matches its ciphertext and IV under hmac_key."""
    start = SALT_SIZE if number == 1 else 0
    body = page[start : PAGE_SIZE - RESERVE + IV_SIZE]
    expected = hmac.new(hmac_key, body + number.to_bytes(4, "little"), hashlib.sha512).digest()
    return hmac.compare_digest(expected, page[PAGE_SIZE - HMAC_SIZE : PAGE_SIZE])


def passphrase_opens_later_pages(path: Path, passphrase: str) -> bool:
    """True if the passphrase, keyed with the file's salt, verifies a page after the first.

    Called only when SQLCipher has refused page one: True then means the passphrase is
    right and the start of the file is damaged. False for a wrong passphrase, a damaged
    salt, or a file with no later page to try.
    """
    with path.open("rb") as stream:
        salt = stream.read(SALT_SIZE)
        stream.seek(PAGE_SIZE)
        pages = [stream.read(PAGE_SIZE) for _ in range(PAGES_TRIED)]
    pages = [page for page in pages if len(page) == PAGE_SIZE]
    if len(salt) < SALT_SIZE or not pages:
        return False
    key = _hmac_key(passphrase, salt)
    return any(page_verifies(page, number, key) for number, page in enumerate(pages, start=2))
