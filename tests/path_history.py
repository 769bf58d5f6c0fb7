"""The later steps for path page tests and renders: dialogues, moments, a self-check."""

from __future__ import annotations

from datetime import datetime, timedelta

from healer.domain.moments import Delivery, MomentInput, Response
from healer.domain.parts import DialogueInput, DialogueStep, PartInput
from healer.domain.support import INDICATORS, Answer, SelfCheckInput
from healer.services.session import Session


def fill_later_steps(session: Session, now: datetime) -> None:
    """Two parts met in three dialogues, five moments (three met with care), one self-check."""
    window = session.parts.add_part(PartInput(name="The one at the window", typical_age="7"))
    session.parts.add_part(PartInput(name="The small planner", typical_age="5"))
    for days in (60, 30, 3):
        session.parts.finish_dialogue(
            None,
            DialogueInput(
                started_at=now - timedelta(days=days),
                step=DialogueStep.SETTLE,
                notice="generated",
                part_id=window.id,
            ),
        )
    for days, response in (
        (40, Response.MISSED),
        (20, Response.CARE),
        (9, Response.PARTLY),
        (5, Response.CARE),
        (1, Response.CARE),
    ):
        session.people.log_moment(
            MomentInput(now - timedelta(days=days), response, delivery=Delivery.NEED)
        )
    session.support.save_check(
        SelfCheckInput(
            now - timedelta(days=12), {indicator: Answer.SOMETIMES for indicator in INDICATORS}
        )
    )
