"""The path page's facts from a real encrypted vault: medians per local month, counts, dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from healer.domain.activation import ActivationInput
from healer.domain.longview import MonthMedian
from healer.domain.pause import PausePhase, PauseRecord
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.storage.charts.path_facts import PathReader
from healer.storage.journal.activations import ActivationRepository
from healer.storage.pause.repository import PauseRepository, UrgeOutcomes
from healer.storage.practices.repository import PracticeRepository
from healer.storage.vault import Vault

BERLIN = ZoneInfo("Europe/Berlin")


def _episode(vault: Vault, started: datetime, minutes: int | None) -> int:
    settled = None if minutes is None else started + timedelta(minutes=minutes)
    return ActivationRepository(vault).add(ActivationInput("what happened", 6, started, settled)).id


def test_an_empty_vault_has_no_facts_to_show(vault: Vault) -> None:
    facts = PathReader(vault).facts(datetime(2026, 11, 30, 12, tzinfo=UTC), UTC)
    assert facts.first_moment is None
    assert facts.tracking.first_started_at is None
    assert facts.practice_uses == {}
    assert facts.month_medians == []
    assert (facts.pauses_seen_through, facts.dialogues, facts.parts, facts.moments) == (0, 0, 0, 0)
    assert facts.last_self_check is None


def test_medians_per_local_calendar_month_of_settled_episodes_only(vault: Vault) -> None:
    # 23:30 UTC on 31 August is 1 September in Berlin: it belongs to September there.
    _episode(vault, datetime(2026, 8, 31, 23, 30, tzinfo=UTC), 90)
    for minutes in (10, 20, 30):
        _episode(vault, datetime(2026, 8, 10, 12, tzinfo=UTC), minutes)
    for minutes in (40, 60):
        _episode(vault, datetime(2026, 9, 5, 12, tzinfo=UTC), minutes)
    _episode(vault, datetime(2026, 9, 6, 12, tzinfo=UTC), None)  # still open: no length
    _episode(vault, datetime(2026, 6, 1, 12, tzinfo=UTC), 500)  # before the months asked
    medians = PathReader(vault).month_medians(date(2026, 7, 1), date(2026, 9, 30), BERLIN)
    assert medians == [
        MonthMedian(date(2026, 8, 1), 3, timedelta(minutes=20)),
        MonthMedian(date(2026, 9, 1), 3, timedelta(minutes=60)),
    ]
    in_utc = PathReader(vault).month_medians(date(2026, 7, 1), date(2026, 9, 30), UTC)
    assert in_utc[0] == MonthMedian(date(2026, 8, 1), 4, timedelta(minutes=25))


def test_the_month_medians_read_uses_the_started_at_index(vault: Vault) -> None:
    with vault.reading() as connection:
        plan = " ".join(
            str(row[3])
            for row in connection.execute(
                "EXPLAIN QUERY PLAN SELECT unixepoch(started_at) FROM activation"
                " WHERE started_at >= ? AND started_at < ? AND settled_at IS NOT NULL",
                ("2026-01-01", "2026-02-01"),
            )
        )
    assert "USING INDEX activation_started" in plan


def test_counts_across_the_steps_and_the_urge_stretches(vault: Vault) -> None:
    first = datetime(2026, 1, 5, 9, tzinfo=UTC)
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    urges = UrgeOutcomes(vault)
    for day in range(6):  # the first weeks: acted on at once
        urges.set(_episode(vault, first + timedelta(days=day), 30), UrgeRecord(UrgeOutcome.AT_ONCE))
    for day in range(6):  # lately: mostly waited
        outcome = UrgeOutcome.AT_ONCE if day == 0 else UrgeOutcome.NOT_ACTED
        urges.set(_episode(vault, now - timedelta(days=day + 1), 15), UrgeRecord(outcome))
    practices = PracticeRepository(vault)
    for kind, before, after in (
        (PracticeKind.BREATHING, 7, 4),
        (PracticeKind.BREATHING, None, None),
        (PracticeKind.COLD_WATER, 8, 5),
    ):
        practices.add(
            PracticeUseInput(
                kind, first + timedelta(days=2), 120, intensity_before=before, intensity_after=after
            )
        )
    runs = PauseRepository(vault)
    for phase in (PausePhase.FINISHED, PausePhase.FINISHED, PausePhase.ABANDONED):
        runs.save(
            PauseRecord(
                phase=phase,
                planned_seconds=1200,
                started_at=first + timedelta(days=3),
                ended_at=first + timedelta(days=3, minutes=21),
                intensity_before=7,
                intensity_after=4,
            )
        )
    facts = PathReader(vault).facts(now, UTC)
    assert facts.first_moment == first
    assert facts.practice_uses == {"breathing": 2, "cold-water": 1}
    assert sorted((t.tool, t.before, t.after) for t in facts.tool_changes) == [
        ("breathing", 7, 4),
        ("cold-water", 8, 5),
        ("pause", 7, 4),
        ("pause", 7, 4),
    ]
    assert facts.pauses_seen_through == 2
    assert facts.urge_apart
    assert (facts.urge_early.at_once, facts.urge_early.total) == (6, 6)
    assert (facts.urge_recent.at_once, facts.urge_recent.not_acted) == (1, 5)
    assert [m.month for m in facts.month_medians] == [date(2026, 11, 1)]
