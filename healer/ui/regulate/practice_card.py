"""A calm guided card for one practice: what to do, an optional timer, begin and done.

Signals:
    run_ended(use, keep_words): the person pressed Done; `use` is a PracticeUseInput to offer
        for saving, carrying any words typed; `keep_words` is True when the person already
        asked to keep them (the words are offered for keeping either way).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healer.domain.clock import utc_now
from healer.domain.practice import PracticeKind, PracticeUseInput
from healer.ui.common.form_pieces import button_row
from healer.ui.common.painting import paint_rounded_panel
from healer.ui.common.practice_texts import PracticeText
from healer.ui.regulate.practice_timer import PracticeTimer

CARD_MAX_WIDTH = 680


class PracticeCard(QFrame):
    """Instructions in plain words plus Begin / I'm done; subclasses add their own middle.

    Its words use the fixed context "PracticeCard": self.tr() would follow the subclass.
    """

    run_ended = Signal(object, bool)

    def __init__(
        self,
        kind: PracticeKind,
        text: PracticeText,
        *,
        default_minutes: int = 0,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._clock = clock
        self._began_at: float | None = None
        self._began_wall = utc_now()
        self.setAccessibleName(text.title)
        self.setMaximumWidth(CARD_MAX_WIDTH)

        steps = self._build_text(text)

        self.middle = QVBoxLayout()
        self.middle.setSpacing(10)
        self.timer = PracticeTimer(default_minutes, clock, self)
        self.timer.finished.connect(self._on_timer_finished)

        self.begin_button = QPushButton(QCoreApplication.translate("PracticeCard", "&Begin"), self)
        self.begin_button.setAccessibleName(
            QCoreApplication.translate("PracticeCard", "Begin %1").replace("%1", text.title)
        )
        self.done_button = QPushButton(
            QCoreApplication.translate("PracticeCard", "I'm &done"), self
        )
        self.done_button.setAccessibleName(
            QCoreApplication.translate("PracticeCard", "Finish %1").replace("%1", text.title)
        )
        self.done_button.setEnabled(False)
        self.begin_button.clicked.connect(self._on_begin_button_clicked)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        buttons = button_row(self.begin_button, self.done_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addLayout(steps)
        layout.addSpacing(6)
        layout.addLayout(self.middle)
        layout.addWidget(self.timer)
        layout.addSpacing(6)
        layout.addLayout(buttons)

    def _build_text(self, text: PracticeText) -> QGridLayout:
        self.title = QLabel(text.title, self)
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.45)
        title_font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(title_font)
        self.title.setAccessibleName(text.title)
        self.summary = QLabel(text.summary, self)
        summary_font = QFont(self.font())
        summary_font.setPointSizeF(max(summary_font.pointSizeF(), 9.0) * 1.1)
        self.summary.setFont(summary_font)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        steps = QGridLayout()
        steps.setHorizontalSpacing(10)
        steps.setVerticalSpacing(8)
        steps.setColumnStretch(1, 1)
        self.step_labels: list[QLabel] = []
        for row, step in enumerate(text.steps):
            number = QLabel(f"{row + 1}.", self)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label = QLabel(step, self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            steps.addWidget(number, row, 0)
            steps.addWidget(label, row, 1)
            self.step_labels.append(label)
        return steps

    # -- the practice ------------------------------------------------------

    @property
    def is_running(self) -> bool:
        """True between Begin and Done."""
        return self._began_at is not None

    def begin(self) -> None:
        """Start the practice (and its timer, when one is set)."""
        self._began_at = self._clock()
        self._began_wall = utc_now()
        self.timer.start()
        self.begin_button.setEnabled(False)
        self.done_button.setEnabled(True)
        self.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)
        self.on_begin()

    def finish(self) -> PracticeUseInput | None:
        """End the practice and announce what can be saved."""
        if self._began_at is None:
            return None
        use = PracticeUseInput(
            kind=self.kind,
            started_at=self._began_wall,
            duration_seconds=max(0, round(self._clock() - self._began_at)),
            notes=self.notes(),
        )
        keep_words = self.keep_words_chosen()
        self.halt()
        self.run_ended.emit(use, keep_words)
        return use

    def halt(self) -> None:
        """Stop without offering to save (on lock or when leaving)."""
        self._began_at = None
        self.timer.stop()
        self.begin_button.setEnabled(True)
        self.done_button.setEnabled(False)
        self.on_end()

    # -- hooks for subclasses ----------------------------------------------

    def first_focus(self) -> QWidget:
        """Where the keyboard goes after Begin: "I'm done", unless the practice asks for words."""
        return self.done_button

    def on_begin(self) -> None:
        """Called after Begin."""

    def on_end(self) -> None:
        """Called after Done or halt()."""

    def notes(self) -> tuple[str, ...]:
        """Words typed during the practice, offered for keeping when it ends."""
        return ()

    def keep_words_chosen(self) -> bool:
        """True when the person asked, before the end, to keep the words typed."""
        return False

    def clear_private(self) -> None:
        """Forget anything typed (on lock)."""

    # -- painting ----------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """A soft rounded card on the window colour."""
        del event
        paint_rounded_panel(self, QPalette.ColorRole.Mid, 0.45, QPalette.ColorRole.Base, 14)

    # -- slots -------------------------------------------------------------

    @Slot()
    def _on_begin_button_clicked(self) -> None:
        self.begin()

    @Slot()
    def _on_done_button_clicked(self) -> None:
        self.finish()

    @Slot()
    def _on_timer_finished(self) -> None:
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)
