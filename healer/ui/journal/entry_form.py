"""The entry form's widgets: prompts, times, intensity, category, person, urge and buttons.

EntryDialog gives them their behaviour (filling, saving, drafts); this module only lays them out.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from healer.domain.activation import (
    MAX_PERSON_CHARS,
    Activation,
)
from healer.domain.parts import DialogueQuery
from healer.services.session import Session
from healer.ui.common.form_pieces import prompt_labels
from healer.ui.common.formatting import format_when
from healer.ui.journal.intensity_slider import IntensitySlider
from healer.ui.journal.plan_line import PlanLine
from healer.ui.journal.prompts import PromptText, looking_again_text, prompt_texts
from healer.ui.journal.urge_field import UrgeField


class EntryForm(QDialog):
    """The entry dialog's layout, built once by _build(); no signal is connected here."""

    _session: Session
    _activation: Activation | None
    prompt_edits: dict[str, QPlainTextEdit]
    _errors: dict[str, QLabel]

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(12)
        outer.addWidget(self._build_draft_notice())
        outer.addWidget(self._build_dialogue_links())
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(self._build_prompts(), 3)
        columns.addWidget(self._build_facts(), 2, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(columns, 1)
        outer.addLayout(self._build_buttons())

    def _build_draft_notice(self) -> QFrame:
        self.draft_notice = QFrame(self)
        self.draft_notice.setFrameShape(QFrame.Shape.StyledPanel)
        notice_layout = QHBoxLayout(self.draft_notice)
        notice_layout.setContentsMargins(12, 8, 8, 8)
        self.draft_notice_label = QLabel(self.draft_notice)
        self.draft_notice_label.setWordWrap(True)
        self.start_fresh_button = QPushButton(self.tr("Start &fresh"), self.draft_notice)
        self.start_fresh_button.setAccessibleName(self.tr("Start fresh, forgetting the draft"))
        notice_layout.addWidget(self.draft_notice_label, 1)
        notice_layout.addWidget(self.start_fresh_button)
        self.draft_notice.hide()
        return self.draft_notice

    def _build_dialogue_links(self) -> QLabel:
        # Parts work: the dialogues linked to this episode, one link each (read-only).
        self.dialogue_links = QLabel(self)
        self.dialogue_links.setTextFormat(Qt.TextFormat.RichText)
        self.dialogue_links.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.dialogue_links.setAccessibleName(self.tr("Dialogues about this entry"))
        activation_id = self._activation.id if self._activation is not None else None
        found = (
            self._session.parts.dialogues(DialogueQuery(activation_id=activation_id))
            if activation_id is not None
            else []
        )
        locale = self.locale()
        links = locale.createSeparatedList(
            [
                f'<a href="{d.id}">{html.escape(format_when(d.content.started_at, locale))}</a>'
                for d in found
            ]
        )
        self.dialogue_links.setText(
            self.tr("Dialogues with a young part about this: %1").replace("%1", links)
        )
        self.dialogue_links.setVisible(bool(found))
        return self.dialogue_links

    def _build_prompts(self) -> QScrollArea:
        scroll = QScrollArea(self)
        self.prompts_scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # No focus stop of its own (it showed no focus at all): Tab into a prompt scrolls to it.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        prompts_page = QWidget(scroll)
        prompts_layout = QVBoxLayout(prompts_page)
        prompts_layout.setContentsMargins(0, 0, 8, 0)
        prompts_layout.setSpacing(4)
        for number, text in enumerate(prompt_texts()):
            if number:
                prompts_layout.addSpacing(10)
            self._add_prompt(text, prompts_page, prompts_layout)
        # Looking again: shown only once the episode has settled (EntryDialog switches it).
        self.looking_again_box = QWidget(prompts_page)
        box_layout = QVBoxLayout(self.looking_again_box)
        box_layout.setContentsMargins(0, 10, 0, 0)
        box_layout.setSpacing(4)
        self._add_prompt(looking_again_text(), self.looking_again_box, box_layout)
        prompts_layout.addWidget(self.looking_again_box)
        prompts_layout.addStretch(1)
        scroll.setWidget(prompts_page)
        return scroll

    def _add_prompt(self, text: PromptText, parent: QWidget, layout: QVBoxLayout) -> None:
        edit = QPlainTextEdit(parent)
        label, hint = prompt_labels(text.label, text.hint, edit)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(text.label)
        edit.setAccessibleDescription(text.hint)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 16)
        layout.addWidget(label)
        layout.addWidget(hint)
        layout.addWidget(edit)
        layout.addWidget(self._error_label(text.key, parent))
        self.prompt_edits[text.key] = edit

    def _build_facts(self) -> QWidget:
        facts = QWidget(self)
        form = QFormLayout(facts)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(6)

        self.started_edit = QDateTimeEdit(facts)
        self.started_edit.setCalendarPopup(True)
        self.started_edit.setAccessibleName(self.tr("Started"))
        form.addRow(self._buddy(self.tr("&Started"), self.started_edit, facts), self.started_edit)

        self.settled_check = QCheckBox(self.tr("It has sett&led"), facts)
        self.settled_check.setAccessibleName(self.tr("It has settled"))
        self.settled_edit = QDateTimeEdit(facts)
        self.settled_edit.setCalendarPopup(True)
        self.settled_edit.setAccessibleName(self.tr("Settled"))
        form.addRow(self.settled_check)
        form.addRow(self.settled_edit)
        # Looking again sits at the end of the prompts, often out of sight: a way there.
        self.look_again_button = QPushButton(self.tr("Look &again at what it meant…"), facts)
        self.look_again_button.setAccessibleName(self.tr("Go to looking again"))
        self.look_again_button.setFlat(True)
        look_again_row = QHBoxLayout()
        look_again_row.addWidget(self.look_again_button)
        look_again_row.addStretch(1)
        form.addRow(look_again_row)
        form.addRow(self._error_label("settled_at", facts))
        form.addRow(self._error_label("started_at", facts))

        self._add_intensity_row(form, facts)
        self._add_choice_rows(form, facts)
        return facts

    def _add_intensity_row(self, form: QFormLayout, facts: QWidget) -> None:
        self.intensity_slider = IntensitySlider(facts)
        self.intensity_slider.setAccessibleName(self.tr("How strong at its peak, from 0 to 10"))
        self.intensity_value = QLabel(facts)
        self.intensity_value.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.tr("not rated")) + 4
        )
        intensity_row = QHBoxLayout()
        intensity_row.addWidget(self.intensity_slider, 1)
        intensity_row.addWidget(self.intensity_value)
        form.addRow(
            self._buddy(self.tr("&How strong at its peak"), self.intensity_slider, facts),
            intensity_row,
        )

    def _add_choice_rows(self, form: QFormLayout, facts: QWidget) -> None:
        self.category_combo = QComboBox(facts)
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.new_category_button = QPushButton(self.tr("&New…"), facts)
        self.new_category_button.setAccessibleName(self.tr("Add a new category"))
        category_row = QHBoxLayout()
        category_row.addWidget(self.category_combo, 1)
        category_row.addWidget(self.new_category_button)
        form.addRow(self._buddy(self.tr("&Category"), self.category_combo, facts), category_row)
        self.new_category_edit = QLineEdit(facts)
        self.new_category_edit.setPlaceholderText(self.tr("Name, then Enter"))
        self.new_category_edit.setAccessibleName(self.tr("New category name"))
        self.new_category_edit.hide()
        form.addRow(self.new_category_edit)
        form.addRow(self._error_label("category", facts))
        # The person's plan for the chosen trigger, in their own words, right under it.
        self.plan_line = PlanLine(facts)
        form.addRow(self.plan_line)

        # A choice from the people registry; a name typed that is not there yet becomes a
        # person when the entry is saved (the vault adds them).
        self.person_combo = QComboBox(facts)
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.setAccessibleName(self.tr("Person involved"))
        for person in self._session.people.people():
            if not person.content.archived:
                self.person_combo.addItem(person.name)
        self.person_combo.setCurrentIndex(-1)
        person_edit = self.person_combo.lineEdit()
        assert person_edit is not None  # an editable combo box always has one
        self.person_edit = person_edit
        self.person_edit.clear()
        self.person_edit.setMaxLength(MAX_PERSON_CHARS)
        self.person_edit.setPlaceholderText(self.tr("Optional: choose or type a name"))
        self.person_edit.setAccessibleName(self.tr("Person involved"))
        form.addRow(
            self._buddy(self.tr("&Person involved"), self.person_combo, facts), self.person_combo
        )
        form.addRow(self._error_label("person", facts))

        self.urge_field = UrgeField(facts)
        form.addRow(
            self._buddy(
                self.tr("What happened to the &urge"), self.urge_field.outcome_combo, facts
            ),
            self.urge_field,
        )

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.draft_status = QLabel(self)
        self.draft_status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.discard_button.setAccessibleName(self.tr("Discard what was typed and close"))
        self.keep_button = QPushButton(self.tr("&Keep as draft"), self)
        self.keep_button.setAccessibleName(self.tr("Keep as a draft and close"))
        self.save_button = QPushButton(self.tr("Save &entry"), self)
        self.save_button.setAccessibleName(self.tr("Save entry"))
        # No default button: Enter in a one-line field (a new category, a name) must never
        # save and close the whole form. Ctrl+Enter saves from anywhere in it.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.save_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.save_button.setAccessibleDescription(self.tr("Ctrl+Enter"))
        self.save_button.setToolTip(self.tr("Save entry (Ctrl+Enter)"))
        # Shown, not only in the tooltip: when activated, the keys matter more than the mouse.
        self.save_hint = QLabel(self.tr("Ctrl+Enter saves"), self)
        self.save_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.draft_status, 1)
        buttons.addWidget(self.save_hint)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _buddy(self, text: str, widget: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setBuddy(widget)
        return label

    def _error_label(self, field: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Note about this field"))
        label.hide()
        self._errors[field] = label
        return label
