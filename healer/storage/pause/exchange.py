"""Pauses and urge outcomes in the JSON export: records out, validated records back in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from healer.domain.clock import format_stored
from healer.domain.pause import PausePhase, PausePreferences, PauseRecord, PauseRun
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.storage.errors import ImportFormatError
from healer.storage.export_reader import ExportDocument
from healer.storage.import_fields import (
    activation_id_for,
    add_missing,
    checked,
    read_choice,
    read_moment,
    read_object,
    read_records,
    read_texts,
    read_uid,
    read_value,
)
from healer.storage.pause.repository import PauseRepository, UrgeOutcomes
from healer.storage.sqlcipher import Connection

RUNS_KEY = "soothing_runs"
URGES_KEY = "urge_outcomes"
PREFERENCES_KEY = "soothing_preferences"


def _stored(moment: datetime | None) -> str | None:
    return None if moment is None else format_stored(moment)


def run_record(run: PauseRun, activation_uid: str | None) -> dict[str, Any]:
    """One run as a JSON object; the link names the activation by uid, not by id."""
    record = run.record
    urge = record.urge
    return {
        "uid": run.uid,
        "phase": record.phase.value,
        "planned_seconds": record.planned_seconds,
        "started_at": format_stored(record.started_at),
        "timer_started_at": _stored(record.timer_started_at),
        "banked_seconds": record.banked_seconds,
        "running_since": _stored(record.running_since),
        "ended_at": _stored(record.ended_at),
        "intensity_before": record.intensity_before,
        "intensity_after": record.intensity_after,
        "urge_remains": record.urge_remains,
        "urge_outcome": None if urge is None else urge.outcome.value,
        "urge_pause_seconds": None if urge is None else urge.pause_seconds,
        "naming_statement": record.naming_statement,
        "need_draft": record.need_draft,
        "finished_early": record.finished_early,
        "activation_uid": activation_uid,
        "created_at": format_stored(run.created_at),
        "updated_at": format_stored(run.updated_at),
    }


def urge_record(activation_uid: str, urge: UrgeRecord) -> dict[str, Any]:
    """One episode's urge outcome, named by the episode's uid."""
    return {
        "activation_uid": activation_uid,
        "outcome": urge.outcome.value,
        "pause_seconds": urge.pause_seconds,
    }


def preferences_record(preferences: PausePreferences) -> dict[str, Any]:
    """The person's own naming words, distraction list and length."""
    return {
        "naming_statement": preferences.naming_statement,
        "distractions": list(preferences.distractions),
        "minutes": preferences.minutes,
    }


# uid, record, activation uid, created, updated
_ParsedRun = tuple[str, PauseRecord, str | None, datetime | None, datetime | None]


@dataclass(frozen=True, slots=True)
class ParsedPauses:
    """Everything of this kind a file holds, checked, waiting for the import transaction."""

    runs: Iterable[_ParsedRun]
    urges: Iterable[tuple[str, UrgeRecord]]
    preferences: Any  # the file's value, checked after the lists (its errors come last)


def _urge(outcome: str | None, pause: int | None, where: str) -> UrgeRecord | None:
    if outcome is None:
        return None
    try:
        kind = UrgeOutcome(outcome)
    except ValueError:
        raise ImportFormatError(f"{where}: not an outcome Healer knows") from None
    return checked(UrgeRecord(kind, pause), where)


def _parse_run(item: dict[str, Any], where: str) -> _ParsedRun:
    uid = read_uid(item, "uid", where, True)
    phase = read_choice(item, "phase", where, PausePhase)
    started_at = read_moment(item, "started_at", where, True)
    assert started_at is not None
    urge = _urge(
        read_value(item, "urge_outcome", where, str, False),
        read_value(item, "urge_pause_seconds", where, int, False),
        f"{where}.urge_outcome",
    )
    record = PauseRecord(
        phase=phase,
        planned_seconds=read_value(item, "planned_seconds", where, int, True),
        started_at=started_at,
        timer_started_at=read_moment(item, "timer_started_at", where, False),
        banked_seconds=read_value(item, "banked_seconds", where, float, False) or 0.0,
        running_since=read_moment(item, "running_since", where, False),
        ended_at=read_moment(item, "ended_at", where, False),
        intensity_before=read_value(item, "intensity_before", where, int, False),
        intensity_after=read_value(item, "intensity_after", where, int, False),
        urge_remains=read_value(item, "urge_remains", where, bool, False),
        urge=urge,
        naming_statement=read_value(item, "naming_statement", where, str, False) or "",
        need_draft=read_value(item, "need_draft", where, str, False) or "",
        finished_early=bool(read_value(item, "finished_early", where, bool, False)),
    )
    record = checked(record, where)
    return (
        uid,
        record,
        read_value(item, "activation_uid", where, str, False),
        read_moment(item, "created_at", where, False),
        read_moment(item, "updated_at", where, False),
    )


