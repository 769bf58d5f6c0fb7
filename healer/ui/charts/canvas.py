"""The only module that imports matplotlib: one figure per chart, drawn in the palette's colours.

Imported when the charts tab is first shown, never at start-up. Figures are plain
`matplotlib.figure.Figure` objects on a `FigureCanvasQTAgg` (no pyplot, no global state).
Line charts update their cached artists (set_data, then a draw queued in draw_queue);
bar charts redraw their axes inside the same cached figure. Everything renders in
memory; "Save chart" writes only where the person chose, through QSaveFile.

Signals (ChartView):
    drawn(): the canvas finished an Agg draw.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import DrawEvent
from matplotlib.backends.backend_qt import NavigationToolbar2QT
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.collections import PolyCollection
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import (
    FixedLocator,
    FuncFormatter,
    MaxNLocator,
    MultipleLocator,
    NullLocator,
    PercentFormatter,
)
from numpy.typing import NDArray
from PySide6.QtCore import QByteArray, QDate, QEvent, QLocale, QSaveFile, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from healer.domain.chartrange import DaySpan
from healer.domain.helps import HelpsChart, PauseChart, UrgeGapChart
from healer.domain.pareto import PARETO_LINE, ParetoChart
from healer.domain.trends import DurationChart, TimeSeries
from healer.domain.urge import UrgeOutcome
from healer.ui.charts.draw_queue import DRAWS
from healer.ui.charts.texts import outcome_name, tool_name, tr

SAVE_FORMATS = ("png", "svg", "pdf")
MAX_BARS = 10
_Dates = NDArray[np.datetime64]


class SaveFailedError(OSError):
    """The chart file could not be written where the person chose."""


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
        return cls(
            background=name(background),
            text=name(text),
            muted=name(_mix(text, background, 0.45)),
            accent=name(accent),
            second=name(second),
            grid=name(_mix(text, background, 0.12)),
        )


def _mix(front: QColor, back: QColor, amount: float) -> QColor:
    """Front laid over back at the given opacity (alpha in palettes is ignored by matplotlib)."""
    return QColor.fromRgbF(
        front.redF() * amount + back.redF() * (1 - amount),
        front.greenF() * amount + back.greenF() * (1 - amount),
        front.blueF() * amount + back.blueF() * (1 - amount),
    )


def _dates(moments: Sequence[datetime]) -> _Dates:
    return np.array(moments, dtype="datetime64[s]")


def _span_limits(span: DaySpan) -> tuple[datetime, datetime]:
    return datetime.combine(span.first, time()), datetime.combine(
        span.last + timedelta(days=1), time()
    )


def _span_numbers(span: DaySpan) -> tuple[float, float]:
    start, end = _span_limits(span)
    return float(date2num(start)), float(date2num(end))  # type: ignore[no-untyped-call]


def _month_steps(
    months: Sequence[date], values: Sequence[float] | NDArray[np.float64]
) -> tuple[_Dates, NDArray[np.float64]]:
    """Flat segments across each month, separated by gaps (NaN), for the monthly medians."""
    xs: list[datetime | None] = []
    ys: list[float] = []
    for month, value in zip(months, values, strict=True):
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        xs += [datetime.combine(month, time()), datetime.combine(following, time()), None]
        ys += [value, value, float("nan")]
    return np.array(xs, dtype="datetime64[s]"), np.array(ys, dtype=np.float64)


_NICE_MINUTES = (1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 960, 1440, 2880, 5760, 10080)


def _minutes_label(value: float, _position: float | None = None) -> str:
    minutes = round(value)
    if minutes == 0:
        return "0"
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h" if rest == 0 else f"{hours} h {rest:02d}"


def _linear_step(top: float) -> float:
    for step in (5, 10, 15, 30, 60, 120, 240, 480):
        if top / step <= 6:
            return float(step)
    return 1440.0


class Painter:
    """Draws one kind of chart into a figure; update() reuses the artists when it can."""

    def build(self, figure: Figure, colours: ChartColours) -> None:
        """Create the axes and artists (empty)."""
        self.colours = colours
        self.axes = figure.add_subplot()
        self._style(self.axes)

    def update(self, data: object, span: DaySpan) -> None:
        """Show new data with the existing artists."""
        raise NotImplementedError

    def _style(self, axes: Axes) -> None:
        colours = self.colours
        axes.set_facecolor(colours.background)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        for side in ("left", "bottom"):
            axes.spines[side].set_color(colours.muted)
        axes.tick_params(colors=colours.text, labelcolor=colours.text)
        axes.yaxis.label.set_color(colours.text)
        axes.grid(True, axis="y", color=colours.grid, linewidth=0.8)
        axes.set_axisbelow(True)

    def _date_axis(self, axes: Axes) -> None:
        locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]


class SeriesPainter(Painter):
    """Points, their 14-day rolling median and the monthly medians over time."""

    unit_label = ""

    def build(self, figure: Figure, colours: ChartColours) -> None:
        """Create the axes and empty artists."""
        super().build(figure, colours)
        axes = self.axes
        axes.xaxis_date()
        self._date_axis(axes)
        empty = _dates([])
        (self.points,) = axes.plot(
            empty, [], linestyle="none", marker="o", markersize=3.5,
            color=colours.accent, alpha=0.35, markeredgewidth=0,
            label=tr("Each episode"),
        )  # fmt: skip
        (self.months,) = axes.plot(
            empty, [], color=colours.text, linewidth=1.4, alpha=0.75,
            solid_capstyle="butt", label=tr("Monthly median"),
        )  # fmt: skip
        (self.rolling,) = axes.plot(
            empty, [], color=colours.accent, linewidth=2.2, label=tr("14-day median"),
        )  # fmt: skip
        axes.set_ylabel(self.unit_label)
        legend = axes.legend(
            loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=3, frameon=False, fontsize="small"
        )
        for text in legend.get_texts():
            text.set_color(colours.text)

    def show_series(
        self, series: TimeSeries, values: Sequence[float] | NDArray[np.float64], span: DaySpan
    ) -> None:
        """Set every line's data and the date limits."""
        when = np.asarray(series.when_seconds, dtype=np.int64).astype("datetime64[s]")
        self.points.set_data(when, np.asarray(values, dtype=np.float64))
        rolling = self._scaled(series.rolling_values)
        self.rolling.set_data(_dates(series.rolling_when), rolling)
        xs, ys = _month_steps(
            [month.month for month in series.months],
            self._scaled([month.median for month in series.months]),
        )
        self.months.set_data(xs, ys)
        self.axes.set_xlim(*_span_numbers(span))

    def _scaled(self, values: Sequence[float]) -> NDArray[np.float64]:
        return np.asarray(values, dtype=np.float64)


