"""One chart's figure drawn with Agg into a QImage, or saved as a file, on the chart thread.

Imported by the chart thread's first job, never by the GUI thread. A figure is a plain
`matplotlib.figure.Figure` on an Agg canvas (no pyplot, no Qt canvas, no global
state), made, updated and drawn by that one thread; the GUI thread gets images.
"""

from __future__ import annotations

import io
from typing import Generic, TypeVar

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QImage

from healer.domain.chartrange import DaySpan
from healer.ui.charts.colours import ChartColours
from healer.ui.charts.painter import Painter
from healer.ui.charts.request import DrawRequest

T = TypeVar("T")
SAVE_FORMATS = ("png", "svg", "pdf")
DPI = 100.0


class Drawing(Generic[T]):
    """A chart's figure and painter; only the chart thread touches them."""

    def __init__(self, painter: Painter[T]) -> None:
        self.painter = painter
        self.figure = Figure(figsize=(7.2, 3.6), dpi=DPI, layout="constrained")
        self._canvas = FigureCanvasAgg(self.figure)
        self._colours: ChartColours | None = None
        self._generation = -1
        self.span: DaySpan | None = None

    def prepare(self, request: DrawRequest[T]) -> None:
        """Bring the artists up to date with the request's colours and data."""
        rebuilt = request.colours != self._colours
        if rebuilt:
            self._colours = request.colours
            self.figure.clear()
            self.figure.set_facecolor(request.colours.background)
            self.painter.build(self.figure, request.colours)
        fresh = request.generation != self._generation
        if request.data is not None and request.span is not None and (rebuilt or fresh):
            self.painter.update(request.data, request.span)
            self._generation, self.span = request.generation, request.span

    def image(self, request: DrawRequest[T]) -> QImage:
        """Draw the figure at the request's size; an image the GUI thread can paint as is."""
        self.prepare(request)
        ratio = max(request.ratio, 1.0)
        self.figure.set_dpi(DPI * ratio)
        self.figure.set_size_inches(
            max(request.width, 1) / DPI, max(request.height, 1) / DPI, forward=False
        )
        self._canvas.draw()  # type: ignore[no-untyped-call]
        rgba = self._canvas.buffer_rgba()  # type: ignore[no-untyped-call]
        height, width = rgba.shape[0], rgba.shape[1]
        # Converted here, once, to the format the GUI thread paints fastest.
        image = QImage(bytes(rgba), width, height, width * 4, QImage.Format.Format_RGBA8888)
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        return image

    def file_bytes(self, request: DrawRequest[T], file_format: str, title: str) -> bytes:
        """The chart as PNG, SVG or PDF bytes, titled when a title is given."""
        if file_format not in SAVE_FORMATS:
            raise ValueError(f"unknown chart format {file_format!r}")
        self.prepare(request)
        colours = request.colours
        buffer = io.BytesIO()
        metadata = {"Creator": "Healer"} if file_format != "png" else {"Software": "Healer"}
        # On screen the panel's heading names the chart; a saved file has to say it itself.
        suptitle = self.figure.suptitle(
            title, color=colours.text, x=0.01, horizontalalignment="left", fontsize="medium"
        )
        suptitle.set_in_layout(bool(title))
        dpi = self.figure.get_dpi()
        try:
            # SVG keeps its words as text (searchable, read aloud), not as drawn outlines.
            with matplotlib.rc_context({"svg.fonttype": "none"}):
                self.figure.savefig(
                    buffer, format=file_format, dpi=150, facecolor=colours.background,
                    metadata=metadata,
                )  # fmt: skip
        finally:
            suptitle.set_text("")
            suptitle.set_in_layout(False)
            self.figure.set_dpi(dpi)
        return buffer.getvalue()
