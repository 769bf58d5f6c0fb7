"""The seven pages of the dialogue wizard: a quiet heading, a lead, a hint and one answer.

Signals (every page):
    changed(): something was typed or chosen.
    advance_requested(): Enter was pressed in a text field (Shift+Enter adds a line).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from healer.domain.parts import AGE_CHOICES, DialogueStep
from healer.ui.common.dialogue_texts import DialogueTexts, StepText
from healer.ui.common.form_pieces import prompt_labels
from healer.ui.common.intensity_taps import IntensityTaps

READING_WIDTH = 640
_FIELD_STYLE = (
    "QPlainTextEdit { border: 1px solid palette(mid); border-radius: 10px;"
    " padding: 10px 12px; background: palette(base); }"
    "QPlainTextEdit:focus { border: 2px solid palette(highlight); }"
)
_CHOICE_STYLE = (
    "QPushButton { padding: 7px 16px; border: 1px solid palette(mid); border-radius: 16px;"
    " background: palette(base); color: palette(text); }"
    "QPushButton:hover { border-color: palette(highlight); }"
    "QPushButton:focus { border: 2px solid palette(highlight); }"
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); font-weight: bold; }"
)


class DialogueStepPage(QWizardPage):
    """One step: heading, lead and hint centred in a calm reading column."""

    changed = Signal()
    advance_requested = Signal()

    def __init__(self, step: DialogueStep, text: StepText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step-{step.value}")
        self.setAccessibleName(text.title)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 28, 24, 8)
        outer.addStretch(1)
        column = QWidget(self)
        column.setMaximumWidth(READING_WIDTH)
        column.setMinimumWidth(min(READING_WIDTH, 480))
        outer.addWidget(column, 6)
        outer.addStretch(1)
        self.column = QVBoxLayout(column)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(10)
        self.progress = QLabel(column)
        self.progress.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.heading = QLabel(text.title, column)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.lead = QLabel(text.lead, column)
        self.lead.setWordWrap(True)
        self.hint = QLabel(text.hint, column)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.column.addWidget(self.progress)
        self.column.addWidget(self.heading)
        self.column.addSpacing(4)
        self.column.addWidget(self.lead)
        self.column.addWidget(self.hint)
        self.column.addSpacing(8)
        self.footer = QLabel(column)
        self.footer.setWordWrap(True)
        self.footer.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._body_index = self.column.count()
        self.column.addStretch(1)
        self.column.addWidget(self.footer)

    def add_body(self, widget: QWidget, stretch: int = 0) -> None:
        """Place the step's own field below the hint."""
        self.column.insertWidget(self._body_index, widget, stretch)
        self._body_index += 1

    def first_field(self) -> QWidget | None:
        """Where the cursor goes when the step opens."""
        return None

    def fields(self) -> dict[str, str]:
        """What this step holds, as text."""
        return {}

    def set_fields(self, fields: Mapping[str, str]) -> None:
        """Show kept values (a continued dialogue)."""
        del fields

    def initializePage(self) -> None:
        """Put the cursor in the step's field, so typing can start at once."""
        target = self.first_field()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


class _EnterFilter(QObject):
    """Enter in a text field asks to go on; Shift+Enter keeps its usual new line."""

    def __init__(self, page: DialogueStepPage) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ControlModifier,
            ):
                self._page.advance_requested.emit()
                return True
        return super().eventFilter(watched, event)


class SettlePage(DialogueStepPage):
    """A few slow breaths first, with a link to the breathing pacer.

    Signals:
        pacer_requested(): the person followed the link to the pacer.
    """

    pacer_requested = Signal()

    def __init__(self, text: StepText, parent: QWidget | None = None) -> None:
        super().__init__(DialogueStep.SETTLE, text, parent)
        link = '<a href="pacer">%1</a>'.replace("%1", html.escape(text.get("link")))
        self.pacer_link = QLabel(link, self)
        self.pacer_link.setTextFormat(Qt.TextFormat.RichText)
        self.pacer_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.pacer_link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pacer_link.setAccessibleName(text.get("link"))
        self.pacer_link.linkActivated.connect(self._on_pacer_link_link_activated)
        self.heading.setBuddy(self.pacer_link)
        self.add_body(self.pacer_link)

    @Slot(str)
    def _on_pacer_link_link_activated(self, _href: str) -> None:
        self.pacer_requested.emit()


class TextStepPage(DialogueStepPage):
    """A step answered in the person's own words, kept exactly as typed."""

    def __init__(
        self, step: DialogueStep, key: str, text: StepText, parent: QWidget | None = None
    ) -> None:
        super().__init__(step, text, parent)
        self.key = key
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName(f"field-{key}")
        self.edit.setPlaceholderText(text.extra.get("placeholder", ""))
        self.edit.setAccessibleName(text.title)
        self.edit.setAccessibleDescription(text.hint)
        self.edit.setTabChangesFocus(True)
        self.edit.setStyleSheet(_FIELD_STYLE)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 6 + 24)
        self.edit.installEventFilter(_EnterFilter(self))
        self.edit.textChanged.connect(self.changed)
        self.heading.setBuddy(self.edit)
        self.add_body(self.edit, 1)

    def first_field(self) -> QWidget:
        """Where the cursor goes when the step opens."""
        return self.edit

    def fields(self) -> dict[str, str]:
        """What this step holds, as text."""
        return {self.key: self.edit.toPlainText()}

    def set_fields(self, fields: Mapping[str, str]) -> None:
        """Show kept values (a continued dialogue)."""
        self.edit.setPlainText(fields.get(self.key, ""))


