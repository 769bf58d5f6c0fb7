"""The summary's charts drawn for paper: the same painters, in greys, at print resolution.

Black on white whatever the app's palette, and told apart without colour: the episodes
are grey dots, the monthly median a solid black line, the 14-day median a dashed one.
"""

from __future__ import annotations

import io

from matplotlib.figure import Figure
from PySide6.QtGui import QImage

from healer.domain.chartset import ChartSet
from healer.domain.summary import ChartKind
from healer.ui.charts.colours import ChartColours
from healer.ui.charts.painter import SeriesPainter
from healer.ui.charts.painters import DurationPainter, IntensityPainter

PRINT_DPI = 300
SIZE_INCHES = (6.4, 2.6)

PAPER_COLOURS = ChartColours(
    background="#ffffff",
    text="#000000",
    muted="#555555",
    accent="#000000",
    second="#555555",
    grid="#d9d9d9",
    points="#8c8c8c",
)


def _painter(kind: ChartKind) -> SeriesPainter[object]:
    painters: dict[ChartKind, type[SeriesPainter[object]]] = {
        ChartKind.DURATION: DurationPainter,  # type: ignore[dict-item]
        ChartKind.INTENSITY: IntensityPainter,  # type: ignore[dict-item]
    }
    return painters[kind]()


def paper_chart(charts: ChartSet, kind: ChartKind, dpi: int = PRINT_DPI) -> QImage | None:
    """One chart as a print-resolution image, or None when there is nothing to draw."""
    episodes = charts.episodes
    if episodes is None:
        return None
    data: object = episodes.duration if kind is ChartKind.DURATION else episodes.intensity
    series = episodes.duration.series if kind is ChartKind.DURATION else episodes.intensity
    if series.is_empty:
        return None
    figure = Figure(figsize=SIZE_INCHES, dpi=dpi, layout="constrained")
    painter = _painter(kind)
    painter.build(figure, PAPER_COLOURS)
    painter.rolling.set_linestyle((0, (4, 2)))
    painter.update(data, charts.span)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor=PAPER_COLOURS.background)
    image = QImage.fromData(buffer.getvalue())
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def paper_charts(
    charts: ChartSet | None, kinds: frozenset[ChartKind], dpi: int = PRINT_DPI
) -> dict[ChartKind, QImage]:
    """Every asked-for chart that has something to show."""
    if charts is None:
        return {}
    images: dict[ChartKind, QImage] = {}
    for kind in sorted(kinds, key=lambda k: k.value):
        image = paper_chart(charts, kind, dpi)
        if image is not None:
            images[kind] = image
    return images
