"""One person's consistency: their activations, care per quarter, the gentle signal, moments.

Signals:
    help_requested(): the person followed the signal's link to the help and support page.
    moment_requested(moment_id): the person chose one of the moments to change.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healer.domain.errors import HealerError
from healer.services.people import PersonConsistency
from healer.services.session import Session
from healer.ui.common.formatting import format_duration
from healer.ui.common.quiet_list import quiet_list_view
from healer.ui.people.models import IdRole, MomentListModel


def quarter_lines(page: PersonConsistency) -> str:
    """Care per quarter as plain lines, newest first (read out by screen readers as is)."""
    locale = QLocale()
    lines = []
    for share in reversed(page.quarters):
        lines.append(
            QCoreApplication.translate("ConsistencyView", "%1 Q%2: %3 of %4 met with care (%5%)")
            .replace("%1", str(share.year))
            .replace("%2", str(share.quarter))
            .replace("%3", locale.toString(share.met_with_care))
            .replace("%4", locale.toString(share.total))
            .replace("%5", locale.toString(round(share.share * 100)))
        )
    return "\n".join(lines)


def activation_line(page: PersonConsistency) -> str:
    """How many activations they were involved in, and how long those lasted."""
    facts = page.activations
    n = facts.count
    if n == 0:
        return QCoreApplication.translate("ConsistencyView", "Not named in any activation.")
    # Spelled out: without a translation loaded, Qt shows "%n activation(s)" as is.
    if facts.median_duration is None:
        if n == 1:
            return QCoreApplication.translate("ConsistencyView", "Involved in 1 activation.")
        return QCoreApplication.translate("ConsistencyView", "Involved in %n activations.", None, n)
    line = (
        QCoreApplication.translate("ConsistencyView", "Involved in 1 activation; median length %1.")
        if n == 1
        else QCoreApplication.translate(
            "ConsistencyView", "Involved in %n activations; median length %1.", None, n
        )
    )
    return line.replace("%1", format_duration(facts.median_duration))


class ConsistencyView(QWidget):
    """The lower half of a person's page."""

    help_requested = Signal()
    moment_requested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._person_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.signal_frame = self._build_signal()
        layout.addWidget(self.signal_frame)
        self.activations_label = QLabel(self)
        self.activations_label.setWordWrap(True)
        self.activations_label.setAccessibleName(self.tr("Activations they were involved in"))
        layout.addWidget(self.activations_label)
        self.quarters_label = QLabel(self)
        self.quarters_label.setWordWrap(True)
        self.quarters_label.setAccessibleName(self.tr("Share met with care per quarter"))
        layout.addWidget(self.quarters_label)
        timeline = QLabel(self.tr("<b>Moments with them</b>"), self)
        layout.addWidget(timeline)
        self.moment_model = MomentListModel(self, with_who=False)
        self.moment_list = quiet_list_view(self, self.tr("Moments with this person"), compact=True)
        self.moment_list.setModel(self.moment_model)
        self.moment_list.activated.connect(self._on_moment_list_activated)
        # The page scrolls as a whole; the list keeps room for a few moments.
        self.moment_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        timeline.setBuddy(self.moment_list)
        layout.addWidget(self.moment_list, 1)

    def _build_signal(self) -> QFrame:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setAutoFillBackground(True)
        frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QVBoxLayout(frame)
        self.signal_label = QLabel(frame)
        self.signal_label.setWordWrap(True)
        self.signal_label.setAccessibleName(self.tr("A gentle note about this relationship"))
        layout.addWidget(self.signal_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.help_button = QPushButton(self.tr("Help and &support"), frame)
        self.help_button.setAccessibleName(self.tr("Open the help and support page"))
        self.help_button.clicked.connect(self.help_requested)
        self.dismiss_button = QPushButton(self.tr("Set this note &aside"), frame)
        self.dismiss_button.setAccessibleName(self.tr("Set the gentle note aside"))
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        row.addWidget(self.help_button)
        row.addWidget(self.dismiss_button)
        layout.addLayout(row)
        frame.hide()
        return frame

    def show_person(self, person_id: int | None) -> None:
        """Read and show someone's page (None empties it)."""
        self._person_id = person_id
        if person_id is None:
            self.moment_model.set_moments([])
            self.activations_label.clear()
            self.quarters_label.clear()
            self.signal_frame.hide()
            return
        try:
            page = self._session.people.consistency(person_id)
        except HealerError:
            self.activations_label.setText(self.tr("This page could not be read just now."))
            return
        self.moment_model.set_moments(list(reversed(page.moments)))
        self.activations_label.setText(activation_line(page))
        quarters = quarter_lines(page)
        self.quarters_label.setText(
            quarters or self.tr("No moments with them yet. The quick log above takes two taps.")
        )
        signal = page.signal
        self.signal_frame.setVisible(signal is not None)
        if signal is not None:
            self.signal_label.setText(
                self.tr(
                    "<p>Over the last six months, %1 came up in %2 activations, and %3 of "
                    "%4 times you reached out to them you were met with care.</p>"
                    "<p>Some relationships keep re-confirming the old wound, however "
                    "clearly you ask. That is not a verdict on you or on them, and only you "
                    "can weigh it; it may be worth looking at, with a therapist if you can.</p>"
                )
                .replace("%1", escape(page.person.name))
                .replace("%2", str(signal.activations))
                .replace("%3", str(signal.met_with_care))
                .replace("%4", str(signal.moments))
            )

    @Slot()
    def _on_dismiss_button_clicked(self) -> None:
        if self._person_id is None:
            return
        try:
            self._session.people.dismiss_signal(self._person_id)
        except HealerError:
            return
        self.signal_frame.hide()

    @Slot(QModelIndex)
    def _on_moment_list_activated(self, index: QModelIndex) -> None:
        moment_id = index.data(IdRole)
        if isinstance(moment_id, int):
            self.moment_requested.emit(moment_id)
