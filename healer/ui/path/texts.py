"""The path page's words: each step's name, what it is, and where the person stands, kindly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from healer.domain.helps import PAUSE_TOOL
from healer.domain.longview import LongView, Note
from healer.domain.path import GapMove, PathStep, PathView
from healer.domain.practice import PracticeKind
from healer.ui.common.practice_texts import practice_texts


@dataclass(frozen=True, slots=True)
class StepText:
    """A step's title, the tab it opens, that tab's button label and what the step is."""

    title: str
    tab: str
    button: str
    about: str


def step_texts() -> dict[PathStep, StepText]:
    """The six steps in the roadmap's order, in the app's own words."""
    return {
        PathStep.TRIGGERS: StepText(
            QCoreApplication.translate("path", "Notice what sets you off"),
            "journal",
            QCoreApplication.translate("path", "Open the activation log"),
            QCoreApplication.translate(
                "path",
                "For about two weeks, write down each time the alarm goes off: what happened,"
                " what your body felt, what you did. A pattern shows up sooner than you think.",
            ),
        ),
        PathStep.REGULATE: StepText(
            QCoreApplication.translate("path", "Calm the body first"),
            "regulate",
            QCoreApplication.translate("path", "Open Regulate"),
            QCoreApplication.translate(
                "path",
                "Slow breathing, cold water, tapping, naming what you see. Try one while the"
                " alarm is up, and note how you feel before and after.",
            ),
        ),
        PathStep.PAUSE: StepText(
            QCoreApplication.translate("path", "Wait before reaching out"),
            "pause",
            QCoreApplication.translate("path", "Open the 20-minute pause"),
            QCoreApplication.translate(
                "path",
                "When the urge to send that message is strong, name it and give it twenty"
                " minutes. Then decide, from a calmer place.",
            ),
        ),
        PathStep.PARTS: StepText(
            QCoreApplication.translate("path", "Turn toward the young part"),
            "parts",
            QCoreApplication.translate("path", "Open Parts"),
            QCoreApplication.translate(
                "path",
                "A short guided conversation with the frightened younger part of you: what it"
                " fears, and what it needs from you now.",
            ),
        ),
        PathStep.BEING_MET: StepText(
            QCoreApplication.translate("path", "Let yourself be met"),
            "people",
            QCoreApplication.translate("path", "Open People"),
            QCoreApplication.translate(
                "path",
                "When you say what you need from a calm place, note how you were met."
                " Over time you see who meets you, and where you meet yourself.",
            ),
        ),
        PathStep.SUPPORT: StepText(
            QCoreApplication.translate("path", "Know when to ask for more help"),
            "support",
            QCoreApplication.translate("path", "Open Support"),
            QCoreApplication.translate(
                "path",
                "A short self-check, kinds of therapy that work with attachment and the body,"
                " and questions to bring to a therapist.",
            ),
        ),
    }


def tool_name(tool: str) -> str:
    """A practice key (or the pause) as the person knows it."""
    if tool == PAUSE_TOOL:
        return QCoreApplication.translate("path", "the 20-minute pause")
    try:
        kind = PracticeKind(tool)
    except ValueError:
        return tool
    text = practice_texts(QLocale().name().split("_")[0]).get(kind)
    return tool if text is None else text.title.lower()


def _list(names: tuple[str, ...]) -> str:
    return QLocale().createSeparatedList(list(names))


def standing(view: PathView, step: PathStep, locale: QLocale) -> str:
    """Where the person stands on one step, from their own data; "" before they begin."""
    if not view.begun(step):
        return ""
    return {
        PathStep.TRIGGERS: _triggers,
        PathStep.REGULATE: _regulate,
        PathStep.PAUSE: _pause,
        PathStep.PARTS: _parts,
        PathStep.BEING_MET: _met,
        PathStep.SUPPORT: _support,
    }[step](view, locale)


def _triggers(view: PathView, _locale: QLocale) -> str:
    standing = view.map
    if standing.fortnight_over:
        text = QCoreApplication.translate(
            "path",
            "In your first two weeks you wrote something down on %n days.",
            None,
            standing.days_logged,
        )
    else:
        text = QCoreApplication.translate(
            "path",
            "Your first two weeks are under way: so far you wrote something down on %n days.",
            None,
            standing.days_logged,
        )
    if not standing.top:
        text += " " + QCoreApplication.translate(
            "path", "After a few more entries, what sets you off most will show here."
        )
    return text


def _regulate(view: PathView, _locale: QLocale) -> str:
    standing = view.regulate
    tried = tuple(tool_name(tool) for tool in standing.tried)
    text = QCoreApplication.translate("path", "You have tried %1.").replace("%1", _list(tried))
    if standing.helps:
        helps = tuple(tool_name(tool) for tool in standing.helps)
        text += " " + QCoreApplication.translate(
            "path", "What seems to help you most: %1."
        ).replace("%1", _list(helps))
    else:
        text += " " + QCoreApplication.translate(
            "path", "Note how you feel before and after, and you will see what helps you most."
        )
    return text


def _pause(view: PathView, _locale: QLocale) -> str:
    standing = view.pause
    if standing.seen_through:
        text = QCoreApplication.translate(
            "path", "You have seen %n pauses through.", None, standing.seen_through
        )
    else:
        text = QCoreApplication.translate(
            "path", "No pause seen through yet; starting one is already a step."
        )
    gap = {
        GapMove.WIDER: QCoreApplication.translate(
            "path", "Lately the urge waits more often before you act on it than it did at first."
        ),
        GapMove.STEADY: QCoreApplication.translate(
            "path",
            "The gap between the urge and what you do has stayed about the same; it often"
            " moves slowly.",
        ),
        GapMove.NARROWER: QCoreApplication.translate(
            "path",
            "Lately the urge has been acted on at once a little more often than at first."
            " Harder stretches happen; every pause still counts.",
        ),
        None: QCoreApplication.translate(
            "path",
            "After a few weeks of noting what you did with the urge, you will see the gap move.",
        ),
    }[standing.gap]
    return f"{text} {gap}"


def _parts(view: PathView, _locale: QLocale) -> str:
    standing = view.parts
    dialogues = QCoreApplication.translate("path", "%n dialogues so far", None, standing.dialogues)
    parts = QCoreApplication.translate("path", "%n parts of you met by name.", None, standing.parts)
    # Two counts, each with its own plural form, joined by a template the translator orders.
    joined = QCoreApplication.translate("path", "%1, and %2", "dialogues so far, and parts met")
    return joined.replace("%1", dialogues, 1).replace("%2", parts, 1)


def _met(view: PathView, _locale: QLocale) -> str:
    standing = view.met
    text = QCoreApplication.translate(
        "path", "%n moments of reaching out noted", None, standing.moments
    )
    met = QCoreApplication.translate(
        "path", "%n of them met with care.", None, standing.met_with_care
    )
    joined = QCoreApplication.translate("path", "%1; %2", "moments noted; of them met with care")
    return joined.replace("%1", text, 1).replace("%2", met, 1)


def _support(view: PathView, locale: QLocale) -> str:
    day = view.support.last_check
    assert day is not None  # begun() said so
    return QCoreApplication.translate("path", "Your last self-check was on %1.").replace(
        "%1", day_text(day, locale)
    )


def day_text(day: date, locale: QLocale) -> str:
    """A day in the person's locale's long form."""
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def long_view_text(view: LongView) -> list[str]:
    """The long view's paragraphs: time on the path, then the notes that fit the data."""
    if view.months == 0:
        lines = [
            QCoreApplication.translate(
                "path", "You have only just begun, and that is a real start."
            )
        ]
    else:
        lines = [
            QCoreApplication.translate(
                "path", "You have been on this path for %n months.", None, view.months
            )
        ]
    notes = {
        Note.EARLY_MONTHS: QCoreApplication.translate(
            "path", "The first few months are often the hardest. Showing up for yourself is enough."
        ),
        Note.TAKES_MONTHS: QCoreApplication.translate(
            "path",
            "Real change usually takes many months, often somewhere between half a year"
            " and a year and a half."
            " Small steps add up, even on days they do not seem to.",
        ),
        Note.OLD_PATTERNS: QCoreApplication.translate(
            "path",
            "This month the alarm has been lasting longer than in the calmer months before."
            " Under stress, old patterns can come back for a while. That is part of the path,"
            " not a failure.",
        ),
    }
    lines.extend(notes[note] for note in view.notes)
    return lines