def _parse_urge(item: dict[str, Any], where: str) -> tuple[str, UrgeRecord]:
    uid = read_uid(item, "activation_uid", where, True)
    urge = _urge(
        read_value(item, "outcome", where, str, True),
        read_value(item, "pause_seconds", where, int, False),
        f"{where}.outcome",
    )
    assert urge is not None
    return uid, urge


def _parse_preferences(item: Any) -> PausePreferences | None:
    if item is None:
        return None
    where = PREFERENCES_KEY
    item = read_object(item, where)
    items = read_texts(item, "distractions", where)
    preferences = PausePreferences(
        naming_statement=read_value(item, "naming_statement", where, str, False),
        distractions=tuple(items),
        minutes=read_value(item, "minutes", where, int, False) or PausePreferences().minutes,
    )
    return checked(preferences, where)


def parse_pauses(document: ExportDocument) -> ParsedPauses:
    """Validate this kind's keys of an export (all absent in files from before the pause)."""
    runs = read_records(document.get(RUNS_KEY), RUNS_KEY, _parse_run, lambda run: run[0])
    urges = read_records(document.get(URGES_KEY), URGES_KEY, _parse_urge)
    return ParsedPauses(runs, urges, document.get(PREFERENCES_KEY))


def insert_pauses(
    connection: Connection, parsed: ParsedPauses, existing: set[str]
) -> tuple[int, int]:
    """Inside the import transaction: add this kind's records; returns (runs added, present).

    New runs are added, urge outcomes fill only episodes that have none, and preferences
    are taken only when the vault has none yet. Importing the same file twice changes
    nothing the second time.
    """

    def add(run: _ParsedRun) -> None:
        uid, record, activation_uid, created_at, updated_at = run
        linked = replace(record, activation_id=activation_id_for(connection, activation_uid))
        if linked.phase.is_open:
            # A run left open in another vault cannot go on running here: keep it as set
            # aside, so an old file never starts a timer on import.
            linked = replace(
                linked,
                phase=PausePhase.ABANDONED,
                running_since=None,
                ended_at=linked.ended_at or linked.running_since or linked.started_at,
            )
        PauseRepository.insert(
            connection, linked, uid=uid, created_at=created_at, updated_at=updated_at
        )

    added, present = add_missing(parsed.runs, lambda run: run[0], existing, add)
    for activation_uid, urge in parsed.urges:
        activation_id = activation_id_for(connection, activation_uid)
        if activation_id is None:
            continue
        row = connection.execute(
            "SELECT urge_outcome FROM activation WHERE id = ?", (activation_id,)
        ).fetchone()
        if row["urge_outcome"] is None:
            UrgeOutcomes.write(connection, activation_id, urge)
    preferences = _parse_preferences(parsed.preferences)
    if preferences is not None:
        row = connection.execute("SELECT count(*) AS total FROM soothing_preference").fetchone()
        if int(row["total"]) == 0:
            PauseRepository.write_preferences(connection, preferences)
    return added, present


def pause_document(
    activation_uids: dict[int, str],
    runs: list[PauseRun],
    urges: dict[int, UrgeRecord],
    preferences: PausePreferences,
) -> dict[str, Any]:
    """The pause's top-level keys of an export; links name activations by uid."""
    return {
        RUNS_KEY: [
            run_record(run, activation_uids.get(run.record.activation_id or 0)) for run in runs
        ],
        URGES_KEY: [
            urge_record(activation_uids[activation_id], urge)
            for activation_id, urge in sorted(urges.items())
            if activation_id in activation_uids
        ],
        PREFERENCES_KEY: preferences_record(preferences),
    }
