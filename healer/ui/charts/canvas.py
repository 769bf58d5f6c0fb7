"""A chart's figure on its Qt canvas, with zoom and pan, in-memory rendering and saving.

Imported when the charts tab is first shown, never at start-up. Figures are plain
`matplotlib.figure.Figure` objects on a `FigureCanvasQTAgg` (no pyplot, no global state).
Line charts update their cached artists (set_data, then a draw queued in draw_queue);
bar charts redraw their axes inside the same cached figure. Everything renders in
memory; "Save chart" writes only where the person chose, through the session's one
file writer (no clobbering of vaults or backups, whole or not at all).

Signals (ChartView):
    drawn(): the canvas finished an Agg draw.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

import matplotlib
from matplotlib.backend_bases import DrawEvent
from matplotlib.backends.backend_qt import NavigationToolbar2QT
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QByteArray, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from healer.domain.chartrange import DaySpan
from healer.ui.charts.colours import ChartColours
from healer.ui.charts.draw_queue import DRAWS
from healer.ui.charts.painter import Painter
from healer.ui.charts.texts import fill, tr

T = TypeVar("T")
SAVE_FORMATS = ("png", "svg", "pdf")


class _Toolbar(NavigationToolbar2QT):
    """Zoom and pan only (saving goes through the panel's button), with palette-coloured icons."""

    toolitems: list[tuple[str, ...] | tuple[None, ...]] = [  # noqa: RUF012 (matplotlib's)
        item
        for item in NavigationToolbar2QT.toolitems
        if item[0] in {"Home", "Back", "Forward", "Pan", "Zoom"}
    ]

    def _icon(self, name: str) -> QIcon:
        # matplotlib's own icon engine asks Qt for a deprecated attribute at every paint;
        # a pixmap drawn once from the SVG, in the palette's text colour, avoids that.
        svg = (Path(matplotlib.get_data_path()) / "images" / name).with_suffix(".svg")
        colour = self.palette().color(QPalette.ColorRole.ButtonText).name().encode()
        content = svg.read_bytes().replace(b"fill:black;", b"fill:" + colour + b";")
        content = content.replace(b"stroke:black;", b"stroke:" + colour + b";")
        renderer = QSvgRenderer(QByteArray(content))
        pixmap = QPixmap(48, 48)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        return QIcon(pixmap)

    def changeEvent(self, event: QEvent) -> None:
        """Recolour the icons when the palette changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for item in self.toolitems:
                image, callback = item[2], item[3]
                action = self._actions.get(callback) if callback else None
                if action is not None and image is not None:
                    action.setIcon(self._icon(image + ".png"))


class _Canvas(FigureCanvasQTAgg):
    """The Qt Agg canvas; a figure changed while out of sight is drawn once it is in sight."""

    stale_figure = False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Blit what is drawn; a figure changed while out of sight joins the draw queue.

        Drawing it here instead would draw every newly visible chart in one paint pass.
        """
        if self.stale_figure:
            self.stale_figure = False
            DRAWS.queue(self)
        super().paintEvent(event)  # type: ignore[no-untyped-call]


class ChartView(QWidget, Generic[T]):
    """A figure, its Qt canvas and a zoom/pan toolbar; keeps the figure between updates."""

    drawn = Signal()

    def __init__(self, painter: Painter[T], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painter = painter
        self.figure = Figure(figsize=(7.2, 3.6), dpi=100, layout="constrained")
        self.canvas = _Canvas(self.figure)  # type: ignore[no-untyped-call]
        self.canvas.setParent(self)
        self.canvas.setMinimumSize(420, 260)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.mpl_connect("draw_event", self._on_canvas_draw)
        self.toolbar = _Toolbar(self.canvas, self, coordinates=False)  # type: ignore[no-untyped-call]
        self.toolbar.setAccessibleName(tr("Zoom and pan"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)  # the panel moves it into its heading row
        layout.addWidget(self.canvas, 1)
        self.draw_count = 0
        self._data: T | None = None
        self._span: DaySpan | None = None
        self._build()

    def _build(self) -> None:
        colours = ChartColours.from_palette(self.palette())
        self.colours = colours
        self.figure.clear()
        self.figure.set_facecolor(colours.background)
        self.painter.build(self.figure, colours)
        if self._data is not None and self._span is not None:
            self.painter.update(self._data, self._span)

    def show_data(self, data: T, span: DaySpan) -> None:
        """Put new data into the cached figure and queue one redraw."""
        self._data, self._span = data, span
        self.painter.update(data, span)
        self._redraw()

    def _redraw(self) -> None:
        # Only charts in sight draw now; the others draw when they are next painted,
        # so a range switch costs the GUI thread the visible charts only.
        if self.canvas.visibleRegion().isEmpty():
            self.canvas.stale_figure = True
            self.canvas.update()
        else:
            DRAWS.queue(self.canvas)

    def rebuild(self) -> None:
        """Recreate the artists in the current palette's colours and redraw."""
        self._build()
        self._redraw()

    def changeEvent(self, event: QEvent) -> None:
        """A palette change (light, dark, high contrast) redraws in the new colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.rebuild()

    def _on_canvas_draw(self, _event: DrawEvent) -> None:
        self.draw_count += 1
        self.drawn.emit()

    def heading_text(self, heading: str) -> str:
        """The title a saved image carries: the chart's name and the days it covers."""
        if self._span is None:
            return heading
        locale = QLocale()
        first, last = (
            locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
            for day in (self._span.first, self._span.last)
        )
        return fill(tr("%1 · %2 – %3"), heading, first, last)

    def render_bytes(self, file_format: str, heading: str = "") -> bytes:
        """The chart as PNG, SVG or PDF bytes, rendered in memory (titled when heading given)."""
        if file_format not in SAVE_FORMATS:
            raise ValueError(f"unknown chart format {file_format!r}")
        buffer = io.BytesIO()
        metadata = {"Creator": "Healer"} if file_format != "png" else {"Software": "Healer"}
        # On screen the panel's heading names the chart; a saved file has to say it itself.
        title = self.figure.suptitle(
            self.heading_text(heading) if heading else "",
            color=self.colours.text, x=0.01, horizontalalignment="left", fontsize="medium",
        )  # fmt: skip
        title.set_in_layout(bool(heading))
        try:
            # SVG keeps its words as text (searchable, read aloud), not as drawn outlines.
            with matplotlib.rc_context({"svg.fonttype": "none"}):
                self.figure.savefig(
                    buffer, format=file_format, dpi=150, facecolor=self.colours.background,
                    metadata=metadata,
                )  # fmt: skip
        finally:
            title.set_text("")
            title.set_in_layout(False)
        return buffer.getvalue()

    def save(self, path: Path, write: Callable[[Path, bytes], Path], heading: str = "") -> Path:
        """Write the chart where the person chose (format from the suffix; PNG without one).

        write is the session's private-file writer (0600, whole or not at all, never over
        a vault or a backup).
        """
        file_format = path.suffix.lower().lstrip(".")
        if file_format not in SAVE_FORMATS:
            path = path.with_name(path.name + ".png")
            file_format = "png"
        return write(path, self.render_bytes(file_format, heading))