class DurationPainter(SeriesPainter):
    """Chart 1: how long each settled episode lasted."""

    def build(self, figure: Figure, colours: ChartColours) -> None:
        """Create the axes and empty artists."""
        self.unit_label = tr("Duration")
        self.log_scale = False
        super().build(figure, colours)
        self.axes.yaxis.set_major_formatter(FuncFormatter(_minutes_label))

    def update(self, data: object, span: DaySpan) -> None:
        """Show new data in this figure."""
        assert isinstance(data, DurationChart)
        self.log_scale = data.log_scale
        axes = self.axes
        axes.set_yscale("log" if data.log_scale else "linear")
        values = self._scaled(data.series.values)
        self.show_series(data.series, values, span)
        top = float(values.max()) if values.size else 60.0
        if data.log_scale:
            bottom = max(1.0, float(values.min()) * 0.8) if values.size else 1.0
            axes.set_ylim(bottom, top * 1.4)
            axes.yaxis.set_major_locator(FixedLocator(_NICE_MINUTES))
            axes.yaxis.set_minor_locator(NullLocator())
        else:
            axes.set_ylim(0, top * 1.08 or 1)
            axes.yaxis.set_major_locator(MultipleLocator(_linear_step(top)))
        axes.yaxis.set_major_formatter(FuncFormatter(_minutes_label))

    def _scaled(self, values: Sequence[float]) -> NDArray[np.float64]:
        array = np.asarray(values, dtype=np.float64)
        # Below a minute does not fit a log axis; such episodes sit on its floor.
        return np.maximum(array, 1.0) if self.log_scale else array


class IntensityPainter(SeriesPainter):
    """Chart 3: the peak intensity of each episode."""

    def build(self, figure: Figure, colours: ChartColours) -> None:
        """Create the axes and empty artists."""
        self.unit_label = tr("Peak intensity (0–10)")
        super().build(figure, colours)
        self.axes.set_ylim(-0.4, 10.4)
        self.axes.yaxis.set_major_locator(MultipleLocator(2))

    def update(self, data: object, span: DaySpan) -> None:
        """Show new data in this figure."""
        assert isinstance(data, TimeSeries)
        self.show_series(data, data.values, span)


