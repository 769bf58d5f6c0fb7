"""The guided dialogue with a young part: seven skippable steps, kept as a draft while typed.

Signals:
    finished_dialogue(dialogue_id): the dialogue was kept as finished and the wizard closed.
    set_aside(dialogue_id): the unfinished dialogue was kept to continue later.
    pacer_requested(): the person asked for the breathing pacer (from the first step).
"""

from __future__ import annotations

import enum
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from healer.domain.activation import ActivationQuery
from healer.domain.clock import utc_now
from healer.domain.errors import HealerError
from healer.domain.parts import (
    STEPS,
    TEXT_FIELDS,
    Dialogue,
    DialogueInput,
    DialogueStep,
    dialogue_fields,
    dialogue_from_fields,
)
from healer.services.session import Session
from healer.ui.common.autosave import Autosave
from healer.ui.common.dialogue_texts import dialogue_texts
from healer.ui.common.fit import fit_to_screen
from healer.ui.common.formatting import format_time, format_when
from healer.ui.parts.steps import AgeStepPage, ClosePage, DialogueStepPage, SettlePage, TextStepPage

AUTOSAVE_MS = 2500
RECENT_ACTIVATIONS = 12
_TRIGGER_PREVIEW = 48


class CloseChoice(enum.Enum):
    """What the person chose when closing an unfinished dialogue."""

    KEEP = "keep"
    DISCARD = "discard"
    STAY = "stay"


