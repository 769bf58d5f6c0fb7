"""One practice for two weeks: the plan, its fourteen days as the vault fills them, the review."""

from __future__ import annotations

import enum
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from healer.domain.activation import MAX_YEAR, MIN_YEAR
from healer.domain.errors import ValidationError
from healer.domain.practice import PracticeKind

PLAN_DAYS = 14
# The fortnight before the plan is what its activation durations are compared with.
BEFORE_DAYS = 14
# Fewer settled episodes than this in either fortnight and a median says nothing honest.
ENOUGH_SETTLED = 5
# A chosen start day: up to 13 days back (so the plan is still under way) or a month ahead.
EARLIEST_START_BACK = PLAN_DAYS - 1
LATEST_START_AHEAD = 31


class PlanPractice(enum.Enum):
    """What a plan can be about: a regulate practice, the pause, a dialogue or the log."""

    BREATHING = "breathing"
    COLD_WATER = "cold-water"
    BILATERAL = "bilateral"
    ORIENTING = "orienting"
    WEIGHTED_CONTACT = "weighted-contact"
    PAUSE = "pause"
    DIALOGUE = "parts-dialogue"
    TRIGGER_LOG = "trigger-log"

    @property
    def practice_kind(self) -> PracticeKind | None:
        """The regulate practice this is, or None for the pause, a dialogue and the log."""
        try:
            return PracticeKind(self.value)
        except ValueError:
            return None

    @property
    def records_intensity(self) -> bool:
        """True where the vault keeps an intensity before and after each time."""
        return self.practice_kind is not None or self is PlanPractice.PAUSE


class PlanOutcome(enum.Enum):
    """How a plan ended: the choice made at its review, or set aside before the end."""

    KEPT_GOING = "kept-going"
    SWITCHED = "switched"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class PracticePlanInput:
    """What a person chooses: the practice and the first of its fourteen days (a local day)."""

    practice: PlanPractice
    first_day: date

    def validated(self) -> PracticePlanInput:
        """Return self, or raise ValidationError naming the field that breaks a rule."""
        if not isinstance(self.practice, PlanPractice):
            raise ValidationError("practice", "is not a practice a plan can follow")
        if isinstance(self.first_day, datetime) or not isinstance(self.first_day, date):
            raise ValidationError("first_day", "must be a day")
        if not MIN_YEAR <= self.first_day.year <= MAX_YEAR - 1:
            raise ValidationError("first_day", f"must be between {MIN_YEAR} and {MAX_YEAR - 1}")
        return self


def check_start(first_day: date, today: date) -> None:
    """Raise ValidationError unless a new plan may start on first_day, seen from today."""
    if first_day < today - timedelta(days=EARLIEST_START_BACK):
        raise ValidationError(
            "first_day", f"can be at most {EARLIEST_START_BACK} days ago, so the plan is under way"
        )
    if first_day > today + timedelta(days=LATEST_START_AHEAD):
        raise ValidationError("first_day", f"can be at most {LATEST_START_AHEAD} days ahead")


@dataclass(frozen=True, slots=True)
class PracticePlan:
    """A stored plan: its choice, the days marked "I did it", and how it ended, if it has."""

    id: int
    uid: str
    content: PracticePlanInput
    marked_days: frozenset[date]
    closed_on: date | None
    outcome: PlanOutcome | None
    created_at: datetime

    @property
    def practice(self) -> PlanPractice:
        """The practice followed."""
        return self.content.practice

    @property
    def first_day(self) -> date:
        """Day one."""
        return self.content.first_day

    @property
    def last_day(self) -> date:
        """Day fourteen."""
        return self.first_day + timedelta(days=PLAN_DAYS - 1)

    @property
    def is_open(self) -> bool:
        """True until the person kept going, switched or stopped."""
        return self.closed_on is None

    def days(self) -> tuple[date, ...]:
        """The fourteen days in order."""
        return tuple(self.first_day + timedelta(days=n) for n in range(PLAN_DAYS))

    def review_due(self, today: date) -> bool:
        """The fourteenth day has passed and no choice was made yet."""
        return self.is_open and today > self.last_day

    def counted_until(self, today: date) -> date:
        """The last day that has begun and belongs to the plan (it may end before day 14)."""
        end = min(self.last_day, today)
        if self.closed_on is not None:
            end = min(end, self.closed_on)
        return end


