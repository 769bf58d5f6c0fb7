"""Marks a domain constant as a translatable text, for the rare words the domain keeps."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """The text itself: lupdate finds the call by name, and the caller translates it later."""
    del context
    return text
