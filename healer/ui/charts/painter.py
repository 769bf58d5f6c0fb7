"""The base of every chart painter, typed by its chart's data, and the helpers they share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Generic, TypeVar

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.dates import AutoDateLocator, date2num, num2date
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import Formatter
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from healer.domain.chartrange import DaySpan
from healer.domain.trends import TimeSeries
from healer.ui.charts.colours import ChartColours

T = TypeVar("T")
FEW_POINTS = 60
Dates = NDArray[np.datetime64]


def dates(moments: Sequence[datetime]) -> Dates:
    """Moments as a numpy datetime array, the form matplotlib plots fastest."""
    return np.array(moments, dtype="datetime64[s]")


def span_limits(span: DaySpan) -> tuple[datetime, datetime]:
    """The span's first midnight and the midnight after its last day."""
    return datetime.combine(span.first, time()), datetime.combine(
        span.last + timedelta(days=1), time()
    )


def span_numbers(span: DaySpan) -> tuple[float, float]:
    """span_limits as matplotlib date numbers, for set_xlim."""
    start, end = span_limits(span)
    return float(date2num(start)), float(date2num(end))  # type: ignore[no-untyped-call]


def month_steps(
    months: Sequence[date], values: Sequence[float] | NDArray[np.float64]
) -> tuple[Dates, NDArray[np.float64]]:
    """Flat segments across each month, separated by gaps (NaN), for the monthly medians."""
    xs: list[datetime | None] = []
    ys: list[float] = []
    for month, value in zip(months, values, strict=True):
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        xs += [datetime.combine(month, time()), datetime.combine(following, time()), None]
        ys += [value, value, float("nan")]
    return np.array(xs, dtype="datetime64[s]"), np.array(ys, dtype=np.float64)


NICE_MINUTES = (1, 2, 5, 10, 15, 30, 60, 120, 240, 480, 960, 1440, 2880, 5760, 10080)


def linear_step(top: float) -> float:
    """A tick step in minutes giving at most six ticks up to top."""
    for step in (5, 10, 15, 30, 60, 120, 240, 480):
        if top / step <= 6:
            return float(step)
    return 1440.0


MANY_DOTS = 2000
DOTS_PER_CALL = 6000
_SPOTS_PER_PIXEL = 2.0
_SPOT_LIMIT = 2**20  # off-axes dots are clipped anyway; this keeps the spot keys exact


class PixelDots(Line2D):
    """Dots drawn once per spot the pixels can show, a few thousand per call into Agg.

    Solid dots drawn at one spot look like one dot, and 100,000 episodes on an 800-pixel
    axis overlap a lot. Above MANY_DOTS, each dot is placed on a half-pixel grid (moved a
    quarter pixel at most) and repeats of a spot are skipped, in drawing order. Agg
    holds Python's interpreter lock for the whole of one call, so the rest go in slices
    of DOTS_PER_CALL: between slices the GUI thread gets its turn. The data stays whole:
    get_data() and saved files see every episode.
    """

    def draw(self, renderer: RendererBase) -> None:
        """Draw the distinct spots slice by slice, then put the whole data back."""
        xy = self.get_xydata()
        if len(xy) <= MANY_DOTS:  # type: ignore[arg-type]
            super().draw(renderer)
            return
        pixels = self.get_transform().transform(np.asarray(xy))
        spots = np.clip(np.round(pixels * _SPOTS_PER_PIXEL), -_SPOT_LIMIT, _SPOT_LIMIT)
        keys = spots[:, 0].astype(np.int64) * (4 * _SPOT_LIMIT) + spots[:, 1].astype(np.int64)
        _unique, first = np.unique(keys, return_index=True)
        first.sort()
        xs, ys = (np.asarray(values) for values in self.get_data(orig=True))
        try:
            for start in range(0, len(first), DOTS_PER_CALL):
                chosen = first[start : start + DOTS_PER_CALL]
                self.set_data(xs[chosen], ys[chosen])
                super().draw(renderer)
        finally:
            self.set_data(xs, ys)


class LocaleDateFormatter(Formatter):
    """Date ticks in the person's language: years, months by name, days, or times of day.

    Runs on the chart thread: QLocale() reads the default the GUI thread set at start-up.
    """

    def __call__(self, x: float, pos: int | None = None) -> str:
        """One tick on its own (the cursor readout): as a day, or a time when not midnight."""
        return self.format_ticks([x])[0]

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        """All the axis' ticks at once, so each is written at the level they step by."""
        moments = [num2date(value).replace(tzinfo=None) for value in values]  # type: ignore[no-untyped-call]
        locale = QLocale()
        days = [QDate(moment.year, moment.month, moment.day) for moment in moments]
        if any(moment.time() != time() for moment in moments):
            return [
                locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
                if moment.time() != time()
                else locale.toString(day, _day_pattern())
                for moment, day in zip(moments, days, strict=True)
            ]
        if not all(moment.day == 1 for moment in moments):
            return [locale.toString(day, _day_pattern()) for day in days]
        if all(moment.month == 1 for moment in moments):
            return [str(moment.year) for moment in moments]
        month_year = QCoreApplication.translate(
            "Charts", "MMM yyyy", "a short month and its year on a date axis, as a Qt date format"
        )
        # Months by name; the year shows on the first tick and where a new year begins.
        return [
            str(moment.year)
            if moment.month == 1
            else locale.toString(day, month_year if index == 0 else "MMM")
            for index, (moment, day) in enumerate(zip(moments, days, strict=True))
        ]


