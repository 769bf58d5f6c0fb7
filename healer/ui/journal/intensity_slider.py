"""A 0–10 slider that knows whether the person has rated at all.

Signals:
    rating_changed(object): the rating, an int or None for "not rated yet".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QSlider, QWidget

from healer.domain.activation import MAX_INTENSITY, MIN_INTENSITY

# Where the handle rests while nothing is rated; never saved as a rating.
RESTING = 5


class IntensitySlider(QSlider):
    """Untouched, it means "not rated" (saved as such, not as its resting middle value)."""

    rating_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._rated = False
        self.setRange(MIN_INTENSITY, MAX_INTENSITY)
        self.setValue(RESTING)
        self.setPageStep(1)
        self.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.setTickInterval(1)
        # Any move by the person (keys, wheel, drag) or a press on the handle is a rating.
        self.actionTriggered.connect(self._on_self_action_triggered)
        self.sliderPressed.connect(self._on_self_slider_pressed)
        self.valueChanged.connect(self._on_self_value_changed)

    def rating(self) -> int | None:
        """The rating, or None while the person has not rated."""
        return self.value() if self._rated else None

    def set_rating(self, rating: int | None) -> None:
        """Show a stored rating; None puts the handle back to rest, not rated."""
        self.blockSignals(True)
        self.setValue(RESTING if rating is None else rating)
        self.blockSignals(False)
        self._rated = rating is not None
        self._announce()

    def _announce(self) -> None:
        rating = self.rating()
        self.setAccessibleDescription(
            self.tr("not rated yet") if rating is None else self.locale().toString(rating)
        )
        self.rating_changed.emit(rating)

    @Slot(int)
    def _on_self_action_triggered(self, _action: int) -> None:
        self._rated = True

    @Slot()
    def _on_self_slider_pressed(self) -> None:
        if not self._rated:
            self._rated = True
            self._announce()

    @Slot(int)
    def _on_self_value_changed(self, _value: int) -> None:
        self._rated = True
        self._announce()


def rating_words(label: QLabel, rating: int | None) -> None:
    """Put '7 / 10', or 'not rated' for no rating, into a value label."""
    label.setText(
        QCoreApplication.translate("IntensitySlider", "not rated")
        if rating is None
        else QCoreApplication.translate("IntensitySlider", "%1 / 10").replace(
            "%1", label.locale().toString(rating)
        )
    )
