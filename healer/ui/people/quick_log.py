"""Logging a moment in two taps: who, then how it went; the full form is one more away.

Signals:
    logged(moment_id): a moment was kept, at the time of the tap.
    full_form_requested(): the person wants the whole form, with this who carried over.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healer.domain.clock import utc_now
from healer.domain.errors import HealerError
from healer.domain.moments import RESPONSES, MomentInput, Response
from healer.domain.people import Person
from healer.services.session import Session
from healer.ui.people.texts import myself, response_name


class QuickLogBar(QFrame):
    """A calm band above the lists: choose who, tap how they responded, done."""

    logged = Signal(int)
    full_form_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(6)
        title = QLabel(self.tr("<b>Quick log</b> — you reached out, or met your own need:"), self)
        outer.addWidget(title)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.who_combo = QComboBox(self)
        self.who_combo.setAccessibleName(self.tr("Who met you"))
        self.who_combo.setMinimumContentsLength(12)
        who_label = QLabel(self.tr("W&ho"), self)
        who_label.setBuddy(self.who_combo)
        row.addWidget(who_label)
        row.addWidget(self.who_combo)
        row.addSpacing(8)
        self.response_buttons: dict[Response, QPushButton] = {}
        for response in RESPONSES:
            button = QPushButton(response_name(response), self)
            button.setAccessibleName(
                self.tr("Log it now: %1").replace("%1", response_name(response))
            )
            button.clicked.connect(partial(self._on_response_clicked, response))
            self.response_buttons[response] = button
            row.addWidget(button)
        row.addStretch(1)
        self.more_button = QPushButton(self.tr("&More detail…"), self)
        self.more_button.setAccessibleName(self.tr("Log a moment with the full form"))
        self.more_button.clicked.connect(self.full_form_requested)
        row.addWidget(self.more_button)
        outer.addLayout(row)
        self.feedback = QLabel(self)
        self.feedback.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.feedback.setAccessibleName(self.tr("What the quick log did"))
        outer.addWidget(self.feedback)
        self.feedback.hide()
        self.set_people([])

    def set_people(self, people: list[Person]) -> None:
        """Offer Myself and everyone not archived, keeping the current choice when it stays."""
        current = self.who_combo.currentData()
        self.who_combo.blockSignals(True)
        self.who_combo.clear()
        self.who_combo.addItem(myself(), None)
        for person in people:
            if not person.content.archived:
                self.who_combo.addItem(person.name, person.id)
        index = self.who_combo.findData(current)
        self.who_combo.setCurrentIndex(max(0, index))
        self.who_combo.blockSignals(False)

    @property
    def person_id(self) -> int | None:
        """Who is chosen (None: Myself)."""
        data = self.who_combo.currentData()
        return data if isinstance(data, int) else None

    def log(self, response: Response) -> int | None:
        """Keep a moment with the chosen who at this time; returns its id."""
        content = MomentInput(utc_now(), response, person_id=self.person_id)
        try:
            moment = self._session.people.log_moment(content)
        except HealerError:
            self.feedback.setText(self.tr("That could not be kept just now; please try again."))
            self.feedback.show()
            return None
        self.feedback.setText(
            self.tr("Kept: %1, %2. Add words to it from the list below if you like.")
            .replace("%1", self.who_combo.currentText())
            .replace("%2", response_name(response).lower())
        )
        self.feedback.show()
        self.logged.emit(moment.id)
        return moment.id

    @Slot()
    def _on_response_clicked(self, response: Response) -> None:
        self.log(response)
