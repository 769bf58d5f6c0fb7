"""Rules for a young journal: one median, a fitting range, a moving window, links to offer."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from healer.domain.activation import Activation, ActivationInput
from healer.domain.chartrange import RangeChoice, fitting_choice
from healer.domain.practice import RECENTLY_SETTLED, link_choices
from healer.domain.trends import EpisodeFact, duration_chart, intensity_chart, median_of
from healer.domain.twoweek import TRACKING_DAYS, TrackingFacts, current_two_weeks

FIRST = datetime(2026, 11, 1, 9, tzinfo=UTC)
FOUR_MINUTES = (2.0, 9.0, 13.0, 21.0)  # in one month: the median is 11, not the upper 13


def _facts(minutes: tuple[float, ...]) -> list[EpisodeFact]:
    start = int(FIRST.timestamp())
    return [
        EpisodeFact(start + day * 86400, int(value * 60), 6) for day, value in enumerate(minutes)
    ]


def test_the_median_of_an_even_count_is_the_mean_of_the_middle_two() -> None:
    assert median_of(FOUR_MINUTES) == 11.0
    assert median_of([4.0, 1.0, 9.0]) == 4.0
    with pytest.raises(ValueError, match="no values"):
        median_of([])


def test_the_summary_median_and_the_drawn_monthly_median_are_the_same_number() -> None:
    chart = duration_chart(_facts(FOUR_MINUTES), UTC)
    (month,) = chart.series.months
    assert chart.series.median == month.median == 11.0


def test_few_episodes_draw_no_rolling_median() -> None:
    spread = _facts((5.0, 6.0, 7.0))
    spaced = [EpisodeFact(f.started + n * 20 * 86400, f.duration, 5) for n, f in enumerate(spread)]
    assert not duration_chart(spaced, UTC).series.has_rolling
    assert duration_chart(spread, UTC).series.has_rolling


def test_the_intensity_chart_leaves_out_episodes_not_rated_yet() -> None:
    start = int(FIRST.timestamp())
    facts = [EpisodeFact(start, 60, 7), EpisodeFact(start + 60, None, None)]
    series = intensity_chart(facts, UTC)
    assert series.values.tolist() == [7.0]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        (None, RangeChoice.TWO_WEEKS),
        (date(2026, 11, 25), RangeChoice.TWO_WEEKS),
        (date(2026, 11, 17), RangeChoice.TWO_WEEKS),  # the fourteenth day back
        (date(2026, 11, 16), RangeChoice.THREE_MONTHS),
        (date(2026, 7, 1), RangeChoice.SIX_MONTHS),
        (date(2026, 1, 1), RangeChoice.ONE_YEAR),
        (date(2024, 1, 1), RangeChoice.ALL),
    ],
)
def test_the_charts_start_at_the_shortest_range_holding_everything(
    first: date | None, expected: RangeChoice
) -> None:
    assert fitting_choice(first, date(2026, 11, 30)) is expected


def test_the_first_fortnight_is_shown_while_it_lasts() -> None:
    facts = TrackingFacts(FIRST, (FIRST,), {"conflict": 1}, recent_starts=(FIRST,))
    summary = current_two_weeks(facts, date(2026, 11, 14), UTC)
    assert not summary.latest
    assert summary.first_day == date(2026, 11, 1)
    assert summary.days_elapsed == 14


def test_after_the_first_fortnight_the_last_fourteen_days_are_shown() -> None:
    today = date(2026, 12, 20)
    recent = (
        datetime(2026, 12, 7, 10, tzinfo=UTC),  # the first of the fourteen days
        datetime(2026, 12, 6, 10, tzinfo=UTC),  # the day before: outside
        datetime(2026, 12, 20, 7, tzinfo=UTC),  # today
        datetime(2026, 12, 20, 9, tzinfo=UTC),  # today again
    )
    facts = TrackingFacts(FIRST, (FIRST,), {"conflict": 6}, recent_starts=recent)
    summary = current_two_weeks(facts, today, UTC)
    assert summary.latest
    assert summary.first_day == today - timedelta(days=TRACKING_DAYS - 1)
    assert summary.days_elapsed == TRACKING_DAYS
    assert summary.days_covered == 2
    assert [n for n, covered in enumerate(summary.covered) if covered] == [0, 13]
    assert [item.name for item in summary.top] == ["conflict"]


def _episode(number: int, started: datetime, settled: datetime | None) -> Activation:
    content = ActivationInput("x", 5, started, settled_at=settled)
    return Activation(number, f"uid-{number}", content, started, started)


def test_link_choices_offer_open_episodes_then_the_recently_settled() -> None:
    now = datetime(2026, 11, 30, 20, tzinfo=UTC)
    hour = timedelta(hours=1)
    old_open = _episode(1, now - 30 * hour, None)
    new_open = _episode(2, now - hour, None)
    settled_just_now = _episode(3, now - 5 * hour, now - 0.5 * hour)
    settled_this_morning = _episode(4, now - 13 * hour, now - 11 * hour)
    settled_yesterday = _episode(5, now - 30 * hour, now - 13 * hour)
    episodes = [settled_yesterday, old_open, settled_this_morning, new_open, settled_just_now]
    chosen = link_choices([*episodes, new_open], now)
    assert [episode.id for episode in chosen] == [2, 1, 3, 4]
    assert timedelta(hours=12) == RECENTLY_SETTLED
