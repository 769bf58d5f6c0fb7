"""The window's words for an error a person can act on: translated, its values filled in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from healer.domain.errors import ERRORS_CONTEXT, HealerError, Words, fill


def words_text(words: Words) -> str:
    """The sentence in the person's language; a value that is itself a marked phrase is too."""
    values = tuple(
        words_text(value)
        if isinstance(value, Words)
        else QCoreApplication.translate(ERRORS_CONTEXT, value)
        for value in words.values
    )
    return fill(QCoreApplication.translate(ERRORS_CONTEXT, words.text), values)


def error_text(error: BaseException) -> str:
    """A HealerError's sentence translated; any other error's own message."""
    if isinstance(error, HealerError):
        return words_text(error.words)
    return str(error)
