"""What a person keeps about one part: name, typical age, usual fear, what helps, notes.

Signals:
    saved(part_id): the part's details were written to the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from healer.domain.errors import HealerError, ValidationError
from healer.domain.parts import AGE_CHOICES, MAX_PART_NAME_CHARS, Part, PartInput
from healer.services.session import Session
from healer.ui.common.dialogue_texts import dialogue_texts


class PartPanel(QWidget):
    """Edit one part's details; the name is how the dialogues find it again."""

    saved = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._part_id: int | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_PART_NAME_CHARS)
        self.name_edit.setAccessibleName(self.tr("Name of the part"))
        self.age_combo = QComboBox(self)
        self.age_combo.setAccessibleName(self.tr("Typical age"))
        self.age_combo.addItem(self.tr("Not said"), "")
        for choice in AGE_CHOICES:
            self.age_combo.addItem(dialogue_texts().age_choices[choice], choice)
        self.fear_edit = self._text_field(self.tr("Usual fear"))
        self.helps_edit = self._text_field(self.tr("What helps"))
        self.notes_edit = self._text_field(self.tr("Notes"))
        for label, field in (
            (self.tr("&Name"), self.name_edit),
            (self.tr("Typical &age"), self.age_combo),
            (self.tr("Usual &fear"), self.fear_edit),
            (self.tr("What &helps"), self.helps_edit),
            (self.tr("N&otes"), self.notes_edit),
        ):
            buddy = QLabel(label, self)
            buddy.setBuddy(field)
            form.addRow(buddy, field)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.save_button = QPushButton(self.tr("&Save these details"), self)
        self.save_button.setAccessibleName(self.tr("Save the part's details"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.problem, 1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self.show_part(None)

    def _text_field(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 16)
        return edit

    @property
    def part_id(self) -> int | None:
        """The part shown."""
        return self._part_id

    def show_part(self, part: Part | None) -> None:
        """Fill the fields from a part (None clears and disables them)."""
        self._part_id = part.id if part is not None else None
        content = part.content if part is not None else PartInput("")
        self.name_edit.setText(content.name)
        self.age_combo.setCurrentIndex(max(0, self.age_combo.findData(content.typical_age)))
        self.fear_edit.setPlainText(content.usual_fear)
        self.helps_edit.setPlainText(content.what_helps)
        self.notes_edit.setPlainText(content.notes)
        self.problem.clear()
        self.setEnabled(part is not None)

    def save(self) -> bool:
        """Write the details; a problem is shown beside the button and nothing is lost."""
        if self._part_id is None:
            return False
        content = PartInput(
            name=self.name_edit.text(),
            typical_age=str(self.age_combo.currentData() or ""),
            usual_fear=self.fear_edit.toPlainText(),
            what_helps=self.helps_edit.toPlainText(),
            notes=self.notes_edit.toPlainText(),
        )
        try:
            part = self._session.parts.update_part(self._part_id, content)
        except ValidationError as error:
            self.problem.setText(
                self.tr("Please look at this once more: %1").replace(
                    "%1", QCoreApplication.translate("PartsRules", error.problem)
                )
            )
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except HealerError:
            self.problem.setText(self.tr("This could not be saved just now."))
            return False
        self.problem.setText(self.tr("Saved."))
        self.saved.emit(part.id)
        return True

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()
