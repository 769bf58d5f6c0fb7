"""Loads the main window's modules one at a time, once a passphrase dialog has painted.

The dialog paints first (that is what a person waits for at start-up); the vault and
window code then loads during the seconds they spend typing, so Unlock goes straight to
the key derivation and the window instead of waiting on imports as well.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer

# In the order the window needs them; each is one short step between input events.
MAIN_WINDOW_MODULES = (
    "healer.services.session",
    "healer.ui.main_window",
    "healer.services.path",
    "healer.ui.path.tab",
    "healer.ui.journal.tab",
    "healer.ui.journal.entry_dialog",
)


class ModulePreloader(QObject):
    """Imports the given modules after the watched widget's first paint, one per idle step."""

    def __init__(
        self, modules: Sequence[str] = MAIN_WINDOW_MODULES, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._waiting = [name for name in modules if name not in sys.modules]
        self._watched: QObject | None = None

    @property
    def remaining(self) -> tuple[str, ...]:
        """The modules not yet loaded by this preloader."""
        return tuple(self._waiting)

    def start_after_paint(self, widget: QObject) -> None:
        """Begin once widget has painted (at once if there is nothing to load)."""
        if not self._waiting:
            return
        self._watched = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the watched widget's first paint, schedule the first import."""
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._watched = None
            QTimer.singleShot(0, self._load_next)
        return super().eventFilter(watched, event)

    def _load_next(self) -> None:
        if not self._waiting:
            return
        importlib.import_module(self._waiting.pop(0))
        if self._waiting:
            QTimer.singleShot(0, self._load_next)
