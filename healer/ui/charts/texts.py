"""Words for the charts: titles, empty states, tool names and the plain-text summaries."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from healer.domain.helps import PAUSE_TOOL, HelpsChart, PauseChart, UrgeGapChart
from healer.domain.moments import Response
from healer.domain.pareto import PARETO_LINE, ParetoChart
from healer.domain.practice import PracticeKind
from healer.domain.trends import DurationChart, TimeSeries, round_minutes
from healer.domain.urge import UrgeOutcome
from healer.services.journal import shown_category
from healer.ui.common.practice_texts import practice_texts

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """Put values into %1, %2, … (Qt's placeholders, safe for translators to reorder).

    One pass, so a value that itself holds "%2" (a category the person named) stays as is.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if 0 < index <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def month_name(month: date) -> str:
    """'March 2026' in the person's language ('marzo de 2026')."""
    pattern = QCoreApplication.translate(
        "Charts", "MMMM yyyy", "a month and its year, as a Qt date format"
    )
    return QLocale().toString(QDate(month.year, month.month, 1), pattern)


def number(value: float) -> str:
    """A median or a score as the person's locale writes it: '6.5', '6,5', '7'."""
    return QLocale().toString(float(value), "g", 6)


def percent(share: float) -> str:
    """A share as a whole percentage: '40 %'."""
    whole = QLocale().toString(round(share * 100))
    return fill(QCoreApplication.translate("Charts", "%1 %", "a whole percentage"), whole)


def names_list(names: Sequence[str]) -> str:
    """Names as the person's language lists them: 'a, b and c', 'a, b y c'."""
    return QLocale().createSeparatedList(list(names))


def minutes_words(minutes: float) -> str:
    """'40 minutes', or '2 h 5 min' above two hours."""
    whole = round_minutes(minutes)
    if whole < 120:
        return QCoreApplication.translate("Charts", "%n minutes", None, whole)
    hours, rest = divmod(whole, 60)
    if rest:
        return fill(QCoreApplication.translate("Charts", "%1 h %2 min"), hours, rest)
    return fill(QCoreApplication.translate("Charts", "%1 h"), hours)


def minutes_label(value: float, _position: float | None = None) -> str:
    """A duration axis label: '45 min', '2 h', '1 h 30'."""
    minutes = round(value)
    if minutes == 0:
        return "0"
    if minutes < 60:
        return fill(QCoreApplication.translate("Charts", "%1 min"), minutes)
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return fill(QCoreApplication.translate("Charts", "%1 h"), hours)
    return fill(
        QCoreApplication.translate("Charts", "%1 h %2", "hours and minutes on an axis"),
        hours,
        f"{rest:02d}",
    )


def tool_name(tool: str) -> str:
    """A practice's title, or the 20-minute pause."""
    if tool == PAUSE_TOOL:
        return QCoreApplication.translate("Charts", "20-minute pause")
    try:
        kind = PracticeKind(tool)
    except ValueError:
        return tool
    # The practice cards' own language file, as the Regulate tab shows them.
    return practice_texts(QLocale().name().split("_")[0])[kind].title


_OUTCOMES = {
    UrgeOutcome.AT_ONCE: str(QT_TRANSLATE_NOOP("Charts", "Acted at once")),
    UrgeOutcome.AFTER_PAUSE: str(QT_TRANSLATE_NOOP("Charts", "Acted after a pause")),
    UrgeOutcome.NOT_ACTED: str(QT_TRANSLATE_NOOP("Charts", "Not acted on")),
}


def outcome_name(outcome: UrgeOutcome) -> str:
    """How an urge ended, in a few words."""
    return QCoreApplication.translate("Charts", _OUTCOMES[outcome])


def duration_summary(chart: DurationChart) -> str:
    """One or two sentences from the same numbers the duration chart draws."""
    series = chart.series
    months = series.telling_months()
    if months is not None:
        first, last = months
        text = fill(
            QCoreApplication.translate(
                "Charts", "Your median activation lasted %1 in %2 and %3 in %4."
            ),
            minutes_words(first.median),
            month_name(first.month),
            minutes_words(last.median),
            month_name(last.month),
        )
    else:
        text = fill(
            QCoreApplication.translate(
                "Charts",
                "%n settled episodes; the typical one lasted %1.",
                None,
                len(series.values),
            ),
            minutes_words(series.median),
        )
    # Whole sentences follow one another; none is built from pieces.
    sentences = [text]
    if not series.has_rolling:
        sentences.append(
            QCoreApplication.translate(
                "Charts",
                "A 14-day median line appears once two weeks hold three settled episodes.",
            )
        )
    if chart.open_count:
        sentences.append(open_note(chart.open_count))
    return " ".join(sentences)


def open_note(count: int) -> str:
    """The note about episodes left out of the duration chart."""
    return QCoreApplication.translate(
        "Charts", "%n episodes have not settled yet, so they are not drawn.", None, count
    )


def intensity_summary(series: TimeSeries) -> str:
    """The typical peak intensity, first and last month when there are two to compare."""
    months = series.telling_months()
    if months is not None:
        first, last = months
        return fill(
            QCoreApplication.translate(
                "Charts", "The typical peak was %1 out of 10 in %2 and %3 in %4."
            ),
            number(first.median),
            month_name(first.month),
            number(last.median),
            month_name(last.month),
        )
    return fill(
        QCoreApplication.translate(
            "Charts", "%n episodes; the typical peak was %1 out of 10.", None, len(series.values)
        ),
        number(series.median),
    )


def pareto_summary(chart: ParetoChart) -> str:
    """Name the leading categories and how many reach the 80 % line."""
    share = sum(bar.share for bar in chart.top)
    text = fill(
        QCoreApplication.translate("Charts", "%1 of your activations came from: %2."),
        percent(share),
        names_list([shown_category(bar.name) for bar in chart.top]),
    )
    reaching = chart.reaching_line
    if reaching is None:
        return text
    line = fill(
        QCoreApplication.translate(
            "Charts", "%n of %1 categories reach the %2 line.", None, reaching
        ),
        len(chart.bars),
        percent(PARETO_LINE),
    )
    return f"{text} {line}"


def helps_summary(chart: HelpsChart) -> str:
    """The tool with the largest typical drop, and which tools have too few uses."""
    best = chart.shown[0]
    text = fill(
        QCoreApplication.translate(
            "Charts",
            "%1 brought the feeling down the most: typically %2 points (%n uses).",
            None,
            best.count,
        ),
        tool_name(best.tool),
        number(best.median_drop),
    )
    if chart.hidden:
        return f"{text} {hidden_note(chart)}"
    return text


def hidden_note(chart: HelpsChart) -> str:
    """Which tools are left out for too few uses."""
    names = names_list(
        [
            fill(QCoreApplication.translate("Charts", "%1 (%2)"), tool_name(tool), count)
            for tool, count in chart.hidden
        ]
    )
    return fill(
        QCoreApplication.translate("Charts", "Too few uses with before and after to say yet: %1."),
        names,
    )


def urge_summary(chart: UrgeGapChart) -> str:
    """Compare the share acted on at once in the first and last month."""
    first, last = chart.months[0], chart.months[-1]
    if first is last:
        return fill(
            QCoreApplication.translate(
                "Charts", "In %1, %2 of urges were acted on at once and %3 not at all."
            ),
            month_name(first.month),
            percent(first.share(UrgeOutcome.AT_ONCE)),
            percent(first.share(UrgeOutcome.NOT_ACTED)),
        )
    return fill(
        QCoreApplication.translate(
            "Charts", "%1 of urges were acted on at once in %2, and %3 in %4."
        ),
        percent(first.share(UrgeOutcome.AT_ONCE)),
        month_name(first.month),
        percent(last.share(UrgeOutcome.AT_ONCE)),
        month_name(last.month),
    )


def pause_summary(chart: PauseChart) -> str:
    """How many pauses were seen through, in this range and in all."""
    return fill(
        QCoreApplication.translate(
            "Charts",
            "You have seen %n pauses through, %1 of them in this period.",
            None,
            chart.total,
        ),
        chart.in_range,
    )


_RESPONSES = {
    Response.CARE: str(QT_TRANSLATE_NOOP("Charts", "Met with care")),
    Response.PARTLY: str(QT_TRANSLATE_NOOP("Charts", "Partly met")),
    Response.MISSED: str(QT_TRANSLATE_NOOP("Charts", "Missed")),
    Response.HURT: str(QT_TRANSLATE_NOOP("Charts", "Hurt")),
}


def response_label(response: Response) -> str:
    """How a moment's response reads in the "Being met" chart's legend and summary."""
    return QCoreApplication.translate("Charts", _RESPONSES[response])


EMPTY = {
    "duration": str(
        QT_TRANSLATE_NOOP(
            "Charts",
            "Log an activation and, once it has passed, mark when it settled: "
            "each settled episode becomes a point here.",
        )
    ),
    "pareto": str(
        QT_TRANSLATE_NOOP(
            "Charts",
            "Give your activations a trigger category to see which few set off most of them.",
        )
    ),
    "intensity": str(
        QT_TRANSLATE_NOOP(
            "Charts", "Log an activation with how strong it felt (0 to 10) to see it here."
        )
    ),
    "helps": str(
        QT_TRANSLATE_NOOP(
            "Charts",
            "After a practice or a 20-minute pause, note how strong the feeling was before and "
            "after. A tool shows here once it has three such uses.",
        )
    ),
    "urge": str(
        QT_TRANSLATE_NOOP(
            "Charts",
            "When you log an activation or finish a 20-minute pause, say what happened to the "
            "urge: acted at once, after a pause, or not at all.",
        )
    ),
    "pauses": str(
        QT_TRANSLATE_NOOP(
            "Charts", "Each 20-minute pause you see through to the end is counted here."
        )
    ),
    "being-met": str(
        QT_TRANSLATE_NOOP(
            "Charts",
            "Log a moment in the People tab each time you reach out, or meet your own need: "
            "month by month, this shows how often you were met with care.",
        )
    ),
}


def empty_text(key: str) -> str:
    """What to log to fill a chart."""
    return QCoreApplication.translate("Charts", EMPTY[key])
