"""The path page's facts: counts, dates and monthly medians across features, never text."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from statistics import median

from healer.domain.chartrange import DaySpan, to_local, utc_bounds
from healer.domain.clock import format_stored, parse_stored
from healer.domain.helps import PAUSE_TOOL, ToolFact
from healer.domain.longview import MonthMedian
from healer.domain.moments import Response
from healer.domain.path import PathFacts, UrgeCounts, gap_windows, median_months_since
from healer.storage.journal.patterns import PatternReader
from healer.storage.sqlcipher import Connection
from healer.storage.vault import Vault

# Every table holding something the person did, by the column that says when (each indexed).
_FIRST = """
    SELECT min(m) AS first FROM (
        SELECT min(started_at) AS m FROM activation
        UNION ALL SELECT min(started_at) FROM practice_use
        UNION ALL SELECT min(started_at) FROM soothing_run
        UNION ALL SELECT min(started_at) FROM dialogue
        UNION ALL SELECT min(happened_at) FROM moment)
"""
# Settled episodes of a stretch, served by the started_at index.
_SETTLED = """
    SELECT unixepoch(started_at) AS started,
           unixepoch(settled_at) - unixepoch(started_at) AS seconds
    FROM activation WHERE started_at >= ? AND started_at < ? AND settled_at IS NOT NULL
"""
_URGES = """
    SELECT urge_outcome AS outcome, count(*) AS n FROM activation
    WHERE started_at >= ? AND started_at < ? AND urge_outcome IS NOT NULL
    GROUP BY urge_outcome
"""


class PathReader:
    """Read-only aggregate queries for the path page; safe from the background thread."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._patterns = PatternReader(vault)

    def facts(self, now: datetime, zone: tzinfo | None = None) -> PathFacts:
        """Everything the page shows, as of now (an aware UTC time) in the person's zone."""
        tracking = self._patterns.tracking_facts()
        today = now.astimezone(zone).date()
        with self._vault.reading() as connection:
            first = _scalar(connection, _FIRST)
            first_moment = None if first is None else parse_stored(str(first))
            early, recent, apart = self._urges(connection, tracking.first_started_at, now)
            moments = connection.execute(
                "SELECT count(*) AS n, coalesce(sum(response = ?), 0) AS met FROM moment",
                (Response.CARE.value,),
            ).fetchone()
            last_check = _scalar(connection, "SELECT max(taken_at) FROM self_check")
            facts = PathFacts(
                tracking=tracking,
                first_moment=first_moment,
                practice_uses={
                    str(row["practice"]): int(row["n"])
                    for row in connection.execute(
                        "SELECT practice, count(*) AS n FROM practice_use GROUP BY practice"
                    )
                },
                tool_changes=_tool_changes(connection),
                pauses_seen_through=_count(
                    connection, "SELECT count(*) FROM soothing_run WHERE phase = 'finished'"
                ),
                urge_early=early,
                urge_recent=recent,
                urge_apart=apart,
                dialogues=_count(
                    connection, "SELECT count(*) FROM dialogue WHERE finished_at IS NOT NULL"
                ),
                parts=_count(connection, "SELECT count(*) FROM part"),
                moments=int(moments["n"]),
                moments_met=int(moments["met"]),
                last_self_check=None if last_check is None else parse_stored(str(last_check)),
                month_medians=_month_medians(connection, median_months_since(today), today, zone),
            )
        return facts

    def month_medians(
        self, since: date, today: date, zone: tzinfo | None = None
    ) -> list[MonthMedian]:
        """Per local calendar month from since's month to today's: settled episodes' medians."""
        with self._vault.reading() as connection:
            return _month_medians(connection, since, today, zone)

    @staticmethod
    def _urges(
        connection: Connection, first: datetime | None, now: datetime
    ) -> tuple[UrgeCounts, UrgeCounts, bool]:
        if first is None:
            return UrgeCounts(), UrgeCounts(), False
        early_end, recent_start, apart = gap_windows(first, now)
        early = _urge_counts(connection, first, early_end)
        recent = _urge_counts(connection, recent_start, now + timedelta(days=1))
        return early, recent, apart


def _scalar(connection: Connection, sql: str) -> object:
    row = connection.execute(sql).fetchone()
    return None if row is None else row[0]


def _count(connection: Connection, sql: str) -> int:
    row = connection.execute(sql).fetchone()
    return 0 if row is None else int(row[0])


def _urge_counts(connection: Connection, since: datetime, until: datetime) -> UrgeCounts:
    counts = {
        str(row["outcome"]): int(row["n"])
        for row in connection.execute(_URGES, (format_stored(since), format_stored(until)))
    }
    return UrgeCounts(
        at_once=counts.get("at-once", 0),
        after_pause=counts.get("after-pause", 0),
        not_acted=counts.get("not-acted", 0),
    )


def _tool_changes(connection: Connection) -> list[ToolFact]:
    practices = connection.execute(
        "SELECT practice, intensity_before, intensity_after FROM practice_use"
        " WHERE intensity_before IS NOT NULL AND intensity_after IS NOT NULL"
    ).fetchall()
    runs = connection.execute(
        "SELECT intensity_before, intensity_after FROM soothing_run WHERE phase = 'finished'"
        " AND intensity_before IS NOT NULL AND intensity_after IS NOT NULL"
    ).fetchall()
    return [ToolFact(str(kind), int(before), int(after)) for kind, before, after in practices] + [
        ToolFact(PAUSE_TOOL, int(before), int(after)) for before, after in runs
    ]


def _month_medians(
    connection: Connection, since: date, today: date, zone: tzinfo | None
) -> list[MonthMedian]:
    start, end = utc_bounds(DaySpan(date(since.year, since.month, 1), today), zone)
    lengths: dict[date, list[int]] = {}
    for row in connection.execute(_SETTLED, (format_stored(start), format_stored(end))):
        local = to_local(int(row["started"]), zone)
        lengths.setdefault(date(local.year, local.month, 1), []).append(max(0, int(row["seconds"])))
    return [
        MonthMedian(month, len(values), timedelta(seconds=float(median(values))))
        for month, values in sorted(lengths.items())
    ]
