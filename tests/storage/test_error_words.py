"""Error sentences keep their template and values apart, and read in English as before."""

from __future__ import annotations

from pathlib import Path

from healer.domain.errors import HealerError, ValidationError, Words, fill, words
from healer.storage.errors import DiskFullError, NotAVaultError, WrongPassphraseError


def test_fill_replaces_each_place_once() -> None:
    assert fill("%2 before %1", ("a", "b")) == "b before a"
    # A value holding a placeholder stays as written: one pass, no second replacement.
    assert fill("%1 and %2", ("%2", "x")) == "%2 and x"
    assert fill("%1 of %10", tuple(str(n) for n in range(1, 11))) == "1 of 10"


def test_error_reads_in_english_with_its_values() -> None:
    error = WrongPassphraseError(Path("/home/me/healer.vault"))
    assert str(error) == "Wrong passphrase for /home/me/healer.vault."
    assert error.words == Words("Wrong passphrase for %1.", ("/home/me/healer.vault",))


def test_a_phrase_inside_a_sentence_stays_whole() -> None:
    reason = words("its folder %1 is read-only", Path("/media/stick"))
    error = NotAVaultError(Path("/media/stick/v"), reason)
    assert str(error) == (
        "/media/stick/v is not a Healer vault or is damaged: its folder /media/stick is read-only."
    )
    assert error.words.values[1] is reason


def test_plain_messages_and_validation_keep_their_text() -> None:
    assert str(HealerError("Nothing to do.")) == "Nothing to do."
    assert str(ValidationError("intensity", "must be 0 to 10")) == "intensity: must be 0 to 10"
    assert str(DiskFullError(Path("/data"))) == (
        "The disk is full; nothing was changed. Free some space on the disk holding /data and"
        " try again."
    )
