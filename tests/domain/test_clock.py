"""Timestamps: what a person types becomes one UTC instant; the stored form round-trips."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from healer.domain.clock import format_stored, parse_stored, parse_user_moment, to_utc, utc_now
from healer.domain.errors import ValidationError


@pytest.fixture
def local_zone() -> Iterator[None]:
    """Local time fixed at UTC+05:30 with no daylight saving (POSIX TZ string, no tzdata)."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "HLR-05:30"
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


# -- parse_user_moment -----------------------------------------------------------


@pytest.mark.usefixtures("local_zone")
def test_a_plain_date_is_local_midnight() -> None:
    assert parse_user_moment("2026-11-23", "since") == utc(2026, 11, 22, 18, 30)


@pytest.mark.usefixtures("local_zone")
@pytest.mark.parametrize("text", ["2026-11-23T21:05", "2026-11-23 21:05", "  2026-11-23T21:05 "])
def test_a_naive_date_time_is_local_time(text: str) -> None:
    assert parse_user_moment(text, "started") == utc(2026, 11, 23, 15, 35)


@pytest.mark.usefixtures("local_zone")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-23T21:05Z", utc(2026, 11, 23, 21, 5)),
        ("2026-11-23T21:05:00+00:00", utc(2026, 11, 23, 21, 5)),
        ("2026-11-23T21:05+02:00", utc(2026, 11, 23, 19, 5)),
        ("2026-11-23T01:30-05:00", utc(2026, 11, 23, 6, 30)),
    ],
)
def test_an_explicit_offset_wins_over_local_time(text: str, expected: datetime) -> None:
    assert parse_user_moment(text, "started") == expected


def test_the_result_is_aware_utc_in_whole_seconds() -> None:
    moment = parse_user_moment("2026-11-23T21:05:07.654321+01:00", "at")
    assert moment.tzinfo is not None
    assert moment.utcoffset() == timedelta(0)
    assert moment.microsecond == 0
    assert moment == utc(2026, 11, 23, 20, 5, 7)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "yesterday",
        "2026-13-01",
        "2026-02-30",
        "23/11/2026",
        "2026-11-23T25:00",
        "12:00x",
    ],
)
def test_garbage_raises_a_validation_error_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_user_moment(text, "settled")
    assert caught.value.field == "settled"
    assert str(caught.value).startswith("settled: ")


def test_the_error_does_not_quote_what_was_typed() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_user_moment("secret-words-typed-here", "started")
    assert "secret-words" not in str(caught.value)


# -- to_utc, utc_now -----------------------------------------------------------------


@pytest.mark.usefixtures("local_zone")
def test_to_utc_takes_naive_as_local_and_drops_microseconds() -> None:
    assert to_utc(datetime(2026, 1, 1, 5, 30, 0, 999)) == utc(2026, 1, 1, 0, 0)


def test_utc_now_is_aware_whole_seconds_and_now() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    now = utc_now()
    after = datetime.now(UTC)
    assert now.utcoffset() == timedelta(0)
    assert now.microsecond == 0
    assert before <= now <= after


# -- stored form -----------------------------------------------------------------


def test_format_stored_is_utc_with_a_z() -> None:
    moment = datetime(2026, 11, 23, 12, 34, 56, 789, tzinfo=timezone(timedelta(hours=2)))
    assert format_stored(moment) == "2026-11-23T10:34:56Z"


def test_parse_stored_reads_the_stored_form() -> None:
    parsed = parse_stored("2026-11-23T10:34:00Z")
    assert parsed == utc(2026, 11, 23, 10, 34)
    assert parsed.tzinfo is UTC


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-23T10:34:00",
        "2026-11-23 10:34:00Z",
        "nonsense",
        "2026-11-23T10:34:00+00:00",
        "2026-13-23T10:34:00Z",
        "2026-11-23T10:34:0xZ",
    ],
)
def test_parse_stored_refuses_other_forms(text: str) -> None:
    with pytest.raises(ValueError, match="does not match format"):
        parse_stored(text)


aware_moments = st.datetimes(
    min_value=datetime(1900, 1, 2),
    max_value=datetime(9999, 12, 30),
    timezones=st.sampled_from(
        [
            UTC,
            timezone(timedelta(hours=-11, minutes=-30)),
            timezone(timedelta(hours=13, minutes=45)),
        ]
    ),
)


@given(aware_moments)
def test_format_then_parse_is_the_same_instant_to_the_second(moment: datetime) -> None:
    back = parse_stored(format_stored(moment))
    assert back == moment.replace(microsecond=0)
    assert back.utcoffset() == timedelta(0)


@given(st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(9999, 12, 30)))
def test_parse_then_format_is_the_same_text(naive: datetime) -> None:
    text = naive.replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert format_stored(parse_stored(text)) == text


@given(aware_moments)
def test_user_typed_iso_with_offset_round_trips(moment: datetime) -> None:
    typed = moment.replace(microsecond=0).isoformat()
    assert parse_user_moment(typed, "started") == moment.replace(microsecond=0)