def _day_pattern() -> str:
    return QCoreApplication.translate(
        "Charts", "MMM d", "a day on a date axis, as a Qt date format"
    )


class Painter(Generic[T]):
    """Draws one kind of chart into a figure; update() reuses the artists when it can."""

    def build(self, figure: Figure, colours: ChartColours) -> None:
        """Create the axes and artists (empty)."""
        self.colours = colours
        self.axes = figure.add_subplot()
        self._style(self.axes)

    def update(self, data: T, span: DaySpan) -> None:
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
        axes.xaxis.set_major_formatter(LocaleDateFormatter())


class SeriesPainter(Painter[T]):
    """Points, their 14-day rolling median and the monthly medians over time."""

    unit_label = ""

    def build(self, figure: Figure, colours: ChartColours) -> None:
        """Create the axes and empty artists."""
        super().build(figure, colours)
        axes = self.axes
        axes.xaxis_date()
        self._date_axis(axes)
        empty = dates([])
        self.points = PixelDots(
            empty, np.array([], dtype=np.float64), linestyle="none", marker="o",
            markersize=3.5, color=colours.points, markeredgewidth=0,
            label=QCoreApplication.translate("Charts", "Each episode"),
        )  # fmt: skip
        axes.add_line(self.points)
        (self.months,) = axes.plot(
            empty, [], color=colours.text, linewidth=1.4, alpha=0.75,
            solid_capstyle="butt", label=QCoreApplication.translate("Charts", "Monthly median"),
        )  # fmt: skip
        (self.rolling,) = axes.plot(
            empty, [], color=colours.accent, linewidth=2.2,
            label=QCoreApplication.translate("Charts", "14-day median"),
        )  # fmt: skip
        axes.set_ylabel(self.unit_label)
        self._legend()

    def show_series(
        self, series: TimeSeries, values: Sequence[float] | NDArray[np.float64], span: DaySpan
    ) -> None:
        """Set every line's data and the date limits."""
        when = np.asarray(series.when_seconds, dtype=np.int64).astype("datetime64[s]")
        self.points.set_data(when, np.asarray(values, dtype=np.float64))
        # Dots stay solid, so each keeps its 3:1 contrast with the background; thousands
        # get smaller dots instead of faint ones, and the median lines are drawn above them.
        self.points.set_alpha(None)
        self.points.set_markersize(2.0 if len(when) > FEW_POINTS else 3.5)
        rolling = self._scaled(series.rolling_values)
        self.rolling.set_data(dates(series.rolling_when), rolling)
        if series.telling_months() is None and not series.is_empty:
            # Too few episodes for monthly medians worth comparing: one line at the median
            # the summary names, so the words and the drawing agree.
            xs = dates([series.moment(0), series.moment(-1)])
            ys = self._scaled([series.median, series.median])
            self.months.set_label(QCoreApplication.translate("Charts", "Median"))
        else:
            xs, ys = month_steps(
                [month.month for month in series.months],
                self._scaled([month.median for month in series.months]),
            )
            self.months.set_label(QCoreApplication.translate("Charts", "Monthly median"))
        self.months.set_data(xs, ys)
        self.rolling.set_visible(series.has_rolling)
        self.axes.set_xlim(*span_numbers(span))
        self._legend()

    def _legend(self) -> None:
        """List only the lines that are drawn."""
        handles = [self.points, self.months]
        if self.rolling.get_visible() and len(self.rolling.get_xdata()):  # type: ignore[arg-type]
            handles.append(self.rolling)
        legend = self.axes.legend(
            handles=handles, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=3,
            frameon=False, fontsize="small",
        )  # fmt: skip
        for text in legend.get_texts():
            text.set_color(self.colours.text)

    def legend_labels(self) -> list[str]:
        """The legend's entries as shown (for tests and the saved image)."""
        legend = self.axes.get_legend()
        return [] if legend is None else [text.get_text() for text in legend.get_texts()]

    def _scaled(self, values: Sequence[float]) -> NDArray[np.float64]:
        return np.asarray(values, dtype=np.float64)
