"""Backup file names and the automatic backups' rotation: which days to keep, which to prune."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

BACKUP_SUFFIX = ".vault"
# Backups the person makes are named healer-backup-…; automatic ones have their own
# prefix, so rotation never prunes a copy the person made by hand.
MANUAL_PREFIX = "healer-backup-"
AUTOMATIC_PREFIX = "healer-auto-backup-"
KEEP_DAILY = 7
KEEP_WEEKLY = 4

_AUTOMATIC_NAME = re.compile(rf"^{re.escape(AUTOMATIC_PREFIX)}(\d{{4}}-\d{{2}}-\d{{2}})\.vault$")


def manual_backup_name(day: date) -> str:
    """The name offered for a backup made now: healer-backup-2026-11-30.vault."""
    return f"{MANUAL_PREFIX}{day.isoformat()}{BACKUP_SUFFIX}"


def automatic_backup_name(day: date) -> str:
    """The name of the automatic backup of a day: healer-auto-backup-2026-11-30.vault."""
    return f"{AUTOMATIC_PREFIX}{day.isoformat()}{BACKUP_SUFFIX}"


def automatic_backup_day(name: str) -> date | None:
    """The day an automatic backup's file name carries, or None for any other name."""
    match = _AUTOMATIC_NAME.match(name)
    if match is None:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def backup_due(days: Iterable[date], today: date) -> bool:
    """At most one automatic backup a day: due unless one of today exists."""
    return today not in set(days)


def days_to_keep(
    days: Iterable[date], *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> set[date]:
    """The days whose backups rotation keeps.

    These are the `daily` newest, and the newest of each of the `weekly` most recent
    calendar weeks (Monday to Sunday) that none of those fall in. With a backup every
    day that is about a week of days and four more weeks behind it.
    """
    newest_first = sorted(set(days), reverse=True)
    kept = set(newest_first[:daily])
    covered = {_week(day) for day in kept}
    weeks_kept = 0
    for day in newest_first[daily:]:
        if weeks_kept >= weekly:
            break
        week = _week(day)
        if week in covered:
            continue
        covered.add(week)
        kept.add(day)  # newest first, so the first met in a week is that week's newest
        weeks_kept += 1
    return kept


def days_to_prune(
    days: Iterable[date], *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> list[date]:
    """The backups rotation removes, oldest first."""
    unique = set(days)
    kept = days_to_keep(unique, daily=daily, weekly=weekly)
    return sorted(unique - kept)


def _week(day: date) -> tuple[int, int]:
    year, week, _ = day.isocalendar()
    return year, week
