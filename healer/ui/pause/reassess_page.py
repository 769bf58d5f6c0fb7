"""Step three: the time is up; how strong it is now, and whether the pull is still there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from healer.ui.common.intensity_taps import IntensityTaps
from healer.ui.pause.common import PauseStepPage, quiet


class ReassessPage(PauseStepPage):
    """Two questions and an optional stamp on the episode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("pause", "Check in with yourself"),
            QCoreApplication.translate(
                "pause",
                "Take a slow breath before you answer. There is no right number.",
            ),
            parent,
        )
        self.away_label = quiet("", self)
        self.away_label.hide()
        self.intensity = IntensityTaps(self.tr("How strong it is now"), self)
        intensity_label = QLabel(self.tr("How strong is it &now?"), self)
        intensity_label.setBuddy(self.intensity.buttons[0])
        question = QLabel(self.tr("Is the wish to reach out still there?"), self)
        self.still_there = QRadioButton(self.tr("&Yes, I still want to reach out"), self)
        self.still_there.setAccessibleName(self.tr("Yes, the wish to reach out is still there"))
        self.eased = QRadioButton(self.tr("No, it has &eased"), self)
        self.eased.setAccessibleName(self.tr("No, the wish to reach out has eased"))
        question.setBuddy(self.still_there)
        self.answer_group = QButtonGroup(self)
        self.answer_group.addButton(self.still_there)
        self.answer_group.addButton(self.eased)
        self.settle_check = QCheckBox(self.tr("The episode has &settled: note the time"), self)
        self.settle_check.setAccessibleName(self.tr("Mark the linked episode as settled"))
        self.continue_button = QPushButton(self.tr("&Continue"), self)
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setDefault(True)
        self.set_aside_button = QPushButton(self.tr("Set this pause &aside"), self)
        self.set_aside_button.setAccessibleName(self.tr("Set this pause aside"))
        self.set_aside_button.setFlat(True)

        self.column.addWidget(self.away_label)
        self.column.addWidget(intensity_label)
        self.column.addWidget(self.intensity)
        self.column.addSpacing(6)
        self.column.addWidget(question)
        self.column.addWidget(self.still_there)
        self.column.addWidget(self.eased)
        self.column.addSpacing(6)
        self.column.addWidget(self.settle_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_aside_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        self.column.addLayout(buttons)
        self.column.addStretch(1)
        self.answer_group.buttonToggled.connect(self._on_answer_group_button_toggled)

    def reset(self, *, linked: bool, ended_while_away: bool) -> None:
        """Clear the answers for a new check-in."""
        self.intensity.set_value(None)
        self.answer_group.setExclusive(False)
        self.still_there.setChecked(False)
        self.eased.setChecked(False)
        self.answer_group.setExclusive(True)
        self.settle_check.setChecked(False)
        self.settle_check.setVisible(linked)
        self.continue_button.setEnabled(False)
        self.away_label.setText(
            self.tr("Your pause came to its end while Healer was closed or locked.")
        )
        self.away_label.setVisible(ended_while_away)

    def _on_answer_group_button_toggled(self, button: object, checked: bool) -> None:
        del button, checked
        self.continue_button.setEnabled(self.answer_group.checkedButton() is not None)
