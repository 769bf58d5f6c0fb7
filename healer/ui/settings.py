"""Every QSettings key the app uses, declared once with its type, default and valid values."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, override

from PySide6.QtCore import QSettings

from healer.domain.errors import ValidationError
from healer.domain.pause_length import DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES
from healer.ui.language import CODES as LANGUAGE_CODES
from healer.ui.language import SYSTEM as SYSTEM_LANGUAGE

# Settings are read before the unlock dialog's first paint, so this module stays light: the
# pacer's settings load healer.domain.breathing (and its dataclasses) at their first use.
if TYPE_CHECKING:
    from healer.domain.breathing import BreathPattern, SessionLength

T = TypeVar("T")

# Only preferences live here, never private data: journal text, names and keys stay in the vault.


class Setting(Generic[T]):
    """One stored preference: a key, a default, and how to read and write its value."""

    def __init__(self, key: str, default: T) -> None:
        self.key = key
        self.default = default

    def parse(self, raw: str) -> T:
        """The value a stored string stands for; ValueError or ValidationError when it is bad."""
        raise NotImplementedError

    def dump(self, value: T) -> object:
        """What is stored for a value (already made valid by the caller): by default itself."""
        return value

    def valid(self, value: T) -> T:
        """The value made storable (clamped), or ValueError when it cannot be."""
        return value

    def read(self) -> T:
        """The stored value, or the default when missing, unreadable or out of range."""
        raw = QSettings().value(self.key)
        if raw is None:
            return self.default
        try:
            return self.parse(str(raw))
        except (ValueError, ValidationError):
            return self.default

    def write(self, value: T) -> None:
        """Store a value; out-of-range numbers are clamped, anything else invalid is refused."""
        QSettings().setValue(self.key, self.dump(self.valid(value)))


class IntSetting(Setting[int]):
    """A whole number within [minimum, maximum]."""

    def __init__(self, key: str, default: int, minimum: int, maximum: int) -> None:
        if not minimum <= default <= maximum:
            raise ValueError(f"{key}: default {default} outside {minimum}..{maximum}")
        super().__init__(key, default)
        self.minimum = minimum
        self.maximum = maximum

    @override
    def parse(self, raw: str) -> int:
        value = int(raw)
        if not self.minimum <= value <= self.maximum:
            raise ValueError(f"{self.key}: {value} outside {self.minimum}..{self.maximum}")
        return value

    @override
    def valid(self, value: int) -> int:
        return max(self.minimum, min(self.maximum, value))


class BoolSetting(Setting[bool]):
    """On or off, stored as "true"/"false" (QSettings' own spelling in INI files)."""

    @override
    def parse(self, raw: str) -> bool:
        text = raw.strip().lower()
        if text in {"true", "1"}:
            return True
        if text in {"false", "0"}:
            return False
        raise ValueError(f"{self.key}: not a yes/no value")

    @override
    def dump(self, value: bool) -> str:
        return "true" if value else "false"


class ChoiceSetting(Setting[str]):
    """One of a fixed set of words."""

    def __init__(self, key: str, default: str, choices: tuple[str, ...]) -> None:
        if default not in choices:
            raise ValueError(f"{key}: default {default!r} is not a choice")
        super().__init__(key, default)
        self.choices = choices

    @override
    def parse(self, raw: str) -> str:
        if raw not in self.choices:
            raise ValueError(f"{self.key}: unknown choice")
        return raw

    @override
    def valid(self, value: str) -> str:
        return self.parse(value)


class _Codec(Generic[T]):
    __slots__ = ("dump", "parse")

    def __init__(self, parse: Callable[[str], T], dump: Callable[[T], str]) -> None:
        self.parse = parse
        self.dump = dump


class TextSetting(Setting[T]):
    """A value kept as text, with its own parser (which raises on bad text) and formatter."""

    def __init__(
        self, key: str, default: T, parse: Callable[[str], T], dump: Callable[[T], str]
    ) -> None:
        super().__init__(key, default)
        self._codec = _Codec(parse, dump)

    @override
    def parse(self, raw: str) -> T:
        return self._codec.parse(raw)

    @override
    def dump(self, value: T) -> str:
        return self._codec.dump(value)


class DeferredSetting(Setting[T]):
    """A setting whose default and rules come from domain code, built at its first use."""

    def __init__(self, key: str, build: Callable[[str], Setting[T]]) -> None:
        self.key = key
        self._build = build
        self._built: Setting[T] | None = None

    @property
    def setting(self) -> Setting[T]:
        """The setting itself (built now if this is its first use)."""
        if self._built is None:
            self._built = self._build(self.key)
        return self._built

    @property
    def default(self) -> T:
        """The built setting's default."""
        return self.setting.default

    @default.setter
    def default(self, value: T) -> None:
        self.setting.default = value

    @override
    def parse(self, raw: str) -> T:
        return self.setting.parse(raw)

    @override
    def dump(self, value: T) -> object:
        return self.setting.dump(value)

    @override
    def valid(self, value: T) -> T:
        return self.setting.valid(value)


def _breath_pattern(key: str) -> Setting[BreathPattern]:
    from healer.domain.breathing import DEFAULT_PATTERN, BreathPattern  # noqa: PLC0415

    return TextSetting(key, DEFAULT_PATTERN, BreathPattern.from_spec, BreathPattern.spec)


def _length_kind(key: str) -> Setting[str]:
    from healer.domain.breathing import LengthKind  # noqa: PLC0415

    return ChoiceSetting(key, LengthKind.OPEN.value, tuple(kind.value for kind in LengthKind))


def _length_amount(key: str) -> Setting[int]:
    from healer.domain.breathing import MAX_SESSION_BREATHS  # noqa: PLC0415

    return IntSetting(key, 0, 0, MAX_SESSION_BREATHS)


# Minutes without keyboard or mouse use before Healer locks itself; 0 turns it off.
AUTO_LOCK_MINUTES = IntSetting("security/auto_lock_minutes", 5, 0, 24 * 60)

# Seconds before words copied from the pause are taken off the clipboard (if still there);
# 0 leaves them. Password managers use 10-45 s; a message is pasted less hurriedly.
CLIPBOARD_CLEAR_SECONDS = IntSetting("security/clipboard_clear_seconds", 60, 0, 3600)

# The regulate tab's last choices (never notes).
BREATH_PATTERN: DeferredSetting[BreathPattern] = DeferredSetting(
    "regulate/pattern", _breath_pattern
)
LENGTH_KIND: DeferredSetting[str] = DeferredSetting("regulate/length_kind", _length_kind)
LENGTH_AMOUNT: DeferredSetting[int] = DeferredSetting("regulate/length_amount", _length_amount)
# The person's own choice; the system's reduced-motion preference is read separately.
REDUCED_MOTION = BoolSetting("regulate/reduced_motion", False)
# The bilateral cue's taps per minute: one a second by default.
BILATERAL_TEMPO = IntSetting("regulate/bilateral_tempo", 60, 20, 120)

# Lock when the desktop session locks (screen locker) or the computer goes to sleep.
LOCK_ON_SCREEN_LOCK = BoolSetting("security/lock_on_screen_lock", True)

# Automatic encrypted backups after a change, at most once a day, on close or lock.
AUTO_BACKUP = BoolSetting("backup/automatic", True)
# The folder they go to; empty means the default "backups" folder beside the vault.
# A folder path is not private data (no journal text, no names).
BACKUP_FOLDER: TextSetting[str] = TextSetting("backup/folder", "", str, str)

# The length the 20-minute pause starts with.
PAUSE_MINUTES = IntSetting("pause/default_minutes", DEFAULT_MINUTES, MIN_MINUTES, MAX_MINUTES)

# Follow the desktop's colours, or always light or dark.
APPEARANCE = ChoiceSetting("appearance/theme", "system", ("system", "light", "dark"))

# The language of Healer's words: "system" follows the desktop's languages, or a shipped code.
LANGUAGE = ChoiceSetting("appearance/language", SYSTEM_LANGUAGE, (SYSTEM_LANGUAGE, *LANGUAGE_CODES))

# The main window's size, position and splitters (QWidget.saveGeometry/saveState, base64).
WINDOW_GEOMETRY: TextSetting[str] = TextSetting("window/geometry", "", str, str)
WINDOW_STATE: TextSetting[str] = TextSetting("window/state", "", str, str)


# json is imported where used: the unlock dialog reads settings before its first paint.
def _parse_splitters(raw: str) -> dict[str, str]:
    import json  # noqa: PLC0415

    value = json.loads(raw)
    if not isinstance(value, dict) or not all(
        isinstance(key, str) and isinstance(state, str) for key, state in value.items()
    ):
        raise ValueError("window/splitters: not a map of names to states")
    return value


# Each tab's splitter positions (QSplitter.saveState, base64), by the splitter's objectName.
def _dump_splitters(states: dict[str, str]) -> str:
    import json  # noqa: PLC0415

    return json.dumps(states, sort_keys=True)


SPLITTER_STATES: TextSetting[dict[str, str]] = TextSetting(
    "window/splitters", {}, _parse_splitters, _dump_splitters
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    AUTO_LOCK_MINUTES,
    CLIPBOARD_CLEAR_SECONDS,
    LOCK_ON_SCREEN_LOCK,
    AUTO_BACKUP,
    BACKUP_FOLDER,
    PAUSE_MINUTES,
    APPEARANCE,
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_STATES,
    BREATH_PATTERN,
    LENGTH_KIND,
    LENGTH_AMOUNT,
    REDUCED_MOTION,
    BILATERAL_TEMPO,
)


def read_session_length() -> SessionLength:
    """The last chosen session length (two keys), or open-ended when they do not fit together."""
    from healer.domain.breathing import LengthKind, SessionLength  # noqa: PLC0415

    try:
        return SessionLength(LengthKind(LENGTH_KIND.read()), LENGTH_AMOUNT.read()).validated()
    except ValidationError:
        return SessionLength()


def write_session_length(length: SessionLength) -> None:
    """Remember the session length."""
    LENGTH_KIND.write(length.kind.value)
    LENGTH_AMOUNT.write(length.amount)
