"""The pacer's colours from the palette in use, each raised to WCAG contrast where it counts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from healer.ui.common.contrast import (
    MARK_CONTRAST,
    TEXT_CONTRAST,
    contrast,
    readable,
    secondary_text,
)
from healer.ui.common.painting import blend, with_alpha

# The disc's fill at its centre, part way out and at its edge, as shares of its densest.
FILL_STOPS = ((0.0, 0.55), (0.7, 0.78), (1.0, 1.0))
_DENSEST_FILL = 0.8


@dataclass(frozen=True, slots=True)
class PacerColours:
    """Background, the circle's outline and fill, the guide ring and the words."""

    window: QColor
    ring: QColor
    guide: QColor
    fill_opacity: float  # the densest the disc gets; the words stay 4.5:1 on it
    text: QColor
    detail: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> PacerColours:
        """A calm accent a little softer than the highlight, but never dim (3:1 at least)."""
        role = QPalette.ColorRole
        window = palette.color(role.Window)
        ring = readable(blend(palette.color(role.Highlight), window, 0.75), window, MARK_CONTRAST)
        text = readable(palette.color(role.WindowText), window, TEXT_CONTRAST)
        # The words sit on the disc: thin the fill until they read on it too.
        opacity = _DENSEST_FILL
        while opacity > 0.1 and contrast(text, cls.fill_at(ring, window, opacity)) < TEXT_CONTRAST:
            opacity -= 0.05
        return cls(
            window=window,
            ring=ring,
            guide=readable(with_alpha(ring, 0.5), window, MARK_CONTRAST),
            fill_opacity=opacity,
            text=text,
            detail=secondary_text(palette),
        )

    @staticmethod
    def fill_at(ring: QColor, window: QColor, opacity: float) -> QColor:
        """The disc's colour where it is `opacity` dense, as it shows over the window."""
        return blend(ring, window, opacity)
