"""Choosing a practice for a plan: the combo box the panel and the review share."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from healer.domain.practice_plan import PlanPractice
from healer.ui.practice_plan.words import practice_name

# The regulate practices first, then the pause, a dialogue and the log (the tabs' order).
PRACTICE_ORDER: tuple[PlanPractice, ...] = tuple(PlanPractice)


class PracticeCombo(QComboBox):
    """Every practice a plan can follow, by its on-screen name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for practice in PRACTICE_ORDER:
            self.addItem(practice_name(practice), practice.value)

    def practice(self) -> PlanPractice:
        """The practice chosen."""
        return PlanPractice(str(self.currentData()))

    def choose(self, practice: PlanPractice) -> None:
        """Select a practice."""
        self.setCurrentIndex(self.findData(practice.value))

    def leave_out(self, practice: PlanPractice) -> None:
        """Offer every practice but this one (switching means another), keeping the choice."""
        chosen = self.currentData()
        self.clear()
        for other in PRACTICE_ORDER:
            if other is not practice:
                self.addItem(practice_name(other), other.value)
        self.setCurrentIndex(max(0, self.findData(chosen)))
