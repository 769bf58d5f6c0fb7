"""A JSON export read one record at a time, so memory stays bounded whatever the file's size.

The stdlib parser builds the whole document at once (a 200 MB export took 1.3 GB). An
export is one object whose big values are lists of small records, so this reader walks
the top-level object itself and hands each list element to the stdlib decoder alone.
Errors read as json.loads would word them, with the line and column in the whole file.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from healer.domain.words import QT_TRANSLATE_NOOP
from healer.storage.errors import ImportFormatError

MAX_IMPORT_BYTES = 512 * 1024 * 1024
MAX_NUMBER_DIGITS = 100  # far more than any count, length or time Healer keeps
_CHUNK = 1 << 20
_SPACE = re.compile(r"[ \t\n\r]*")
_NUMBER_CHARS = re.compile(r"[-+.eE0-9]*")
_TOO_LARGE = QT_TRANSLATE_NOOP("errors", "the file is larger than any Healer export (512 MB)")


class HugeNumber:
    """A number with more digits than any field can hold, kept as a marker instead of an int.

    Python refuses to convert more than 4,300 digits (a ValueError without a place); the
    field reader names the field instead.
    """


def _parse_int(text: str) -> int | HugeNumber:
    return HugeNumber() if len(text) > MAX_NUMBER_DIGITS else int(text)


_DECODE = json.JSONDecoder(parse_int=_parse_int).raw_decode


@dataclass(frozen=True, slots=True)
class Position:
    """A character of the file: its byte offset, and its line and column (from 1)."""

    offset: int
    line: int
    column: int

    def after(self, text: str) -> Position:
        """The position just past this text, which starts here."""
        newlines = text.count("\n")
        column = len(text) - text.rfind("\n") if newlines else self.column + len(text)
        return Position(self.offset + len(text.encode("utf-8")), self.line + newlines, column)


_START = Position(0, 1, 1)


def open_source(path: Path) -> BinaryIO:
    """The file to import, refused before any reading if it cannot be an export.

    Opened non-blocking so a FIFO cannot hang the open; folders, devices and pipes are
    refused, and so is a file too large to be an export. OSError if it cannot be opened.
    """
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    info = os.fstat(descriptor)
    problem = None
    if stat.S_ISDIR(info.st_mode):
        problem = QT_TRANSLATE_NOOP("errors", "a folder, not a file; choose a Healer JSON export")
    elif not stat.S_ISREG(info.st_mode):
        problem = QT_TRANSLATE_NOOP(
            "errors", "not a regular file (a device or a pipe); choose a Healer JSON export"
        )
    elif info.st_size > MAX_IMPORT_BYTES:
        problem = _TOO_LARGE
    if problem is not None:
        os.close(descriptor)
        raise ImportFormatError(problem)
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


# Told the number of bytes each read brought in (an import's progress).
OnRead = Callable[[int], None]


class _Cursor:
    """Reads the file forward from a position, decoding UTF-8 a chunk at a time."""

    def __init__(self, stream: BinaryIO, start: Position, on_read: OnRead | None = None) -> None:
        stream.seek(start.offset)
        self._stream = stream
        self._on_read = on_read
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._read = start.offset
        self._buffer = ""
        self._pos = 0
        self._base = start  # where _buffer[0] is in the file
        self._eof = False
        if start.offset == 0:
            while not self._buffer and self._fill(_CHUNK):
                pass
            if self._buffer.startswith("\ufeff"):  # as "utf-8-sig": the mark is not text
                self._buffer = self._buffer[1:]
                self._base = Position(3, 1, 1)

    def _fill(self, size: int) -> bool:
        """Read at least size more bytes (unless the file ends); False at the end."""
        if self._eof:
            return False
        if self._pos:
            self._base = self._base.after(self._buffer[: self._pos])
            self._buffer = self._buffer[self._pos :]
            self._pos = 0
        data = self._stream.read(max(size, _CHUNK))
        if self._on_read is not None:
            self._on_read(len(data))
        pending = len(self._decoder.getstate()[0])
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP("errors", "not UTF-8 text (byte %1)"),
                self._read - pending + error.start,
            ) from None
        self._read += len(data)
        if self._read > MAX_IMPORT_BYTES:  # a file that grows while read, or a /proc file
            raise ImportFormatError(_TOO_LARGE)
        self._eof = not data
        self._buffer += text
        return True

    def here(self) -> Position:
        """The position of the next unread character."""
        return self._base.after(self._buffer[: self._pos])

    def refuse(self, message: str, pos: int | None = None) -> ImportFormatError:
        """A syntax error at a character of the buffer (the next one by default)."""
        at = self._base.after(self._buffer[: self._pos if pos is None else pos])
        return ImportFormatError(
            QT_TRANSLATE_NOOP("errors", "line %1, column %2: %3"), at.line, at.column, message
        )

    def peek(self) -> str:
        """The next character that is not white space, left unread ('' at the end)."""
        while True:
            self._pos = _SPACE.match(self._buffer, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buffer):
                return self._buffer[self._pos]
            if not self._fill(_CHUNK):
                return ""

    def take(self) -> None:
        """Step over the character peek returned."""
        self._pos += 1

    def value(self) -> Any:
        """Decode one JSON value starting at the next character."""
        while True:
            start = self._pos
            try:
                value, end = _DECODE(self._buffer, start)
            except json.JSONDecodeError as error:
                if self._cut(error) and self._fill(len(self._buffer)):
                    continue
                raise self.refuse(error.msg, error.pos) from None
            except RecursionError:
                raise self.refuse("nested more deeply than any Healer export", start) from None
            if self._may_go_on(start, end) and self._fill(len(self._buffer)):
                continue
            self._pos = end
            return value

    def _cut(self, error: json.JSONDecodeError) -> bool:
        """Whether the error may only be where the buffer ends (read more and try again)."""
        return not self._eof and (
            error.pos >= len(self._buffer) - 8 or error.msg.startswith("Unterminated string")
        )

    def _may_go_on(self, start: int, end: int) -> bool:
        """Whether a number (or anything) decoded up to the buffer's end may continue."""
        if self._eof:
            return False
        if end >= len(self._buffer):
            return True
        number = self._buffer[start] in "-0123456789"
        rest = _NUMBER_CHARS.match(self._buffer, end)
        return number and rest is not None and rest.end() == len(self._buffer)

    def elements(self) -> Iterator[Any]:
        """The elements of the list that starts at the next character, one at a time."""
        self.take()
        if self.peek() == "]":
            self.take()
            return
        while True:
            yield self.value()
            following = self.peek()
            if following not in (",", "]"):
                raise self.refuse("Expecting ',' delimiter")
            self.take()
            if following == "]":
                return
            self.peek()


