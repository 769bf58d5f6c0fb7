"""The summary's words: dates, months, numbers, durations, shares and practice names."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from healer.domain.helps import PAUSE_TOOL
from healer.domain.practice import PracticeKind
from healer.domain.trends import round_minutes
from healer.storage.readable_words import PRACTICE_TITLES


def fill(template: str, *values: object) -> str:
    """%1, %2 … replaced in order, as Qt's arg() does."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


def number_text(value: float) -> str:
    """A count or a median in the locale's digits (6.5, or 6,5 in Spanish); no trailing .0."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "g", 6)


def day_text(day: date) -> str:
    """A day in the locale's long form without the weekday (1 March 2026)."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "")
    pattern = pattern.strip(" ,.")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def month_text(month: date) -> str:
    """A month and year in the locale's words (March 2026, marzo de 2026)."""
    pattern = QCoreApplication.translate(
        "summary", "MMMM yyyy", "a month and its year, as a QDate format"
    )
    return QLocale().toString(QDate(month.year, month.month, 1), pattern)


def minutes_text(minutes: float) -> str:
    """'40 min', or '2 h 5 min' from two hours."""
    whole = round_minutes(minutes)
    if whole < 120:
        return fill(QCoreApplication.translate("summary", "%1 min"), number_text(whole))
    hours, rest = divmod(whole, 60)
    if not rest:
        return fill(QCoreApplication.translate("summary", "%1 h"), number_text(hours))
    return fill(
        QCoreApplication.translate("summary", "%1 h %2 min"), number_text(hours), number_text(rest)
    )


def percent_text(share: float) -> str:
    """A share as a whole percentage."""
    return fill(QCoreApplication.translate("summary", "%1 %"), number_text(round(share * 100)))


def tool_text(tool: str) -> str:
    """A practice's name as its card shows it, or the 20-minute pause."""
    if tool == PAUSE_TOOL:
        return QCoreApplication.translate("summary", "20-minute pause")
    try:
        title = PRACTICE_TITLES[PracticeKind(tool)]
    except ValueError:
        return tool
    return QCoreApplication.translate("readable", title)
