"""The charts' painters, each typed by the data its chart shows."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

import numpy as np
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.ticker import (
    FixedLocator,
    FuncFormatter,
    MaxNLocator,
    MultipleLocator,
    NullLocator,
)
from numpy.typing import NDArray
from PySide6.QtCore import QCoreApplication, QDate, QLocale

from healer.domain.chartrange import DaySpan
from healer.domain.consistency import BeingMetChart
from healer.domain.helps import HelpsChart, PauseChart, UrgeGapChart
from healer.domain.moments import RESPONSES, Response
from healer.domain.pareto import PARETO_LINE, ParetoChart
from healer.domain.trends import DurationChart, TimeSeries
from healer.domain.urge import UrgeOutcome
from healer.services.journal import shown_category
from healer.ui.charts.colours import ChartColours
from healer.ui.charts.painter import (
    NICE_MINUTES,
    Painter,
    SeriesPainter,
    dates,
    linear_step,
    span_limits,
    span_numbers,
)
from healer.ui.charts.texts import (
    fill,
    minutes_label,
    number,
    outcome_name,
    percent,
    response_label,
    tool_name,
)

MAX_BARS = 10


class DurationPainter(SeriesPainter[DurationChart]):
    """Chart 1: how long each settled episode lasted."""

    def build(self, figure: Figure, colours: ChartColours) -> None:
        """Create the axes and empty artists."""
        self.unit_label = QCoreApplication.translate("Charts", "Duration")
        self.log_scale = False
        super().build(figure, colours)
        self.axes.yaxis.set_major_formatter(FuncFormatter(minutes_label))

    def update(self, data: DurationChart, span: DaySpan) -> None:
        """Show new data in this figure."""
        self.log_scale = data.log_scale
        axes = self.axes
        axes.set_yscale("log" if data.log_scale else "linear")
        values = self._scaled(data.series.values)
        self.show_series(data.series, values, span)
        top = float(values.max()) if values.size else 60.0
        # The floor sits a little below the shortest episode, so one under a minute shows
        # as a dot above the axis line instead of hiding on it.
        if data.log_scale:
            bottom = float(values.min()) * 0.7 if values.size else 0.7
            axes.set_ylim(bottom, top * 1.4)
            axes.yaxis.set_major_locator(FixedLocator(NICE_MINUTES))
            axes.yaxis.set_minor_locator(NullLocator())
        else:
            top = top or 1.0
            axes.set_ylim(-top * 0.05, top * 1.08)
            axes.yaxis.set_major_locator(MultipleLocator(linear_step(top)))
        axes.yaxis.set_major_formatter(FuncFormatter(minutes_label))

    def _scaled(self, values: Sequence[float]) -> NDArray[np.float64]:
        array = np.asarray(values, dtype=np.float64)
        # Below a minute does not fit a log axis; such episodes sit on its floor.
        return np.maximum(array, 1.0) if self.log_scale else array


class IntensityPainter(SeriesPainter[TimeSeries]):
    """Chart 3: the peak intensity of each episode."""

    def build(self, figure: Figure, colours: ChartColours) -> None:
        """Create the axes and empty artists."""
        self.unit_label = QCoreApplication.translate("Charts", "Peak intensity (0–10)")
        super().build(figure, colours)
        self.axes.set_ylim(-0.4, 10.4)
        self.axes.yaxis.set_major_locator(MultipleLocator(2))

    def update(self, data: TimeSeries, span: DaySpan) -> None:
        """Show new data in this figure."""
        self.show_series(data, data.values, span)


class PausePainter(Painter[PauseChart]):
    """Chart 6: a quiet running count of pauses seen through."""

    def build(self, figure: Figure, colours: ChartColours) -> None:
        """Create the axes and empty artists."""
        super().build(figure, colours)
        self.axes.xaxis_date()
        self._date_axis(self.axes)
        (self.line,) = self.axes.plot(
            dates([]), [], drawstyle="steps-post", color=colours.accent, linewidth=2
        )
        self.axes.set_ylabel(QCoreApplication.translate("Charts", "Pauses completed"))
        self.axes.yaxis.set_major_locator(MaxNLocator(integer=True))

    def update(self, data: PauseChart, span: DaySpan) -> None:
        """Show new data in this figure."""
        start, end = span_limits(span)
        xs = [start, *data.when, end]
        ys = [data.before, *data.totals, data.total]
        self.line.set_data(dates(xs), np.asarray(ys, dtype=np.float64))
        self.axes.set_xlim(*span_numbers(span))
        self.axes.set_ylim(0, max(1, data.total) * 1.1)


class ParetoPainter(Painter[ParetoChart]):
    """Chart 2: categories by count, the running share and the 80 % line; top three in colour."""

    def update(self, data: ParetoChart, span: DaySpan) -> None:
        """Show new data in this figure."""
        axes, colours = self.axes, self.colours
        figure = axes.figure
        for extra in list(figure.axes):
            if extra is not axes:
                extra.remove()
        axes.clear()
        self._style(axes)
        bars = list(data.bars[:MAX_BARS])
        names = [shown_category(bar.name) for bar in bars]
        counts = [bar.count for bar in bars]
        cumulative = [bar.cumulative for bar in bars]
        rest = data.bars[MAX_BARS:]
        if rest:
            names.append(QCoreApplication.translate("Charts", "Others"))
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
        axes.set_ylabel(QCoreApplication.translate("Charts", "Activations"))
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        share_axes = axes.twinx()
        share_axes.set_ylim(0, 1.05)
        share_axes.yaxis.set_major_formatter(FuncFormatter(_percent_tick))
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
            len(names) - 0.5, PARETO_LINE, " " + percent(PARETO_LINE), color=colours.text,
            va="bottom", ha="right", fontsize="small",
        )  # fmt: skip


class HelpsPainter(Painter[HelpsChart]):
    """Chart 4: each tool's typical drop in intensity, with its number of uses."""

    def update(self, data: HelpsChart, span: DaySpan) -> None:
        """Show new data in this figure."""
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
            uses = QCoreApplication.translate("Charts", "%1 → %2 · %n uses", None, tool.count)
            label = "  " + fill(uses, number(tool.median_before), number(tool.median_after))
            axes.text(
                max(tool.median_drop, 0), float(position), label, va="center",
                color=colours.text, fontsize="small",
            )  # fmt: skip
        low = min(0.0, *drops)
        axes.set_xlim(low - 0.5 if low < 0 else 0, max(5.0, max(drops) * 1.7))
        axes.set_xlabel(
            QCoreApplication.translate(
                "Charts", "Typical drop in intensity (points, before minus after)"
            )
        )
        axes.xaxis.label.set_color(colours.text)


