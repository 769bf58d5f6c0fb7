"""The few colours a chart uses, taken from the Qt palette (so dark mode and high contrast work).

Each starts from the palette in use and is only lightened or darkened as far as WCAG
asks against the chart's background: text 4.5:1, data marks 3:1 (a desktop's dark
highlight blue is ~1.7:1 on its own dark base).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

from healer.ui.common.contrast import MARK_CONTRAST, TEXT_CONTRAST, readable
from healer.ui.common.painting import blend, with_alpha


@dataclass(frozen=True, slots=True)
class ChartColours:
    """The few colours a chart uses, all taken from the Qt palette."""

    background: str
    text: str
    muted: str
    accent: str
    second: str
    grid: str
    points: str  # each episode's dot: softer than the accent line, still 3:1

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        """Light, dark and high-contrast palettes all give readable colours."""
        role = QPalette.ColorRole
        # Seven charts open at once with the same palette: the contrast search runs once.
        parts = (role.Base, role.Text, role.Highlight)
        return _colours(*(palette.color(part).rgba() for part in parts))


@lru_cache(maxsize=8)
def _colours(base: int, text_colour: int, highlight: int) -> ChartColours:
    """ChartColours for a palette's base, text and highlight colours (as ARGB numbers)."""

    def name(colour: QColor) -> str:
        return colour.name(QColor.NameFormat.HexRgb)

    background = QColor.fromRgba(base)
    text = readable(QColor.fromRgba(text_colour), background, TEXT_CONTRAST)
    accent = readable(QColor.fromRgba(highlight), background, MARK_CONTRAST)
    # A second hue across the wheel from the accent: distinct in light, dark and high
    # contrast alike, and still from the palette.
    hue = accent.hslHueF()
    second = readable(
        QColor.fromHslF(
            (max(hue, 0.0) + 0.5) % 1.0, accent.hslSaturationF() * 0.7, accent.lightnessF()
        ),
        background,
        MARK_CONTRAST,
    )
    # Mixed over the background, not made translucent: matplotlib ignores palette alpha.
    return ChartColours(
        background=name(background),
        text=name(text),
        muted=name(readable(blend(text, background, 0.45), background, MARK_CONTRAST)),
        accent=name(accent),
        second=name(second),
        grid=name(blend(text, background, 0.12)),
        points=name(readable(with_alpha(accent, 0.6), background, MARK_CONTRAST)),
    )
