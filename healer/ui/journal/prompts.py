"""The entry's prompts as the form shows them: a label and a one-line hint in the app's words."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True, slots=True)
class PromptText:
    """What the form says for one prompt."""

    key: str
    label: str
    hint: str


def prompt_texts() -> tuple[PromptText, ...]:
    """The prompts in the method's order, translated."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("prompts", text)

    return (
        PromptText(
            "trigger",
            tr("What happened"),
            tr("The moment it began: what you saw, heard, or kept waiting for."),
        ),
        PromptText(
            "body",
            tr("In my body"),
            tr("Where it showed up first: a tight chest, a hot face, a knot in the stomach…"),
        ),
        PromptText(
            "story",
            tr("The story my mind told"),
            tr("What it seemed to mean, in your mind's own words, however harsh they were."),
        ),
        PromptText(
            "urge",
            tr("The urge"),
            tr("What you felt pulled to do right then: write, check, pull away, fix it."),
        ),
        PromptText(
            "did",
            tr("What I actually did"),
            tr("What you did in the end. Waiting and doing nothing count too."),
        ),
        PromptText(
            "after",
            tr("What happened after"),
            tr("How things went afterwards, and how you felt once the wave had passed."),
        ),
    )


def looking_again_text() -> PromptText:
    """The seventh prompt, offered once the episode has settled."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("prompts", text)

    return PromptText(
        "looking_again",
        tr("Looking again"),
        tr(
            "Now that it has eased, is there another way to read what happened?"
            " A second meaning is enough; it does not have to replace the first."
        ),
    )
