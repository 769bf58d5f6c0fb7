"""The self-check's words, shared by the support page and the summary (never a score or label)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from healer.domain.support import Answer, Indicator, Reflection, Tone


def tr(text: str) -> str:
    """Translate in the support context."""
    return QCoreApplication.translate("support", text)


def question_text(indicator: Indicator) -> str:
    """The self-check's question for an indicator, as the person reads it."""
    return {
        Indicator.DAILY_LIFE: tr(
            "When my attachment alarm goes off, it gets in the way of work, friendships or"
            " ordinary days."
        ),
        Indicator.TRAUMA_SIGNS: tr(
            "I have flashbacks, go numb or feel far away from myself, or fall into spirals"
            " of shame."
        ),
        Indicator.REPEATED_HURT: tr(
            "I keep ending up close to people who touch the same old hurt."
        ),
        Indicator.DEEPEST_LAYER: tr(
            "Self-help eases things, yet something underneath stays out of reach."
        ),
        Indicator.CHILDHOOD: tr("Growing up, care was missing, harmful or hard to count on."),
    }[indicator]


def short_label(indicator: Indicator) -> str:
    """A few words naming the indicator, for lists and the summary."""
    return {
        Indicator.DAILY_LIFE: tr("Activation getting in the way of daily life"),
        Indicator.TRAUMA_SIGNS: tr("Flashbacks, numbness or shame spirals"),
        Indicator.REPEATED_HURT: tr("Partners who re-open the same hurt"),
        Indicator.DEEPEST_LAYER: tr("Self-help not reaching the deepest layer"),
        Indicator.CHILDHOOD: tr("Neglect, harm or inconsistency in childhood"),
    }[indicator]


def answer_text(answer: Answer) -> str:
    """An answer's words."""
    return {
        Answer.NOT_REALLY: tr("Not really"),
        Answer.SOMETIMES: tr("Sometimes"),
        Answer.OFTEN: tr("Often"),
    }[answer]


def _listed(indicators: tuple[Indicator, ...]) -> str:
    return "; ".join(short_label(indicator).lower() for indicator in indicators)


def reflection_text(reflection: Reflection) -> str:
    """The calm paragraph after the self-check: no score, no label, pointing onward."""
    if reflection.tone is Tone.QUIET:
        return tr(
            "None of these feel true for you lately. That is good to know, and it can change:"
            " you can come back to these questions whenever you like. If you are curious about"
            " working with someone anyway, Approaches and Questions to ask are here for you."
        )
    parts: list[str] = []
    if reflection.often:
        parts.append(tr("You marked as often: %1.").replace("%1", _listed(reflection.often)))
    if reflection.sometimes:
        parts.append(
            tr("You marked as sometimes: %1.").replace("%1", _listed(reflection.sometimes))
        )
    parts.append(
        tr(
            "These are reasons many people find it helpful to work with a therapist alongside"
            " their own practice. It says nothing final about you, and what you do with it is"
            " yours to decide. Approaches and Questions to ask, beside this, may help you find"
            " someone who fits."
        )
    )
    if reflection.trauma_informed:
        parts.append(
            tr(
                "Some of the approaches described under Approaches work with the body and with"
                " old hurt directly,"
                " which some people find gentler when memories or shame weigh heavily."
            )
        )
    return " ".join(parts)


def crisis_text() -> str:
    """The crisis note: what Healer is not, and where to turn."""
    return tr(
        "Healer is a self-help journal, not a crisis service. If you are in danger or cannot"
        " keep yourself safe, contact your local emergency services or a crisis line now."
    )


def suggested_questions() -> tuple[str, ...]:
    """Questions many people find worth asking a therapist, offered to start the list."""
    return (
        tr("Do you work with attachment, and how does it shape the way you work?"),
        tr("Are you trained in a body-based or experiential approach?"),
        tr("How would you work with a young, frightened part of me?"),
        tr("What do you do when talking alone has not helped someone before?"),
        tr("How will we notice together whether this is helping?"),
    )
