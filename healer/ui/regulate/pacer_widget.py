"""The breathing pacer: a soft circle that grows and shrinks, with the phase in words.

The widget never keeps time itself. A precise ~16 ms timer only asks for a repaint;
each paint maps the controller's "now" onto the pure breathing curve, so a late or
dropped frame can never shift the phase. In reduced-motion mode the circle stays still
and a stepped bar counts the seconds instead, repainting once per second boundary.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from healer.domain.breathing import BreathFrame, BreathPhase
from healer.ui.common.painting import with_alpha
from healer.ui.regulate.pacer_colours import FILL_STOPS, PacerColours
from healer.ui.regulate.pacer_controller import PacerController, PacerState

FRAME_INTERVAL_MS = 16
MIN_RADIUS_SHARE = 0.52  # the smallest circle, as a share of the largest
STEP_SIZE = 14.0
STEP_GAP = 8.0


@dataclass(frozen=True, slots=True)
class PacerPicture:
    """What one paint shows, in logical pixels and words (read-only, for tests and a11y)."""

    frame: BreathFrame
    state: PacerState
    radius: float
    min_radius: float
    max_radius: float
    label: str
    countdown: str
    detail: str
    stepped: bool
    steps_lit: int
    steps_total: int


class PacerWidget(QWidget):
    """Draws a PacerController's session; several widgets may show the same controller."""

    def __init__(self, controller: PacerController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._reduced_motion = False
        self._background_pixmap: QPixmap | None = None
        self._background_key: tuple[object, ...] = ()
        self._colours: PacerColours | None = None
        self._colours_key = 0
        self._spoken: tuple[BreathPhase, int] | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 220)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Breathing pacer"))
        controller.state_changed.connect(self._on_controller_state_changed)
        self._update_accessible_text()

    # -- public ------------------------------------------------------------

    @property
    def controller(self) -> PacerController:
        """The session this widget shows."""
        return self._controller

    @property
    def reduced_motion(self) -> bool:
        """True when the still, stepped cue is shown instead of the moving circle."""
        return self._reduced_motion

    def set_reduced_motion(self, reduced: bool) -> None:
        """Switch between the moving circle and the still, stepped cue (same timing)."""
        if reduced != self._reduced_motion:
            self._reduced_motion = reduced
            self._timer.stop()
            self._update_timer()
            self.update()

    @property
    def is_animating(self) -> bool:
        """True while the repaint timer runs."""
        return self._timer.isActive()

    @property
    def timer_interval(self) -> int:
        """The repaint timer's current interval in ms."""
        return self._timer.interval()

    def current_frame(self) -> BreathFrame:
        """The curve at the controller's "now"."""
        return self._controller.frame()

    def picture(self) -> PacerPicture:
        """What a paint at this moment draws."""
        frame = self._controller.frame()
        state = self._controller.state
        max_radius = max(10.0, min(self.width(), self.height() - self._detail_height()) * 0.44)
        min_radius = max_radius * MIN_RADIUS_SHARE
        if self._reduced_motion:
            radius = (min_radius + max_radius) / 2
        elif state is PacerState.IDLE:
            radius = min_radius
        else:
            radius = min_radius + (max_radius - min_radius) * frame.size
        label, countdown, detail = self._words(frame, state)
        steps_total = steps_lit = 0
        if self._reduced_motion and state in (PacerState.RUNNING, PacerState.PAUSED):
            phase_us = dict(self._controller.pattern.phases)[frame.phase]
            steps_total = math.ceil(phase_us / 1_000_000 - 1e-9)
            steps_lit = max(1, min(steps_total, steps_total - frame.countdown + 1))
        return PacerPicture(
            frame=frame,
            state=state,
            radius=radius,
            min_radius=min_radius,
            max_radius=max_radius,
            label=label,
            countdown=countdown,
            detail=detail,
            stepped=self._reduced_motion,
            steps_lit=steps_lit,
            steps_total=steps_total,
        )

    # -- words -------------------------------------------------------------

    def phase_words(self, phase: BreathPhase) -> str:
        """The phase as it is shown: never colour or motion alone."""
        return {
            BreathPhase.IN: self.tr("Breathe in"),
            BreathPhase.HOLD_IN: self.tr("Hold"),
            BreathPhase.OUT: self.tr("Breathe out"),
            BreathPhase.HOLD_OUT: self.tr("Hold"),
        }[phase]

    def _words(self, frame: BreathFrame, state: PacerState) -> tuple[str, str, str]:
        total = self._controller.length.total_breaths(self._controller.pattern)
        if state is PacerState.IDLE:
            return self.tr("Ready"), "", self.tr("Press Space or Start when you are ready")
        if state is PacerState.FINISHED:
            breaths = frame.breaths_done
            # Spelled out: without a translation loaded, Qt shows a "%n breath(s)" as is.
            done = self.tr("1 breath") if breaths == 1 else self.tr("%n breaths", "", breaths)
            return self.tr("Well done"), "", done
        if total is None:
            detail = self.tr("Breath %1").replace("%1", str(frame.breath_number))
        else:
            detail = (
                self.tr("Breath %1 of %2")
                .replace("%1", str(frame.breath_number))
                .replace("%2", str(total))
            )
        if state is PacerState.PAUSED:
            return self.tr("Paused"), str(frame.countdown), detail
        return self.phase_words(frame.phase), str(frame.countdown), detail

    def _update_accessible_text(self) -> None:
        """Tell screen readers the phase when it changes, never once a frame.

        The countdown is left out on purpose: a new description each second would flood.
        Qt sends QAccessible's DescriptionChanged event with each change.
        """
        label, _, detail = self._words(self._controller.frame(), self._controller.state)
        text = (
            self.tr("%1. %2", "the phase, then the breath count")
            .replace("%1", label)
            .replace("%2", detail)
        )
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    # -- painting ----------------------------------------------------------

    def sizeHint(self) -> QSize:
        """Roomy by default; the circle scales to whatever space it gets."""
        return QSize(460, 460)

    def _detail_height(self) -> float:
        return self.fontMetrics().height() * 2.2

    def paintEvent(self, event: QPaintEvent) -> None:
        """Map now onto the curve and draw it."""
        del event
        picture = self.picture()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        colours = self.colours()
        centre = QPointF(self.width() / 2, (self.height() - self._detail_height()) / 2 + 6)
        painter.drawPixmap(0, 0, self._background(picture, centre, colours))

        gradient = QRadialGradient(centre, picture.radius)
        fill = colours.fill_opacity * (0.45 if picture.stepped else 1.0)
        for stop, share in FILL_STOPS:
            gradient.setColorAt(stop, with_alpha(colours.ring, share * fill))
        painter.setPen(QPen(colours.ring, 2.0))
        painter.setBrush(gradient)
        painter.drawEllipse(centre, picture.radius, picture.radius)

        self._draw_words(painter, picture, centre, colours)
        if picture.stepped and picture.steps_total:
            self._draw_steps(painter, picture, centre, colours.ring)
        painter.end()
        if self._reduced_motion:
            self._arm_step_timer(picture.frame)

    def colours(self) -> PacerColours:
        """The colours a paint uses, from the palette in use (cached per palette)."""
        key = self.palette().cacheKey()
        if self._colours is None or self._colours_key != key:
            self._colours, self._colours_key = PacerColours.from_palette(self.palette()), key
        return self._colours

    def _background(self, picture: PacerPicture, centre: QPointF, colours: PacerColours) -> QPixmap:
        """The still part (window colour and the guide ring), drawn once per size and palette.

        Stroking a large antialiased ring costs more than the moving disc itself, so it
        is cached rather than redrawn sixty times a second.
        """
        ratio = self.devicePixelRatioF()
        window = colours.window
        key = (
            self.width(),
            self.height(),
            ratio,
            window.rgba(),
            colours.guide.rgba(),
            picture.max_radius,
        )
        if self._background_key != key or self._background_pixmap is None:
            pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(window)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # A faint guide where the circle will reach, so the eye knows the goal.
            painter.setPen(QPen(colours.guide, 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, picture.max_radius, picture.max_radius)
            painter.end()
            self._background_pixmap, self._background_key = pixmap, key
        return self._background_pixmap

    def _draw_words(
        self, painter: QPainter, picture: PacerPicture, centre: QPointF, colours: PacerColours
    ) -> None:
        text = colours.text
        base = QFont(self.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        scale = max(0.8, min(1.6, picture.max_radius / 180))
        label_font = QFont(base)
        label_font.setPointSizeF(size * 2.1 * scale)
        label_font.setWeight(QFont.Weight.Medium)
        count_font = QFont(base)
        count_font.setPointSizeF(size * 3.4 * scale)
        count_font.setWeight(QFont.Weight.Light)
        width = picture.max_radius * 2
        # Long words (or a long translation) shrink to stay inside the smallest circle.
        room = picture.min_radius * 1.8
        while label_font.pointSizeF() > size and (
            QFontMetricsF(label_font).horizontalAdvance(picture.label) > room
        ):
            label_font.setPointSizeF(label_font.pointSizeF() * 0.92)
        painter.setPen(text)
        painter.setFont(label_font)
        label_height = painter.fontMetrics().height()
        shift = label_height * (0.7 if picture.countdown else 0.0)
        painter.drawText(
            QRectF(
                centre.x() - width / 2, centre.y() - label_height / 2 - shift, width, label_height
            ),
            Qt.AlignmentFlag.AlignCenter,
            picture.label,
        )
        if picture.countdown:
            painter.setFont(count_font)
            count_height = painter.fontMetrics().height()
            painter.drawText(
                QRectF(centre.x() - width / 2, centre.y() + shift * 0.2, width, count_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                picture.countdown,
            )
        painter.setFont(base)
        painter.setPen(colours.detail)
        detail_top = self.height() - self._detail_height()
        painter.drawText(
            QRectF(0, detail_top, self.width(), self._detail_height()),
            Qt.AlignmentFlag.AlignCenter,
            picture.detail,
        )

    def _draw_steps(
        self,
        painter: QPainter,
        picture: PacerPicture,
        centre: QPointF,
        strong: QColor,
    ) -> None:
        count = picture.steps_total
        width = count * STEP_SIZE + (count - 1) * STEP_GAP
        left = centre.x() - width / 2
        top = centre.y() + picture.radius * 0.62
        for index in range(count):
            rect = QRectF(left + index * (STEP_SIZE + STEP_GAP), top, STEP_SIZE, STEP_SIZE)
            lit = index < picture.steps_lit
            painter.setPen(QPen(strong, 1.4))
            painter.setBrush(strong if lit else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 4, 4)

    # -- the repaint timer -------------------------------------------------

    def _update_timer(self) -> None:
        if not (self.isVisible() and self._controller.is_running):
            self._timer.stop()
            return
        if self._reduced_motion:
            if not self._timer.isActive():
                self._arm_step_timer(self._controller.frame())
            return
        if not self._timer.isActive() or self._timer.isSingleShot():
            self._timer.setSingleShot(False)
            self._timer.start(FRAME_INTERVAL_MS)

    def _arm_step_timer(self, frame: BreathFrame) -> None:
        """Reduced motion: wake exactly when the countdown next changes, not 60 times a second."""
        if not (self.isVisible() and self._controller.is_running):
            self._timer.stop()
            return
        fraction = frame.seconds_left - math.floor(frame.seconds_left)
        wait_ms = math.ceil((fraction if fraction > 1e-6 else 1.0) * 1000) + 1
        self._timer.setSingleShot(True)
        self._timer.start(wait_ms)

    def showEvent(self, event: QShowEvent) -> None:
        """Resume painting when shown."""
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        """No frames for nobody: stop the timer when hidden."""
        super().hideEvent(event)
        self._timer.stop()

    @Slot()
    def _on_timer_timeout(self) -> None:
        frame = self._controller.frame()
        spoken = (frame.phase, frame.breath_number)
        if spoken != self._spoken:
            self._spoken = spoken
            self._update_accessible_text()
        self.update()

    @Slot()
    def _on_controller_state_changed(self) -> None:
        self._update_timer()
        self._update_accessible_text()
        self.update()
