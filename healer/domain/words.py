"""Marks a domain constant as a translatable text, for the rare words the domain keeps."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """The text itself: lupdate finds the call by this name, and the caller translates it."""
    del context
    return text
