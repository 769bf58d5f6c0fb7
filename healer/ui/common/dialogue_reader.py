"""Reading a kept dialogue again: each step's question and the answer as it was written.

Signals:
    activation_requested(activation_id): the person followed the link to the activation.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, QSize, QUrl, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from healer.domain.parts import Dialogue, DialogueStep
from healer.ui.common.dialogue_texts import dialogue_texts
from healer.ui.common.fit import fit_to_screen
from healer.ui.common.formatting import format_when

_ACTIVATION_SCHEME = "activation"
READING_WIDTH = 620


def dialogue_html(dialogue: Dialogue, when: str, activation_when: str | None) -> str:
    """The dialogue as calm HTML; every word the person wrote is escaped and kept as typed."""
    texts = dialogue_texts()
    content = dialogue.content
    steps = texts.steps

    def block(question: str, answer: str) -> str:
        if not answer.strip():
            return ""
        return (
            f'<p style="margin-top:14px;margin-bottom:2px;"><i>{html.escape(question)}</i></p>'
            f'<p style="margin-top:0;white-space:pre-wrap;">{html.escape(answer)}</p>'
        )

    name = dialogue.part_name or content.new_part_name
    if not name:
        name = QCoreApplication.translate("DialogueReader", "A young part")
    status = (
        when
        if dialogue.is_finished
        else QCoreApplication.translate("DialogueReader", "%1 · unfinished").replace("%1", when)
    )
    parts = [
        f"<h2 style='font-weight:normal;'>{html.escape(name)}</h2>",
        f"<p>{html.escape(status)}</p>",
    ]
    parts.append(block(steps[DialogueStep.NOTICE].title, content.notice))
    age = texts.age_choices.get(content.age, content.age)
    parts.append(block(steps[DialogueStep.AGE].title, age))
    for step, text in (
        (DialogueStep.FEAR, content.fear),
        (DialogueStep.NEED, content.need),
        (DialogueStep.ANSWER, content.answer),
    ):
        parts.append(block(steps[step].title, text))
    if content.feeling_after is not None:
        feeling = QCoreApplication.translate("DialogueReader", "%1 of 10").replace(
            "%1", QLocale().toString(content.feeling_after)
        )
        parts.append(block(steps[DialogueStep.CLOSE].get("feeling_label"), feeling))
    if content.activation_id is not None and activation_when is not None:
        label = QCoreApplication.translate("DialogueReader", "About the activation of %1").replace(
            "%1", activation_when
        )
        href = f"{_ACTIVATION_SCHEME}:{content.activation_id}"
        parts.append(f'<p style="margin-top:18px;"><a href="{href}">{html.escape(label)}</a></p>')
    return "".join(parts)


class DialogueReader(QTextBrowser):
    """A read-only view of one dialogue; links lead to its activation."""

    activation_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("The dialogue, to read again"))
        self.setPlaceholderText(self.tr("Choose a dialogue to read it again."))
        self.setStyleSheet("QTextBrowser { border: none; }")
        self.document().setDocumentMargin(22)
        # A reading column, not a line across the whole screen.
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(READING_WIDTH)
        self.anchorClicked.connect(self._on_self_anchor_clicked)

    def show_dialogue(self, dialogue: Dialogue | None, activation_when: str | None = None) -> None:
        """Show a dialogue (None clears)."""
        if dialogue is None:
            self.clear()
            return
        when = format_when(dialogue.content.started_at, self.locale())
        self.setHtml(dialogue_html(dialogue, when, activation_when))

    @Slot(QUrl)
    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == _ACTIVATION_SCHEME and url.path().isdigit():
            self.activation_requested.emit(int(url.path()))


class DialogueReaderDialog(QDialog):
    """A dialogue on its own, opened from an activation's entry."""

    def __init__(
        self, dialogue: Dialogue, activation_when: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A dialogue with a young part"))
        layout = QVBoxLayout(self)
        self.reader = DialogueReader(self)
        self.reader.show_dialogue(dialogue, activation_when)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.reader, 1)
        layout.addWidget(buttons)
        # The reading column plus the dialog's margins and frame: no sideways scroll bar.
        fit_to_screen(self, QSize(READING_WIDTH + 60, 560))
