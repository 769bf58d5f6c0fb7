"""The Pareto view of triggers: shares, the running share, the 80 % line and the leaders."""

from __future__ import annotations

import pytest

from healer.domain.pareto import pareto


def test_bars_most_frequent_first_with_running_share() -> None:
    chart = pareto({"tone shift": 3, "delayed reply": 5, "time apart": 2})
    assert [bar.name for bar in chart.bars] == ["delayed reply", "tone shift", "time apart"]
    assert [bar.share for bar in chart.bars] == pytest.approx([0.5, 0.3, 0.2])
    assert [bar.cumulative for bar in chart.bars] == pytest.approx([0.5, 0.8, 1.0])
    assert chart.reaching_line == 2


def test_top_three_includes_ties_with_the_third() -> None:
    chart = pareto({"a": 9, "b": 5, "c": 2, "d": 2, "e": 1})
    assert [bar.name for bar in chart.top] == ["a", "b", "c", "d"]


def test_equal_counts_are_ordered_by_name() -> None:
    chart = pareto({"b": 2, "A": 2, "c": 2})
    assert [bar.name for bar in chart.bars] == ["A", "b", "c"]
    assert len(chart.top) == 3


def test_one_category() -> None:
    chart = pareto({"delayed reply": 4})
    assert [(bar.name, bar.top, bar.cumulative) for bar in chart.bars] == [
        ("delayed reply", True, 1.0)
    ]
    assert chart.reaching_line == 1


def test_no_categories_at_all() -> None:
    assert pareto({}).is_empty
    only_uncategorised = pareto({None: 6})
    assert only_uncategorised.is_empty
    assert only_uncategorised.uncategorised == 6


def test_uncategorised_episodes_count_in_the_shares() -> None:
    chart = pareto({"a": 6, None: 4})
    assert chart.bars[0].share == pytest.approx(0.6)
    assert chart.reaching_line is None  # 60 % never reaches the line
    assert chart.total == 10
