"""What every section of the therapist summary may read: the choice, the charts, the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from typing import Protocol

from healer.domain.chartset import ChartSet
from healer.domain.summary import SummaryChoice, SummarySection
from healer.domain.support import Question, SelfCheck
from healer.services.charts import ChartService
from healer.services.journal import JournalService
from healer.services.parts import PartsService
from healer.services.people import PeopleService


class SupportReader(Protocol):
    """What the summary reads of the support feature itself."""

    def checks(self) -> list[SelfCheck]:
        """Saved self-checks, oldest first."""
        ...

    def questions(self) -> list[Question]:
        """The questions, in order."""
        ...


@dataclass(frozen=True, slots=True)
class SummarySources:
    """The other features' services the summary reads."""

    journal: JournalService
    charts: ChartService
    parts: PartsService
    people: PeopleService | None = None


@dataclass(frozen=True, slots=True)
class SummaryContext:
    """What every builder may read: the choice, the range's charts and the services."""

    choice: SummaryChoice
    charts: ChartSet
    sources: SummarySources
    support: SupportReader
    zone: tzinfo | None = None


SectionBuilder = Callable[[SummaryContext], SummarySection | None]