_OUTCOMES = (UrgeOutcome.NOT_ACTED, UrgeOutcome.AFTER_PAUSE, UrgeOutcome.AT_ONCE)


class UrgePainter(Painter[UrgeGapChart]):
    """Chart 5: per month, the share of urges acted on at once, after a pause, or not at all.

    Each outcome is one collection of rectangles (one draw call however many months),
    with its own hatch as well as colour, so colour is never the only signal.
    """

    def update(self, data: UrgeGapChart, span: DaySpan) -> None:
        """Show new data in this figure."""
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
        axes.yaxis.set_major_formatter(FuncFormatter(_percent_tick))
        legend = axes.legend(
            handles=[self.stacks[outcome] for outcome in reversed(_OUTCOMES)],
            loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize="small",
        )  # fmt: skip
        for text in legend.get_texts():
            text.set_color(colours.text)


def _percent_tick(value: float, _position: float | None = None) -> str:
    return percent(value)


class QLocaleMonth:
    """Short month labels in the person's locale ('Mar 26', 'mar 26')."""

    @staticmethod
    def short(month: date) -> str:
        """A month as its short name and year."""
        pattern = QCoreApplication.translate(
            "Charts", "MMM yy", "a month under a bar, as a Qt date format"
        )
        return QLocale().toString(QDate(month.year, month.month, 1), pattern)


class BeingMetPainter(Painter[BeingMetChart]):
    """The "Being met" chart: moments per month, met with care at the bottom, hurt on top.

    Each response is one collection of rectangles with its own hatch as well as colour,
    so colour is never the only signal; the legend names them.
    """

    def update(self, data: BeingMetChart, span: DaySpan) -> None:
        """Show new data in this figure."""
        axes, colours = self.axes, self.colours
        axes.clear()
        self._style(axes)
        months = data.months
        positions = np.arange(len(months), dtype=np.float64)
        styles = {
            Response.CARE: (colours.accent, ""),
            Response.PARTLY: (colours.points, ".."),
            Response.MISSED: (colours.muted, "//"),
            Response.HURT: (colours.second, "xx"),
        }
        bottom = np.zeros(len(months))
        half = 0.36
        self.stacks: dict[Response, PolyCollection] = {}
        for index, response in enumerate(RESPONSES):
            counts = np.array([month.counts[index] for month in months], dtype=np.float64)
            top = bottom + counts
            boxes = [
                [(x - half, low), (x + half, low), (x + half, high), (x - half, high)]
                for x, low, high in zip(positions, bottom, top, strict=True)
            ]
            colour, hatch = styles[response]
            stack = PolyCollection(
                boxes, facecolors=colour, edgecolors=colours.background, linewidths=0.8,
                hatch=hatch or None, label=response_label(response),
            )  # fmt: skip
            axes.add_collection(stack)
            self.stacks[response] = stack
            bottom = top
        step = max(1, math.ceil(len(months) / 12))
        ticks = positions[::step]
        axes.set_xticks(ticks, [QLocaleMonth.short(months[int(i)].month) for i in ticks])
        axes.set_xlim(-0.6, len(months) - 0.4)
        axes.set_ylim(0, max(1.0, float(bottom.max(initial=0.0))) * 1.1)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_ylabel(QCoreApplication.translate("Charts", "Moments"))
        legend = axes.legend(
            handles=[self.stacks[response] for response in reversed(RESPONSES)],
            loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize="small",
        )  # fmt: skip
        for text in legend.get_texts():
            text.set_color(colours.text)
