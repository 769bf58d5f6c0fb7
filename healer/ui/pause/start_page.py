"""The pause tab at rest: what the pause is for, one button to begin, a quiet count."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from healer.domain.pause_length import MAX_MINUTES, MIN_MINUTES
from healer.ui.common.count_suffix import follow_count
from healer.ui.pause.common import PauseStepPage, quiet
from healer.ui.settings import PAUSE_MINUTES


class StartPage(PauseStepPage):
    """Shown when no pause is under way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("pause", "A pause before you reach out"),
            QCoreApplication.translate(
                "pause",
                "When the pull to send a message, check their status or ask for reassurance "
                "gets strong, give your body a set time first. The wave usually eases within "
                "about twenty minutes if nothing new stirs it. You can still reach out "
                "afterwards, from a steadier place.",
            ),
            parent,
        )
        self.start_button = QPushButton(self.tr("I'm activated: begin a pause"), self)
        self.start_button.setAccessibleName(self.tr("Begin a pause"))
        self.start_button.setAccessibleDescription(self.tr("Ctrl+Shift+A from anywhere"))
        self.start_button.setMinimumHeight(self.start_button.sizeHint().height() + 12)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes_spin.setValue(PAUSE_MINUTES.read())  # the length set in Preferences
        follow_count(self.minutes_spin, lambda n: self.tr("%n minutes", "", n))
        self.minutes_spin.setAccessibleName(self.tr("Length of the pause in minutes"))
        self.minutes_spin.setAccessibleDescription(
            self.tr("From %1 to %2 minutes")
            .replace("%1", str(MIN_MINUTES))
            .replace("%2", str(MAX_MINUTES))
        )
        minutes_label = QLabel(self.tr("&Length of a pause:"), self)
        minutes_label.setBuddy(self.minutes_spin)
        length_row = QHBoxLayout()
        length_row.addWidget(minutes_label)
        length_row.addWidget(self.minutes_spin)
        # Said, not only enforced: the box quietly refuses anything outside it.
        self.range_label = quiet(
            self.tr("from %1 to %2 minutes")
            .replace("%1", str(MIN_MINUTES))
            .replace("%2", str(MAX_MINUTES)),
            self,
        )
        length_row.addWidget(self.range_label)
        length_row.addStretch(1)
        self.count_label = quiet("", self)
        self.count_label.setAccessibleName(self.tr("Pauses seen through"))
        self.column.addSpacing(8)
        self.column.addWidget(self.start_button)
        self.column.addLayout(length_row)
        self.column.addSpacing(16)
        self.column.addWidget(self.count_label)
        self.column.addStretch(1)

    def show_count(self, completed: int) -> None:
        """The number of pauses seen through, said plainly (nothing when there are none)."""
        if completed == 0:
            self.count_label.setText(self.tr("Each pause you see through is kept here, quietly."))
            return
        self.count_label.setText(
            self.tr("Pauses seen through so far: %1").replace("%1", str(completed))
        )
