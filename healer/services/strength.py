"""Passphrase strength for the app and healer-cli: zxcvbn's analysis under the domain's rules."""

from __future__ import annotations

from healer.domain.strength import (
    ANALYSED_CHARS,
    FAMOUS_PHRASES,
    Analysis,
    StrengthEstimate,
    estimate_with,
)

__all__ = ["StrengthEstimate", "estimate_strength"]


def zxcvbn_analysis(text: str) -> Analysis:
    """The zxcvbn score, guesses and matches for at most ANALYSED_CHARS characters."""
    # Loaded on first use: its word lists take ~70 ms to import, kept off the app's start.
    from zxcvbn import zxcvbn  # noqa: PLC0415

    result = zxcvbn(text[:ANALYSED_CHARS], user_inputs=FAMOUS_PHRASES)
    return Analysis(int(result["score"]), float(result["guesses_log10"]), result["sequence"])


def estimate_strength(passphrase: str) -> StrengthEstimate:
    """Rate a candidate passphrase (about 25 ms at worst: fine on every keystroke)."""
    return estimate_with(passphrase, zxcvbn_analysis)
