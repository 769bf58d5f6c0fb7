"""What happened to the urge to reach out: at once, after a pause, or not acted on."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from healer.domain.errors import ValidationError

# A week is far longer than any pause the method asks for; anything above is a typo.
MAX_PAUSE_SECONDS = 7 * 24 * 60 * 60


class UrgeOutcome(enum.Enum):
    """The three answers the gap between feeling and action is measured by."""

    AT_ONCE = "at-once"
    AFTER_PAUSE = "after-pause"
    NOT_ACTED = "not-acted"


@dataclass(frozen=True, slots=True)
class UrgeRecord:
    """One episode's urge outcome; only a pause has a length."""

    outcome: UrgeOutcome
    pause_seconds: int | None = None

    def validated(self) -> UrgeRecord:
        """Return self, or raise ValidationError naming the broken field."""
        if not isinstance(self.outcome, UrgeOutcome):
            raise ValidationError("urge_outcome", "is not a known outcome")
        pause = self.pause_seconds
        if pause is None:
            return self
        if self.outcome is not UrgeOutcome.AFTER_PAUSE:
            raise ValidationError("urge_pause_seconds", "only a pause has a length")
        if isinstance(pause, bool) or not isinstance(pause, int):
            raise ValidationError("urge_pause_seconds", "must be a whole number of seconds")
        if not 0 <= pause <= MAX_PAUSE_SECONDS:
            raise ValidationError("urge_pause_seconds", "must be between 0 seconds and a week")
        return self
