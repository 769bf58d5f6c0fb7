"""The charts' aggregate reads: local-day bounds, open episodes, urges, tools and pauses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from healer.domain.activation import ActivationInput
from healer.domain.chartrange import DaySpan
from healer.domain.chartset import ChartPart
from healer.domain.helps import PAUSE_TOOL, ToolFact
from healer.domain.pause import PausePhase, PauseRecord
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.storage.charts.trends import TrendReader
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.pause.repository import PauseRepository, UrgeOutcomes
from healer.storage.practices.repository import PracticeRepository
from healer.storage.vault import Vault

BERLIN = ZoneInfo("Europe/Berlin")


def _episode(
    vault: Vault, started: datetime, minutes: int | None, category: str | None = None
) -> int:
    if category is not None:
        CategoryRepository(vault).add(category)
    settled = None if minutes is None else started + timedelta(minutes=minutes)
    content = ActivationInput("what happened", 6, started, settled, category=category)
    return ActivationRepository(vault).add(content).id


def _finished_run(vault: Vault, started: datetime, before: int | None, after: int | None) -> None:
    record = PauseRecord(
        phase=PausePhase.FINISHED,
        planned_seconds=1200,
        started_at=started,
        ended_at=started + timedelta(minutes=21),
        intensity_before=before,
        intensity_after=after,
    )
    PauseRepository(vault).save(record)


def test_episodes_in_the_local_days_with_durations_and_urges(vault: Vault) -> None:
    # 23:30 UTC on 31 March is already 1 April in Berlin.
    late = _episode(vault, datetime(2026, 3, 31, 23, 30, tzinfo=UTC), 45, "delayed reply")
    _episode(vault, datetime(2026, 4, 2, 8, tzinfo=UTC), None)
    _episode(vault, datetime(2026, 3, 31, 21, 0, tzinfo=UTC), 10)  # 23:00 on 31 March local
    UrgeOutcomes(vault).set(late, UrgeRecord(UrgeOutcome.AFTER_PAUSE, 300))
    facts = TrendReader(vault).facts(DaySpan(date(2026, 4, 1), date(2026, 4, 30)), zone=BERLIN)
    assert [(e.duration, e.category, e.urge) for e in facts.episodes] == [
        (45 * 60, "delayed reply", UrgeOutcome.AFTER_PAUSE),
        (None, None, None),
    ]
    assert facts.episodes[0].started == int(datetime(2026, 3, 31, 23, 30, tzinfo=UTC).timestamp())
    assert facts.all_time_counts == {"delayed reply": 1, None: 2}


def test_first_fortnight_counts_only_the_first_fourteen_local_days(vault: Vault) -> None:
    first = datetime(2026, 1, 10, 12, tzinfo=UTC)
    _episode(vault, first, 5, "tone shift")
    _episode(vault, first + timedelta(days=13), 5, "tone shift")
    _episode(vault, first + timedelta(days=14), 5, "time apart")
    facts = TrendReader(vault).facts(DaySpan(date(2026, 1, 1), date(2026, 3, 1)), zone=UTC)
    assert facts.first_fortnight_counts == {"tone shift": 2}
    assert facts.all_time_counts == {"tone shift": 2, "time apart": 1}


def test_tools_need_both_intensities(vault: Vault) -> None:
    moment = datetime(2026, 5, 3, 9, tzinfo=UTC)
    practices = PracticeRepository(vault)
    practices.add(PracticeUseInput(PracticeKind.COLD_WATER, moment, 60, None, 8, 5))
    practices.add(PracticeUseInput(PracticeKind.COLD_WATER, moment, 60, None, 8, None))
    _finished_run(vault, moment, 9, 4)
    _finished_run(vault, moment, None, 4)
    facts = TrendReader(vault).facts(
        DaySpan(date(2026, 5, 1), date(2026, 5, 31)), frozenset({ChartPart.TOOLS}), UTC
    )
    assert sorted(facts.tool_changes, key=lambda fact: fact.tool) == [
        ToolFact("cold-water", 8, 5),
        ToolFact(PAUSE_TOOL, 9, 4),
    ]
    assert facts.episodes == []


def test_pauses_in_range_and_before_it(vault: Vault) -> None:
    for day in (2, 20, 21):
        _finished_run(vault, datetime(2026, 6, day, 10, tzinfo=UTC), None, None)
    open_run = PauseRecord(
        phase=PausePhase.REASSESS,
        planned_seconds=1200,
        started_at=datetime(2026, 6, 22, tzinfo=UTC),
    )
    PauseRepository(vault).save(open_run)
    facts = TrendReader(vault).facts(
        DaySpan(date(2026, 6, 15), date(2026, 6, 30)), frozenset({ChartPart.PAUSES}), UTC
    )
    assert facts.pauses_before == 1
    assert facts.pause_ends == [
        int(datetime(2026, 6, day, 10, 21, tzinfo=UTC).timestamp()) for day in (20, 21)
    ]


def test_first_moment_across_every_kind(vault: Vault) -> None:
    reader = TrendReader(vault)
    assert reader.first_moment() is None
    _episode(vault, datetime(2026, 4, 1, tzinfo=UTC), 5)
    PracticeRepository(vault).add(
        PracticeUseInput(PracticeKind.ORIENTING, datetime(2026, 2, 1, tzinfo=UTC), 60)
    )
    assert reader.first_moment() == datetime(2026, 2, 1, tzinfo=UTC)
