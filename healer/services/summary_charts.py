"""The therapist summary's sections read from the range's charts: numbers and categories only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from healer.domain.chartset import ParetoScope
from healer.domain.summary import ChartKind, SummaryPart, SummarySection
from healer.domain.trends import MonthValue
from healer.domain.urge import UrgeOutcome
from healer.services.journal import shown_category
from healer.services.summary_context import SummaryContext
from healer.services.summary_words import (
    fill,
    minutes_text,
    month_text,
    number_text,
    percent_text,
    tool_text,
)


def _month_median(month: MonthValue, median: str) -> str:
    return fill(
        QCoreApplication.translate("summary", "median %1 (%n episodes)", None, month.count), median
    )


def duration_section(context: SummaryContext) -> SummarySection | None:
    """How long activations lasted: the median, month by month, with the chart."""
    episodes = context.charts.episodes
    if SummaryPart.DURATION not in context.choice.parts or episodes is None:
        return None
    series = episodes.duration.series
    title = QCoreApplication.translate("summary", "How long activations lasted")
    if series.is_empty:
        empty = QCoreApplication.translate("summary", "No activation settled in this period.")
        return SummarySection("duration", title, (empty,))
    text = fill(
        QCoreApplication.translate(
            "summary", "%n settled activations; the median lasted %1.", None, len(series.values)
        ),
        minutes_text(series.median),
    )
    rows = tuple(
        (month_text(month.month), _month_median(month, minutes_text(month.median)))
        for month in series.months
    )
    return SummarySection("duration", title, (text,), rows, ChartKind.DURATION)


def intensity_section(context: SummaryContext) -> SummarySection | None:
    """How strong activations felt: the median peak, month by month, with the chart."""
    episodes = context.charts.episodes
    if SummaryPart.INTENSITY not in context.choice.parts or episodes is None:
        return None
    series = episodes.intensity
    title = QCoreApplication.translate("summary", "How strong activations felt (0 to 10)")
    if series.is_empty:
        empty = QCoreApplication.translate("summary", "No intensity was rated in this period.")
        return SummarySection("intensity", title, (empty,))
    text = fill(
        QCoreApplication.translate(
            "summary",
            "%n rated activations; the median peak was %1 out of 10.",
            None,
            len(series.values),
        ),
        number_text(series.median),
    )
    rows = tuple(
        (month_text(month.month), _month_median(month, number_text(month.median)))
        for month in series.months
    )
    return SummarySection("intensity", title, (text,), rows, ChartKind.INTENSITY)


def triggers_section(context: SummaryContext) -> SummarySection | None:
    """What set activations off: the categories most often given."""
    episodes = context.charts.episodes
    if SummaryPart.TRIGGERS not in context.choice.parts or episodes is None:
        return None
    chart = episodes.pareto[ParetoScope.RANGE]
    title = QCoreApplication.translate("summary", "What set activations off")
    if not chart.bars:
        empty = QCoreApplication.translate(
            "summary", "No trigger category was given in this period."
        )
        return SummarySection("triggers", title, (empty,))
    rows = tuple(
        (
            shown_category(bar.name),
            fill(
                QCoreApplication.translate("summary", "%1 (%2)", "a count and its share"),
                number_text(bar.count),
                percent_text(bar.share),
            ),
        )
        for bar in chart.bars[:6]
    )
    # The locale joins the names as its own lists do ("a, b and c", "a, b y c").
    top = QLocale().createSeparatedList([shown_category(bar.name) for bar in chart.top])
    paragraphs = [fill(QCoreApplication.translate("summary", "The most frequent: %1."), top)]
    if chart.uncategorised:
        paragraphs.append(
            QCoreApplication.translate(
                "summary", "%n activations had no category.", None, chart.uncategorised
            )
        )
    return SummarySection("triggers", title, tuple(paragraphs), rows)


def urge_gap_section(context: SummaryContext) -> SummarySection | None:
    """Between the urge and the action: how often it was acted on, each month."""
    episodes = context.charts.episodes
    if SummaryPart.URGE_GAP not in context.choice.parts or episodes is None:
        return None
    chart = episodes.urge_gap
    title = QCoreApplication.translate("summary", "Between the urge and the action")
    if chart.is_empty:
        empty = QCoreApplication.translate(
            "summary", "No urge outcome was recorded in this period."
        )
        return SummarySection("urge_gap", title, (empty,))
    rows = tuple(
        (
            month_text(month.month),
            fill(
                QCoreApplication.translate(
                    "summary", "at once %1 · after a pause %2 · not acted on %3"
                ),
                percent_text(month.share(UrgeOutcome.AT_ONCE)),
                percent_text(month.share(UrgeOutcome.AFTER_PAUSE)),
                percent_text(month.share(UrgeOutcome.NOT_ACTED)),
            ),
        )
        for month in chart.months
    )
    text = QCoreApplication.translate(
        "summary",
        "How often the urge (to message, check or reach out) was acted on, each month.",
    )
    return SummarySection("urge_gap", title, (text,), rows)


def helps_section(context: SummaryContext) -> SummarySection | None:
    """Practices that help: the typical drop in intensity for each."""
    chart = context.charts.helps
    if SummaryPart.HELPS not in context.choice.parts or chart is None:
        return None
    title = QCoreApplication.translate("summary", "Practices that help")
    if not chart.shown:
        empty = QCoreApplication.translate(
            "summary", "Too few practices with a before and after rating to say yet."
        )
        return SummarySection("helps", title, (empty,))
    rows = tuple(
        (
            tool_text(tool.tool),
            fill(
                QCoreApplication.translate(
                    "summary", "typically %1 points calmer (%n uses)", None, tool.count
                ),
                number_text(tool.median_drop),
            ),
        )
        for tool in chart.shown
    )
    text = QCoreApplication.translate(
        "summary", "Intensity before and after each practice, as rated at the time."
    )
    return SummarySection("helps", title, (text,), rows)


def pauses_section(context: SummaryContext) -> SummarySection | None:
    """The twenty-minute pauses seen through."""
    chart = context.charts.pauses
    if SummaryPart.PAUSES not in context.choice.parts or chart is None:
        return None
    text = fill(
        QCoreApplication.translate(
            "summary",
            "%n twenty-minute pauses seen through in this period; %1 in all.",
            None,
            chart.in_range,
        ),
        number_text(chart.total),
    )
    return SummarySection(
        "pauses", QCoreApplication.translate("summary", "Pauses seen through"), (text,)
    )
