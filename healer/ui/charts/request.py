"""What the GUI thread asks the chart thread to draw: numbers, colours and a size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from healer.domain.chartrange import DaySpan
from healer.ui.charts.colours import ChartColours

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class DrawRequest(Generic[T]):
    """These numbers, in these colours, at this size (a snapshot: never changed after)."""

    data: T | None
    span: DaySpan | None
    generation: int  # counts show_data() calls: a new number means new data
    colours: ChartColours
    width: int  # device-independent pixels
    height: int
    ratio: float  # device pixels per pixel
