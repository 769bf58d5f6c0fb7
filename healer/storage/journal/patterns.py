"""Aggregates behind the pattern views: the facts the two-week map is computed from."""

from __future__ import annotations

from datetime import timedelta

from healer.domain.clock import format_stored, parse_stored, utc_now
from healer.domain.twoweek import TRACKING_DAYS, TrackingFacts
from healer.storage.vault import Vault


class PatternReader:
    """Read-only aggregate queries, all served by indexes; safe from a background thread."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def tracking_facts(self) -> TrackingFacts:
        """The first activation, start times in the first fortnight, and counts per category."""
        with self._vault.reading() as connection:
            row = connection.execute("SELECT min(started_at) AS first FROM activation").fetchone()
            if row is None or row["first"] is None:
                return TrackingFacts(None, (), {})
            first = parse_stored(row["first"])
            # One extra day on each side covers any local time zone; the domain cuts by day.
            # The first fortnight and the last one come in one statement.
            until = format_stored(first + timedelta(days=TRACKING_DAYS + 1))
            recent = format_stored(utc_now() - timedelta(days=TRACKING_DAYS + 1))
            starts = connection.execute(
                "SELECT started_at FROM activation"
                " WHERE (started_at >= ? AND started_at < ?) OR started_at >= ?",
                (row["first"], until, recent),
            ).fetchall()
            counts = connection.execute(
                "SELECT c.name, n FROM (SELECT category_id, count(*) AS n FROM activation"
                " GROUP BY category_id) AS g LEFT JOIN category AS c ON c.id = g.category_id"
            ).fetchall()
        moments = [(value, parse_stored(value)) for (value,) in starts]
        return TrackingFacts(
            first_started_at=first,
            early_starts=tuple(moment for value, moment in moments if value < until),
            category_counts={name: int(n) for name, n in counts},
            recent_starts=tuple(moment for value, moment in moments if value >= recent),
        )
