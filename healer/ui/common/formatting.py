"""How journal facts read on screen: local times, durations and intensities, translated."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from healer.domain.journal import duration_parts

# Enough of a trigger's plan to recall it at a glance; the plans dialog holds the whole text.
SHOWN_PLAN_CHARS = 220


def shortened(text: str, limit: int = SHOWN_PLAN_CHARS) -> str:
    """A plan on one line, cut at a word near the limit."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"


def to_local_qdatetime(moment: datetime) -> QDateTime:
    """A UTC instant as a local QDateTime."""
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    return utc.toLocalTime()


def format_when(moment: datetime, locale: QLocale) -> str:
    """A start time the way the person's locale writes a short date and time."""
    return locale.toString(to_local_qdatetime(moment), QLocale.FormatType.ShortFormat)


def format_time(moment: datetime, locale: QLocale) -> str:
    """Only the local time of day."""
    return locale.toString(to_local_qdatetime(moment).time(), QLocale.FormatType.ShortFormat)


def format_duration(duration: timedelta | None) -> str:
    """'2 h 05 min', '12 min', '1 d 3 h'; 'still activated' while an episode is open."""
    if duration is None:
        return QCoreApplication.translate("journal", "still activated")
    days, hours, minutes = duration_parts(duration)
    if days:
        return (
            QCoreApplication.translate("journal", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if hours:
        return (
            QCoreApplication.translate("journal", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", f"{minutes:02d}")
        )
    return QCoreApplication.translate("journal", "%1 min").replace("%1", str(minutes))
