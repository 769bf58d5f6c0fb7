"""Aggregate reads behind the charts tab: numbers and categories only, never journal text."""

from __future__ import annotations

from datetime import datetime, tzinfo

from healer.domain.chartrange import DaySpan, utc_bounds
from healer.domain.chartset import ALL_PARTS, ChartFacts, ChartPart
from healer.domain.clock import format_stored, parse_stored
from healer.domain.helps import PAUSE_TOOL, ToolFact
from healer.domain.trends import EpisodeFact
from healer.domain.twoweek import tracking_window
from healer.domain.urge import UrgeOutcome
from healer.storage.sqlcipher import Connection
from healer.storage.vault import Vault

_EPISODES = """
    SELECT unixepoch(a.started_at), unixepoch(a.settled_at) - unixepoch(a.started_at),
           a.intensity, c.name, a.urge_outcome
    FROM activation AS a LEFT JOIN category AS c ON c.id = a.category_id
    WHERE a.started_at >= ? AND a.started_at < ?
    ORDER BY a.started_at, a.id
"""
_COUNTS = """
    SELECT c.name, n FROM (SELECT category_id, count(*) AS n FROM activation {where}
    GROUP BY category_id) AS g LEFT JOIN category AS c ON c.id = g.category_id
"""
_FINISHED = "phase = 'finished'"
_ENDED = "coalesce(ended_at, started_at)"


class TrendReader:
    """Read-only queries served by the started_at indexes; safe from the background thread."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def first_moment(self) -> datetime | None:
        """When the earliest episode, practice use or pause began."""
        with self._vault.reading() as connection:
            row = connection.execute(
                "SELECT min(m) AS first FROM (SELECT min(started_at) AS m FROM activation"
                " UNION ALL SELECT min(started_at) FROM practice_use"
                " UNION ALL SELECT min(started_at) FROM soothing_run)"
            ).fetchone()
        return None if row is None or row["first"] is None else parse_stored(row["first"])

    def facts(
        self, span: DaySpan, parts: frozenset[ChartPart] = ALL_PARTS, zone: tzinfo | None = None
    ) -> ChartFacts:
        """The rows the requested chart groups need, for the span's local days."""
        since, until = (format_stored(moment) for moment in utc_bounds(span, zone))
        with self._vault.reading() as connection:
            episodes: list[EpisodeFact] = []
            fortnight: dict[str | None, int] = {}
            all_time: dict[str | None, int] = {}
            if ChartPart.EPISODES in parts:
                urges = {None: None} | {outcome.value: outcome for outcome in UrgeOutcome}
                episodes = [
                    EpisodeFact(
                        started,
                        None if length is None else max(0, length),
                        level,
                        name,
                        urges[urge],
                    )
                    for started, length, level, name, urge in connection.execute(
                        _EPISODES, (since, until)
                    )
                ]
                fortnight = self._fortnight_counts(connection, zone)
                all_time = _counts(connection, "", ())
            tools = self._tool_changes(connection, since, until) if ChartPart.TOOLS in parts else []
            ends: list[int] = []
            before = 0
            if ChartPart.PAUSES in parts:
                ends = [
                    int(value)
                    for (value,) in connection.execute(
                        f"SELECT unixepoch({_ENDED}) FROM soothing_run WHERE {_FINISHED}"
                        f" AND {_ENDED} >= ? AND {_ENDED} < ? ORDER BY 1",
                        (since, until),
                    )
                ]
                row = connection.execute(
                    "SELECT count(*) AS total FROM soothing_run"
                    f" WHERE {_FINISHED} AND {_ENDED} < ?",
                    (since,),
                ).fetchone()
                before = int(row["total"])
        return ChartFacts(
            episodes=episodes,
            first_fortnight_counts=fortnight,
            all_time_counts=all_time,
            tool_changes=tools,
            pause_ends=ends,
            pauses_before=before,
        )

    @staticmethod
    def _fortnight_counts(connection: Connection, zone: tzinfo | None) -> dict[str | None, int]:
        row = connection.execute("SELECT min(started_at) AS first FROM activation").fetchone()
        if row is None or row["first"] is None:
            return {}
        first, last = tracking_window(parse_stored(row["first"]), zone)
        since, until = (format_stored(moment) for moment in utc_bounds(DaySpan(first, last), zone))
        return _counts(connection, "WHERE started_at >= ? AND started_at < ?", (since, until))

    @staticmethod
    def _tool_changes(connection: Connection, since: str, until: str) -> list[ToolFact]:
        practices = connection.execute(
            "SELECT practice, intensity_before, intensity_after FROM practice_use"
            " WHERE started_at >= ? AND started_at < ?"
            " AND intensity_before IS NOT NULL AND intensity_after IS NOT NULL",
            (since, until),
        ).fetchall()
        runs = connection.execute(
            "SELECT intensity_before, intensity_after FROM soothing_run"
            f" WHERE {_FINISHED} AND started_at >= ? AND started_at < ?"
            " AND intensity_before IS NOT NULL AND intensity_after IS NOT NULL",
            (since, until),
        ).fetchall()
        return [
            ToolFact(str(kind), int(before), int(after)) for kind, before, after in practices
        ] + [ToolFact(PAUSE_TOOL, int(before), int(after)) for before, after in runs]


def _counts(connection: Connection, where: str, params: tuple[str, ...]) -> dict[str | None, int]:
    rows = connection.execute(_COUNTS.format(where=where), params).fetchall()
    return {name: int(count) for name, count in rows}
