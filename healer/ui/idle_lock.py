"""Locks the journal after some minutes without keyboard or mouse use (an app-wide filter).

While something is under way that needs no hands (the breathing pacer, a 20-minute
pause), a hold predicate says so and the countdown simply starts again.

Signals:
    idle(): nobody has used Healer for the configured time.
    held(): the time was up, but something hands-free was under way; counting starts again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

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
    held = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(timeout_ms, 1))
        self._timer.timeout.connect(self._on_timer_timeout)
        self._enabled = timeout_ms > 0
        self._watching = False
        self._hold: Callable[[], bool] = _never

    @property
    def timeout_ms(self) -> int:
        """Milliseconds without input before idle fires; 0 when switched off."""
        return self._timer.interval() if self._enabled else 0

    @property
    def active(self) -> bool:
        """True while counting down."""
        return self._timer.isActive()

    def set_hold(self, hold: Callable[[], bool]) -> None:
        """While `hold()` is true at the deadline, wait another full interval instead."""
        self._hold = hold

    def set_timeout(self, timeout_ms: int) -> None:
        """Use a new idle time from now on (0 switches the lock off); counting starts over."""
        self._timer.setInterval(max(timeout_ms, 1))
        self._enabled = timeout_ms > 0
        if self._watching and self._enabled:
            self._timer.start()
        else:
            self._timer.stop()

    def start(self) -> None:
        """Begin watching (after an unlock)."""
        self._watching = True
        if self._enabled:
            self._timer.start()

    def stop(self) -> None:
        """Stop watching (while locked)."""
        self._watching = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input while watching postpones the lock."""
        if self._timer.isActive() and event.type() in _ACTIVITY:
            self._timer.start()
        return super().eventFilter(watched, event)

    @Slot()
    def _on_timer_timeout(self) -> None:
        # Hands-free breathing and a running pause look idle but are the opposite.
        if self._hold():
            self._timer.start()
            self.held.emit()
            return
        self.idle.emit()


def _never() -> bool:
    return False
