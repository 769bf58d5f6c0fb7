"""Keep a form's words a moment after the last change: the entry form and the dialogue wizard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot


class Autosave(QObject):
    """A quiet timer behind a form: changed() restarts it, and when it runs out, write().

    Changes while `loading` (the form being filled from the vault) do not count; `dirty`
    says whether something was changed since the last write, which the form clears.
    """

    def __init__(self, write: Callable[[], None], interval_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._write = write
        self.dirty = False
        self.loading = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def changed(self) -> None:
        """The person changed something: write it soon."""
        if self.loading:
            return
        self.dirty = True
        self._timer.start()

    def stop(self) -> None:
        """No write is waiting any more (the form writes now, or closes)."""
        self._timer.stop()

    @property
    def waiting(self) -> bool:
        """True while a write is due."""
        return self._timer.isActive()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._write()
