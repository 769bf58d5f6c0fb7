"""WCAG contrast: measure a colour against its background and nudge it until it reads.

Text needs 4.5:1 and data marks 3:1 against what is behind them (WCAG 1.4.3, 1.4.11).
Every colour still starts from the palette in use; only its lightness is moved, toward
white on a dark background and toward black on a light one, just far enough.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from healer.ui.common.painting import blend

TEXT_CONTRAST = 4.5
MARK_CONTRAST = 3.0
# A little above the line, so rounding to 8-bit colour never lands just under it.
_MARGIN = 0.15


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour (0 black .. 1 white)."""
    return (
        0.2126 * _linear(colour.redF())
        + 0.7152 * _linear(colour.greenF())
        + 0.0722 * _linear(colour.blueF())
    )


def flatten(colour: QColor, background: QColor) -> QColor:
    """The opaque colour a translucent one shows as over the background."""
    if colour.alpha() == 255:
        # fromRgb, not QColor(int): that overload is weighed against Qt.GlobalColor, which
        # builds the whole Qt namespace before the unlock dialog's first paint (~20 ms).
        return QColor.fromRgb(colour.rgb())
    return blend(colour, background, colour.alphaF())


def contrast(colour: QColor, background: QColor) -> float:
    """WCAG contrast ratio (1..21) of a colour, translucent or not, over an opaque one."""
    first = luminance(flatten(colour, background))
    second = luminance(background)
    light, dark = max(first, second), min(first, second)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, background: QColor, minimum: float) -> QColor:
    """The colour (made opaque), moved away from the background until it reaches `minimum`."""
    opaque = flatten(colour, background)
    if contrast(opaque, background) >= minimum + _MARGIN:
        return opaque
    white, black = QColor("#ffffff"), QColor("#000000")
    toward = white if contrast(white, background) >= contrast(black, background) else black
    for step in range(1, 21):
        moved = blend(toward, opaque, step / 20)
        if contrast(moved, background) >= minimum + _MARGIN:
            return moved
    return toward


def readable_on_all(colour: QColor, backgrounds: list[QColor], minimum: float) -> QColor:
    """Readable against each background in turn (a label may sit on Window or on Base)."""
    result = colour
    for _ in range(3):  # moving for one background only ever helps the others of its kind
        for background in backgrounds:
            result = readable(result, background, minimum)
    return result


def secondary_text(palette: QPalette) -> QColor:
    """The softer text colour (hints, counts, footers) at 4.5:1 on Window and on Base."""
    role = QPalette.ColorRole
    return readable_on_all(
        palette.color(role.PlaceholderText),
        [palette.color(role.Window), palette.color(role.Base)],
        TEXT_CONTRAST,
    )


def with_readable_secondary_text(palette: QPalette) -> QPalette | None:
    """A copy whose PlaceholderText reads at 4.5:1, or None when it already does."""
    role = QPalette.ColorRole
    wanted = secondary_text(palette)
    current = palette.color(role.PlaceholderText)
    if wanted.rgba() == current.rgba():
        return None
    fixed = copy.copy(palette)  # not QPalette(palette): see flatten() on Qt.GlobalColor
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        fixed.setColor(group, role.PlaceholderText, wanted)
    return fixed


class SecondaryTextGuard(QObject):
    """Keeps the application's secondary text readable, whatever palette the desktop gives.

    Desktop themes (Adwaita-dark through the GTK platform theme) hand Qt a placeholder
    grey at ~3.4:1; every soft label here uses that role, so it is raised once, here.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.installEventFilter(self)
        # Off before teardown: a filter called while widgets are being destroyed fails.
        app.aboutToQuit.connect(self._on_app_about_to_quit)
        self.apply()

    def apply(self) -> None:
        """Raise the secondary text of the palette now in use, if it needs it."""
        fixed = with_readable_secondary_text(self._app.palette())
        if fixed is not None:
            self._app.setPalette(fixed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A new desktop palette gets the same care (applying twice changes nothing)."""
        if watched is self._app and event.type() == QEvent.Type.ApplicationPaletteChange:
            self.apply()
        return False

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self._app.removeEventFilter(self)
