"""The "Moments" page: every moment, newest first, searchable, to change or delete.

Signals:
    edit_requested(moment_id): change this moment in the full form.
    delete_requested(moment_id): delete it (the tab does it, undoably).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from healer.domain.moments import Moment
from healer.ui.common.form_pieces import button_row
from healer.ui.common.quiet_list import quiet_list_view
from healer.ui.people.models import IdRole, MomentListModel


class MomentsPage(QWidget):
    """The list of moments with a search field; the tab fills it."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search the words of your moments, or a name"))
        self.search_edit.setAccessibleName(self.tr("Search your moments"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Sea&rch"), self)
        search_label.setBuddy(self.search_edit)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search_edit, 1)
        layout.addLayout(row)
        self.model = MomentListModel(self)
        self.moment_list = quiet_list_view(self, self.tr("Your moments of being met"), compact=True)
        self.moment_list.setModel(self.model)
        self.moment_list.activated.connect(self._on_moment_list_activated)
        self.moment_list.selectionModel().currentChanged.connect(self._on_current_changed)
        layout.addWidget(self.moment_list, 1)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty_label)
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        self.edit_button.setAccessibleName(self.tr("Change the chosen moment"))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the chosen moment"))
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        layout.addLayout(button_row(self.delete_button, self.edit_button))
        self._on_current_changed(QModelIndex(), QModelIndex())

    def set_moments(self, moments: list[Moment], *, searching: bool) -> None:
        """Show these moments, keeping the chosen one when it is still listed."""
        keep = self.current_moment_id
        self.model.set_moments(moments)
        self.moment_list.setVisible(bool(moments))
        self.empty_label.setVisible(not moments)
        self.edit_button.setVisible(bool(moments))
        self.delete_button.setVisible(bool(moments))
        if not moments:
            self.empty_label.setText(
                self.tr("No moment has these words.")
                if searching
                else self.tr(
                    "No moments yet. When you reach out and say what you need, or meet "
                    "your own need, log it above: over months the pattern shows who meets "
                    "you, and how often."
                )
            )
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.moment_list.setCurrentIndex(self.model.index(row, 0))
        self._on_current_changed(self.moment_list.currentIndex(), QModelIndex())

    @property
    def current_moment_id(self) -> int | None:
        """The chosen moment."""
        index = self.moment_list.currentIndex()
        data = index.data(IdRole) if index.isValid() else None
        return data if isinstance(data, int) else None

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = current.isValid()
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot(QModelIndex)
    def _on_moment_list_activated(self, index: QModelIndex) -> None:
        moment_id = index.data(IdRole)
        if isinstance(moment_id, int):
            self.edit_requested.emit(moment_id)

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        if self.current_moment_id is not None:
            self.edit_requested.emit(self.current_moment_id)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        if self.current_moment_id is not None:
            self.delete_requested.emit(self.current_moment_id)
