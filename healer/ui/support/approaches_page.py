"""Approaches that work with attachment and the body: one short, neutral paragraph each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def approaches() -> tuple[tuple[str, str], ...]:
    """(name, paragraph) for each approach, in Healer's own words: its focus, how it feels."""
    return (
        (
            QCoreApplication.translate("ApproachesPage", "Emotionally Focused Therapy (EFT)"),
            QCoreApplication.translate(
                "ApproachesPage",
                "Looks at the loops of reaching out and pulling away between people, most often"
                " partners, and at the feelings and needs underneath them. It grew from"
                " attachment research. Sessions, alone or as a couple, tend to slow a heated"
                " moment down so the softer feelings under it can be noticed and put into words.",
            ),
        ),
        (
            QCoreApplication.translate(
                "ApproachesPage", "Accelerated Experiential Dynamic Psychotherapy (AEDP)"
            ),
            QCoreApplication.translate(
                "ApproachesPage",
                "Puts the relationship with the therapist at the centre: they are openly warm"
                " and involved, and the two of you stay with feelings as they arise in the room,"
                " including relief and good moments. A session may feel slower and more present"
                " than ordinary talk, with attention to how feelings move in the body.",
            ),
        ),
        (
            QCoreApplication.translate("ApproachesPage", "Internal Family Systems (IFS)"),
            QCoreApplication.translate(
                "ApproachesPage",
                "Sees the mind as a family of parts, some protective and some younger and"
                " hurt, around a calmer core it calls the Self. A session often means turning"
                " toward one part at a time with curiosity, learning what it fears and what it"
                " needs. It is close to the dialogues in Healer's Parts tab, with a trained"
                " guide beside you.",
            ),
        ),
        (
            QCoreApplication.translate("ApproachesPage", "Somatic Experiencing (SE)"),
            QCoreApplication.translate(
                "ApproachesPage",
                "Works with the nervous system through the body more than through the story."
                " A session may involve noticing sensations, small movements and the rise and"
                " fall of activation, a little at a time, so that stress held in the body can"
                " settle. There is usually less talk about what happened.",
            ),
        ),
        (
            QCoreApplication.translate(
                "ApproachesPage", "Eye Movement Desensitisation and Reprocessing (EMDR)"
            ),
            QCoreApplication.translate(
                "ApproachesPage",
                "A structured method for memories that still feel raw. After time spent on"
                " preparation and steadiness, the person briefly holds a memory in mind while"
                " following side-to-side eye movements, taps or sounds, and notices what comes"
                " up. It follows set phases and is often used where there is trauma.",
            ),
        ),
    )


class ApproachesPage(QScrollArea):
    """The approaches, readable and selectable, with a note that none is a promise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Approaches that work with attachment and the body"))
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 12, 4)
        layout.setSpacing(6)
        lead = QLabel(
            self.tr(
                "Therapists work in many ways. These approaches pay particular attention to"
                " attachment, to the body, or to both. Each person finds a different fit, and"
                " the relationship with the therapist matters as much as the method."
            ),
            content,
        )
        lead.setWordWrap(True)
        layout.addWidget(lead)
        self.labels: list[QLabel] = []
        for name, text in approaches():
            heading = QLabel(name, content)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setContentsMargins(0, 10, 0, 0)
            body = QLabel(text, content)
            body.setWordWrap(True)
            body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            body.setAccessibleName(name)
            layout.addWidget(heading)
            layout.addWidget(body)
            self.labels.append(body)
        layout.addStretch(1)
        self.setWidget(content)
