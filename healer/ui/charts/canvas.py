"""A chart on screen: paints the image the chart thread drew, a light placeholder before.

The figure lives on the chart thread (render.Drawing). This widget sends it the numbers,
the palette's colours and its own size, at most one job at a time (a newer wish waits
for the running one, then goes as one job), and paints whatever image came back. The
GUI thread's part of a chart is a few microseconds of handing over and one blit.

Signals:
    drawn(): the view caught up: a new image arrived (draw_count counts those Agg
        draws), or a kept image of the same numbers went up.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from healer.domain.chartrange import DaySpan
from healer.services.collector import paused_collector
from healer.ui.charts.chart_thread import ChartThread
from healer.ui.charts.colours import ChartColours
from healer.ui.charts.request import DrawRequest
from healer.ui.charts.texts import fill

if TYPE_CHECKING:  # matplotlib stays on the chart thread
    from healer.ui.charts.painter import Painter
    from healer.ui.charts.render import Drawing

T = TypeVar("T")
SAVE_FORMATS = ("png", "svg", "pdf")
KEPT_IMAGES = 6  # per chart: about 1.5 MB each at 900 × 400
SETTLE_MS = 150  # a resize redraws once the size has stayed put this long


def _import_quietly() -> None:
    """Import matplotlib and numpy (on the chart thread) without long collector pauses.

    A full garbage collection stops every thread, the GUI thread too, and walks every
    object: during the import that is 150+ ms at a time. So the collector waits for the
    import, and then the few hundred thousand long-lived objects it brought are frozen
    (never walked again): later full collections take a few ms instead of 200+.
    """
    with paused_collector():
        try:
            from healer.ui.charts import render  # noqa: F401, PLC0415 (chart thread only)
        finally:
            gc.freeze()


class _Holder(Generic[T]):
    """Where the chart thread keeps the view's Drawing (made by the first job)."""

    def __init__(self, make_painter: Callable[[], Painter[T]]) -> None:
        self.make_painter = make_painter
        self.drawing: Drawing[T] | None = None

    def get(self) -> Drawing[T]:
        """The drawing, made on first use (on the chart thread: it imports matplotlib)."""
        if self.drawing is None:
            if "healer.ui.charts.render" not in sys.modules:
                _import_quietly()
            from healer.ui.charts.render import Drawing  # noqa: PLC0415 (chart thread only)

            self.drawing = Drawing(self.make_painter())
        return self.drawing