class PausePainter(Painter):
    """Chart 6: a quiet running count of pauses seen through."""

    def build(self, figure: Figure, colours: ChartColours) -> None:
        """Create the axes and empty artists."""
        super().build(figure, colours)
        self.axes.xaxis_date()
        self._date_axis(self.axes)
        (self.line,) = self.axes.plot(
            _dates([]), [], drawstyle="steps-post", color=colours.accent, linewidth=2
        )
        self.axes.set_ylabel(tr("Pauses completed"))
        self.axes.yaxis.set_major_locator(MaxNLocator(integer=True))

    def update(self, data: object, span: DaySpan) -> None:
        """Show new data in this figure."""
        assert isinstance(data, PauseChart)
        start, end = _span_limits(span)
        xs = [start, *data.when, end]
        ys = [data.before, *data.totals, data.total]
        self.line.set_data(_dates(xs), np.asarray(ys, dtype=np.float64))
        self.axes.set_xlim(*_span_numbers(span))
        self.axes.set_ylim(0, max(1, data.total) * 1.1)


class ParetoPainter(Painter):
    """Chart 2: categories by count, the running share and the 80 % line; top three in colour."""

    def update(self, data: object, span: DaySpan) -> None:
        """Show new data in this figure."""
        assert isinstance(data, ParetoChart)
        axes, colours = self.axes, self.colours
        figure = axes.figure
        for extra in list(figure.axes):
            if extra is not axes:
                extra.remove()
        axes.clear()
        self._style(axes)
        bars = list(data.bars[:MAX_BARS])
        names = [bar.name for bar in bars]
        counts = [bar.count for bar in bars]
        cumulative = [bar.cumulative for bar in bars]
        rest = data.bars[MAX_BARS:]
        if rest:
            names.append(tr("Others"))
            counts.append(sum(bar.count for bar in rest))
            cumulative.append(rest[-1].cumulative)
        positions = np.arange(len(names))
        colors = [colours.accent if bar.top else colours.muted for bar in bars]
        colors += [colours.muted] * bool(rest)
        hatches = ["" if bar.top else "//" for bar in bars] + ["//"] * bool(rest)
        self.bars = axes.bar(
            positions, counts, color=colors, width=0.7, edgecolor=colours.background
        )
        for patch, hatch in zip(self.bars.patches, hatches, strict=True):
            patch.set_hatch(hatch)
        axes.set_xticks(positions, names, rotation=25, ha="right")
        axes.set_ylabel(tr("Activations"))
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        share_axes = axes.twinx()
        share_axes.set_ylim(0, 1.05)
        share_axes.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        share_axes.tick_params(colors=colours.text, labelcolor=colours.text)
        for side in ("top", "left", "bottom"):
            share_axes.spines[side].set_visible(False)
        share_axes.spines["right"].set_color(colours.muted)
        (self.cumulative,) = share_axes.plot(
            positions, cumulative, color=colours.text, marker="o", markersize=4, linewidth=1.5
        )
        self.line80 = share_axes.axhline(
            PARETO_LINE, color=colours.muted, linestyle="--", linewidth=1
        )
        share_axes.text(
            len(names) - 0.5, PARETO_LINE, " 80 %", color=colours.text,
            va="bottom", ha="right", fontsize="small",
        )  # fmt: skip


class HelpsPainter(Painter):
    """Chart 4: each tool's typical drop in intensity, with its number of uses."""

    def update(self, data: object, span: DaySpan) -> None:
        """Show new data in this figure."""
        assert isinstance(data, HelpsChart)
        axes, colours = self.axes, self.colours
        axes.clear()
        self._style(axes)
        axes.grid(False, axis="y")
        axes.grid(True, axis="x", color=colours.grid, linewidth=0.8)
        tools = list(reversed(data.shown))
        positions = np.arange(len(tools))
        drops = [tool.median_drop for tool in tools]
        self.bars = axes.barh(positions, drops, color=colours.accent, height=0.6)
        axes.set_yticks(positions, [tool_name(tool.tool) for tool in tools])
        axes.axvline(0, color=colours.muted, linewidth=1)
        for position, tool in zip(positions, tools, strict=True):
            label = "  " + tr("%1 → %2 · %3 uses").replace("%1", f"{tool.median_before:g}").replace(
                "%2", f"{tool.median_after:g}"
            ).replace("%3", str(tool.count))
            axes.text(
                max(tool.median_drop, 0), float(position), label, va="center",
                color=colours.text, fontsize="small",
            )  # fmt: skip
        low = min(0.0, *drops)
        axes.set_xlim(low - 0.5 if low < 0 else 0, max(5.0, max(drops) * 1.7))
        axes.set_xlabel(tr("Typical drop in intensity (points, before minus after)"))
        axes.xaxis.label.set_color(colours.text)


