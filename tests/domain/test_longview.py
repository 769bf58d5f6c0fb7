"""The long view: months on the path and which gentle notes fit the data."""

from __future__ import annotations

from datetime import date, timedelta

from healer.domain.longview import (
    MonthMedian,
    Note,
    long_view,
    old_patterns_returned,
    whole_months,
)


def _months(
    minutes: list[int], start: date = date(2026, 1, 1), episodes: int = 5
) -> list[MonthMedian]:
    result = []
    year, month = start.year, start.month
    for value in minutes:
        result.append(MonthMedian(date(year, month, 1), episodes, timedelta(minutes=value)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


def test_nothing_logged_has_no_long_view() -> None:
    assert long_view(None, date(2026, 11, 30), []) is None


def test_whole_months_count_only_complete_ones() -> None:
    assert whole_months(date(2026, 1, 31), date(2026, 2, 28)) == 0
    assert whole_months(date(2026, 1, 15), date(2026, 2, 15)) == 1
    assert whole_months(date(2025, 11, 20), date(2026, 11, 30)) == 12
    assert whole_months(date(2026, 12, 1), date(2026, 11, 30)) == 0


def test_a_new_path_hears_that_early_months_are_hardest_and_change_takes_months() -> None:
    view = long_view(date(2026, 11, 1), date(2026, 11, 30), [])
    assert view is not None
    assert view.months == 0
    assert view.notes == (Note.EARLY_MONTHS, Note.TAKES_MONTHS)


def test_after_the_early_months_only_the_patience_note_stays() -> None:
    view = long_view(date(2026, 2, 1), date(2026, 11, 30), [])
    assert view is not None
    assert view.months == 9
    assert view.notes == (Note.TAKES_MONTHS,)


def test_after_eighteen_months_no_note_is_needed() -> None:
    view = long_view(date(2024, 11, 1), date(2026, 11, 30), [])
    assert view is not None
    assert view.notes == ()


def test_a_jump_after_calmer_months_names_old_patterns() -> None:
    medians = _months([40, 20, 18, 22, 45])
    assert old_patterns_returned(medians)
    view = long_view(date(2026, 1, 3), date(2026, 5, 20), medians)
    assert view is not None
    assert Note.OLD_PATTERNS in view.notes


def test_a_small_rise_is_not_a_jump() -> None:
    assert not old_patterns_returned(_months([20, 18, 22, 30]))


def test_too_few_calm_months_say_nothing() -> None:
    assert not old_patterns_returned(_months([20, 18, 60]))


def test_one_long_episode_is_not_a_month_that_jumped() -> None:
    medians = _months([20, 18, 22])
    medians.append(MonthMedian(date(2026, 4, 1), 1, timedelta(minutes=90)))
    assert not old_patterns_returned(medians)


def test_a_gap_between_months_breaks_the_calm_stretch() -> None:
    medians = _months([20, 18]) + _months([22, 60], start=date(2026, 5, 1))
    assert not old_patterns_returned(medians)


def test_months_may_arrive_in_any_order_and_cross_a_year() -> None:
    medians = _months([20, 18, 22, 50], start=date(2025, 10, 1))
    assert medians[-1].month == date(2026, 1, 1)
    assert old_patterns_returned(list(reversed(medians)))
