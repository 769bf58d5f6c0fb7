"""What the person keeps about someone: name or nickname, role, notes, archived.

Signals:
    saved(person_id): the details were written to the vault.
    delete_requested(person_id): the person asked to delete them (the tab does it, undoably).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from healer.domain.activation import MAX_PERSON_CHARS
from healer.domain.errors import HealerError, ValidationError
from healer.domain.people import Person, PersonInput, Role
from healer.services.session import Session
from healer.ui.people.texts import role_name


class PersonForm(QWidget):
    """Edit one person's details; archiving keeps everything but takes them off the choices."""

    saved = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._person_id: int | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_PERSON_CHARS)
        self.name_edit.setAccessibleName(self.tr("Name or nickname"))
        self.role_combo = QComboBox(self)
        self.role_combo.setAccessibleName(self.tr("Who they are to you"))
        for role in Role:
            self.role_combo.addItem(role_name(role), role)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes about them"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 2 + 16)
        self.archived_check = QCheckBox(self.tr("A&rchived — the relationship has ended"), self)
        self.archived_check.setAccessibleName(self.tr("Archived"))
        for label, field in (
            (self.tr("&Name"), self.name_edit),
            (self.tr("R&ole"), self.role_combo),
            (self.tr("No&tes"), self.notes_edit),
        ):
            buddy = QLabel(label, self)
            buddy.setBuddy(field)
            form.addRow(buddy, field)
        form.setWidget(form.rowCount(), QFormLayout.ItemRole.FieldRole, self.archived_check)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete this person and their moments"))
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.save_button = QPushButton(self.tr("&Save details"), self)
        self.save_button.setAccessibleName(self.tr("Save this person's details"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.problem, 1)
        row.addWidget(self.delete_button)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.show_person(None)

    @property
    def person_id(self) -> int | None:
        """The person shown."""
        return self._person_id

    def show_person(self, person: Person | None) -> None:
        """Fill the fields from a person (None clears and disables them)."""
        self._person_id = person.id if person is not None else None
        content = person.content if person is not None else PersonInput("")
        self.name_edit.setText(content.name)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(content.role)))
        self.notes_edit.setPlainText(content.notes)
        self.archived_check.setChecked(content.archived)
        self.problem.clear()
        self.setEnabled(person is not None)

    def save(self) -> bool:
        """Write the details; a problem is shown beside the buttons and nothing is lost."""
        if self._person_id is None:
            return False
        content = PersonInput(
            name=self.name_edit.text(),
            role=self.role_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
            archived=self.archived_check.isChecked(),
        )
        try:
            person = self._session.people.update_person(self._person_id, content)
        except ValidationError as error:
            self.problem.setText(
                self.tr("Please look at this once more: %1").replace(
                    "%1", QCoreApplication.translate("PeopleRules", error.problem)
                )
            )
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except HealerError:
            self.problem.setText(self.tr("These details could not be saved just now."))
            return False
        self.problem.setText(self.tr("Saved."))
        self.saved.emit(person.id)
        return True

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        if self._person_id is not None:
            self.delete_requested.emit(self._person_id)