class DialogueWizard(QWizard):
    """Walks the seven steps; Back keeps every word, Esc asks before anything is lost."""

    finished_dialogue = Signal(int)
    set_aside = Signal(int)
    pacer_requested = Signal()

    def __init__(
        self,
        session: Session,
        dialogue: Dialogue | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._dialogue_id = dialogue.id if dialogue is not None else None
        # A kept (finished) dialogue opened to edit: it stays kept, at its step, and
        # closing it keeps the changes instead of asking to set it aside or discard it.
        self._kept_step = dialogue.content.step if dialogue and dialogue.is_finished else None
        self._started_at: datetime = (
            dialogue.content.started_at if dialogue is not None else utc_now()
        )
        self._autosave = Autosave(self.save_drafts, AUTOSAVE_MS, self)
        self._closing = False
        self._question: QMessageBox | None = None
        texts = dialogue_texts()
        self._keys_hint = texts.keys_hint
        title = texts.wizard_title if self._kept_step is None else self.tr("Edit a kept dialogue")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, False)
        self.setOption(QWizard.WizardOption.NoCancelButton, False)
        self.setModal(False)
        fit_to_screen(self, QSize(860, 600))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Keep this dialogue"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        for which, name in (
            (QWizard.WizardButton.BackButton, self.tr("Back to the previous step")),
            (QWizard.WizardButton.NextButton, self.tr("On to the next step")),
            (QWizard.WizardButton.FinishButton, self.tr("Keep this dialogue")),
            (QWizard.WizardButton.CancelButton, self.tr("Close the dialogue")),
        ):
            button = self.button(which)
            button.setAccessibleName(name)

        self.pages: dict[DialogueStep, DialogueStepPage] = {}
        self._build_pages()
        self._fill_choices(dialogue)
        if dialogue is not None:
            for page in self.pages.values():
                page.set_fields(dialogue_fields(dialogue.content))
        self._set_footer("")
        self.restart()
        if dialogue is not None and self._kept_step is None:
            while self.current_step() is not dialogue.content.step and self.nextId() != -1:
                self.next()
        self._autosave.loading = False
        self.currentIdChanged.connect(self._on_self_current_id_changed)

    # -- building ----------------------------------------------------------

    def _build_pages(self) -> None:
        texts = dialogue_texts()
        settle = SettlePage(texts.steps[DialogueStep.SETTLE], self)
        settle.pacer_requested.connect(self.pacer_requested)
        pages: list[DialogueStepPage] = [settle]
        for step in STEPS:
            if step in (DialogueStep.SETTLE, DialogueStep.CLOSE):
                continue
            if step is DialogueStep.AGE:
                pages.append(AgeStepPage(texts, self))
            else:
                key = step.value
                assert key in TEXT_FIELDS
                pages.append(TextStepPage(step, key, texts.steps[step], self))
        pages.append(ClosePage(texts, self))
        for index, page in enumerate(pages):
            page.progress.setText(
                self.tr("Step %1 of %2")
                .replace("%1", str(index + 1))
                .replace("%2", str(len(pages)))
            )
            self.setPage(index, page)
            self.pages[page.step] = page
            page.changed.connect(self._on_page_changed)
            page.advance_requested.connect(self._on_page_advance_requested)

    def _fill_choices(self, dialogue: Dialogue | None) -> None:
        close = self.pages[DialogueStep.CLOSE]
        assert isinstance(close, ClosePage)
        close.set_parts([(part.id, part.content.name) for part in self._session.parts.parts()])
        locale = self.locale()
        recent = self._session.journal.find(ActivationQuery(limit=RECENT_ACTIVATIONS))
        open_label = dialogue_texts().steps[DialogueStep.CLOSE].get("open_episode")
        choices: list[tuple[int, str]] = []
        for activation in recent:
            when = format_when(activation.content.started_at, locale)
            if activation.is_open:
                when = open_label.replace("%1", format_time(activation.content.started_at, locale))
            trigger = " ".join(activation.content.trigger.split())
            if len(trigger) > _TRIGGER_PREVIEW:
                trigger = trigger[: _TRIGGER_PREVIEW - 1] + "…"
            choices.append((activation.id, f"{when} · {trigger}"))
        if dialogue is not None:
            selected = dialogue.content.activation_id
            if selected is not None and all(selected != item[0] for item in choices):
                linked = self._session.journal.get(selected)
                choices.append((selected, format_when(linked.content.started_at, locale)))
        else:
            # The episode still going on is the likely one: offer it already chosen.
            selected = next((a.id for a in recent if a.is_open), None)
        close.set_activations(choices, selected)

    def _set_footer(self, status: str) -> None:
        text = f"{self._keys_hint}   ·   {status}" if status else self._keys_hint
        for page in self.pages.values():
            page.footer.setText(text)

    # -- state -------------------------------------------------------------

    @property
    def dialogue_id(self) -> int | None:
        """The stored row this dialogue is kept in, once anything was kept."""
        return self._dialogue_id

    def current_step(self) -> DialogueStep:
        """The step on screen."""
        index = self.currentId()
        return STEPS[index] if 0 <= index < len(STEPS) else DialogueStep.SETTLE

    def fields(self) -> dict[str, str]:
        """Everything the steps hold, as text."""
        values: dict[str, str] = {}
        for page in self.pages.values():
            values.update(page.fields())
        return values

    def content(self) -> DialogueInput:
        """The dialogue as it stands, at the step on screen."""
        step = self.current_step() if self._kept_step is None else self._kept_step
        return dialogue_from_fields(self.fields(), started_at=self._started_at, step=step)

    # -- keeping -----------------------------------------------------------

    def save_drafts(self) -> None:
        """Write what was typed into the vault now (before a lock, and every few seconds)."""
        self._autosave.stop()
        if self._question is not None:
            # A lock while the closing question is open: answer "go on writing", so the
            # question's event loop ends before the wizard is torn down with its page.
            self._question.reject()
        if not self._autosave.dirty or not self._session.is_open:
            return
        content = self.content()
        if content.is_blank and self._dialogue_id is None:
            return
        try:
            kept = self._session.parts.autosave_dialogue(self._dialogue_id, content)
        except HealerError:
            self._set_footer(self.tr("This could not be kept just now; nothing is lost yet."))
            return
        self._dialogue_id = kept.id
        self._autosave.dirty = False
        self._set_footer(self.tr("Kept at %1").replace("%1", format_time(utc_now(), self.locale())))

    def finish(self) -> int | None:
        """Keep the dialogue as finished (its id); a blank one leaves nothing behind (None)."""
        self._autosave.stop()
        content = self.content()
        if content.is_blank:
            if self._dialogue_id is not None:
                self._session.parts.delete_dialogue(self._dialogue_id)
                self._dialogue_id = None
            self._autosave.dirty = False
            return None
        dialogue = self._session.parts.finish_dialogue(self._dialogue_id, content)
        self._dialogue_id = dialogue.id
        self._autosave.dirty = False
        return dialogue.id

    def ask_close(self) -> CloseChoice:
        """Ask what to do with an unfinished dialogue (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.NoIcon)
        box.setWindowTitle(self.tr("Close the dialogue"))
        box.setText(self.tr("Close this dialogue for now?"))
        box.setInformativeText(self.tr("What you wrote can wait here until you come back."))
        keep = box.addButton(self.tr("&Keep for later"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Go &on writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(stay)
        self._question = box
        try:
            box.exec()
        finally:
            self._question = None
        clicked = box.clickedButton()
        if clicked is discard:
            return CloseChoice.DISCARD
        if clicked is keep:
            return CloseChoice.KEEP
        return CloseChoice.STAY

    # -- closing -----------------------------------------------------------

    def accept(self) -> None:
        """Finish keeps the dialogue and closes."""
        if not self._session.is_open:
            return
        try:
            dialogue_id = self.finish()
        except HealerError:
            # Stay open with everything typed; the draft keeps trying.
            self._set_footer(self.tr("This could not be kept just now; nothing is lost."))
            return
        super().accept()
        if dialogue_id is not None:
            self.finished_dialogue.emit(dialogue_id)

    def reject(self) -> None:
        """Esc, Close and the window's close box ask before anything typed is dropped."""
        if self._closing:
            return
        if self._kept_step is not None:
            # Editing a kept dialogue: closing keeps the changes, as the autosave would.
            self.accept()
            return
        nothing_kept = self._dialogue_id is None and self.content().is_blank
        if nothing_kept or not self._session.is_open:
            super().reject()
            return
        self._closing = True
        try:
            choice = self.ask_close()
        finally:
            self._closing = False
        if choice is CloseChoice.STAY:
            return
        self._autosave.stop()
        try:
            if choice is CloseChoice.DISCARD:
                if self._dialogue_id is not None:
                    self._session.parts.delete_dialogue(self._dialogue_id)
                self._dialogue_id = None
            else:
                kept = self._session.parts.keep_dialogue(self._dialogue_id, self.content())
                self._dialogue_id = kept.id
        except HealerError:
            self._set_footer(self.tr("This could not be kept just now; nothing is lost yet."))
            return
        self._autosave.dirty = False
        super().reject()
        if choice is CloseChoice.KEEP and self._dialogue_id is not None:
            self.set_aside.emit(self._dialogue_id)

    # -- slots -------------------------------------------------------------

    @Slot()
    def _on_page_changed(self) -> None:
        self._autosave.changed()

    @Slot()
    def _on_page_advance_requested(self) -> None:
        if self.nextId() == -1:
            self.button(QWizard.WizardButton.FinishButton).click()
        else:
            self.next()

    @Slot(int)
    def _on_self_current_id_changed(self, _index: int) -> None:
        # The step reached is kept too, so a continued dialogue opens where it was left.
        if self._dialogue_id is not None or not self.content().is_blank:
            self._autosave.changed()
        page = self.currentPage()
        if isinstance(page, DialogueStepPage):
            target = page.first_field()
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
