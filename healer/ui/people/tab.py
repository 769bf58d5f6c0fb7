"""The people tab: log moments of being met, keep the people in your life, see consistency.

Signals:
    status_message(text): a short confirmation for the status bar (never a name or words).
    help_requested(): the gentle note's link to the help and support page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from healer.domain.changes import Change
from healer.domain.errors import HealerError
from healer.domain.moments import MomentQuery
from healer.services.session import Session
from healer.ui.people.moment_dialog import MomentDialog
from healer.ui.people.moments_page import MomentsPage
from healer.ui.people.people_page import PeoplePage
from healer.ui.people.quick_log import QuickLogBar
from healer.ui.people.undo import DeleteMomentCommand, DeletePersonCommand

_WATCHED = Change.PERSON | Change.MOMENT | Change.ACTIVATION


class PeopleTab(QWidget):
    """Everything about being met, hosted by the main window as one tab."""

    status_message = Signal(str)
    help_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._undo_stack = QUndoStack(self)
        self.dialog: MomentDialog | None = None
        self._build()
        session.changes.data_changed.connect(self._on_session_data_changed)
        self.refresh()

    @property
    def undo_stack(self) -> QUndoStack:
        """Deletes of moments and people, for the window's Edit menu."""
        return self._undo_stack

    # -- building ----------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 14)
        outer.setSpacing(10)
        outer.addLayout(self._build_header())
        self.quick_log = QuickLogBar(self._session, self)
        self.quick_log.full_form_requested.connect(self._on_quick_log_full_form_requested)
        outer.addWidget(self.quick_log)
        self.sections = QTabWidget(self)
        self.sections.setDocumentMode(True)
        self.sections.setAccessibleName(self.tr("Moments and people"))
        self.moments_page = MomentsPage(self)
        self.moments_page.edit_requested.connect(self.open_moment)
        self.moments_page.delete_requested.connect(self.delete_moment)
        self.moments_page.search_edit.textChanged.connect(self._on_search_text_changed)
        self.people_page = PeoplePage(self._session, self)
        self.people_page.delete_requested.connect(self.delete_person)
        self.people_page.help_requested.connect(self.help_requested)
        self.people_page.moment_requested.connect(self.open_moment)
        self.sections.addTab(self.moments_page, self.tr("Moments"))
        self.sections.addTab(self.people_page, self.tr("People"))
        outer.addWidget(self.sections, 1)

    def _build_header(self) -> QHBoxLayout:
        title = QLabel(self.tr("Being met"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        lead = QLabel(
            self.tr(
                "Security grows from being met, again and again: you said what you needed, "
                "plainly, and someone answered with care — or you answered yourself."
            ),
            self,
        )
        lead.setWordWrap(True)
        lead.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(title)
        text.addWidget(lead)
        self.log_button = QPushButton(self.tr("&Log a moment…"), self)
        self.log_button.setAccessibleName(self.tr("Log a moment with the full form"))
        self.log_button.clicked.connect(self._on_log_button_clicked)
        header = QHBoxLayout()
        header.setSpacing(24)
        header.addLayout(text, 1)
        header.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    # -- showing -----------------------------------------------------------

    def refresh(self) -> None:
        """Read the people and moments again."""
        try:
            people = self._session.people.people()
            search = self.moments_page.search_edit.text()
            moments = self._session.people.moments(MomentQuery(search=search))
        except HealerError:
            self.status_message.emit(self.tr("The people tab could not be read just now."))
            return
        self.quick_log.set_people(people)
        self.moments_page.set_moments(moments, searching=bool(search.strip()))
        self.people_page.set_people(people)

    # -- actions -----------------------------------------------------------

    def open_moment(self, moment_id: int | None = None) -> MomentDialog | None:
        """The full form: a new moment (None) or one to change."""
        if self.dialog is not None:
            self.dialog.save_draft()
            self.dialog.close()
        moment = None
        if moment_id is not None:
            try:
                moment = self._session.people.moment(moment_id)
            except HealerError:
                self.status_message.emit(self.tr("That moment could not be read just now."))
                return None
        self.dialog = MomentDialog(
            self._session, self, moment=moment, person_id=self.quick_log.person_id
        )
        self.dialog.saved.connect(self._on_dialog_saved)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()
        return self.dialog

    def log_moment_after_pause(self, pause_id: int) -> MomentDialog | None:
        """The full form after a 20-minute pause: its words, said as a need, linked to it."""
        dialog = self.open_moment()
        if dialog is not None and not dialog.restored_draft:
            dialog.start_from_pause(pause_id)
        return dialog

    def delete_moment(self, moment_id: int) -> None:
        """Delete a moment; Ctrl+Z brings it back."""
        command = DeleteMomentCommand(self._session, moment_id, self.status_message.emit)
        self._undo_stack.push(command)

    def delete_person(self, person_id: int) -> None:
        """Delete a person with their moments; Ctrl+Z brings them back."""
        command = DeletePersonCommand(self._session, person_id, self.status_message.emit)
        self._undo_stack.push(command)

    def save_drafts(self) -> None:
        """Keep what the open form holds (the window calls this before a lock)."""
        if self.dialog is not None:
            self.dialog.save_draft()

    # -- events ------------------------------------------------------------

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & _WATCHED:
            self.refresh()

    @Slot()
    def _on_log_button_clicked(self) -> None:
        self.open_moment()

    @Slot()
    def _on_quick_log_full_form_requested(self) -> None:
        self.open_moment()

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self.refresh()

    @Slot(int)
    def _on_dialog_saved(self, _moment_id: int) -> None:
        self.status_message.emit(self.tr("Moment kept."))

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
