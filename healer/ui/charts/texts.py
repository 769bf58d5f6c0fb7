"""Words for the charts: titles, empty states, tool names and the plain-text summaries."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from healer.domain.helps import PAUSE_TOOL, HelpsChart, PauseChart, UrgeGapChart
from healer.domain.moments import Response
from healer.domain.pareto import PARETO_LINE, ParetoChart
from healer.domain.practice import PracticeKind
from healer.domain.trends import DurationChart, TimeSeries, round_minutes
from healer.domain.urge import UrgeOutcome
from healer.ui.common.practice_texts import practice_texts


def tr(text: str) -> str:
    """Translate in the charts' context."""
    return QCoreApplication.translate("Charts", text)


def fill(template: str, *values: object) -> str:
    """Put values into %1, %2, … (Qt's placeholders, safe for translators to reorder)."""
    for index, value in reversed(list(enumerate(values, start=1))):
        template = template.replace(f"%{index}", str(value))
    return template


def month_name(month: date) -> str:
    """'March 2026' in the person's locale."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")


def percent(share: float) -> str:
    """A share as a whole percentage."""
    return f"{round(share * 100)} %"


def minutes_words(minutes: float) -> str:
    """'40 minutes', or '2 h 5 min' above two hours."""
    whole = round_minutes(minutes)
    if whole < 120:
        return fill(tr("%1 minutes"), whole) if whole != 1 else tr("1 minute")
    hours, rest = divmod(whole, 60)
    return fill(tr("%1 h %2 min"), hours, rest) if rest else fill(tr("%1 h"), hours)


def tool_name(tool: str) -> str:
    """A practice's title, or the 20-minute pause."""
    if tool == PAUSE_TOOL:
        return tr("20-minute pause")
    try:
        return practice_texts()[PracticeKind(tool)].title
    except ValueError:
        return tool


def outcome_name(outcome: UrgeOutcome) -> str:
    """How an urge ended, in a few words."""
    return {
        UrgeOutcome.AT_ONCE: tr("Acted at once"),
        UrgeOutcome.AFTER_PAUSE: tr("Acted after a pause"),
        UrgeOutcome.NOT_ACTED: tr("Not acted on"),
    }[outcome]


def duration_summary(chart: DurationChart) -> str:
    """One or two sentences from the same numbers the duration chart draws."""
    series = chart.series
    months = series.telling_months()
    if months is not None:
        first, last = months
        text = fill(
            tr("Your median activation lasted %1 in %2 and %3 in %4."),
            minutes_words(first.median),
            month_name(first.month),
            minutes_words(last.median),
            month_name(last.month),
        )
    else:
        text = fill(
            tr("%1 settled episodes; the typical one lasted %2."),
            len(series.values),
            minutes_words(series.median),
        )
    if not series.has_rolling:
        text += " " + tr("A 14-day median line appears once two weeks hold three settled episodes.")
    if chart.open_count:
        text += " " + open_note(chart.open_count)
    return text


def open_note(count: int) -> str:
    """The note about episodes left out of the duration chart."""
    if count == 1:
        return tr("One episode has not settled yet, so it is not drawn.")
    return fill(tr("%1 episodes have not settled yet, so they are not drawn."), count)


def intensity_summary(series: TimeSeries) -> str:
    """The typical peak intensity, first and last month when there are two to compare."""
    months = series.telling_months()
    if months is not None:
        first, last = months
        return fill(
            tr("The typical peak was %1 out of 10 in %2 and %3 in %4."),
            f"{first.median:g}",
            month_name(first.month),
            f"{last.median:g}",
            month_name(last.month),
        )
    return fill(
        tr("%1 episodes; the typical peak was %2 out of 10."),
        len(series.values),
        f"{series.median:g}",
    )


def pareto_summary(chart: ParetoChart) -> str:
    """Name the leading categories and how many reach the 80 % line."""
    names = ", ".join(bar.name for bar in chart.top)
    share = sum(bar.share for bar in chart.top)
    text = fill(tr("%1 of your activations came from: %2."), percent(share), names)
    reaching = chart.reaching_line
    if reaching is not None:
        text += " " + fill(
            tr("%1 of %2 categories reach the %3 line."),
            reaching,
            len(chart.bars),
            percent(PARETO_LINE),
        )
    return text


def helps_summary(chart: HelpsChart) -> str:
    """The tool with the largest typical drop, and which tools have too few uses."""
    best = chart.shown[0]
    text = fill(
        tr("%1 brought the feeling down the most: typically %2 points (%3 uses)."),
        tool_name(best.tool),
        f"{best.median_drop:g}",
        best.count,
    )
    if chart.hidden:
        text += " " + hidden_note(chart)
    return text


def hidden_note(chart: HelpsChart) -> str:
    """Which tools are left out for too few uses."""
    names = ", ".join(fill(tr("%1 (%2)"), tool_name(tool), count) for tool, count in chart.hidden)
    return fill(tr("Too few uses with before and after to say yet: %1."), names)


def urge_summary(chart: UrgeGapChart) -> str:
    """Compare the share acted on at once in the first and last month."""
    first, last = chart.months[0], chart.months[-1]
    if first is last:
        return fill(
            tr("In %1, %2 of urges were acted on at once and %3 not at all."),
            month_name(first.month),
            percent(first.share(UrgeOutcome.AT_ONCE)),
            percent(first.share(UrgeOutcome.NOT_ACTED)),
        )
    return fill(
        tr("%1 of urges were acted on at once in %2, and %3 in %4."),
        percent(first.share(UrgeOutcome.AT_ONCE)),
        month_name(first.month),
        percent(last.share(UrgeOutcome.AT_ONCE)),
        month_name(last.month),
    )


def pause_summary(chart: PauseChart) -> str:
    """How many pauses were seen through, in this range and in all."""
    return fill(
        tr("You have seen %1 pauses through, %2 of them in this period."),
        chart.total,
        chart.in_range,
    )


def response_label(response: Response) -> str:
    """How a moment's response reads in the "Being met" chart's legend and summary."""
    names = {
        Response.CARE: tr("Met with care"),
        Response.PARTLY: tr("Partly met"),
        Response.MISSED: tr("Missed"),
        Response.HURT: tr("Hurt"),
    }
    return names[response]


def noop(text: str) -> str:
    """Mark text for translation where it is listed; tr() translates it when shown."""
    return str(QT_TRANSLATE_NOOP("Charts", text))


EMPTY = {
    "duration": noop(
        "Log an activation and, once it has passed, mark when it settled: "
        "each settled episode becomes a point here."
    ),
    "pareto": noop(
        "Give your activations a trigger category to see which few set off most of them."
    ),
    "intensity": noop("Log an activation with how strong it felt (0 to 10) to see it here."),
    "helps": noop(
        "After a practice or a 20-minute pause, note how strong the feeling was before and "
        "after. A tool shows here once it has three such uses."
    ),
    "urge": noop(
        "When you log an activation or finish a 20-minute pause, say what happened to the "
        "urge: acted at once, after a pause, or not at all."
    ),
    "pauses": noop("Each 20-minute pause you see through to the end is counted here."),
    "being-met": noop(
        "Log a moment in the People tab each time you reach out, or meet your own need: "
        "month by month, this shows how often you were met with care."
    ),
}


def empty_text(key: str) -> str:
    """What to log to fill a chart."""
    return tr(EMPTY[key])
