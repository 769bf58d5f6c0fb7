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
    return (
        PromptText(
            "trigger",
            QCoreApplication.translate("prompts", "What happened"),
            QCoreApplication.translate(
                "prompts", "The moment it began: what you saw, heard, or kept waiting for."
            ),
        ),
        PromptText(
            "body",
            QCoreApplication.translate("prompts", "In my body"),
            QCoreApplication.translate(
                "prompts",
                "Where it showed up first: a tight chest, a hot face, a knot in the stomach…",
            ),
        ),
        PromptText(
            "story",
            QCoreApplication.translate("prompts", "The story my mind told"),
            QCoreApplication.translate(
                "prompts",
                "What it seemed to mean, in your mind's own words, however harsh they were.",
            ),
        ),
        PromptText(
            "urge",
            QCoreApplication.translate("prompts", "The urge"),
            QCoreApplication.translate(
                "prompts", "What you felt pulled to do right then: write, check, pull away, fix it."
            ),
        ),
        PromptText(
            "did",
            QCoreApplication.translate("prompts", "What I actually did"),
            QCoreApplication.translate(
                "prompts", "What you did in the end. Waiting and doing nothing count too."
            ),
        ),
        PromptText(
            "after",
            QCoreApplication.translate("prompts", "What happened after"),
            QCoreApplication.translate(
                "prompts", "How things went afterwards, and how you felt once the wave had passed."
            ),
        ),
    )


def looking_again_text() -> PromptText:
    """The seventh prompt, offered once the episode has settled."""
    return PromptText(
        "looking_again",
        QCoreApplication.translate("prompts", "Looking again"),
        QCoreApplication.translate(
            "prompts",
            "Now that it has eased, is there another way to read what happened?"
            " A second meaning is enough; it does not have to replace the first.",
        ),
    )