@dataclass(frozen=True, slots=True)
class StreamedList:
    """A top-level list of the file, read again from its start each time it is iterated."""

    stream: BinaryIO
    start: Position
    on_read: OnRead | None = None

    def __iter__(self) -> Iterator[Any]:
        cursor = _Cursor(self.stream, self.start, self.on_read)
        cursor.peek()
        return cursor.elements()


class ExportDocument:
    """The file's top-level object: lists stay in the file, other values are decoded.

    Reading it checks the whole file's syntax once, a record at a time. on_read, if given,
    hears of every read, this first one and each list's later ones alike.
    """

    def __init__(self, source: bytes | BinaryIO, *, on_read: OnRead | None = None) -> None:
        if isinstance(source, bytes):
            if len(source) > MAX_IMPORT_BYTES:
                raise ImportFormatError(_TOO_LARGE)
            source = io.BytesIO(source)
        self._values: dict[str, Any] = {}
        self._on_read = on_read
        self.is_object = self._scan(source)

    def get(self, key: str, default: Any = None) -> Any:
        """The value under key: a StreamedList for a list, else the decoded value."""
        return self._values.get(key, default)

    def _scan(self, stream: BinaryIO) -> bool:
        cursor = _Cursor(stream, _START, self._on_read)
        first = cursor.peek()
        if first == "":
            raise cursor.refuse("Expecting value")
        if first not in '{["-0123456789tfnNI':
            raise ImportFormatError(
                "not JSON: only Healer's JSON export (export --format json) can be imported,"
                " not its CSV or any other file"
            )
        if first == "{":
            self._scan_object(cursor, stream)
        elif first == "[":  # other JSON is read through, so a syntax error reads as one
            for _ in cursor.elements():
                pass
        else:
            cursor.value()
        if cursor.peek():
            raise cursor.refuse("Extra data")
        return first == "{"

    def _scan_object(self, cursor: _Cursor, stream: BinaryIO) -> None:
        cursor.take()
        following = cursor.peek()
        if following == "}":
            cursor.take()
        while following != "}":
            if following != '"':
                raise cursor.refuse("Expecting property name enclosed in double quotes")
            key = cursor.value()
            if cursor.peek() != ":":
                raise cursor.refuse("Expecting ':' delimiter")
            cursor.take()
            if cursor.peek() == "[":
                self._values[key] = StreamedList(stream, cursor.here(), self._on_read)
                for _ in cursor.elements():
                    pass
            else:
                self._values[key] = cursor.value()
            following = cursor.peek()
            if following not in (",", "}"):
                raise cursor.refuse("Expecting ',' delimiter")
            cursor.take()
            if following == ",":
                following = cursor.peek()
                if following == "}":  # a trailing comma, refused as json.loads does
                    raise cursor.refuse("Expecting property name enclosed in double quotes")


# Told (bytes read so far, bytes the whole import reads) as an import goes.
Progress = Callable[[int, int], None]


class ReadProgress:
    """An import's reads as (done, whole) for a progress bar, told once per whole percent.

    The import reads the file twice: once to check its syntax, then each list again as its
    records are checked and added, so the whole is twice the file's size. Cursors read a
    chunk ahead and one list is read twice (the urges, ahead of the entries), so done is
    held just under the whole: the bar fills as the import ends, never before.
    """

    def __init__(self, size: int, report: Progress) -> None:
        self._whole = max(2 * size, 1)
        self._done = 0
        self._told = -1
        self._report = report

    def __call__(self, count: int) -> None:
        """Count one read of count bytes."""
        self._done += count
        done = min(self._done, self._whole - 1)
        percent = done * 100 // self._whole
        if percent != self._told:
            self._told = percent
            self._report(done, self._whole)


def source_size(source: bytes | BinaryIO) -> int:
    """How many bytes the file to import holds (the stream is left at its start)."""
    if isinstance(source, bytes):
        return len(source)
    size = source.seek(0, os.SEEK_END)
    source.seek(0)
    return size
