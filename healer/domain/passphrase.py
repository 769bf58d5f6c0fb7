"""Passphrase rules: normalisation before keying and the minimum for a new vault."""

from __future__ import annotations

import unicodedata

from healer.domain.errors import ValidationError

MIN_NEW_PASSPHRASE_CHARS = 8


def normalize_passphrase(passphrase: str) -> str:
    """NFC form, so the same words typed on any keyboard open the same vault."""
    if not passphrase:
        raise ValidationError("passphrase", "is empty")
    if "\x00" in passphrase:
        raise ValidationError("passphrase", "contains a NUL character")
    return unicodedata.normalize("NFC", passphrase)


def check_new_passphrase(passphrase: str) -> str:
    """Normalise a passphrase chosen for a vault, refusing ones too short to protect it."""
    normalized = normalize_passphrase(passphrase)
    if len(normalized) < MIN_NEW_PASSPHRASE_CHARS:
        raise ValidationError(
            "passphrase", f"is too short: use at least {MIN_NEW_PASSPHRASE_CHARS} characters"
        )
    return normalized
