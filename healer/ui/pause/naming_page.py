"""Step one: link the episode (or note a new one) and name what is happening."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from healer.domain.activation import Activation
from healer.domain.pause import MAX_STATEMENT_CHARS
from healer.domain.pause_length import MAX_MINUTES, MIN_MINUTES
from healer.ui.common.count_suffix import follow_count
from healer.ui.common.formatting import format_time
from healer.ui.common.intensity_taps import IntensityTaps
from healer.ui.pause.common import PauseStepPage, quiet

NEW_EPISODE = -1
NO_EPISODE = 0


class NamingPage(PauseStepPage):
    """Which episode this is about, how strong it is, and the words that name it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("pause", "Name it"),
            QCoreApplication.translate(
                "pause",
                "Say the words below out loud, or read them slowly. Change them until they "
                "sound like you; Healer keeps your version for next time.",
            ),
            parent,
        )
        self.statement_edit = QPlainTextEdit(self)
        self.statement_edit.setTabChangesFocus(True)
        self.statement_edit.setAccessibleName(self.tr("What I tell myself"))
        self.statement_edit.setFixedHeight(self.statement_edit.fontMetrics().lineSpacing() * 4 + 18)
        statement_label = QLabel(self.tr("&What I tell myself"), self)
        statement_label.setBuddy(self.statement_edit)
        self.reset_button = QPushButton(self.tr("Use Healer's &words again"), self)
        self.reset_button.setAccessibleName(self.tr("Use Healer's words again"))
        self.reset_button.setFlat(True)

        self.episode_combo = QComboBox(self)
        self.episode_combo.setAccessibleName(self.tr("Which episode this is"))
        episode_label = QLabel(self.tr("&Episode"), self)
        episode_label.setBuddy(self.episode_combo)
        self.trigger_edit = QLineEdit(self)
        self.trigger_edit.setPlaceholderText(self.tr("A few words about what set it off"))
        self.trigger_edit.setAccessibleName(self.tr("What set it off"))
        self.trigger_label = QLabel(self.tr("What set it &off"), self)
        self.trigger_label.setBuddy(self.trigger_edit)
        self.intensity = IntensityTaps(self.tr("How strong right now"), self)
        intensity_label = QLabel(self.tr("How strong right &now"), self)
        intensity_label.setBuddy(self.intensity.buttons[0])

        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(MIN_MINUTES, MAX_MINUTES)
        follow_count(self.minutes_spin, lambda n: self.tr("%n minutes", "", n))
        self.minutes_spin.setAccessibleName(self.tr("Length of this pause in minutes"))
        minutes_label = QLabel(self.tr("&Length"), self)
        minutes_label.setBuddy(self.minutes_spin)

        self.begin_button = QPushButton(self.tr("&Begin the pause"), self)
        self.begin_button.setAccessibleName(self.tr("Begin the pause"))
        self.begin_button.setDefault(True)
        self.set_aside_button = QPushButton(self.tr("Not &now"), self)
        self.set_aside_button.setAccessibleName(self.tr("Not now: set this pause aside"))
        self.problem_label = quiet("", self)
        self.problem_label.hide()

        self._arrange(statement_label, episode_label, intensity_label, minutes_label)
        self.episode_combo.currentIndexChanged.connect(self._on_episode_combo_current_index_changed)

    def _arrange(
        self,
        statement_label: QLabel,
        episode_label: QLabel,
        intensity_label: QLabel,
        minutes_label: QLabel,
    ) -> None:
        self.column.addWidget(statement_label)
        self.column.addWidget(self.statement_edit)
        self.column.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addSpacing(6)
        self.column.addWidget(episode_label)
        self.column.addWidget(self.episode_combo)
        self.column.addWidget(self.trigger_label)
        self.column.addWidget(self.trigger_edit)
        self.column.addWidget(intensity_label)
        self.column.addWidget(self.intensity)
        length_row = QHBoxLayout()
        length_row.addWidget(minutes_label)
        length_row.addWidget(self.minutes_spin)
        length_row.addStretch(1)
        self.column.addLayout(length_row)
        self.column.addWidget(self.problem_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_aside_button)
        buttons.addStretch(1)
        buttons.addWidget(self.begin_button)
        self.column.addLayout(buttons)
        self.column.addStretch(1)

    def fill(
        self, statement: str, open_episodes: list[Activation], minutes: int, linked: int | None
    ) -> None:
        """Put the words, the open episodes and the length in place."""
        self.statement_edit.setPlainText(statement[:MAX_STATEMENT_CHARS])
        self.episode_combo.clear()
        for episode in open_episodes:
            when = format_time(episode.content.started_at, self.locale())
            trigger = " ".join(episode.content.trigger.split())
            if len(trigger) > 48:
                trigger = trigger[:47] + "…"
            self.episode_combo.addItem(
                self.tr("Still open, since %1: %2").replace("%1", when).replace("%2", trigger),
                episode.id,
            )
        self.episode_combo.addItem(self.tr("A new episode (note it in a few words)"), NEW_EPISODE)
        self.episode_combo.addItem(self.tr("Don't link this pause to an entry"), NO_EPISODE)
        index = self.episode_combo.findData(linked if linked else NEW_EPISODE)
        self.episode_combo.setCurrentIndex(max(0, index))
        self.minutes_spin.setValue(minutes)
        self.trigger_edit.clear()
        self.problem_label.hide()
        self._on_episode_combo_current_index_changed(self.episode_combo.currentIndex())

    def chosen_episode(self) -> int:
        """An activation id, NEW_EPISODE or NO_EPISODE."""
        return int(self.episode_combo.currentData())

    def show_problem(self, text: str) -> None:
        """A calm note under the form (nothing red)."""
        self.problem_label.setText(text)
        self.problem_label.show()

    def _on_episode_combo_current_index_changed(self, index: int) -> None:
        del index
        is_new = self.episode_combo.currentData() == NEW_EPISODE
        self.trigger_label.setVisible(is_new)
        self.trigger_edit.setVisible(is_new)
