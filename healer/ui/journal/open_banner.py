"""The "still activated" banner: the latest open episode, with a one-click "I've settled".

Signals:
    settled(activation_id): the person marked the episode as settled.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from healer.domain.activation import ActivationQuery
from healer.domain.changes import Change
from healer.domain.errors import HealerError
from healer.services.session import Session
from healer.ui.common.formatting import format_time


class OpenEpisodeBanner(QFrame):
    """Shown only while an episode is open; reading open episodes uses a small partial index."""

    settled = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._open_id: int | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.settle_button = QPushButton(self.tr("I've &settled"), self)
        self.settle_button.setAccessibleName(self.tr("I've settled"))
        self.settle_button.clicked.connect(self._on_settle_button_clicked)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.settle_button)
        session.changes.data_changed.connect(self._on_session_data_changed)
        session.locked.connect(self._on_session_locked)
        self.refresh()

    @property
    def open_id(self) -> int | None:
        """The episode the button would settle."""
        return self._open_id

    def refresh(self) -> None:
        """Look for the latest open episode."""
        if not self._session.is_open:
            self._show_none()
            return
        latest = self._session.journal.find(ActivationQuery(open_only=True, limit=1))
        if not latest:
            self._show_none()
            return
        activation = latest[0]
        others = self._session.journal.count(ActivationQuery(open_only=True)) - 1
        self._open_id = activation.id
        if others > 0:
            text = self.tr(
                "Still activated since %1. Take your time; when it has eased, say so."
                " (%n more open)",
                "",
                others,
            )
        else:
            text = self.tr("Still activated since %1. Take your time; when it has eased, say so.")
        since = format_time(activation.content.started_at, self.locale())
        self.message.setText(text.replace("%1", since))
        self.setAccessibleName(self.tr("Still activated"))
        self.show()

    def settle(self) -> None:
        """Stamp the open episode as settled now."""
        if self._open_id is None:
            return
        activation_id = self._open_id
        try:
            self._session.journal.settle(activation_id)
        except HealerError:
            return
        self.settled.emit(activation_id)

    def _show_none(self) -> None:
        self._open_id = None
        self.message.clear()
        self.hide()

    @Slot()
    def _on_settle_button_clicked(self) -> None:
        self.settle()

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & Change.ACTIVATION:
            self.refresh()

    @Slot()
    def _on_session_locked(self) -> None:
        self._show_none()
