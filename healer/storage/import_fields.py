"""Reading the fields of an imported JSON record: one type check and one message per problem.

Every importer (activations, practices, parts and dialogues, pauses) reads its
records through these, so a wrong file is refused the same way whichever list it breaks:
"activations[3].started_at: needs a time zone (such as Z)". Inside the import
transaction they also resolve a record's link to an activation and add only the
records the vault lacks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from enum import Enum
from typing import Any, Literal, TypeVar, overload

from healer.domain.clock import format_stored, parse_stored
from healer.domain.errors import ValidationError
from healer.domain.words import QT_TRANSLATE_NOOP
from healer.storage.errors import ImportFormatError
from healer.storage.export_reader import MAX_NUMBER_DIGITS, HugeNumber, StreamedList
from healer.storage.records import Validated
from healer.storage.sqlcipher import Connection

MAX_UID = 64
_INT64 = 2**63  # SQLite keeps whole numbers in 64 bits

_E = TypeVar("_E", bound=Enum)
_R = TypeVar("_R")
_I = TypeVar("_I")


def read_value(record: dict[str, Any], key: str, where: str, kind: type, required: bool) -> Any:
    """record[key] if it is of that kind; None when absent and not required.

    A whole number counts as a float; true and false never count as numbers.
    """
    value = record.get(key)
    if value is None:
        if required:
            raise ImportFormatError(QT_TRANSLATE_NOOP("errors", "%1: missing"), f"{where}.{key}")
        return None
    if isinstance(value, HugeNumber):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("errors", "%1: a number of more than %2 digits"),
            f"{where}.{key}",
            MAX_NUMBER_DIGITS,
        )
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind is int and isinstance(value, int) and not -_INT64 <= value < _INT64:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("errors", "%1: a number too large to keep"), f"{where}.{key}"
        )
    if (kind in (int, float) and isinstance(value, bool)) or not isinstance(value, kind):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("errors", "%1: expected %2"), f"{where}.{key}", kind.__name__
        )
    return value


@overload
def read_moment(
    record: dict[str, Any], key: str, where: str, required: Literal[True]
) -> datetime: ...
@overload
def read_moment(
    record: dict[str, Any], key: str, where: str, required: bool
) -> datetime | None: ...
def read_moment(record: dict[str, Any], key: str, where: str, required: bool) -> datetime | None:
    """An ISO-8601 time with a zone, as stored: UTC, whole seconds."""
    text = read_value(record, key, where, str, required)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("errors", "%1: not an ISO-8601 time"), f"{where}.{key}"
        ) from None
    if moment.tzinfo is None:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("errors", "%1: needs a time zone (such as Z)"), f"{where}.{key}"
        )
    try:
        return parse_stored(format_stored(moment))
    except (OverflowError, ValueError):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("errors", "%1: outside the years 1 to 9999 in UTC"), f"{where}.{key}"
        ) from None


@overload
def read_uid(record: dict[str, Any], key: str, where: str, required: Literal[True]) -> str: ...
@overload
def read_uid(record: dict[str, Any], key: str, where: str, required: bool) -> str | None: ...
def read_uid(record: dict[str, Any], key: str, where: str, required: bool) -> str | None:
    """A record's export identity (or a link to one): 1 to MAX_UID characters, not blank."""
    uid: str | None = read_value(record, key, where, str, required)
    if uid is not None and (not uid.strip() or len(uid) > MAX_UID):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("errors", "%1: must be 1 to %2 characters"), f"{where}.{key}", MAX_UID
        )
    return uid


def read_object(value: Any, where: str) -> dict[str, Any]:
    """One record of a list: it must be a JSON object."""
    if not isinstance(value, dict):
        raise ImportFormatError(QT_TRANSLATE_NOOP("errors", "%1: expected an object"), where)
    return value


def read_choice(
    record: dict[str, Any], key: str, where: str, kind: type[_E], default: str | None = None
) -> _E:
    """One of an enum's values; without a default the key is required (blank reads as absent)."""
    value = read_value(record, key, where, str, default is None) or default
    try:
        return kind(value)
    except ValueError:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("errors", "%1: not a %2 Healer knows"), f"{where}.{key}", key
        ) from None


def read_texts(record: dict[str, Any], key: str, where: str) -> list[str]:
    """A list of text; absent reads as empty."""
    texts = read_value(record, key, where, list, False) or []
    if not all(isinstance(text, str) for text in texts):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("errors", "%1: expected a list of text"), f"{where}.{key}"
        )
    return texts


def read_records(
    value: Any,
    key: str,
    parse: Callable[[dict[str, Any], str], _R],
    uid_of: Callable[[_R], str] | None = None,
) -> Iterator[_R]:
    """A top-level list of objects, each parsed with its place (`key[3]`) for messages.

    Parsed as it is iterated, so a long list is never all in memory. With uid_of, a uid
    met twice in the list is refused, naming both places.
    """
    first_place: dict[str, int] = {}
    for index, item in enumerate(read_list(value, key)):
        where = f"{key}[{index}]"
        parsed = parse(read_object(item, where), where)
        if uid_of is not None:
            first = first_place.setdefault(uid_of(parsed), index)
            if first != index:
                raise ImportFormatError(
                    QT_TRANSLATE_NOOP(
                        "errors", "%1: the same as %2; an export holds each record once"
                    ),
                    f"{where}.uid",
                    f"{key}[{first}].uid",
                )
        yield parsed


_T = TypeVar("_T", bound=Validated)


def checked(content: _T, where: str) -> _T:
    """The domain's own check of a whole record, its complaint naming the record's field."""
    try:
        return content.validated()
    except ValidationError as error:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("errors", "%1: %2"), f"{where}.{error.field}", error.problem
        ) from None


def activation_id_for(connection: Connection, uid: str | None) -> int | None:
    """The id of the vault's activation with this export uid; None when there is none."""
    if uid is None:
        return None
    row = connection.execute("SELECT id FROM activation WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else int(row["id"])


def add_missing(
    items: Iterable[_I], uid_of: Callable[[_I], str], existing: set[str], add: Callable[[_I], None]
) -> tuple[int, int]:
    """Add each item whose uid is not stored yet; returns (added, already present).

    `existing` grows as items are added, so importing the same file twice changes nothing.
    """
    added = present = 0
    for item in items:
        uid = uid_of(item)
        if uid in existing:
            present += 1
            continue
        add(item)
        existing.add(uid)
        added += 1
    return added, present


def is_list(value: Any) -> bool:
    """Whether a value of the file is a list (read whole, or still in the file)."""
    return isinstance(value, list | StreamedList)


def read_list(value: Any, key: str) -> Iterable[Any]:
    """A top-level list of the export; absent (an older file) reads as empty."""
    if value is None:
        return []
    if not is_list(value):
        raise ImportFormatError(QT_TRANSLATE_NOOP("errors", "%1: expected a list"), key)
    return value  # type: ignore[no-any-return]
