"""Appearance: follow the desktop's colours, or always light or always dark (applied live)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SYSTEM = "system"
LIGHT = "light"
DARK = "dark"

_ROLE = QPalette.ColorRole

# Calm, like the desktop's own: soft grey surfaces, a muted blue selection. Every text role
# reads at 4.5:1 or better on Window and Base (tests/ui/test_appearance.py measures them).
LIGHT_COLOURS: tuple[tuple[QPalette.ColorRole, str], ...] = (
    (_ROLE.Window, "#efefef"),
    (_ROLE.WindowText, "#1c1c1c"),
    (_ROLE.Base, "#ffffff"),
    (_ROLE.AlternateBase, "#f5f5f5"),
    (_ROLE.Text, "#1c1c1c"),
    (_ROLE.Button, "#f3f3f3"),
    (_ROLE.ButtonText, "#1c1c1c"),
    (_ROLE.BrightText, "#ffffff"),
    (_ROLE.Highlight, "#3b73b9"),
    (_ROLE.HighlightedText, "#ffffff"),
    (_ROLE.PlaceholderText, "#5f6368"),
    (_ROLE.Link, "#1a5fb4"),
    (_ROLE.LinkVisited, "#613583"),
    (_ROLE.ToolTipBase, "#ffffff"),
    (_ROLE.ToolTipText, "#1c1c1c"),
    (_ROLE.Light, "#ffffff"),
    (_ROLE.Midlight, "#e3e3e3"),
    (_ROLE.Mid, "#b8b8b8"),
    (_ROLE.Dark, "#9f9f9f"),
    (_ROLE.Shadow, "#767676"),
)
LIGHT_DISABLED_TEXT = "#8c8c8c"

DARK_COLOURS: tuple[tuple[QPalette.ColorRole, str], ...] = (
    (_ROLE.Window, "#2b2d31"),
    (_ROLE.WindowText, "#e6e6e6"),
    (_ROLE.Base, "#1f2023"),
    (_ROLE.AlternateBase, "#34363b"),
    (_ROLE.Text, "#e6e6e6"),
    (_ROLE.Button, "#35373c"),
    (_ROLE.ButtonText, "#e6e6e6"),
    (_ROLE.BrightText, "#ffffff"),
    (_ROLE.Highlight, "#3d6fb6"),
    (_ROLE.HighlightedText, "#ffffff"),
    (_ROLE.PlaceholderText, "#a4a6ad"),
    (_ROLE.Link, "#8ab4f8"),
    (_ROLE.LinkVisited, "#c58af9"),
    (_ROLE.ToolTipBase, "#35373c"),
    (_ROLE.ToolTipText, "#e6e6e6"),
    (_ROLE.Light, "#4a4c52"),
    (_ROLE.Midlight, "#3e4045"),
    (_ROLE.Mid, "#55575d"),
    (_ROLE.Dark, "#1b1c1f"),
    (_ROLE.Shadow, "#0e0e10"),
)
DARK_DISABLED_TEXT = "#7a7c82"


def _palette(colours: tuple[tuple[QPalette.ColorRole, str], ...], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours:
        palette.setColor(role, QColor(colour))
    for role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


def light_palette() -> QPalette:
    """The palette for "always light"."""
    return _palette(LIGHT_COLOURS, LIGHT_DISABLED_TEXT)


def dark_palette() -> QPalette:
    """The palette for "always dark"."""
    return _palette(DARK_COLOURS, DARK_DISABLED_TEXT)


def apply_appearance(choice: str) -> None:
    """Use the desktop's colours (SYSTEM), or always light or dark, from now on.

    The colour scheme is asked of the desktop too (Qt 6.8+), so native parts such as
    title bars and file dialogs can follow where the platform supports it; the palette
    is set either way, because many desktops (and the offscreen platform) ignore the request.
    """
    if not isinstance(QApplication.instance(), QApplication):
        return
    hints = QGuiApplication.styleHints()
    if choice in (DARK, LIGHT):
        # Here, not at the top: the first touch of Qt's namespace builds all of its enums
        # (~20 ms), and following the desktop (the default) needs none before the unlock
        # dialog's first paint.
        from PySide6.QtCore import Qt  # noqa: PLC0415
    if choice == DARK:
        hints.setColorScheme(Qt.ColorScheme.Dark)
        QApplication.setPalette(dark_palette())
    elif choice == LIGHT:
        hints.setColorScheme(Qt.ColorScheme.Light)
        QApplication.setPalette(light_palette())
    else:
        hints.unsetColorScheme()
        # A palette with no colours set hands every role back to the desktop's theme.
        QApplication.setPalette(QPalette())


def is_dark(palette: QPalette) -> bool:
    """True when text is lighter than the window behind it."""
    return palette.color(_ROLE.WindowText).lightness() > palette.color(_ROLE.Window).lightness()
