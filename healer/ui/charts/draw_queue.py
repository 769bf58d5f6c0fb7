"""Draws queued chart canvases one per event-loop turn, so input and animation run between.

A range switch changes every chart at once. Drawn together, six Agg renders of a
100k-episode history block the GUI thread for half a second; one per turn, the longest
block is a single chart's draw, and a click or a pacer frame gets its turn in between.
"""

from __future__ import annotations

from typing import Protocol

import shiboken6
from PySide6.QtCore import QTimer


class Drawable(Protocol):
    """What the queue draws: a canvas with a synchronous draw()."""

    def draw(self) -> None:
        """Render now."""


class DrawQueue:
    """A first-in, first-out queue of canvases to draw; each is queued at most once."""

    def __init__(self) -> None:
        self._waiting: list[Drawable] = []
        self._scheduled = False

    def __len__(self) -> int:
        return len(self._waiting)

    def queue(self, canvas: Drawable) -> None:
        """Draw canvas on a coming turn of the event loop (once, however often asked)."""
        if any(waiting is canvas for waiting in self._waiting):
            return
        self._waiting.append(canvas)
        self._schedule()

    def _schedule(self) -> None:
        if not self._scheduled and self._waiting:
            self._scheduled = True
            QTimer.singleShot(0, self._draw_next)

    def _draw_next(self) -> None:
        self._scheduled = False
        while self._waiting:
            canvas = self._waiting.pop(0)
            if shiboken6.isValid(canvas):  # its widget may have closed since
                canvas.draw()
                break
        self._schedule()


DRAWS = DrawQueue()