class ChartView(QWidget, Generic[T]):
    """One chart's image, kept up to date with its data, palette and size."""

    drawn = Signal()

    def __init__(
        self,
        make_painter: Callable[[], Painter[T]],
        thread: ChartThread,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._thread = thread
        self._holder = _Holder(make_painter)
        self.setMinimumSize(420, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.draw_count = 0
        self.colours = ChartColours.from_palette(self.palette())
        self._data: T | None = None
        self._span: DaySpan | None = None
        self._generation = 0
        self._image: QImage | None = None
        self._image_generation = -1
        self._running: tuple[object, ...] | None = None  # the job on the chart thread
        self._shown: tuple[object, ...] | None = None  # what the image shows
        self.failed = False
        # Images of numbers shown before, by (data, span, colours, size): going back is instant.
        self._images: dict[tuple[object, ...], tuple[object, QImage]] = {}
        # While a window is being resized, the old image stays; the new size draws once.
        # Drawing at every step kept the chart thread busy, and each of the window's
        # repaints then waited for Python's lock, one paint event at a time.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._want)

    # -- what the tab calls ----------------------------------------------------

    def show_data(self, data: T, span: DaySpan) -> None:
        """New numbers: the chart thread redraws (the old image stays, faded, meanwhile)."""
        self._data, self._span = data, span
        self._generation += 1
        self._want()

    @property
    def busy(self) -> bool:
        """True while the image on screen is not the one wanted (a draw is coming)."""
        return self._running is not None or (
            self._data is not None and self.isVisible() and self._shown != self._key()
        )

    @property
    def painter(self) -> Painter[T]:
        """The chart's painter (tests read its artists once the view is not busy)."""
        return self._drawing().painter

    @property
    def drawing(self) -> Drawing[T]:
        """The chart's figure and painter (tests read them once the view is not busy)."""
        return self._drawing()

    def _drawing(self) -> Drawing[T]:
        if self._holder.drawing is None:
            raise LookupError("this chart has not been drawn yet")
        return self._holder.drawing

    def heading_text(self, heading: str) -> str:
        """The title a saved image carries: the chart's name and the days it covers."""
        if self._span is None:
            return heading
        locale = QLocale()
        first, last = (
            locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
            for day in (self._span.first, self._span.last)
        )
        return fill(QCoreApplication.translate("Charts", "%1 · %2 – %3"), heading, first, last)

    def request_bytes(
        self,
        file_format: str,
        heading: str,
        on_done: Callable[[bytes], None],
        on_failed: Callable[[str], None],
    ) -> None:
        """The chart as PNG, SVG or PDF bytes, rendered on the chart thread; answered later."""
        if file_format not in SAVE_FORMATS:
            raise ValueError(f"unknown chart format {file_format!r}")
        request, holder = self._request(), self._holder
        title = self.heading_text(heading) if heading else ""
        self._thread.submit(
            lambda: holder.get().file_bytes(request, file_format, title),
            receiver=self,
            on_done=on_done,
            on_failed=on_failed,
        )

    def render_bytes(self, file_format: str, heading: str = "") -> bytes:
        """request_bytes(), waited for (tests)."""
        if file_format not in SAVE_FORMATS:
            raise ValueError(f"unknown chart format {file_format!r}")
        request, holder = self._request(), self._holder
        title = self.heading_text(heading) if heading else ""
        return self._thread.call(lambda: holder.get().file_bytes(request, file_format, title))

    def save_path(self, path: Path) -> tuple[Path, str]:
        """Where a chart goes and in which format (from the suffix; PNG without one)."""
        file_format = path.suffix.lower().lstrip(".")
        if file_format not in SAVE_FORMATS:
            return path.with_name(path.name + ".png"), "png"
        return path, file_format

    # -- drawing on the chart thread --------------------------------------------

    def _size(self) -> QSize:
        return self.size()

    def _key(self) -> tuple[object, ...]:
        size = self._size()
        ratio = self.devicePixelRatioF()
        return (self._generation, self.colours, size.width(), size.height(), ratio)

    def _request(self) -> DrawRequest[T]:
        size = self._size()
        return DrawRequest(
            self._data, self._span, self._generation, self.colours,
            size.width(), size.height(), self.devicePixelRatioF(),
        )  # fmt: skip

    def _want(self) -> None:
        # Charts not on screen (a hidden tab, an empty state) wait until they are shown;
        # a size still changing waits for the settle timer, which asks again.
        if self._data is None or not self.isVisible() or self._running is not None:
            return
        if self._settle.isActive():
            return
        key = self._key()
        if key == self._shown:
            return
        request, holder = self._request(), self._holder
        seen = self._images.get(self._image_key(key))
        self._running = key
        if seen is not None and seen[0] is self._data:
            # Numbers shown before at this size: their image at once. The figure still
            # takes them (no draw), so it always holds what the screen shows.
            self._images[self._image_key(key)] = self._images.pop(self._image_key(key))
            self._set_image(key, seen[1])
            self._thread.submit(
                lambda: holder.get().prepare(request),
                receiver=self,
                on_done=lambda _none: self._on_done(),
                on_failed=self._on_failed,
            )
            return
        self._thread.submit(
            lambda: holder.get().image(request),
            receiver=self,
            on_done=lambda image: self._on_image(key, image),
            on_failed=self._on_failed,
        )

    def _image_key(self, key: tuple[object, ...]) -> tuple[object, ...]:
        return (id(self._data), self._span, *key[1:])

    def _set_image(self, key: tuple[object, ...], image: QImage) -> None:
        self._image, self._shown, self.failed = image, key, False
        self._image_generation = int(key[0])  # type: ignore[call-overload]
        self.update()

    def _on_image(self, key: tuple[object, ...], image: QImage) -> None:
        self.draw_count += 1
        self._set_image(key, image)
        if key[0] == self._generation:  # kept with its data, so an id is never reused
            self._images[self._image_key(key)] = (self._data, image)
            while len(self._images) > KEPT_IMAGES:
                del self._images[next(iter(self._images))]
        self._on_done()

    def _on_done(self) -> None:
        self._running = None
        self._want()  # a newer wish that came while this one was drawing
        self.drawn.emit()

    def forget_images(self) -> None:
        """Drop the kept images (the data changed: they show old numbers)."""
        self._images.clear()

    def _on_failed(self, _reason: str) -> None:
        self._running = None
        self._shown = self._key()  # not again until something changes
        self._image, self.failed = None, True
        self.update()
        self.drawn.emit()

    # -- Qt events -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Draw what changed while out of sight."""
        super().showEvent(event)
        self._want()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Redraw at the new size once it settles (the old image stays as it is until then)."""
        super().resizeEvent(event)
        if self._image is None:
            self._want()  # the first picture is not kept waiting
        else:
            self._settle.start()

    def changeEvent(self, event: QEvent) -> None:
        """A palette change (light, dark, high contrast) redraws in the new colours."""
        super().changeEvent(event)
        # A parent's palette can reach the view while its constructor still runs.
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_data"):
            self.colours = ChartColours.from_palette(self.palette())
            self._want()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The latest image; faded while new numbers draw; a quiet note before the first."""
        painter = QPainter(self)
        rect = self.rect()
        painter.fillRect(rect, self.palette().color(QPalette.ColorRole.Base))
        if self._image is not None:
            if self._image_generation != self._generation:
                painter.setOpacity(0.35)  # old numbers: the new ones are on their way
            # At its own size even while the widget is resized (a new one is drawing):
            # scaling six big images at every resize step would cost the GUI thread.
            painter.drawImage(0, 0, self._image)
            painter.setOpacity(1.0)
        if self._image is None or self.failed:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            text = (
                QCoreApplication.translate("Charts", "This chart could not be drawn.")
                if self.failed
                else QCoreApplication.translate("Charts", "Preparing the chart…")
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
