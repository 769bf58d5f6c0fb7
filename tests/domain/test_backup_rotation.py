"""Backup names and the rotation rule, with dates."""

from __future__ import annotations

from datetime import date, timedelta

from healer.domain.backups import (
    automatic_backup_day,
    automatic_backup_name,
    backup_due,
    days_to_keep,
    days_to_prune,
    manual_backup_name,
)

TODAY = date(2026, 11, 30)  # a Monday


def every_day(count: int, last: date = TODAY) -> list[date]:
    return [last - timedelta(days=n) for n in range(count)]


def test_names_carry_the_day() -> None:
    assert manual_backup_name(TODAY) == "healer-backup-2026-11-30.vault"
    assert automatic_backup_name(TODAY) == "healer-auto-backup-2026-11-30.vault"
    assert automatic_backup_day("healer-auto-backup-2026-11-30.vault") == TODAY


def test_only_automatic_names_are_read_as_automatic_backups() -> None:
    for name in (
        "healer-backup-2026-11-30.vault",  # made by hand: never rotated
        "healer-auto-backup-2026-11-30.vault.txt",
        "healer-auto-backup-2026-13-40.vault",
        "healer-auto-backup-2026-11-30.vault-wal",
        ".healer-auto-backup-2026-11-30.vault.healer-partial-12",
        "notes.vault",
    ):
        assert automatic_backup_day(name) is None, name


def test_a_backup_is_due_once_a_day() -> None:
    assert backup_due([], TODAY)
    assert backup_due([TODAY - timedelta(days=1)], TODAY)
    assert not backup_due([TODAY], TODAY)


def test_a_month_of_daily_backups_keeps_seven_days_and_four_weeks() -> None:
    days = every_day(60)
    kept = days_to_keep(days)
    assert set(every_day(7)) <= kept
    # The seven newest reach back to Tuesday 24 Nov; its week is covered. Then the
    # newest (Sunday) of each of the four weeks before it.
    assert kept - set(every_day(7)) == {
        date(2026, 11, 22),
        date(2026, 11, 15),
        date(2026, 11, 8),
        date(2026, 11, 1),
    }
    assert len(kept) == 11
    assert days_to_prune(days) == sorted(set(days) - kept)


def test_few_backups_are_all_kept() -> None:
    days = [TODAY, TODAY - timedelta(days=20), TODAY - timedelta(days=200)]
    assert days_to_prune(days) == []


def test_sparse_backups_keep_one_per_week() -> None:
    # Three a week for ten weeks: 7 newest, then the newest of four older weeks.
    days = [TODAY - timedelta(weeks=w, days=d) for w in range(10) for d in (0, 2, 4)]
    kept = days_to_keep(days)
    newest = sorted(days, reverse=True)[:7]
    assert set(newest) <= kept
    older = sorted(kept - set(newest), reverse=True)
    assert len(older) == 4
    weeks = {day.isocalendar()[:2] for day in older}
    assert len(weeks) == 4
    assert not weeks & {day.isocalendar()[:2] for day in newest}
    assert len(days_to_prune(days)) == len(days) - 11


def test_the_oldest_is_pruned_first_and_duplicates_count_once() -> None:
    days = [*every_day(8), TODAY]
    assert days_to_prune(days, daily=7, weekly=0) == [TODAY - timedelta(days=7)]
