"""The few colours a chart uses, taken from the Qt palette (so dark mode and high contrast work)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from healer.ui.common.painting import blend


@dataclass(frozen=True, slots=True)
class ChartColours:
    """The few colours a chart uses, all taken from the Qt palette."""

    background: str
    text: str
    muted: str
    accent: str
    second: str
    grid: str

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        """Light, dark and high-contrast palettes all give readable colours."""
        role = QPalette.ColorRole

        def name(colour: QColor) -> str:
            return colour.name(QColor.NameFormat.HexRgb)

        background = palette.color(role.Base)
        text = palette.color(role.Text)
        accent = palette.color(role.Highlight)
        # A second hue across the wheel from the accent: distinct in light, dark and high
        # contrast alike, and still from the palette.
        hue = accent.hslHueF()
        second = QColor.fromHslF(
            (max(hue, 0.0) + 0.5) % 1.0, accent.hslSaturationF() * 0.7, accent.lightnessF()
        )
        # Mixed over the background, not made translucent: matplotlib ignores palette alpha.
        return cls(
            background=name(background),
            text=name(text),
            muted=name(blend(text, background, 0.45)),
            accent=name(accent),
            second=name(second),
            grid=name(blend(text, background, 0.12)),
        )