class AgeStepPage(DialogueStepPage):
    """Quick choices for the part's age; choosing the same one again clears it."""

    def __init__(self, texts: DialogueTexts, parent: QWidget | None = None) -> None:
        super().__init__(DialogueStep.AGE, texts.steps[DialogueStep.AGE], parent)
        self._age = ""
        row = QWidget(self)
        row.setAccessibleName(texts.steps[DialogueStep.AGE].title)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self.buttons: dict[str, QPushButton] = {}
        for index, choice in enumerate(AGE_CHOICES):
            button = QPushButton(texts.age_choices[choice], row)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setAccessibleName(texts.age_choices[choice])
            button.setStyleSheet(_CHOICE_STYLE)
            self._group.addButton(button, index)
            layout.addWidget(button)
            self.buttons[choice] = button
        layout.addStretch(1)
        self._group.idClicked.connect(self._on_group_id_clicked)
        self.heading.setBuddy(self.buttons[AGE_CHOICES[0]])
        self.add_body(row)

    def first_field(self) -> QWidget:
        """Where the cursor goes when the step opens."""
        return self.buttons.get(self._age) or self.buttons[AGE_CHOICES[0]]

    def fields(self) -> dict[str, str]:
        """What this step holds, as text."""
        return {"age": self._age}

    def set_fields(self, fields: Mapping[str, str]) -> None:
        """Show kept values (a continued dialogue)."""
        self.choose(fields.get("age", ""))

    def choose(self, age: str) -> None:
        """Show one choice as chosen ('' clears)."""
        self._age = age if age in self.buttons else ""
        for choice, button in self.buttons.items():
            button.setChecked(choice == self._age)
        self.changed.emit()

    @Slot(int)
    def _on_group_id_clicked(self, index: int) -> None:
        choice = AGE_CHOICES[index]
        self.choose("" if choice == self._age else choice)


class ClosePage(DialogueStepPage):
    """How the part feels now, who it was, and which activation it belongs to."""

    def __init__(self, texts: DialogueTexts, parent: QWidget | None = None) -> None:
        text = texts.steps[DialogueStep.CLOSE]
        super().__init__(DialogueStep.CLOSE, text, parent)
        self._text = text
        self._part_ids: dict[str, int] = {}

        self.feeling = IntensityTaps(text.get("feeling_label"), self)
        self.feeling.value_changed.connect(self.changed)
        self._add_labelled(text.get("feeling_label"), text.get("feeling_hint"), self.feeling)

        self.part_combo = QComboBox(self)
        self.part_combo.setEditable(True)
        self.part_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.part_combo.setAccessibleName(text.get("part_label"))
        self.part_combo.setAccessibleDescription(text.get("part_hint"))
        line = self.part_combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(text.get("new_part_placeholder"))
        self.part_combo.currentTextChanged.connect(self.changed)
        self._add_labelled(text.get("part_label"), text.get("part_hint"), self.part_combo)

        self.link_combo = QComboBox(self)
        self.link_combo.setAccessibleName(text.get("link_label"))
        self.link_combo.setAccessibleDescription(text.get("link_hint"))
        self.link_combo.currentIndexChanged.connect(self.changed)
        self._add_labelled(text.get("link_label"), text.get("link_hint"), self.link_combo)

    def _add_labelled(self, label_text: str, hint_text: str, field: QWidget) -> None:
        label, hint = prompt_labels(label_text, hint_text, field)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(label)
        layout.addWidget(hint)
        layout.addWidget(field)
        self.add_body(box)

    def set_parts(self, parts: Sequence[tuple[int, str]]) -> None:
        """The parts met so far, as (id, name), offered by name."""
        self._part_ids = {name.casefold(): part_id for part_id, name in parts}
        current = self.part_combo.currentText()
        self.part_combo.blockSignals(True)
        self.part_combo.clear()
        for part_id, name in parts:
            self.part_combo.addItem(name, part_id)
        self.part_combo.setCurrentIndex(-1)
        self.part_combo.setEditText(current)
        self.part_combo.blockSignals(False)

    def set_activations(self, choices: Sequence[tuple[int, str]], selected: int | None) -> None:
        """Activations to link to, as (id, label); the first entry is always 'not linked'."""
        self.link_combo.blockSignals(True)
        self.link_combo.clear()
        self.link_combo.addItem(self._text.get("no_link"), None)
        for activation_id, label in choices:
            self.link_combo.addItem(label, activation_id)
        found = self.link_combo.findData(selected) if selected is not None else 0
        self.link_combo.setCurrentIndex(max(0, found))
        self.link_combo.blockSignals(False)

    def first_field(self) -> QWidget:
        """Where the cursor goes when the step opens."""
        return self.feeling.buttons[0]

    def fields(self) -> dict[str, str]:
        """What this step holds, as text."""
        name = " ".join(self.part_combo.currentText().split())
        part_id = self._part_ids.get(name.casefold())
        value = self.feeling.value()
        link = self.link_combo.currentData()
        return {
            "feeling_after": "" if value is None else str(value),
            "part_id": "" if part_id is None else str(part_id),
            "new_part_name": name if part_id is None else "",
            "activation_id": "" if link is None else str(link),
        }

    def set_fields(self, fields: Mapping[str, str]) -> None:
        """Show kept values (a continued dialogue)."""
        feeling = fields.get("feeling_after", "")
        self.feeling.set_value(int(feeling) if feeling.isdigit() else None)
        name = fields.get("new_part_name", "")
        part_id = fields.get("part_id", "")
        if part_id.isdigit():
            index = self.part_combo.findData(int(part_id))
            name = self.part_combo.itemText(index) if index >= 0 else name
        self.part_combo.setEditText(name)
