"""Entry text copied to the clipboard, taken back after a while if it is still ours there."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

from healer.ui.settings import CLIPBOARD_CLEAR_SECONDS


class TimedClipboard(QObject):
    """Copies text and clears it after CLIPBOARD_CLEAR_SECONDS, unless something replaced it.

    Only a digest of what was copied is kept, so the text itself is not held here.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._digest: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    def copy(self, text: str) -> int:
        """Put text on the clipboard; returns the seconds until it is cleared (0: never)."""
        # Plain text only: PySide6 6.12 crashes at exit while the clipboard still owns a
        # QMimeData made in Python, so the clipboard managers' "secret" hint is not set.
        _clipboard().setText(text)
        seconds = CLIPBOARD_CLEAR_SECONDS.read()
        self._digest = _digest(text)
        if seconds:
            self._timer.start(seconds * 1000)
        return seconds

    def clear_if_ours(self) -> None:
        """Empty the clipboard now if it still holds what was copied here (e.g. at lock)."""
        self._timer.stop()
        digest, self._digest = self._digest, None
        if digest is not None and _digest(_clipboard().text()) == digest:
            _clipboard().clear()

    @property
    def pending(self) -> bool:
        """True while a copy waits to be cleared."""
        return self._timer.isActive()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.clear_if_ours()


def _clipboard() -> QClipboard:
    return QGuiApplication.clipboard()


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
