"""Step two: the countdown, and what helps while it runs (move, absorb, let the story go)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healer.domain.pause import MAX_DISTRACTION_CHARS, MAX_DISTRACTIONS
from healer.ui.pause.common import PauseStepPage, card, quiet
from healer.ui.pause.countdown import CountdownRing
from healer.ui.pause.texts import distraction_intro, movement_suggestion, rumination_note


class WaitingPage(PauseStepPage):
    """The ring on the left, three quiet suggestions on the right, the controls below.

    Signals:
        distractions_edited(items): the person changed their own list.
    """

    distractions_edited = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("pause", "Let it pass"), "", parent)
        self.ring = CountdownRing(self)
        self.statement_label = quiet("", self)
        self.statement_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.statement_label.setAccessibleName(self.tr("What I told myself"))
        self.ring.setFixedSize(260, 260)
        left = QVBoxLayout()
        left.addSpacing(12)
        left.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        left.addSpacing(8)
        left.addWidget(self.statement_label)
        left.addStretch(1)

        move, absorb, story = self._build_cards()
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(move)
        right.addWidget(absorb)
        right.addWidget(story)
        right.addStretch(1)
        middle = QHBoxLayout()
        middle.setSpacing(24)
        middle.addLayout(left, 1)
        middle.addLayout(right, 1)

        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.pause_button.setAccessibleName(self.tr("Pause the timer"))
        self.ready_button = QPushButton(self.tr("I'm ready to check in &now"), self)
        self.ready_button.setAccessibleName(self.tr("Check in now, before the time is up"))
        self.set_aside_button = QPushButton(self.tr("&Set this pause aside"), self)
        self.set_aside_button.setAccessibleName(self.tr("Set this pause aside"))
        self.set_aside_button.setFlat(True)
        controls = QHBoxLayout()
        controls.addWidget(self.set_aside_button)
        controls.addStretch(1)
        controls.addWidget(self.pause_button)
        controls.addWidget(self.ready_button)

        self.column.addLayout(middle, 1)
        self.column.addLayout(controls)
        self.distraction_edit.returnPressed.connect(self._on_distraction_edit_return_pressed)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def _build_cards(self) -> tuple[QFrame, QFrame, QFrame]:
        move, move_layout = card(self.tr("Move your body"), self)
        move_layout.addWidget(_wrapped(movement_suggestion(), move))
        self.pacer_button = QPushButton(self.tr("Open the breathing &pacer"), move)
        self.pacer_button.setAccessibleName(self.tr("Open the breathing pacer"))
        move_layout.addWidget(self.pacer_button, 0, Qt.AlignmentFlag.AlignLeft)

        absorb, absorb_layout = card(self.tr("Something absorbing"), self)
        absorb_layout.addWidget(_wrapped(distraction_intro(), absorb))
        self.distraction_list = QListWidget(absorb)
        self.distraction_list.setAccessibleName(self.tr("Things that absorb me"))
        self.distraction_list.setMaximumHeight(110)
        self.distraction_edit = QLineEdit(absorb)
        self.distraction_edit.setMaxLength(MAX_DISTRACTION_CHARS)
        self.distraction_edit.setPlaceholderText(self.tr("Add one, then Enter"))
        self.distraction_edit.setAccessibleName(self.tr("Add something that absorbs me"))
        add_label = QLabel(self.tr("A&dd"), absorb)
        add_label.setBuddy(self.distraction_edit)
        self.remove_button = QPushButton(self.tr("&Remove"), absorb)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen item"))
        add_row = QHBoxLayout()
        add_row.addWidget(add_label)
        add_row.addWidget(self.distraction_edit, 1)
        add_row.addWidget(self.remove_button)
        self.empty_label = QLabel(
            self.tr(
                "Nothing here yet. Add a few things that usually hold your attention: "
                "a puzzle, a recipe, a game, a song to learn."
            ),
            absorb,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        absorb_layout.addWidget(self.empty_label)
        absorb_layout.addWidget(self.distraction_list)
        absorb_layout.addLayout(add_row)

        story, story_layout = card(self.tr("If the story starts replaying"), self)
        story_layout.addWidget(_wrapped(rumination_note(), story))

        return move, absorb, story

    def show_distractions(self, items: tuple[str, ...]) -> None:
        """Fill the person's own list."""
        self.distraction_list.clear()
        self.distraction_list.addItems(list(items))
        self._show_list_or_hint()

    def distractions(self) -> tuple[str, ...]:
        """The list as it stands."""
        return tuple(
            self.distraction_list.item(row).text() for row in range(self.distraction_list.count())
        )

    def _show_list_or_hint(self) -> None:
        filled = self.distraction_list.count() > 0
        self.distraction_list.setVisible(filled)
        self.empty_label.setVisible(not filled)
        self.remove_button.setEnabled(filled)

    def show_paused(self, paused: bool) -> None:
        """Swap the pause button's words."""
        self.pause_button.setText(self.tr("&Resume") if paused else self.tr("&Pause"))
        self.pause_button.setAccessibleName(
            self.tr("Resume the timer") if paused else self.tr("Pause the timer")
        )

    @Slot()
    def _on_distraction_edit_return_pressed(self) -> None:
        text = self.distraction_edit.text().strip()
        if not text or self.distraction_list.count() >= MAX_DISTRACTIONS:
            return
        self.distraction_list.addItem(text)
        self.distraction_edit.clear()
        self._show_list_or_hint()
        self.distractions_edited.emit(self.distractions())

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.distraction_list.currentRow()
        if row < 0:
            row = self.distraction_list.count() - 1
        if row < 0:
            return
        self.distraction_list.takeItem(row)
        self._show_list_or_hint()
        self.distractions_edited.emit(self.distractions())


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label
