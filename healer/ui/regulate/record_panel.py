"""After a practice: save it, with how strong the feeling was before and after (optional).

Signals:
    saved(use_id): the practice use was written to the vault.
    dismissed(): the person chose not to save it.
    problem(text): saving failed; a short message for the status bar.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healer.domain.activation import ActivationQuery
from healer.domain.breathing import BreathPattern
from healer.domain.changes import Change
from healer.domain.clock import utc_now
from healer.domain.errors import HealerError
from healer.domain.practice import (
    RECENTLY_SETTLED,
    PracticeKind,
    PracticeUse,
    PracticeUseInput,
    link_choices,
)
from healer.services.session import Session
from healer.ui.common.form_pieces import button_row
from healer.ui.common.intensity_taps import IntensityTaps
from healer.ui.common.painting import paint_rounded_panel
from healer.ui.common.practice_texts import practice_texts

TRIGGER_PREVIEW_CHARS = 40
_OFFER_OPEN = object()  # no earlier choice to keep: offer the newest open episode
# Episodes that started this long before the recent window may have settled inside it.
_LONGEST_OFFERED = timedelta(days=2)


def pattern_words(spec: str) -> str:
    """'4/7/8/0' as 'in 4 · hold 7 · out 8' (numbers only; the words are translated)."""
    pattern = BreathPattern.from_spec(spec)
    parts = [
        (QCoreApplication.translate("RecordPanel", "in %1"), pattern.inhale),
        (QCoreApplication.translate("RecordPanel", "hold %1"), pattern.hold_in),
        (QCoreApplication.translate("RecordPanel", "out %1"), pattern.exhale),
        (QCoreApplication.translate("RecordPanel", "hold %1"), pattern.hold_out),
    ]
    locale = QLocale()
    return " · ".join(
        words.replace("%1", locale.toString(float(seconds), "g", 6))
        for words, seconds in parts
        if seconds
    )


def duration_words(seconds: int) -> str:
    """3 min 12 s, or 45 s."""
    minutes, rest = divmod(seconds, 60)
    if minutes:
        return (
            QCoreApplication.translate("RecordPanel", "%1 min %2 s")
            .replace("%1", str(minutes))
            .replace("%2", str(rest))
        )
    return QCoreApplication.translate("RecordPanel", "%1 s").replace("%1", str(rest))


class RecordPanel(QFrame):
    """Offered after each practice; nothing is written until Save."""

    saved = Signal(int)
    dismissed = Signal()
    problem = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pending: PracticeUseInput | None = None
        self._link_chosen = False  # the person picked a link themselves: keep it on refresh
        self.setAccessibleName(self.tr("Save this practice"))

        self.heading = QLabel(self.tr("Save this practice?"), self)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Practice summary"))

        grid = self._build_form()

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save this practice"))
        self.save_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("&Not now"), self)
        self.skip_button.setAccessibleName(self.tr("Don't save this practice"))
        buttons = button_row(self.skip_button, self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addSpacing(12)
        header.addWidget(self.summary, 1)
        layout.addLayout(header)
        layout.addLayout(grid)
        layout.addLayout(buttons)

        session.changes.data_changed.connect(self._on_session_data_changed)
        self.activation.activated.connect(self._on_activation_activated)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.hide()

    def _build_form(self) -> QGridLayout:
        self.before = IntensityTaps(self.tr("Before"), self)
        self.after = IntensityTaps(self.tr("After"), self)
        self.activation = QComboBox(self)
        self.activation.setAccessibleName(self.tr("Link to an activation"))
        before_label = QLabel(self.tr("How strong was it &before? (0–10)"), self)
        before_label.setBuddy(self.before.buttons[0])
        after_label = QLabel(self.tr("And &now?"), self)
        after_label.setBuddy(self.after.buttons[0])
        link_label = QLabel(self.tr("&Link to"), self)
        link_label.setBuddy(self.activation)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        grid.addWidget(before_label, 0, 0)
        grid.addWidget(self.before, 0, 1)
        grid.addWidget(after_label, 1, 0)
        grid.addWidget(self.after, 1, 1)
        grid.addWidget(link_label, 2, 0)
        grid.addWidget(self.activation, 2, 1)
        # Words typed during the practice wait here for the person's choice; unticked,
        # they are forgotten with the panel.
        self.keep_words = QCheckBox(self.tr("&Keep these words in my journal"), self)
        self.keep_words.setAccessibleName(self.tr("Keep the words you typed in the journal"))
        self.words = QLabel(self)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        self.words.setAccessibleName(self.tr("The words you typed"))
        grid.addWidget(self.keep_words, 3, 0)
        grid.addWidget(self.words, 3, 1)
        self._show_words(())
        grid.setColumnStretch(1, 1)
        return grid

    def _show_words(self, notes: tuple[str, ...], keep: bool = False) -> None:
        self.words.setText(" · ".join(notes))
        self.keep_words.setChecked(keep and bool(notes))
        self.keep_words.setVisible(bool(notes))
        self.words.setVisible(bool(notes))

    # -- offering ----------------------------------------------------------

    @property
    def pending(self) -> PracticeUseInput | None:
        """The practice waiting to be saved or dismissed."""
        return self._pending

    def offer(self, use: PracticeUseInput, *, keep_words: bool = False) -> None:
        """Show the panel for a practice that just ended.

        Words typed during it are offered for keeping, ticked only when the person already
        asked to keep them (`keep_words`).
        """
        self._pending = use
        title = practice_texts()[use.kind].title
        parts = [title]
        if use.kind is PracticeKind.BREATHING and use.pattern:
            parts.append(pattern_words(use.pattern))
        parts.append(duration_words(use.duration_seconds))
        self.summary.setText(" · ".join(parts))
        self.before.set_value(None)
        self.after.set_value(None)
        self._show_words(use.notes, keep_words)
        self._fill_activations()
        self.show()

    def _fill_activations(self, keep: object = _OFFER_OPEN) -> None:
        if keep is _OFFER_OPEN:
            self._link_chosen = False
        self.activation.clear()
        self.activation.addItem(self.tr("No episode"), None)
        now = utc_now()
        try:
            journal = self._session.journal
            episodes = journal.find(ActivationQuery(open_only=True, limit=20)) + journal.find(
                ActivationQuery(since=now - RECENTLY_SETTLED - _LONGEST_OFFERED, limit=50)
            )
        except HealerError:
            episodes = []
        choices = link_choices(episodes, now)
        locale = self.locale()
        for episode in choices:
            trigger = episode.content.trigger
            if len(trigger) > TRIGGER_PREVIEW_CHARS:
                trigger = trigger[: TRIGGER_PREVIEW_CHARS - 1] + "…"
            started = QDateTime.fromSecsSinceEpoch(int(episode.content.started_at.timestamp()))
            when = locale.toString(started.toLocalTime(), QLocale.FormatType.ShortFormat)
            template = (
                self.tr("Still open: %1 (%2)") if episode.is_open else self.tr("Settled: %1 (%2)")
            )
            self.activation.addItem(template.replace("%1", trigger).replace("%2", when), episode.id)
        # The open episode is offered by default: that is usually what the practice was for.
        # A settled one is offered, not chosen: the practice may be for something else.
        if keep is None:
            kept = 0
        else:
            kept = self.activation.findData(keep) if keep is not _OFFER_OPEN else -1
        opened = bool(choices) and choices[0].is_open
        self.activation.setCurrentIndex(kept if kept >= 0 else (1 if opened else 0))

    def save(self) -> PracticeUse | None:
        """Write the pending practice with the chosen intensities and link."""
        if self._pending is None:
            return None
        link = self.activation.currentData()
        use = replace(
            self._pending,
            intensity_before=self.before.value(),
            intensity_after=self.after.value(),
            activation_id=int(link) if link is not None else None,
            notes=self._pending.notes if self.keep_words.isChecked() else (),
        )
        try:
            stored = self._session.practices.record(use)
        except HealerError as error:
            self.problem.emit(
                self.tr("The practice could not be saved: %1").replace("%1", str(error))
            )
            return None
        self.clear()
        self.saved.emit(stored.id)
        return stored

    def dismiss(self) -> None:
        """Forget the pending practice."""
        self.clear()
        self.dismissed.emit()

    def clear(self) -> None:
        """Hide and forget everything (also on lock)."""
        self._pending = None
        self.summary.clear()
        self.activation.clear()
        self.before.set_value(None)
        self.after.set_value(None)
        self._show_words(())
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A soft rounded panel, a touch apart from the page."""
        del event
        paint_rounded_panel(
            self, QPalette.ColorRole.Highlight, 0.35, QPalette.ColorRole.AlternateBase, 12
        )

    @Slot(int)
    def _on_activation_activated(self, index: int) -> None:
        del index
        self._link_chosen = True

    @Slot(object)
    def _on_session_data_changed(self, changes: Change) -> None:
        # An episode logged or settled while the panel is open: offer the current list.
        if self._pending is not None and changes & Change.ACTIVATION and self._session.is_open:
            keep = self.activation.currentData() if self._link_chosen else _OFFER_OPEN
            self._fill_activations(keep)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_skip_button_clicked(self) -> None:
        self.dismiss()
