"""A dark palette for renders and screenshots (offscreen Qt has no desktop scheme to follow)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

DARK_COLOURS = (
    (QPalette.ColorRole.Window, "#2b2d31"),
    (QPalette.ColorRole.WindowText, "#e6e6e6"),
    (QPalette.ColorRole.Base, "#1f2023"),
    (QPalette.ColorRole.AlternateBase, "#34363b"),
    (QPalette.ColorRole.Text, "#e6e6e6"),
    (QPalette.ColorRole.Button, "#35373c"),
    (QPalette.ColorRole.ButtonText, "#e6e6e6"),
    (QPalette.ColorRole.Highlight, "#5b8fd6"),
    (QPalette.ColorRole.HighlightedText, "#ffffff"),
    (QPalette.ColorRole.PlaceholderText, "#9a9ca3"),
    (QPalette.ColorRole.Mid, "#55575d"),
    (QPalette.ColorRole.Link, "#8ab4f8"),
)


# Greyed text for disabled controls, so they read as unavailable.
DISABLED_TEXT = "#7a7c82"


def dark_palette() -> QPalette:
    """A calm dark palette: soft grey surfaces, light text, a muted blue highlight."""
    palette = QPalette()
    for role, colour in DARK_COLOURS:
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return palette
