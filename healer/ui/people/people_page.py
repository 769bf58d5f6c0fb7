"""The "People" page: the registry on the left, the chosen person's page on the right.

Signals:
    delete_requested(person_id): delete this person (the tab does it, undoably).
    help_requested(): open the help and support page.
    moment_requested(moment_id): change one of the person's moments.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healer.domain.activation import MAX_PERSON_CHARS
from healer.domain.errors import HealerError, ValidationError
from healer.domain.people import Person, PersonInput
from healer.services.session import Session
from healer.ui.common.fit import scrolling
from healer.ui.common.quiet_list import quiet_list_view
from healer.ui.people.consistency_view import ConsistencyView
from healer.ui.people.models import IdRole, PersonListModel
from healer.ui.people.person_form import PersonForm

LIST_WIDTH = 260


class PeoplePage(QWidget):
    """Add someone, choose someone, keep their details and see how they meet you."""

    delete_requested = Signal(int)
    help_requested = Signal()
    moment_requested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self._build_list())
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 8, 0)
        self.form = PersonForm(session, right)
        self.form.delete_requested.connect(self.delete_requested)
        self.consistency = ConsistencyView(session, right)
        self.consistency.help_requested.connect(self.help_requested)
        self.consistency.moment_requested.connect(self.moment_requested)
        self.placeholder = QLabel(right)
        self.placeholder.setWordWrap(True)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(self.placeholder)
        right_layout.addWidget(self.form)
        right_layout.addWidget(self.consistency, 1)
        right_layout.addStretch(0)
        layout.addWidget(scrolling(right, self), 1)

    def _build_list(self) -> QWidget:
        left = QWidget(self)
        left.setFixedWidth(LIST_WIDTH)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.new_name_edit = QLineEdit(left)
        self.new_name_edit.setMaxLength(MAX_PERSON_CHARS)
        self.new_name_edit.setPlaceholderText(self.tr("A name or nickname"))
        self.new_name_edit.setAccessibleName(self.tr("Name of someone to add"))
        self.new_name_edit.returnPressed.connect(self._on_add_button_clicked)
        self.add_button = QPushButton(self.tr("A&dd"), left)
        self.add_button.setAccessibleName(self.tr("Add this person"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        add_label = QLabel(self.tr("Add &someone"), left)
        add_label.setBuddy(self.new_name_edit)
        row = QHBoxLayout()
        row.addWidget(self.new_name_edit, 1)
        row.addWidget(self.add_button)
        self.add_problem = QLabel(left)
        self.add_problem.setWordWrap(True)
        self.add_problem.hide()
        self.model = PersonListModel(self)
        self.person_list = quiet_list_view(left, self.tr("The people in your life"), compact=True)
        self.person_list.setModel(self.model)
        selection = self.person_list.selectionModel()
        selection.currentChanged.connect(self._on_person_list_current_changed)
        self.archived_check = QCheckBox(self.tr("Show a&rchived"), left)
        self.archived_check.toggled.connect(self._on_archived_check_toggled)
        column.addWidget(add_label)
        column.addLayout(row)
        column.addWidget(self.add_problem)
        column.addWidget(self.person_list, 1)
        column.addWidget(self.archived_check)
        return left

    # -- showing -----------------------------------------------------------

    @property
    def current_person_id(self) -> int | None:
        """The person whose page is shown."""
        index = self.person_list.currentIndex()
        data = index.data(IdRole) if index.isValid() else None
        return data if isinstance(data, int) else None

    def set_people(self, people: list[Person]) -> None:
        """Show the registry again, keeping the chosen person when they are still listed."""
        keep = self.current_person_id
        shown = [p for p in people if self.archived_check.isChecked() or not p.content.archived]
        self.model.set_people(shown)
        if not people:
            self.placeholder.setText(
                self.tr(
                    "Add the people you reach out to: a partner, friends, family, a "
                    "therapist, a group or a mentor. Names typed in the activation log "
                    "appear here too. Everything stays in your encrypted vault."
                )
            )
        elif not shown:
            self.placeholder.setText(self.tr("Everyone here is archived: tick “Show archived”."))
        else:
            self.placeholder.setText(self.tr("Choose someone to see how they meet you."))
        row = self.model.row_of(keep) if keep is not None else -1
        self.select_row(row if row >= 0 else (0 if shown else -1))

    def select_row(self, row: int) -> None:
        """Choose a row of the list (-1: nobody) and show that person's page."""
        if row < 0:
            self.person_list.setCurrentIndex(QModelIndex())
            self._show(None)
            return
        index = self.model.index(row, 0)
        if index == self.person_list.currentIndex():
            self._show(self.model.person_at(row))
        else:
            self.person_list.setCurrentIndex(index)

    def select_person(self, person_id: int) -> None:
        """Show someone's page."""
        self.select_row(self.model.row_of(person_id))

    def _show(self, person: Person | None) -> None:
        self.placeholder.setVisible(person is None)
        self.form.setVisible(person is not None)
        self.consistency.setVisible(person is not None)
        self.form.show_person(person)
        self.consistency.show_person(person.id if person is not None else None)

    # -- events ------------------------------------------------------------

    def add_person(self, name: str) -> Person | None:
        """Add someone by name; a problem is said under the field and the name stays."""
        try:
            person = self._session.people.add_person(PersonInput(name))
        except ValidationError as error:
            # The rule's words are the domain's; translated here, where they are shown.
            self.add_problem.setText(QCoreApplication.translate("PeopleRules", error.problem))
            self.add_problem.show()
            return None
        except HealerError:
            self.add_problem.setText(self.tr("They could not be added just now."))
            self.add_problem.show()
            return None
        self.add_problem.hide()
        self.new_name_edit.clear()
        self.set_people(self._session.people.people())
        self.select_person(person.id)
        return person

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_person(self.new_name_edit.text())

    @Slot(bool)
    def _on_archived_check_toggled(self, _checked: bool) -> None:
        self.set_people(self._session.people.people())

    @Slot(QModelIndex, QModelIndex)
    def _on_person_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.person_at(current.row()) if current.isValid() else None)
