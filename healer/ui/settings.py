"""Every QSettings key the UI uses, declared once with its type and default (no private data)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings


@dataclass(frozen=True, slots=True)
class IntSetting:
    """A whole-number preference."""

    key: str
    default: int
    minimum: int
    maximum: int

    def read(self) -> int:
        """The stored value, or the default when missing or out of range."""
        raw = QSettings().value(self.key, self.default)
        try:
            value = int(str(raw))
        except ValueError:
            return self.default
        return value if self.minimum <= value <= self.maximum else self.default

    def write(self, value: int) -> None:
        """Store a value (clamped to the allowed range)."""
        QSettings().setValue(self.key, max(self.minimum, min(self.maximum, value)))


# Minutes without keyboard or mouse use before Healer locks itself; 0 turns it off.
AUTO_LOCK_MINUTES = IntSetting("security/auto_lock_minutes", 5, 0, 24 * 60)
