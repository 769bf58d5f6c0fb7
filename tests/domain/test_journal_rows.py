"""Journal-table rows: open state, duration and the trimmed trigger text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from healer.domain.journal import ROW_TRIGGER_CHARS, ActivationRow, duration_parts, row_trigger

START = datetime(2026, 11, 23, 21, 5, tzinfo=UTC)


def test_open_row_has_no_duration() -> None:
    row = ActivationRow(1, START, None, "x", None, 4)
    assert row.is_open
    assert row.duration is None
    settled = ActivationRow(1, START, START + timedelta(minutes=25), "x", None, 4)
    assert not settled.is_open
    assert settled.duration == timedelta(minutes=25)


def test_row_trigger_is_the_first_line_shortened() -> None:
    assert row_trigger("  first line \nsecond") == "first line"
    long = row_trigger("w" * 500)
    assert len(long) == ROW_TRIGGER_CHARS
    assert long.endswith("…")


def test_duration_parts_round_to_minutes() -> None:
    assert duration_parts(timedelta(minutes=5, seconds=31)) == (0, 0, 6)
    assert duration_parts(timedelta(hours=2, minutes=5)) == (0, 2, 5)
    assert duration_parts(timedelta(days=1, hours=3)) == (1, 3, 0)
    assert duration_parts(timedelta(seconds=-5)) == (0, 0, 0)