@dataclass(frozen=True, slots=True)
class PlanDay:
    """One of the fourteen days: whether the vault saw the practice, whether it was marked."""

    day: date
    seen: bool
    marked: bool
    begun: bool  # today or earlier, and within the plan (not after it was set aside)
    today: bool

    @property
    def done(self) -> bool:
        """Done, whichever way it was known."""
        return self.seen or self.marked


def local_start(day: date, zone: tzinfo | None = None) -> datetime:
    """The instant (UTC) a local day begins in zone (None: this computer's time zone)."""
    moment = datetime.combine(day, time())
    moment = moment.astimezone() if zone is None else moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)


def local_day(moment: datetime, zone: tzinfo | None = None) -> date:
    """The local day an instant falls on."""
    return moment.astimezone(zone).date()


def plan_span(
    plan: PracticePlan, today: date, zone: tzinfo | None = None
) -> tuple[datetime, datetime]:
    """From the start of day one to the end of the last day counted so far, in UTC."""
    end = plan.counted_until(today) + timedelta(days=1)
    return local_start(plan.first_day, zone), local_start(max(end, plan.first_day), zone)


def before_span(plan: PracticePlan, zone: tzinfo | None = None) -> tuple[datetime, datetime]:
    """The fortnight before day one, in UTC."""
    return local_start(plan.first_day - timedelta(days=BEFORE_DAYS), zone), local_start(
        plan.first_day, zone
    )


def fill_days(
    plan: PracticePlan, done_at: Iterable[datetime], today: date, zone: tzinfo | None = None
) -> tuple[PlanDay, ...]:
    """The fourteen days, each done if the practice was recorded that local day or marked."""
    seen = {local_day(moment, zone) for moment in done_at}
    until = plan.counted_until(today)
    return tuple(
        PlanDay(
            day=day,
            seen=day in seen and day <= until,
            marked=day in plan.marked_days and day <= until,
            begun=day <= until,
            today=day == today,
        )
        for day in plan.days()
    )


@dataclass(frozen=True, slots=True)
class PlanEvidence:
    """What the vault recorded, gathered by storage for one plan (times in UTC)."""

    done_at: Sequence[datetime] = ()
    # (before, after) for each time both were noted during the plan.
    intensities: Sequence[tuple[int, int]] = ()
    durations_before: Sequence[timedelta] = ()  # settled episodes, the fortnight before
    durations_during: Sequence[timedelta] = ()  # settled episodes during the plan


@dataclass(frozen=True, slots=True)
class PlanReview:
    """The figures the review puts in words; no score, only counts and medians."""

    days_done: int
    days_begun: int
    seen_days: int
    marked_days: int
    intensity_times: int
    median_before: float | None
    median_after: float | None
    settled_before: int
    settled_during: int
    median_minutes_before: float | None
    median_minutes_during: float | None

    @property
    def enough_episodes(self) -> bool:
        """Both fortnights have enough settled episodes for their medians to mean something."""
        return min(self.settled_before, self.settled_during) >= ENOUGH_SETTLED


def _median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def _minutes(durations: Sequence[timedelta]) -> float | None:
    return _median([duration.total_seconds() / 60 for duration in durations])


def review(days: Sequence[PlanDay], evidence: PlanEvidence) -> PlanReview:
    """The review's figures from the filled days and what the vault recorded."""
    pairs = list(evidence.intensities)
    return PlanReview(
        days_done=sum(1 for day in days if day.done),
        days_begun=sum(1 for day in days if day.begun),
        seen_days=sum(1 for day in days if day.seen),
        marked_days=sum(1 for day in days if day.marked and not day.seen),
        intensity_times=len(pairs),
        median_before=_median([before for before, _after in pairs]),
        median_after=_median([after for _before, after in pairs]),
        settled_before=len(evidence.durations_before),
        settled_during=len(evidence.durations_during),
        median_minutes_before=_minutes(evidence.durations_before),
        median_minutes_during=_minutes(evidence.durations_during),
    )


@dataclass(frozen=True, slots=True)
class PlanProgress:
    """A plan with its filled days and its review figures, as of one day."""

    plan: PracticePlan
    days: tuple[PlanDay, ...]
    review: PlanReview
    review_due: bool


def progress(
    plan: PracticePlan, evidence: PlanEvidence, today: date, zone: tzinfo | None = None
) -> PlanProgress:
    """Everything a view shows about one plan."""
    days = fill_days(plan, evidence.done_at, today, zone)
    return PlanProgress(plan, days, review(days, evidence), plan.review_due(today))
