"""The self-check's words, shared by the support page and the summary (never a score or label)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from healer.domain.support import Answer, Indicator, Reflection, Tone


def question_text(indicator: Indicator) -> str:
    """The self-check's question for an indicator, as the person reads it."""
    return {
        Indicator.DAILY_LIFE: QCoreApplication.translate(
            "support",
            "When my attachment alarm goes off, it gets in the way of work, friendships or"
            " ordinary days.",
        ),
        Indicator.TRAUMA_SIGNS: QCoreApplication.translate(
            "support",
            "I have flashbacks, go numb or feel far away from myself, or fall into spirals"
            " of shame.",
        ),
        Indicator.REPEATED_HURT: QCoreApplication.translate(
            "support", "I keep ending up close to people who touch the same old hurt."
        ),
        Indicator.DEEPEST_LAYER: QCoreApplication.translate(
            "support", "Self-help eases things, yet something underneath stays out of reach."
        ),
        Indicator.CHILDHOOD: QCoreApplication.translate(
            "support", "Growing up, care was missing, harmful or hard to count on."
        ),
    }[indicator]


def short_label(indicator: Indicator) -> str:
    """A few words naming the indicator, for lists and the summary."""
    return {
        Indicator.DAILY_LIFE: QCoreApplication.translate(
            "support", "Activation getting in the way of daily life"
        ),
        Indicator.TRAUMA_SIGNS: QCoreApplication.translate(
            "support", "Flashbacks, numbness or shame spirals"
        ),
        Indicator.REPEATED_HURT: QCoreApplication.translate(
            "support", "Partners who re-open the same hurt"
        ),
        Indicator.DEEPEST_LAYER: QCoreApplication.translate(
            "support", "Self-help not reaching the deepest layer"
        ),
        Indicator.CHILDHOOD: QCoreApplication.translate(
            "support", "Neglect, harm or inconsistency in childhood"
        ),
    }[indicator]


def answer_text(answer: Answer) -> str:
    """An answer's words."""
    return {
        Answer.NOT_REALLY: QCoreApplication.translate("support", "Not really"),
        Answer.SOMETIMES: QCoreApplication.translate("support", "Sometimes"),
        Answer.OFTEN: QCoreApplication.translate("support", "Often"),
    }[answer]


def _listed(indicators: tuple[Indicator, ...]) -> str:
    # The labels name items inside a sentence here; a semicolon keeps their own commas apart.
    separator = QCoreApplication.translate("support", "; ", "between the items of a list")
    return separator.join(short_label(indicator).lower() for indicator in indicators)


def reflection_text(reflection: Reflection) -> str:
    """The calm paragraph after the self-check: no score, no label, pointing onward."""
    if reflection.tone is Tone.QUIET:
        return QCoreApplication.translate(
            "support",
            "None of these feel true for you lately. That is good to know, and it can change:"
            " you can come back to these questions whenever you like. If you are curious about"
            " working with someone anyway, Approaches and Questions to ask are here for you.",
        )
    # Whole sentences, each translated on its own, follow one another.
    sentences: list[str] = []
    if reflection.often:
        sentences.append(
            QCoreApplication.translate("support", "You marked as often: %1.").replace(
                "%1", _listed(reflection.often)
            )
        )
    if reflection.sometimes:
        sentences.append(
            QCoreApplication.translate("support", "You marked as sometimes: %1.").replace(
                "%1", _listed(reflection.sometimes)
            )
        )
    sentences.append(
        QCoreApplication.translate(
            "support",
            "These are reasons many people find it helpful to work with a therapist alongside"
            " their own practice. It says nothing final about you, and what you do with it is"
            " yours to decide. Approaches and Questions to ask, beside this, may help you find"
            " someone who fits.",
        )
    )
    if reflection.trauma_informed:
        sentences.append(
            QCoreApplication.translate(
                "support",
                "Some of the approaches described under Approaches work with the body and with"
                " old hurt directly,"
                " which some people find gentler when memories or shame weigh heavily.",
            )
        )
    return " ".join(sentences)


def crisis_text() -> str:
    """The crisis note: what Healer is not, and where to turn."""
    return QCoreApplication.translate(
        "support",
        "Healer is a self-help journal, not a crisis service. If you are in danger or cannot"
        " keep yourself safe, contact your local emergency services or a crisis line now.",
    )


def suggested_questions() -> tuple[str, ...]:
    """Questions many people find worth asking a therapist, offered to start the list."""
    return (
        QCoreApplication.translate(
            "support", "Do you work with attachment, and how does it shape the way you work?"
        ),
        QCoreApplication.translate(
            "support", "Are you trained in a body-based or experiential approach?"
        ),
        QCoreApplication.translate(
            "support", "How would you work with a young, frightened part of me?"
        ),
        QCoreApplication.translate(
            "support", "What do you do when talking alone has not helped someone before?"
        ),
        QCoreApplication.translate(
            "support", "How will we notice together whether this is helping?"
        ),
    )
