"""Locks the journal after some minutes without keyboard or mouse use (an app-wide filter).

Signals:
    idle(): nobody has used Healer for the configured time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Restarts a single-shot timer on every input event; install it on the application."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(timeout_ms, 1))
        self._timer.timeout.connect(self.idle)
        self._enabled = timeout_ms > 0

    @property
    def timeout_ms(self) -> int:
        """Milliseconds without input before idle fires; 0 when switched off."""
        return self._timer.interval() if self._enabled else 0

    @property
    def active(self) -> bool:
        """True while counting down."""
        return self._timer.isActive()

    def start(self) -> None:
        """Begin watching (after an unlock)."""
        if self._enabled:
            self._timer.start()

    def stop(self) -> None:
        """Stop watching (while locked)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input while watching postpones the lock."""
        if self._timer.isActive() and event.type() in _ACTIVITY:
            self._timer.start()
        return super().eventFilter(watched, event)
