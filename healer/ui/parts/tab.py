"""The parts tab: begin or continue a dialogue, read past ones, and the parts met.

Signals:
    status_message(text): a short confirmation for the status bar ("Dialogue kept").
    entry_requested(activation_id): the person followed a dialogue's link to its activation
        (the main window asks the journal to open it, so the tabs stay independent).
    pacer_requested(own_window): the wizard asked for the breathing pacer; True: in a
        window of its own, since the wizard stays in front of the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from healer.domain.changes import Change
from healer.domain.errors import HealerError
from healer.domain.parts import Dialogue, DialogueQuery
from healer.services.session import Session
from healer.ui.common.dialogue_reader import DialogueReader, DialogueReaderDialog
from healer.ui.common.formatting import format_when
from healer.ui.common.quiet_list import quiet_list_view
from healer.ui.parts.models import DialogueListModel
from healer.ui.parts.parts_met import LIST_WIDTH, PartsMetPage
from healer.ui.parts.wizard import DialogueWizard


class PartsTab(QWidget):
    """Everything about parts work, hosted by the main window as one tab."""

    status_message = Signal(str)
    entry_requested = Signal(int)
    pacer_requested = Signal(bool)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._wizard: DialogueWizard | None = None
        self._unfinished_id: int | None = None
        self._build()
        session.changes.data_changed.connect(self._on_session_data_changed)
        self.refresh()

    # -- building ----------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 14)
        outer.setSpacing(12)
        outer.addLayout(self._build_header())
        outer.addWidget(self._build_unfinished())
        self.sections = QTabWidget(self)
        self.sections.setDocumentMode(True)
        self.sections.setAccessibleName(self.tr("Dialogues and parts met"))
        self.sections.addTab(self._build_history(), self.tr("Dialogues"))
        self.sections.addTab(self._build_parts(), self.tr("Parts met"))
        outer.addWidget(self.sections, 1)

    def _build_header(self) -> QHBoxLayout:
        title = QLabel(self.tr("Talk with a young part"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        lead = QLabel(
            self.tr(
                "When the alarm goes off, a younger part of you is often behind it. "
                "Turn toward it with curiosity, and answer it as the steady grown-up you are now."
            ),
            self,
        )
        lead.setWordWrap(True)
        lead.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(title)
        text.addWidget(lead)
        self.begin_button = QPushButton(self.tr("&Begin a dialogue"), self)
        self.begin_button.setAccessibleName(self.tr("Begin a dialogue with a young part"))
        self.begin_button.setMinimumHeight(self.begin_button.sizeHint().height() + 10)
        self.begin_button.clicked.connect(self._on_begin_button_clicked)
        header = QHBoxLayout()
        header.setSpacing(24)
        header.addLayout(text, 1)
        header.addWidget(self.begin_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    def _build_unfinished(self) -> QFrame:
        self.unfinished = QFrame(self)
        self.unfinished.setFrameShape(QFrame.Shape.StyledPanel)
        self.unfinished.setAutoFillBackground(True)
        self.unfinished.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QHBoxLayout(self.unfinished)
        layout.setContentsMargins(14, 8, 8, 8)
        self.unfinished_label = QLabel(self.unfinished)
        self.unfinished_label.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("&Continue it"), self.unfinished)
        self.continue_button.setAccessibleName(self.tr("Continue the unfinished dialogue"))
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        layout.addWidget(self.unfinished_label, 1)
        layout.addWidget(self.continue_button)
        self.unfinished.hide()
        return self.unfinished

    def _build_history(self) -> QWidget:
        page = QWidget(self)
        self.search_edit = QLineEdit(page)
        self.search_edit.setPlaceholderText(self.tr("Search your dialogues"))
        self.search_edit.setAccessibleName(self.tr("Search your dialogues"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        search_label = QLabel(self.tr("&Search"), page)
        search_label.setBuddy(self.search_edit)
        self.dialogue_model = DialogueListModel(self)
        self.dialogue_list = quiet_list_view(page, self.tr("Your dialogues"))
        self.dialogue_list.setModel(self.dialogue_model)
        selection = self.dialogue_list.selectionModel()
        selection.currentChanged.connect(self._on_dialogue_list_current_changed)
        self.empty_label = QLabel(page)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        left = QWidget(page)
        left.setMaximumWidth(LIST_WIDTH + 80)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 8, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.dialogue_list, 1)
        left_layout.addWidget(self.empty_label)
        right = self._build_reader_side(page)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.setObjectName("parts-splitter")  # the window remembers its position by name
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        return page

    def _build_reader_side(self, page: QWidget) -> QWidget:
        self.reader = DialogueReader(page)
        self.reader.activation_requested.connect(self._on_reader_activation_requested)
        self.reopen_button = QPushButton(self.tr("Continue &writing"), page)
        self.reopen_button.setAccessibleName(self.tr("Continue writing this dialogue"))
        self.reopen_button.clicked.connect(self._on_reopen_button_clicked)
        # A kept dialogue can be changed too, with the same autosave as while writing it.
        self.edit_button = QPushButton(self.tr("&Edit"), page)
        self.edit_button.setAccessibleName(self.tr("Edit this kept dialogue"))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button = QPushButton(self.tr("&Delete…"), page)
        self.delete_button.setAccessibleName(self.tr("Delete this dialogue"))
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.reopen_button)
        actions.addWidget(self.edit_button)
        right = QWidget(page)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 8, 0, 0)
        right_layout.addWidget(self.reader, 1)
        right_layout.addLayout(actions)
        return right

    def _build_parts(self) -> PartsMetPage:
        self.parts_met = PartsMetPage(self._session, self)
        self.parts_met.dialogue_requested.connect(self._on_parts_met_dialogue_requested)
        # Short names for what tests and the window reach into.
        self.part_model = self.parts_met.part_model
        self.part_list = self.parts_met.part_list
        self.part_panel = self.parts_met.part_panel
        self.part_dialogue_model = self.parts_met.dialogue_model
        return self.parts_met

    # -- refreshing ----------------------------------------------------------

    def refresh(self) -> None:
        """Reload the dialogues, the parts and the unfinished reminder from the vault."""
        if not self._session.is_open:
            return
        selected = self.selected_dialogue()
        query = DialogueQuery(search=self.search_edit.text())
        self.dialogue_model.set_dialogues(self._session.parts.dialogues(query))
        row = self.dialogue_model.row_of(selected.id) if selected is not None else -1
        if row >= 0:
            self.dialogue_list.setCurrentIndex(self.dialogue_model.index(row))
        else:
            self.reader.show_dialogue(None)
        self._update_reopen()
        searching = bool(self.search_edit.text().strip())
        if self.dialogue_model.rowCount():
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("Nothing matches these words.")
                if searching
                else self.tr("Your dialogues will gather here, to read again whenever you like.")
            )
            self.empty_label.show()
        self.parts_met.refresh()
        self._refresh_unfinished()

    def _refresh_unfinished(self) -> None:
        unfinished = self._session.parts.dialogues(DialogueQuery(unfinished=True))
        if not unfinished:
            self._unfinished_id = None
            self.unfinished.hide()
            return
        latest = max(unfinished, key=lambda dialogue: dialogue.updated_at)
        self._unfinished_id = latest.id
        when = format_when(latest.content.started_at, self.locale())
        others = len(unfinished) - 1
        text = (
            self.tr(
                "A dialogue from %1 is waiting, just as you left it. (%n more unfinished)",
                "",
                others,
            )
            if others
            else self.tr("A dialogue from %1 is waiting, just as you left it.")
        )
        self.unfinished_label.setText(text.replace("%1", when))
        self.unfinished.show()

    def selected_dialogue(self) -> Dialogue | None:
        """The dialogue being read."""
        return self.dialogue_model.dialogue_at(self.dialogue_list.currentIndex().row())

    def _update_reopen(self) -> None:
        dialogue = self.selected_dialogue()
        self.reopen_button.setVisible(dialogue is not None and not dialogue.is_finished)
        self.edit_button.setVisible(dialogue is not None and dialogue.is_finished)
        self.delete_button.setEnabled(dialogue is not None)

    def ask_delete(self) -> bool:
        """Ask before a dialogue is deleted for good (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete this dialogue"),
            self.tr("Delete this dialogue for good? It cannot be brought back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- what the main window calls ---------------------------------------------

    def new_entry(self) -> DialogueWizard:
        """Begin a new dialogue (or bring forward the one already open)."""
        return self.open_wizard(None)

    def focus_search(self) -> None:
        """Put the cursor in the dialogue search."""
        self.sections.setCurrentIndex(0)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def save_drafts(self) -> None:
        """Keep what the open dialogue holds (before a lock or quit)."""
        if self._wizard is not None:
            self._wizard.save_drafts()

    @property
    def wizard(self) -> DialogueWizard | None:
        """The dialogue being written, if one is open."""
        return self._wizard

    def open_wizard(self, dialogue_id: int | None) -> DialogueWizard:
        """Show the dialogue wizard, new or continuing a kept dialogue."""
        if self._wizard is not None:
            self._wizard.raise_()
            self._wizard.activateWindow()
            return self._wizard
        dialogue = self._session.parts.dialogue(dialogue_id) if dialogue_id is not None else None
        wizard = DialogueWizard(self._session, dialogue, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished_dialogue.connect(self._on_wizard_finished_dialogue)
        wizard.set_aside.connect(self._on_wizard_set_aside)
        wizard.pacer_requested.connect(self._on_wizard_pacer_requested)
        wizard.finished.connect(self._on_wizard_finished)
        self._wizard = wizard
        wizard.show()
        wizard.raise_()
        wizard.activateWindow()
        return wizard

    # -- slots -------------------------------------------------------------------

    @Slot()
    def _on_begin_button_clicked(self) -> None:
        self.open_wizard(None)

    @Slot()
    def _on_continue_button_clicked(self) -> None:
        if self._unfinished_id is not None:
            self.open_wizard(self._unfinished_id)

    @Slot()
    def _on_reopen_button_clicked(self) -> None:
        dialogue = self.selected_dialogue()
        if dialogue is not None and not dialogue.is_finished:
            self.open_wizard(dialogue.id)

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        dialogue = self.selected_dialogue()
        if dialogue is not None and dialogue.is_finished:
            self.open_wizard(dialogue.id)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        dialogue = self.selected_dialogue()
        if dialogue is None or not self.ask_delete():
            return
        if self._wizard is not None and self._wizard.dialogue_id == dialogue.id:
            self.status_message.emit(self.tr("Close the open dialogue first."))
            return
        try:
            self._session.parts.delete_dialogue(dialogue.id)
        except HealerError:
            return
        self.status_message.emit(self.tr("Dialogue deleted"))

    @Slot(int)
    def _on_wizard_finished_dialogue(self, dialogue_id: int) -> None:
        self.status_message.emit(self.tr("Dialogue kept"))
        self.refresh()
        row = self.dialogue_model.row_of(dialogue_id)
        if row >= 0:
            self.dialogue_list.setCurrentIndex(self.dialogue_model.index(row))

    @Slot(int)
    def _on_wizard_set_aside(self, _dialogue_id: int) -> None:
        self.status_message.emit(self.tr("Kept for later"))

    @Slot(int)
    def _on_wizard_finished(self, _result: int) -> None:
        self._wizard = None

    @Slot()
    def _on_wizard_pacer_requested(self) -> None:
        self.pacer_requested.emit(True)

    @Slot(str)
    def _on_search_edit_text_changed(self, _text: str) -> None:
        self.refresh()

    @Slot(QModelIndex, QModelIndex)
    def _on_dialogue_list_current_changed(self, current: QModelIndex, _old: QModelIndex) -> None:
        dialogue = self.dialogue_model.dialogue_at(current.row())
        self.reader.show_dialogue(dialogue, self._activation_when(dialogue))
        self._update_reopen()

    @Slot(int)
    def _on_parts_met_dialogue_requested(self, dialogue_id: int) -> None:
        try:
            dialogue = self._session.parts.dialogue(dialogue_id)
        except HealerError:
            return
        dialog = DialogueReaderDialog(dialogue, self._activation_when(dialogue), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reader.activation_requested.connect(self._on_reader_activation_requested)
        dialog.show()

    @Slot(int)
    def _on_reader_activation_requested(self, activation_id: int) -> None:
        self.entry_requested.emit(activation_id)

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & (Change.DIALOGUE | Change.PART):
            self.refresh()

    def _activation_when(self, dialogue: Dialogue | None) -> str | None:
        if dialogue is None or dialogue.content.activation_id is None:
            return None
        try:
            activation = self._session.journal.get(dialogue.content.activation_id)
        except HealerError:
            return None
        return format_when(activation.content.started_at, self.locale())
