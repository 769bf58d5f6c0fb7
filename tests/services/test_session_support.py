"""The session's support calls: saved checks and questions announce, the summary's sections."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from support import BASE, bulk_fill

from healer.domain.changes import Change
from healer.domain.chartrange import DaySpan
from healer.domain.clock import utc_now
from healer.domain.moments import MomentInput, Response
from healer.domain.parts import DialogueInput
from healer.domain.people import PersonInput
from healer.domain.summary import SummaryChoice, SummaryPart, SummarySection
from healer.domain.support import INDICATORS, Answer, Indicator, QuestionInput, SelfCheckInput
from healer.domain.trends import median_of
from healer.services.session import Session
from healer.services.summary import SummaryContext
from healer.services.summary_words import minutes_text

SPAN = DaySpan(date(2026, 1, 1), date(2026, 3, 31))


def _words(sections: tuple[SummarySection, ...]) -> str:
    parts: list[str] = []
    for section in sections:
        parts += [section.title, *section.paragraphs]
        parts += [text for row in section.rows for text in row]
        parts += [text for quote in section.quotes for text in quote]
    return "\n".join(parts)


def _check(answer: Answer, when: datetime) -> SelfCheckInput:
    return SelfCheckInput(when, dict.fromkeys(INDICATORS, answer))


def test_writes_announce_support(qtbot: QtBot, session: Session) -> None:
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        check = session.support.save_check(_check(Answer.SOMETIMES, utc_now()))
    assert blocker.args == [Change.SUPPORT]
    with qtbot.wait_signal(session.changes.data_changed):
        added = session.support.add_questions(["Do you work with attachment?", "With the body?"])
    with qtbot.wait_signal(session.changes.data_changed):
        session.support.move_question(added[1].id, -1)
    assert [q.content.text for q in session.support.questions()] == [
        "With the body?",
        "Do you work with attachment?",
    ]
    with qtbot.wait_signal(session.changes.data_changed):
        session.support.delete_check(check.id)
    assert session.support.checks() == []


def test_the_default_summary_holds_figures_and_no_journal_text(
    qtbot: QtBot, session: Session
) -> None:
    bulk_fill(session, 24 * 60)  # two months, hourly: "entry 00000" …
    finished = session.parts.finish_dialogue(
        None, DialogueInput(BASE + timedelta(days=3), fear="they leave", new_part_name="Pip")
    )
    session.support.save_check(_check(Answer.NOT_REALLY, datetime(2026, 1, 5, tzinfo=UTC)))
    later = {**dict.fromkeys(INDICATORS, Answer.NOT_REALLY), Indicator.CHILDHOOD: Answer.OFTEN}
    session.support.save_check(SelfCheckInput(datetime(2026, 2, 5, tzinfo=UTC), later))
    session.support.add_question(QuestionInput("Do you work with the body?"))
    session.support.add_question(QuestionInput("Kept to myself", in_summary=False))

    summary = session.support.summary(SummaryChoice(SPAN))
    keys = [section.key for section in summary.sections]
    assert keys == [
        "overview",
        "duration",
        "intensity",
        "triggers",
        "urge_gap",
        "helps",
        "pauses",
        "parts",
        "self_check",
        "questions",
    ]
    words = _words(summary.sections)
    assert "entry 0" not in words
    assert "they leave" not in words
    assert "Pip" not in words  # names of parts only when chosen
    assert "Kept to myself" not in words
    assert "Do you work with the body?" in words
    # The figures are the domain's: every entry settled after 5 + n % 50 minutes.
    minutes = [5 + n % 50 for n in range(24 * 60)]
    assert minutes_text(median_of(minutes)) in words
    assert "1440" in words
    assert "Often (on " in words  # the latest check, with the one before it

    named = session.support.summary(SummaryChoice(SPAN, part_names=True))
    assert "Pip" in _words(named.sections)
    picked = session.support.summary(
        SummaryChoice(SPAN, frozenset({SummaryPart.DURATION}), activation_ids=(5,),
                      dialogue_ids=(finished.id,))
    )  # fmt: skip
    assert [s.key for s in picked.sections] == ["overview", "duration", "entries", "dialogues"]
    picked_words = _words(picked.sections)
    assert "entry 00004" in picked_words
    assert "they leave" in picked_words


def test_a_feature_adds_its_section_with_one_builder(session: Session) -> None:
    def being_met(context: SummaryContext) -> SummarySection:
        return SummarySection("being_met", f"Met {context.choice.span.days} days")

    session.support.builders.insert(-2, being_met)
    summary = session.support.summary(SummaryChoice(SPAN, frozenset()))
    assert [s.key for s in summary.sections] == ["overview", "being_met"]
    assert summary.sections[1].title == "Met 90 days"


def test_the_summary_is_read_off_the_gui_thread(qtbot: QtBot, session: Session) -> None:
    results: list[object] = []
    session.support.request_summary(SummaryChoice(SPAN), session, results.append)
    qtbot.wait_until(lambda: bool(results))
    assert results[0].span == SPAN  # type: ignore[attr-defined]


def test_export_and_import_carry_checks_and_questions(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    session.support.save_check(_check(Answer.OFTEN, utc_now()))
    session.support.add_question(QuestionInput("How will we notice it helps?", asked=True))
    path = tmp_path / "out.json"
    session.exchange.export_json(path)
    for check in session.support.checks():
        session.support.delete_check(check.id)
    for question in session.support.questions():
        session.support.delete_question(question.id)
    with qtbot.wait_signal(session.changes.data_changed) as blocker:
        result = session.exchange.import_json(path.read_bytes())
    assert Change.SUPPORT in blocker.args[0]
    assert result.support_added == 2
    assert session.support.questions()[0].content.asked


def test_being_met_is_counted_without_names_or_words(session: Session) -> None:
    robin = session.people.add_person(PersonInput("Robin Quillfeather"))
    inside = datetime(2026, 2, 10, 12, tzinfo=UTC)
    for response in (Response.CARE, Response.CARE, Response.HURT):
        session.people.log_moment(
            MomentInput(inside, response, person_id=robin.id, shared="asked for a call tonight")
        )
    session.people.log_moment(MomentInput(inside, Response.CARE, shared="kept my word to rest"))
    # Outside the range: not counted.
    session.people.log_moment(MomentInput(datetime(2026, 6, 1, tzinfo=UTC), Response.MISSED))

    summary = session.support.summary(SummaryChoice(SPAN))
    (section,) = [s for s in summary.sections if s.key == "being_met"]
    text = _words((section,))
    assert (
        "4 moments of reaching out in this period: 3 met with care, 0 partly met, 0 missed" in text
    )
    assert "1 that hurt. 1 of them were times I met my own need." in text
    words = _words(summary.sections)
    for private in ("Robin", "Quillfeather", "asked for a call", "kept my word"):
        assert private not in words

    left_out = frozenset(SummaryPart) - {SummaryPart.BEING_MET}
    sections = session.support.summary(SummaryChoice(SPAN, left_out)).sections
    assert all(s.key != "being_met" for s in sections)