_OUTCOMES = (UrgeOutcome.NOT_ACTED, UrgeOutcome.AFTER_PAUSE, UrgeOutcome.AT_ONCE)


class UrgePainter(Painter):
    """Chart 5: per month, the share of urges acted on at once, after a pause, or not at all.

    Each outcome is one collection of rectangles (one draw call however many months),
    with its own hatch as well as colour, so colour is never the only signal.
    """

    def update(self, data: object, span: DaySpan) -> None:
        """Show new data in this figure."""
        assert isinstance(data, UrgeGapChart)
        axes, colours = self.axes, self.colours
        axes.clear()
        self._style(axes)
        months = data.months
        positions = np.arange(len(months), dtype=np.float64)
        styles = {
            UrgeOutcome.NOT_ACTED: (colours.accent, ""),
            UrgeOutcome.AFTER_PAUSE: (colours.second, ".."),
            UrgeOutcome.AT_ONCE: (colours.muted, "//"),
        }
        bottom = np.zeros(len(months))
        half = 0.36
        self.stacks: dict[UrgeOutcome, PolyCollection] = {}
        self.shares: dict[UrgeOutcome, NDArray[np.float64]] = {}
        for outcome in _OUTCOMES:
            shares = np.array([month.share(outcome) for month in months], dtype=np.float64)
            top = bottom + shares
            boxes = [
                [(x - half, low), (x + half, low), (x + half, high), (x - half, high)]
                for x, low, high in zip(positions, bottom, top, strict=True)
            ]
            colour, hatch = styles[outcome]
            stack = PolyCollection(
                boxes, facecolors=colour, edgecolors=colours.background, linewidths=0.8,
                hatch=hatch or None, label=outcome_name(outcome),
            )  # fmt: skip
            axes.add_collection(stack)
            self.stacks[outcome] = stack
            self.shares[outcome] = shares
            bottom = top
        step = max(1, math.ceil(len(months) / 12))
        ticks = positions[::step]
        axes.set_xticks(ticks, [QLocaleMonth.short(months[int(i)].month) for i in ticks])
        axes.set_xlim(-0.6, len(months) - 0.4)
        axes.set_ylim(0, 1)
        axes.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        legend = axes.legend(
            handles=[self.stacks[outcome] for outcome in reversed(_OUTCOMES)],
            loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize="small",
        )  # fmt: skip
        for text in legend.get_texts():
            text.set_color(colours.text)


class QLocaleMonth:
    """Short month labels in the person's locale ('Mar 26')."""

    @staticmethod
    def short(month: date) -> str:
        """A month as its short name and year."""
        return QLocale().toString(QDate(month.year, month.month, 1), "MMM yy")


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


class ChartView(QWidget):
    """A figure, its Qt canvas and a zoom/pan toolbar; keeps the figure between updates."""

    drawn = Signal()

    def __init__(self, painter: Painter, parent: QWidget | None = None) -> None:
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
        self._data: object | None = None
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

    def show_data(self, data: object, span: DaySpan) -> None:
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

    def render_bytes(self, file_format: str) -> bytes:
        """The chart as PNG, SVG or PDF bytes, rendered in memory."""
        if file_format not in SAVE_FORMATS:
            raise ValueError(f"unknown chart format {file_format!r}")
        buffer = io.BytesIO()
        metadata = {"Creator": "Healer"} if file_format != "png" else {"Software": "Healer"}
        self.figure.savefig(
            buffer, format=file_format, dpi=150, facecolor=self.colours.background,
            metadata=metadata,
        )  # fmt: skip
        return buffer.getvalue()

    def save(self, path: Path) -> Path:
        """Write the chart where the person chose (format from the suffix; PNG without one)."""
        file_format = path.suffix.lower().lstrip(".")
        if file_format not in SAVE_FORMATS:
            path = path.with_name(path.name + ".png")
            file_format = "png"
        data = self.render_bytes(file_format)
        target = QSaveFile(str(path))
        if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
            raise SaveFailedError(target.errorString())
        target.write(data)
        if not target.commit():
            raise SaveFailedError(target.errorString())
        return path


def line_data(line: Line2D) -> tuple[list[float], list[float]]:
    """A line's drawn data as plain numbers (dates as matplotlib date numbers), for tests."""
    xs, ys = line.get_xydata().T  # type: ignore[union-attr]
    return [float(x) for x in xs], [float(y) for y in ys]
