"""The readable export's words in the person's language: Qt's translations, dates by QLocale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from healer.services.journal import shown_category
from healer.storage.readable_words import (
    ACTIVATION_COUNT,
    DAY_COUNT,
    DAY_HOUR_COUNT,
    ReadableWords,
)


def readable_words(locale: QLocale | None = None) -> ReadableWords:
    """Words for the readable export in the locale's language (the app's default locale)."""
    chosen = QLocale() if locale is None else locale
    language = chosen.bcp47Name()
    return ReadableWords(
        text=_text,
        count=_count,
        moment=lambda moment: _moment(chosen, moment),
        day=lambda day: _day(chosen, day),
        listed=lambda items: chosen.createSeparatedList(list(items)),
        category=shown_category,
        language=language if language not in {"", "C"} else "en",
    )


def _text(text: str) -> str:
    return QCoreApplication.translate("readable", text)


def _count(text: str, count: int) -> str:
    # Each text with a count spelled out, so that lupdate finds it with its plural forms.
    if text == ACTIVATION_COUNT:
        return QCoreApplication.translate("readable", "%n activations, newest first.", None, count)
    if text == DAY_COUNT:
        return QCoreApplication.translate("readable", "%n days", None, count)
    if text == DAY_HOUR_COUNT:
        return QCoreApplication.translate("readable", "%n days %1 h", None, count)
    raise ValueError(f"no plural forms for {text!r}")


def _moment(locale: QLocale, moment: datetime) -> str:
    """The moment's own wall time (already in the zone asked for), as the locale writes it."""
    wall = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return (
        QCoreApplication.translate("readable", "%1, %2")
        .replace("%1", locale.toString(wall.date(), QLocale.FormatType.LongFormat))
        .replace("%2", locale.toString(wall.time(), QLocale.FormatType.ShortFormat))
    )


def _day(locale: QLocale, day: date) -> str:
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
