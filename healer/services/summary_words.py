"""The summary's words: translation, dates, months, durations, shares and practice names."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from healer.domain.helps import PAUSE_TOOL
from healer.domain.practice import PracticeKind
from healer.domain.trends import round_minutes


def tr(text: str) -> str:
    """Translate in the summary context."""
    return QCoreApplication.translate("summary", text)


def fill(template: str, *values: object) -> str:
    """%1, %2 … replaced in order, as Qt's arg() does."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


def day_text(day: date) -> str:
    """A day in the locale's long form without the weekday (1 March 2026)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "")
    pattern = pattern.strip(" ,.")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def month_text(month: date) -> str:
    """A month and year in the locale's words."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMMM yyyy")


def minutes_text(minutes: float) -> str:
    """'40 min', or '2 h 5 min' from two hours."""
    whole = round_minutes(minutes)
    if whole < 120:
        return fill(tr("%1 min"), whole)
    hours, rest = divmod(whole, 60)
    return fill(tr("%1 h %2 min"), hours, rest) if rest else fill(tr("%1 h"), hours)


def percent_text(share: float) -> str:
    """A share as a whole percentage."""
    return fill(tr("%1 %"), round(share * 100))


def tool_text(tool: str) -> str:
    """A practice's name, or the 20-minute pause."""
    names = {
        PAUSE_TOOL: tr("20-minute pause"),
        PracticeKind.BREATHING.value: tr("Extended exhale"),
        PracticeKind.COLD_WATER.value: tr("Cold water"),
        PracticeKind.BILATERAL.value: tr("Bilateral tapping or walking"),
        PracticeKind.ORIENTING.value: tr("Orienting"),
        PracticeKind.WEIGHTED_CONTACT.value: tr("Weighted contact"),
    }
    return names.get(tool, tool)
