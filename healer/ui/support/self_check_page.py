"""The self-check: five plain questions, a calm paragraph, and saved checks side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.domain.errors import HealerError
from healer.domain.support import INDICATORS, Answer, Indicator, SelfCheck, SelfCheckInput, reflect
from healer.services.session import Session
from healer.services.summary_words import day_text
from healer.services.support_texts import answer_text, question_text, reflection_text, short_label

ANSWERS: tuple[Answer, ...] = tuple(Answer)
MAX_COLUMNS = 6  # the latest checks compared side by side


class SelfCheckPage(QScrollArea):
    """Answer, read the paragraph, and save only if the person wants to."""

    saved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Self-check"))
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 12, 4)
        lead = QLabel(
            self.tr(
                "How true has each of these felt lately? There are no right answers, and"
                " nothing here is a test. Nothing is kept unless you choose to save it."
            ),
            content,
        )
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.groups: dict[Indicator, QButtonGroup] = {}
        for indicator in INDICATORS:
            layout.addWidget(self._question(content, indicator))
        self.reflection = QLabel(content)
        self.reflection.setWordWrap(True)
        self.reflection.setFrameShape(QFrame.Shape.StyledPanel)
        self.reflection.setContentsMargins(10, 8, 10, 8)
        self.reflection.setAccessibleName(self.tr("What your answers point to"))
        self.reflection.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reflection.hide()
        layout.addWidget(self.reflection)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save these answers with today's date"), content)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.clear_button = QPushButton(self.tr("Clear the answers"), content)
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.save_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._saved_part(content))
        layout.addStretch(1)
        self.setWidget(content)
        session.changes.data_changed.connect(self._on_session_data_changed)
        self.refresh()

    def _question(self, parent: QWidget, indicator: Indicator) -> QWidget:
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 0)
        label = QLabel(question_text(indicator), box)
        label.setWordWrap(True)
        column.addWidget(label)
        row = QHBoxLayout()
        group = QButtonGroup(box)
        for index, answer in enumerate(ANSWERS):
            button = QRadioButton(answer_text(answer), box)
            button.setAccessibleName(
                self.tr("%1: %2", "a question's short name: an answer")
                .replace("%1", short_label(indicator))
                .replace("%2", answer_text(answer))
            )
            group.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        group.idClicked.connect(self._on_answer_clicked)
        column.addLayout(row)
        self.groups[indicator] = group
        return box

    def _saved_part(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 14, 0, 0)
        self.saved_heading = QLabel(self.tr("Saved checks, side by side"), box)
        column.addWidget(self.saved_heading)
        self.table = QTableWidget(box)
        self.table.setAccessibleName(self.tr("Saved self-checks"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(190)
        column.addWidget(self.table)
        row = QHBoxLayout()
        self.forget_button = QPushButton(self.tr("Forget the selected check…"), box)
        self.forget_button.clicked.connect(self._on_forget_clicked)
        row.addWidget(self.forget_button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    # -- answers -------------------------------------------------------------

    def answers(self) -> dict[Indicator, Answer]:
        """The answers given so far."""
        given: dict[Indicator, Answer] = {}
        for indicator, group in self.groups.items():
            if group.checkedId() >= 0:
                given[indicator] = ANSWERS[group.checkedId()]
        return given

    def set_answer(self, indicator: Indicator, answer: Answer) -> None:
        """Choose an answer, as a click would."""
        self.groups[indicator].button(ANSWERS.index(answer)).click()

    def clear(self) -> None:
        """Forget the answers on screen (saved checks stay)."""
        for group in self.groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self._on_answer_clicked(-1)

    @Slot(int)
    def _on_answer_clicked(self, _id: int) -> None:
        answers = self.answers()
        complete = len(answers) == len(INDICATORS)
        self.save_button.setEnabled(complete)
        self.reflection.setVisible(complete)
        if complete:
            self.reflection.setText(reflection_text(reflect(answers)))

    @Slot()
    def _on_save_clicked(self) -> None:
        try:
            self._session.support.save_check(SelfCheckInput(utc_now(), self.answers()))
        except HealerError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return
        self.saved.emit()

    # -- saved checks ------------------------------------------------------------

    def refresh(self) -> None:
        """Show the latest saved checks as columns, oldest on the left."""
        checks = self._session.support.checks()[-MAX_COLUMNS:]
        self._shown: list[SelfCheck] = checks
        self.table.clear()
        self.table.setRowCount(len(INDICATORS))
        self.table.setColumnCount(len(checks))
        self.table.setVerticalHeaderLabels([short_label(i) for i in INDICATORS])
        self.table.setHorizontalHeaderLabels(
            [day_text(check.content.taken_at.astimezone().date()) for check in checks]
        )
        for column, check in enumerate(checks):
            for row, indicator in enumerate(INDICATORS):
                item = QTableWidgetItem(answer_text(check.content.answers[indicator]))
                self.table.setItem(row, column, item)
        has_checks = bool(checks)
        self.table.setVisible(has_checks)
        self.forget_button.setVisible(has_checks)
        self.saved_heading.setText(
            self.tr("Saved checks, side by side")
            if has_checks
            else self.tr("Checks you save appear here, so you can compare them over time.")
        )

    @Slot()
    def _on_forget_clicked(self) -> None:
        columns = {index.column() for index in self.table.selectedIndexes()}
        if len(columns) != 1:
            QMessageBox.information(
                self, self.tr("Forget a check"), self.tr("Select one check's column first.")
            )
            return
        check = self._shown[columns.pop()]
        answer = QMessageBox.question(
            self,
            self.tr("Forget a check"),
            self.tr("Forget the check saved on %1?").replace(
                "%1", day_text(check.content.taken_at.astimezone().date())
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._session.support.delete_check(check.id)

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        if changes & Change.SUPPORT:
            self.refresh()
