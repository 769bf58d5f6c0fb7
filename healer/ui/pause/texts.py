"""The pause's own words: the default naming statement, suggestions and sentence starters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from healer.domain.pause import milestone_reached


def default_naming_statement() -> str:
    """What the app offers to say when the person has not written their own words."""
    return QCoreApplication.translate(
        "pause",
        "I am activated right now. This is my old alarm going off, not a measure of "
        "what is really happening. I can let it be loud for a while without acting on it.",
    )


def movement_suggestion() -> str:
    """The body step while waiting."""
    return QCoreApplication.translate(
        "pause",
        "Let your body spend the alarm: walk around the room or the block, shake out your "
        "hands, climb a flight of stairs, or tap left and right with the breathing pacer.",
    )


def distraction_intro() -> str:
    """Above the person's own list of things that absorb them."""
    return QCoreApplication.translate(
        "pause",
        "Pick something that fills your attention: your own list, kept only in this journal.",
    )


def rumination_note() -> str:
    """A gentle word about replaying the story."""
    return QCoreApplication.translate(
        "pause",
        "If your mind starts rehearsing messages or replaying the silence, that is the alarm "
        "talking. Notice it kindly and come back to what your hands are doing.",
    )


def sentence_starters() -> tuple[str, ...]:
    """Optional openings that turn a demand into a need, offered in the composer."""
    return (
        QCoreApplication.translate("pause", "I noticed I felt unsettled when "),
        QCoreApplication.translate("pause", "What would help me feel close is "),
        QCoreApplication.translate("pause", "Would you be open to "),
        QCoreApplication.translate(
            "pause", "I'm not asking you to fix it; I wanted you to know that "
        ),
        QCoreApplication.translate("pause", "When you have a moment, could we "),
    )


def milestone_message(count: int) -> str:
    """A kind word at the counts the method names; empty for every other count."""
    messages = {
        12: QCoreApplication.translate(
            "pause",
            "That is your twelfth pause seen through. The early ones are the hardest ones, "
            "and you kept going through them.",
        ),
        50: QCoreApplication.translate(
            "pause",
            "Fifty pauses seen through. This is the stretch where many people find the alarm "
            "quieting sooner; your own charts will show how it goes for you.",
        ),
    }
    milestone = milestone_reached(count)
    return messages[milestone] if milestone is not None else ""
