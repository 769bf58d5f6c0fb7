"""Step four: put the need into calm words (never sent), and note what became of the urge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from healer.domain.urge import UrgeOutcome
from healer.ui.common.count_suffix import follow_count
from healer.ui.pause.common import PauseStepPage, quiet
from healer.ui.pause.texts import sentence_starters


class NeedPage(PauseStepPage):
    """A small composer with optional openings, a copy button and the urge's outcome."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("pause", "Say it as a need"),
            QCoreApplication.translate(
                "pause",
                "If you still want to reach out, find words that share what you need instead "
                "of asking for proof. Healer never sends anything; the words stay here unless "
                "you copy them.",
            ),
            parent,
        )
        starters_label = QLabel(self.tr("Ways to begin, if they help:"), self)
        starters = self._build_starters()
        starters_label.setBuddy(self.starter_buttons[0])
        self.draft_edit = QPlainTextEdit(self)
        self.draft_edit.setTabChangesFocus(True)
        self.draft_edit.setAccessibleName(self.tr("What I need"))
        self.draft_edit.setFixedHeight(self.draft_edit.fontMetrics().lineSpacing() * 5 + 18)
        draft_label = QLabel(self.tr("What I &need"), self)
        draft_label.setBuddy(self.draft_edit)
        self.copy_button = QPushButton(self.tr("&Copy the words"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the words to the clipboard"))
        self.copy_status = quiet("", self)

        outcome_label = QLabel(self.tr("What did you do with the wish to reach out?"), self)
        self.not_acted = QRadioButton(self.tr("I haven't acted on it (for now)"), self)
        self.after_pause = QRadioButton(self.tr("I reached out after the pause"), self)
        self.at_once = QRadioButton(self.tr("I reached out before the pause was over"), self)
        self.outcome_group = QButtonGroup(self)
        for radio, outcome in (
            (self.not_acted, UrgeOutcome.NOT_ACTED),
            (self.after_pause, UrgeOutcome.AFTER_PAUSE),
            (self.at_once, UrgeOutcome.AT_ONCE),
        ):
            radio.setAccessibleName(radio.text())
            self.outcome_group.addButton(radio)
            radio.setProperty("outcome", outcome.value)
        outcome_label.setBuddy(self.not_acted)
        self.not_acted.setChecked(True)
        self.pause_minutes = QSpinBox(self)
        self.pause_minutes.setRange(0, 7 * 24 * 60)
        follow_count(self.pause_minutes, lambda n: self.tr("%n minutes after it began", "", n))
        self.pause_minutes.setAccessibleName(self.tr("How long after the urge began I reached out"))
        self.pause_label = QLabel(self.tr("&When:"), self)
        self.pause_label.setBuddy(self.pause_minutes)
        pause_row = QHBoxLayout()
        pause_row.setContentsMargins(24, 0, 0, 0)
        pause_row.addWidget(self.pause_label)
        pause_row.addWidget(self.pause_minutes)
        pause_row.addStretch(1)

        self.finish_button = QPushButton(self.tr("&Finish and save"), self)
        self.finish_button.setAccessibleName(self.tr("Finish and save this pause"))
        self.finish_button.setDefault(True)

        self._arrange(starters_label, starters, draft_label, outcome_label, pause_row)
        self.outcome_group.buttonToggled.connect(self._on_outcome_group_button_toggled)
        self._on_outcome_group_button_toggled(self.not_acted, True)

    def _build_starters(self) -> QVBoxLayout:
        starters = QVBoxLayout()
        starters.setSpacing(2)
        self.starter_buttons: list[QPushButton] = []
        for text in sentence_starters():
            button = QPushButton(text.strip() + "…", self)
            button.setFlat(True)
            button.setAccessibleName(self.tr("Begin with: %1").replace("%1", text.strip()))
            button.setStyleSheet("text-align: left; padding: 2px 6px;")
            button.clicked.connect(lambda _=False, t=text: self._insert(t))
            starters.addWidget(button)
            self.starter_buttons.append(button)
        return starters

    def _arrange(
        self,
        starters_label: QLabel,
        starters: QVBoxLayout,
        draft_label: QLabel,
        outcome_label: QLabel,
        pause_row: QHBoxLayout,
    ) -> None:
        self.column.addWidget(starters_label)
        self.column.addLayout(starters)
        self.column.addWidget(draft_label)
        self.column.addWidget(self.draft_edit)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copy_status, 1)
        self.column.addLayout(copy_row)
        self.column.addSpacing(8)
        self.column.addWidget(outcome_label)
        self.column.addWidget(self.not_acted)
        self.column.addWidget(self.after_pause)
        self.column.addLayout(pause_row)
        self.column.addWidget(self.at_once)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        self.column.addLayout(buttons)
        self.column.addStretch(1)

    def reset(self, draft: str, waited_minutes: int) -> None:
        """Fill the kept draft and the pause length the pause measured."""
        self.draft_edit.setPlainText(draft)
        self.copy_status.clear()
        self.not_acted.setChecked(True)
        self.pause_minutes.setValue(waited_minutes)

    def outcome(self) -> UrgeOutcome:
        """The chosen answer."""
        checked = self.outcome_group.checkedButton()
        return UrgeOutcome(str(checked.property("outcome"))) if checked else UrgeOutcome.NOT_ACTED

    def _insert(self, text: str) -> None:
        cursor = self.draft_edit.textCursor()
        if self.draft_edit.toPlainText() and not cursor.atBlockStart():
            cursor.insertText("\n")
        cursor.insertText(text)
        self.draft_edit.setTextCursor(cursor)
        self.draft_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object, bool)
    def _on_outcome_group_button_toggled(self, button: object, checked: bool) -> None:
        del button, checked
        # Only a pause has a length; the row is there only when it means something.
        for widget in (self.pause_minutes, self.pause_label):
            widget.setVisible(self.after_pause.isChecked())
