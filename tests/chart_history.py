"""A realistic generated history for chart tests, renders and benchmarks (no real journal text)."""

from __future__ import annotations

import math
import random
import uuid
from datetime import UTC, datetime, timedelta

from healer.domain.activation import ActivationInput
from healer.domain.pause import PausePhase, PauseRecord
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.storage.journal.activations import ActivationRepository
from healer.storage.journal.categories import CategoryRepository
from healer.storage.pause.repository import PauseRepository, UrgeOutcomes
from healer.storage.practices.repository import PracticeRepository
from healer.storage.vault import Vault

# Skewed like real trigger maps: a few categories cause most episodes.
CATEGORIES = (
    ("Delayed reply", 38),
    ("Tone shift", 21),
    ("Plans changed", 14),
    ("Time apart", 9),
    ("Felt criticised", 6),
    ("Saw them online", 4),
    ("Anniversary", 2),
    (None, 6),
)
PRACTICES = (
    (PracticeKind.BREATHING, 3.0, 50),
    (PracticeKind.COLD_WATER, 3.5, 25),
    (PracticeKind.BILATERAL, 2.0, 18),
    (PracticeKind.WEIGHTED_CONTACT, 1.5, 8),
    (PracticeKind.ORIENTING, 2.5, 2),
)


def generate_history(
    vault: Vault,
    *,
    episodes: int = 420,
    days: int = 270,
    end: datetime | None = None,
    seed: int = 7,
    practices: int = 160,
    pauses: int = 60,
    open_episodes: int = 3,
) -> datetime:
    """Fill a vault with about nine months in which activations get shorter and calmer.

    Returns the first episode's start. Everything goes in one transaction.
    """
    rng = random.Random(seed)
    end = end or datetime(2026, 11, 20, 21, 0, tzinfo=UTC)
    start = end - timedelta(days=days)
    names = [name for name, _weight in CATEGORIES]
    weights = [weight for _name, weight in CATEGORIES]
    moments = sorted(
        start + timedelta(seconds=rng.uniform(0, days * 86400)) for _ in range(episodes)
    )
    first = moments[0]
    with vault.transaction() as connection:
        for name in names:
            if name is not None:
                CategoryRepository.ensure(connection, name)
        ids: list[int] = []
        for index, moment in enumerate(moments):
            progress = (moment - start) / (end - start)
            typical = 110 * math.exp(-1.5 * progress) + 12  # minutes: ~120 down to ~37
            minutes = max(2.0, rng.lognormvariate(math.log(typical), 0.55))
            is_open = index >= len(moments) - open_episodes
            intensity = round(min(10, max(1, rng.gauss(7.8 - 3.0 * progress, 1.3))))
            content = ActivationInput(
                trigger="generated episode",
                intensity=intensity,
                started_at=moment.replace(microsecond=0),
                settled_at=None
                if is_open
                else (moment + timedelta(minutes=minutes)).replace(microsecond=0),
                category=rng.choices(names, weights)[0],
            )
            new_id = ActivationRepository.insert(connection, content, uid=str(uuid.uuid4()))
            ids.append(new_id)
            if rng.random() < 0.8:
                at_once = 0.7 - 0.5 * progress
                pause = 0.2 + 0.3 * progress
                roll = rng.random()
                outcome = (
                    UrgeOutcome.AT_ONCE
                    if roll < at_once
                    else UrgeOutcome.AFTER_PAUSE
                    if roll < at_once + pause
                    else UrgeOutcome.NOT_ACTED
                )
                UrgeOutcomes.write(connection, new_id, UrgeRecord(outcome))
        kinds = [kind for kind, _drop, _weight in PRACTICES]
        kind_weights = [weight for _kind, _drop, weight in PRACTICES]
        drops = {kind: drop for kind, drop, _weight in PRACTICES}
        for _ in range(practices):
            kind = rng.choices(kinds, kind_weights)[0]
            before = rng.randint(4, 9)
            after = max(0, min(10, round(before - rng.gauss(drops[kind], 1.2))))
            PracticeRepository.insert(
                connection,
                PracticeUseInput(
                    kind=kind,
                    started_at=(start + timedelta(seconds=rng.uniform(0, days * 86400))).replace(
                        microsecond=0
                    ),
                    duration_seconds=rng.randint(60, 600),
                    intensity_before=before,
                    intensity_after=after,
                ),
                uid=str(uuid.uuid4()),
            )
        for _ in range(pauses):
            # Later months hold more pauses: the habit grows.
            began = start + timedelta(days=days * math.sqrt(rng.random()))
            began = began.replace(microsecond=0)
            before = rng.randint(5, 9)
            record = PauseRecord(
                phase=PausePhase.FINISHED,
                planned_seconds=1200,
                started_at=began,
                timer_started_at=began + timedelta(minutes=1),
                banked_seconds=1200.0,
                ended_at=began + timedelta(minutes=22),
                intensity_before=before,
                intensity_after=max(0, before - rng.randint(1, 5)),
                urge_remains=False,
                urge=UrgeRecord(UrgeOutcome.NOT_ACTED),
            )
            PauseRepository.insert(connection, record, uid=str(uuid.uuid4()))
    return first
