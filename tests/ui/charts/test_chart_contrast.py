"""The charts' marks and words reach WCAG contrast on light, dark and Adwaita-dark palettes."""

from __future__ import annotations

import pytest
from matplotlib.colors import to_hex, to_rgba
from matplotlib.figure import Figure
from palettes import PALETTES
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from healer.ui.charts.colours import ChartColours
from healer.ui.charts.painters import DurationPainter
from healer.ui.common.contrast import MARK_CONTRAST, TEXT_CONTRAST, contrast


def _qcolor(colour: str, alpha: float | None = None) -> QColor:
    red, green, blue, own = to_rgba(colour)
    return QColor.fromRgbF(red, green, blue, own if alpha is None else alpha)


@pytest.mark.parametrize("name", PALETTES)
def test_chart_colours_reach_wcag_contrast(qapp: QApplication, name: str) -> None:
    colours = ChartColours.from_palette(PALETTES[name]())
    background = QColor(colours.background)
    assert contrast(QColor(colours.text), background) >= TEXT_CONTRAST
    for mark in (colours.accent, colours.second, colours.muted, colours.points):
        assert contrast(QColor(mark), background) >= MARK_CONTRAST, mark


@pytest.mark.parametrize("name", PALETTES)
def test_the_duration_chart_draws_its_marks_readably(qapp: QApplication, name: str) -> None:
    """The artists as drawn, translucency included: dots, both medians, the legend."""
    colours = ChartColours.from_palette(PALETTES[name]())
    figure = Figure()
    painter = DurationPainter()
    painter.build(figure, colours)
    background = QColor(to_hex(painter.axes.get_facecolor()))
    for line in (painter.points, painter.rolling, painter.months):
        colour = _qcolor(str(line.get_color()), line.get_alpha())
        assert contrast(colour, background) >= MARK_CONTRAST, line.get_label()
    legend = painter.axes.get_legend()
    assert legend is not None
    for text in legend.get_texts():
        assert contrast(_qcolor(str(text.get_color())), background) >= TEXT_CONTRAST
