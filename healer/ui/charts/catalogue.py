"""The tab's charts in order: key, title and how to make each one's painter.

Painters import matplotlib, so the chart thread calls these makers (never the GUI
thread). A new chart is one painter in painters.py and one line in CHARTS.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from healer.domain.consistency import BeingMetChart
    from healer.domain.helps import HelpsChart, PauseChart, UrgeGapChart
    from healer.domain.pareto import ParetoChart
    from healer.domain.trends import DurationChart, TimeSeries
    from healer.ui.charts.painter import Painter

# ruff: noqa: PLC0415 (each import runs on the chart thread, when its chart is first drawn)


def duration() -> Painter[DurationChart]:
    """Chart 1."""
    from healer.ui.charts.painters import DurationPainter

    return DurationPainter()


def pareto() -> Painter[ParetoChart]:
    """Chart 2."""
    from healer.ui.charts.painters import ParetoPainter

    return ParetoPainter()


def intensity() -> Painter[TimeSeries]:
    """Chart 3."""
    from healer.ui.charts.painters import IntensityPainter

    return IntensityPainter()


def helps() -> Painter[HelpsChart]:
    """Chart 4."""
    from healer.ui.charts.painters import HelpsPainter

    return HelpsPainter()


def urge() -> Painter[UrgeGapChart]:
    """Chart 5."""
    from healer.ui.charts.painters import UrgePainter

    return UrgePainter()


def pauses() -> Painter[PauseChart]:
    """Chart 6."""
    from healer.ui.charts.painters import PausePainter

    return PausePainter()


def being_met() -> Painter[BeingMetChart]:
    """Moments of being met (its own panel, with its own reads: not in CHARTS)."""
    from healer.ui.charts.painters import BeingMetPainter

    return BeingMetPainter()


CHARTS: tuple[tuple[str, str, Callable[[], Painter[Any]]], ...] = (
    ("duration", str(QT_TRANSLATE_NOOP("Charts", "How long activations last")), duration),
    ("pareto", str(QT_TRANSLATE_NOOP("Charts", "Top triggers")), pareto),
    ("intensity", str(QT_TRANSLATE_NOOP("Charts", "How strong activations are")), intensity),
    ("helps", str(QT_TRANSLATE_NOOP("Charts", "What helps")), helps),
    ("urge", str(QT_TRANSLATE_NOOP("Charts", "The gap between urge and action")), urge),
    ("pauses", str(QT_TRANSLATE_NOOP("Charts", "20-minute pauses completed")), pauses),
)
