"""Palettes for renders, screenshots and contrast tests (offscreen Qt has no desktop scheme)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

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


# Like GTK's Adwaita-dark as Qt's gtk3 platform theme hands it over: near-black surfaces,
# white text, the dark selection blue (#15539e), a placeholder grey at ~3.4:1 and a
# disabled grey at ~1.6:1 — the colours a new user met (issue: "every theme").
ADWAITA_DARK_COLOURS = (
    (QPalette.ColorRole.Window, "#242424"),
    (QPalette.ColorRole.WindowText, "#ffffff"),
    (QPalette.ColorRole.Base, "#1e1e1e"),
    (QPalette.ColorRole.AlternateBase, "#303030"),
    (QPalette.ColorRole.Text, "#ffffff"),
    (QPalette.ColorRole.Button, "#303030"),
    (QPalette.ColorRole.ButtonText, "#ffffff"),
    (QPalette.ColorRole.Highlight, "#15539e"),
    (QPalette.ColorRole.HighlightedText, "#ffffff"),
    (QPalette.ColorRole.PlaceholderText, "#777777"),
    (QPalette.ColorRole.Light, "#3c3c3c"),
    (QPalette.ColorRole.Midlight, "#363636"),
    (QPalette.ColorRole.Mid, "#2a2a2a"),
    (QPalette.ColorRole.Dark, "#1b1b1b"),
    (QPalette.ColorRole.Link, "#3584e4"),
)
ADWAITA_DISABLED_TEXT = "#454545"


def adwaita_dark_palette(base: str = "#1e1e1e") -> QPalette:
    """A palette like GTK Adwaita-dark's through the gtk3 theme (base: the view colour)."""
    palette = QPalette()
    for role, colour in ADWAITA_DARK_COLOURS:
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(ADWAITA_DISABLED_TEXT))
    return palette


def light_palette() -> QPalette:
    """The style's own light palette."""
    style = QApplication.style()
    assert style is not None
    return style.standardPalette()


# Every palette the contrast tests measure, by name.
PALETTES: dict[str, Callable[[], QPalette]] = {
    "light": light_palette,
    "dark": dark_palette,
    "adwaita-dark": adwaita_dark_palette,
    "adwaita-dark-grey-base": lambda: adwaita_dark_palette("#303030"),
}
