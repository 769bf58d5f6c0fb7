"""A spin box whose unit follows its value's plural form ("1 minute", "5 minutes")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QSpinBox


def follow_count(spin: QSpinBox, words: Callable[[int], str]) -> None:
    """Keep the words around the number right for each value.

    `words(n)` is a translated "%n minutes": the text before the number becomes the prefix
    and the text after it the suffix, so a language may put its words on either side.
    """

    def show(value: int) -> None:
        text = words(value)
        before, found, after = text.partition(str(value))
        if not found:
            before, after = "", " " + text
        spin.setPrefix(before)
        spin.setSuffix(after)

    spin.valueChanged.connect(show)
    show(spin.value())
