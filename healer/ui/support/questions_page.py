"""Questions to ask a therapist: the person's own checklist, editable, tickable, in order."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from healer.domain.changes import Change
from healer.domain.errors import HealerError, ValidationError
from healer.domain.support import MAX_QUESTION_CHARS, Question, QuestionInput
from healer.services.session import Session
from healer.services.support_texts import suggested_questions

ASKED, TEXT, IN_SUMMARY = range(3)
_ID_ROLE = Qt.ItemDataRole.UserRole


class QuestionsPage(QWidget):
    """A table of questions: asked (tick), the words (edit in place), in the summary (tick)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._questions: list[Question] = []
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        lead = QLabel(
            self.tr(
                "Questions you may want to ask when you first meet a therapist. Change the"
                " words, add your own, tick what you have asked, and choose which go in the"
                " summary you bring."
            ),
            self,
        )
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Questions to ask a therapist"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Asked"), self.tr("Question"), self.tr("In the summary")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (ASKED, IN_SUMMARY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        # Rows follow the wrapped words as the column's width changes.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._on_table_item_changed)
        layout.addWidget(self.table, 1)
        self.suggest_button = QPushButton(self.tr("Start with suggested questions"), self)
        self.suggest_button.clicked.connect(self._on_suggest_clicked)
        layout.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignLeft)
        add_row = QHBoxLayout()
        self.new_question = QLineEdit(self)
        self.new_question.setPlaceholderText(self.tr("A question of your own"))
        self.new_question.setAccessibleName(self.tr("New question"))
        self.new_question.returnPressed.connect(self._on_add_clicked)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        add_row.addWidget(self.new_question, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        session.changes.data_changed.connect(self._on_session_data_changed)
        self.refresh()

    def refresh(self) -> None:
        """Show the stored questions, keeping the selected one selected."""
        selected = self.selected_id()
        self._questions = self._session.support.questions()
        self._filling = True
        try:
            self.table.setRowCount(len(self._questions))
            for row, question in enumerate(self._questions):
                self._fill_row(row, question)
        finally:
            self._filling = False
        self.suggest_button.setVisible(not self._questions)
        if selected is not None:
            for row, question in enumerate(self._questions):
                if question.id == selected:
                    self.table.selectRow(row)

    def _fill_row(self, row: int, question: Question) -> None:
        content = question.content
        for column, ticked in ((ASKED, content.asked), (IN_SUMMARY, content.in_summary)):
            item = QTableWidgetItem()
            item.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setData(_ID_ROLE, question.id)
            self.table.setItem(row, column, item)
        text = QTableWidgetItem(content.text)
        text.setData(_ID_ROLE, question.id)
        self.table.setItem(row, TEXT, text)

    def selected_id(self) -> int | None:
        """The id of the selected question, if any."""
        row = self.table.currentRow()
        if 0 <= row < len(self._questions):
            return self._questions[row].id
        return None

    def add_question(self, text: str) -> None:
        """Add a question at the end, as the Add button does."""
        try:
            self._session.support.add_question(QuestionInput(text))
        except HealerError as error:
            QMessageBox.information(self, self.tr("Not added"), self._problem(text, error))

    @Slot()
    def _on_add_clicked(self) -> None:
        if self.new_question.text().strip():
            self.add_question(self.new_question.text())
            self.new_question.clear()

    @Slot()
    def _on_suggest_clicked(self) -> None:
        self._session.support.add_questions(suggested_questions())

    def _move(self, step: int) -> None:
        question_id = self.selected_id()
        if question_id is not None:
            self._session.support.move_question(question_id, step)
            for row, question in enumerate(self._questions):
                if question.id == question_id:
                    self.table.selectRow(row)

    @Slot()
    def _on_remove_clicked(self) -> None:
        question_id = self.selected_id()
        if question_id is not None:
            self._session.support.delete_question(question_id)

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = item.row()
        question = self._questions[row]
        text_item = self.table.item(row, TEXT)
        content = QuestionInput(
            text_item.text() if text_item is not None else question.content.text,
            self._ticked(row, ASKED),
            self._ticked(row, IN_SUMMARY),
        )
        try:
            self._session.support.update_question(question.id, content)
        except HealerError as error:
            QMessageBox.information(
                self, self.tr("Not changed"), self._problem(content.text, error)
            )
            self.refresh()

    def _problem(self, text: str, error: HealerError) -> str:
        """The question's own rule in the person's language; other problems as they come."""
        if not isinstance(error, ValidationError) or error.field != "text":
            return str(error)
        if len(" ".join(text.split())) > MAX_QUESTION_CHARS:
            return self.tr("A question can hold at most %n characters.", "", MAX_QUESTION_CHARS)
        return self.tr("A question needs some words.")

    def _ticked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & Change.SUPPORT:
            self.refresh()
