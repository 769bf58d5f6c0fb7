"""The practice cards with something of their own: the left/right rhythm and five things seen."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from healer.domain.practice import MAX_NOTE_CHARS, PracticeKind
from healer.ui.common.practice_texts import PracticeText
from healer.ui.regulate.bilateral_cue import BilateralCue
from healer.ui.regulate.practice_card import PracticeCard
from healer.ui.settings import BILATERAL_TEMPO

ORIENTING_FIELDS = 5


class BilateralCard(PracticeCard):
    """Butterfly tapping or walking, with a left/right cue at an adjustable tempo."""

    def __init__(
        self,
        text: PracticeText,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            PracticeKind.BILATERAL, text, default_minutes=2, clock=clock, parent=parent
        )
        self.cue = BilateralCue(clock, self)
        self.tempo = QSpinBox(self)
        self.tempo.setRange(BILATERAL_TEMPO.minimum, BILATERAL_TEMPO.maximum)
        self.tempo.setSuffix(self.tr(" per minute"))
        self.tempo.setAccessibleName(self.tr("Tempo in taps per minute"))
        self.tempo.setValue(BILATERAL_TEMPO.read())
        self.cue.set_tempo(self.tempo.value())
        label = QLabel(self.tr("T&empo"), self)
        label.setBuddy(self.tempo)
        # Room for the last glyph: the mnemonic makes QLabel measure a hair short here.
        label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(label)
        row.addWidget(self.tempo)
        row.addStretch(1)
        self.middle.addWidget(self.cue)
        self.middle.addLayout(row)
        self.tempo.valueChanged.connect(self._on_tempo_value_changed)

    def on_begin(self) -> None:
        """The dots start with the practice."""
        self.cue.start()

    def on_end(self) -> None:
        """And stop with it."""
        self.cue.stop()

    @Slot(int)
    def _on_tempo_value_changed(self, value: int) -> None:
        self.cue.set_tempo(value)
        BILATERAL_TEMPO.write(value)


class OrientingCard(PracticeCard):
    """Five things you can see, in five fields; keeping them is the person's choice."""

    def __init__(
        self,
        text: PracticeText,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(PracticeKind.ORIENTING, text, clock=clock, parent=parent)
        form = QFormLayout()
        form.setSpacing(8)
        self.fields: list[QLineEdit] = []
        for number in range(1, ORIENTING_FIELDS + 1):
            field = QLineEdit(self)
            field.setMaxLength(MAX_NOTE_CHARS)
            field.setPlaceholderText(self.tr("Something I can see"))
            field.setAccessibleName(self.tr("Thing I can see, %1 of 5").replace("%1", str(number)))
            label = QLabel(f"&{number}", self)
            label.setBuddy(field)
            form.addRow(label, field)
            field.textEdited.connect(self._on_field_text_edited)
            self.fields.append(field)
        self.keep = QCheckBox(self.tr("&Keep these words in my journal"), self)
        self.keep.setAccessibleName(self.tr("Keep the five things in the journal"))
        self.middle.addLayout(form)
        self.middle.addWidget(self.keep)

    @Slot(str)
    def _on_field_text_edited(self, text: str) -> None:
        # Naming what you see is the practice itself: typing begins it, and the
        # cursor stays where the person is typing.
        if text and not self.is_running:
            typing = self.focusWidget()
            self.begin()
            if typing is not None:
                typing.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_focus(self) -> QWidget:
        """The first field: a typed space must never press "I'm done"."""
        return self.fields[0]

    def notes(self) -> tuple[str, ...]:
        """The five things typed; the save panel keeps them only if the person says so."""
        return tuple(field.text().strip() for field in self.fields if field.text().strip())

    def keep_words_chosen(self) -> bool:
        """Keep was ticked before the end: the save panel starts with it ticked."""
        return self.keep.isChecked()

    def on_end(self) -> None:
        """Fresh fields for next time (the words wait in the save panel for a decision)."""
        self.clear_private()

    def clear_private(self) -> None:
        """Forget the typed words."""
        for field in self.fields:
            field.clear()
        self.keep.setChecked(False)
