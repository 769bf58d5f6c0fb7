"""Top triggers as a Pareto view: categories by count, their running share, the leading three."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

PARETO_LINE = 0.8
TOP_COUNT = 3


@dataclass(frozen=True, slots=True)
class ParetoBar:
    """One named category: its count, share of all episodes, and the running share so far."""

    name: str
    count: int
    share: float
    cumulative: float
    top: bool


@dataclass(frozen=True, slots=True)
class ParetoChart:
    """Chart 2: named categories, most frequent first (ties by name); uncategorised apart."""

    bars: tuple[ParetoBar, ...]
    total: int
    uncategorised: int

    @property
    def is_empty(self) -> bool:
        """True when no episode in the scope has a category."""
        return not self.bars

    @property
    def top(self) -> tuple[ParetoBar, ...]:
        """The highlighted leaders: the first three, plus any tied with the third."""
        return tuple(bar for bar in self.bars if bar.top)

    @property
    def reaching_line(self) -> int | None:
        """How many leading categories together reach the 80 % line (None if they never do)."""
        for index, bar in enumerate(self.bars, start=1):
            if bar.cumulative >= PARETO_LINE - 1e-9:
                return index
        return None


def pareto(counts: Mapping[str | None, int], top_count: int = TOP_COUNT) -> ParetoChart:
    """Shares are of every episode in the scope, so uncategorised ones keep the line honest."""
    total = sum(count for count in counts.values() if count > 0)
    uncategorised = max(0, counts.get(None, 0))
    named = [(name, count) for name, count in counts.items() if name is not None and count > 0]
    named.sort(key=lambda item: (-item[1], item[0].casefold(), item[0]))
    threshold = named[top_count - 1][1] if len(named) >= top_count else 1
    bars: list[ParetoBar] = []
    running = 0
    for name, count in named:
        running += count
        bars.append(ParetoBar(name, count, count / total, running / total, count >= threshold))
    return ParetoChart(tuple(bars), total, uncategorised)
