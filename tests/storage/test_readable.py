"""The readable document: order, content, links, and escaping of every piece of journal text."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

from healer.domain.activation import Activation, ActivationInput
from healer.domain.parts import Dialogue, DialogueInput, DialogueStep
from healer.domain.pause import PausePhase, PauseRecord, PauseRun
from healer.domain.practice import PracticeKind, PracticeUse, PracticeUseInput
from healer.domain.urge import UrgeOutcome, UrgeRecord
from healer.storage.readable import (
    ReadableWords,
    duration_text,
    moment_text,
    readable_document,
)
from healer.storage.readable_render import markdown_text, render_html, render_markdown

START = datetime(2026, 10, 3, 7, 45, tzinfo=UTC)
ATTACK = '<script>alert("x")</script><img src=x onerror=alert(1)>&amp; "quoted" \'single\''


def activation(ident: int, started: datetime, **fields: object) -> Activation:
    content = ActivationInput(
        **{"trigger": f"trigger {ident}", "intensity": 5, "started_at": started, **fields}  # type: ignore[arg-type]
    )
    return Activation(ident, f"uid-{ident}", content, started, started)


def sample() -> tuple[list[Activation], list[PracticeUse], list[PauseRun], list[Dialogue]]:
    older = activation(1, START, settled_at=START + timedelta(minutes=90), category="Work")
    newer = activation(
        2,
        START + timedelta(days=1),
        trigger=ATTACK,
        story="line one\n\nline three",
        person="Jo </li><li>",
        category="<b>cat</b>",
        urge_outcome=UrgeRecord(UrgeOutcome.AFTER_PAUSE, 1200),
    )
    use = PracticeUse(
        7,
        "p7",
        PracticeUseInput(
            PracticeKind.BREATHING,
            START,
            300,
            pattern="4-6",
            intensity_before=7,
            intensity_after=4,
            activation_id=1,
            notes=("slower <u>now</u>",),
        ),
        START,
    )
    run = PauseRun(
        3,
        "r3",
        PauseRecord(
            PausePhase.FINISHED,
            1200,
            START,
            naming_statement="I am scared & alone",
            activation_id=2,
        ),
        START,
        START,
    )
    dialogue = Dialogue(
        9,
        "d9",
        DialogueInput(
            START + timedelta(days=1, hours=1),
            DialogueStep.CLOSE,
            notice="small <i>one</i>",
            age="5",
            answer="I am here",
            feeling_after=3,
            activation_id=2,
        ),
        START + timedelta(days=1, hours=2),
        "Little <me>",
        START,
        START,
    )
    return [older, newer], [use], [run], [dialogue]


class _Collector(HTMLParser):
    """Every tag and attribute the browser would see, and the text it would show."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += attrs

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed_html() -> tuple[str, _Collector]:
    activations, uses, runs, dialogues = sample()
    document = readable_document(
        activations, practices=uses, pauses=runs, dialogues=dialogues, zone=UTC
    )
    page = render_html(document).decode("utf-8")
    collector = _Collector()
    collector.feed(page)
    return page, collector


def test_html_journal_text_cannot_become_markup() -> None:
    page, collector = parsed_html()
    assert set(collector.tags) <= {
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p",
        "section", "ul", "li", "dl", "dt", "dd", "a",
    }  # fmt: skip
    assert "script" not in collector.tags
    assert "img" not in collector.tags
    names = {name for name, _ in collector.attributes}
    assert not any(name.startswith("on") for name in names)
    assert "src" not in names
    shown = "".join(collector.text)
    # The words appear exactly as typed, once the escaping is undone by the parser.
    assert ATTACK in shown
    assert "Jo </li><li>" in shown
    assert "Little <me>" in shown
    assert "I am scared & alone" in shown
    assert "<script>" not in page


def test_html_forbids_scripts_and_remote_loads() -> None:
    page, collector = parsed_html()
    policies = [value for name, value in collector.attributes if name == "content"]
    assert any(value and "default-src 'none'" in value for value in policies)
    assert "http://" not in page
    assert "https://" not in page


def test_entries_are_newest_first_with_their_facts_and_links() -> None:
    _, collector = parsed_html()
    shown = "".join(collector.text)
    newer = shown.index("Sunday 4 October 2026, 07:45")
    older = shown.index("Saturday 3 October 2026, 07:45")
    assert newer < older
    assert "Lasted 1 h 30 min" in shown
    assert "Still open" in shown
    assert "Acted on the urge after a pause of 20 min" in shown
    assert "Practice: Slow breathing (4-6), 5 min; intensity 7 → 4" in shown
    assert "20-minute pause (20 min): completed" in shown
    assert "The story my mind told" in shown
    assert "It felt about 5" in shown
    hrefs = {value for name, value in collector.attributes if name == "href"}
    ids = {value for name, value in collector.attributes if name == "id"}
    assert hrefs == {"#dialogue-9", "#entry-2"}
    assert hrefs <= {f"#{anchor}" for anchor in ids}


def test_the_story_keeps_its_line_breaks() -> None:
    page, _ = parsed_html()
    assert "line one\n\nline three" in page  # shown as typed by white-space: pre-wrap


def test_markdown_escapes_every_kind_of_markup() -> None:
    assert markdown_text("see wWw.example.org") == "see wWw\\.example.org"
    for text in ("# heading", "1. list", "- item", "**bold**", "[a](http://x)", "<b>", "`code`"):
        escaped = markdown_text(text)
        assert "<" not in escaped
        assert not re.match(r"^(#|\d+\.|-|\*\*|\[|`)", escaped), escaped
    assert markdown_text("    indented").startswith("&#32;")
    activations, uses, runs, dialogues = sample()
    text = render_markdown(
        readable_document(activations, practices=uses, pauses=runs, dialogues=dialogues, zone=UTC)
    ).decode("utf-8")
    assert "<script>" not in text
    assert "&lt;script&gt;" in text
    assert "## Activations" in text
    assert "## Dialogues with a young part" in text
    assert "](#dialogue-9)" in text
    assert '<a id="dialogue-9"></a>' in text


def test_an_empty_journal_still_reads_plainly() -> None:
    page = render_html(readable_document([], zone=UTC)).decode("utf-8")
    assert "0 activations, newest first." in page
    assert "not encrypted" in page


def test_small_texts() -> None:
    assert duration_text(timedelta(minutes=45)) == "45 min"
    assert duration_text(timedelta(hours=2)) == "2 h"
    assert duration_text(timedelta(days=1, hours=3)) == "1 day 3 h"
    assert moment_text(START, UTC) == "Saturday 3 October 2026, 07:45"


def test_words_fill_each_place_once_and_the_language_is_kept_safe() -> None:
    words = ReadableWords(
        text=lambda text: {"With: %1": "%1 estaba"}.get(text, text), language='es"><script>'
    )
    # A name holding "%1" is written as typed, never filled in again.
    assert words.say("With: %1", "Jo %1 %2") == "Jo %1 %2 estaba"
    document = readable_document([activation(1, START, person="Ana")], zone=UTC, words=words)
    page = render_html(document).decode("utf-8")
    assert "<li>Ana estaba</li>" in page
    assert '<html lang="en">' in page
    spanish = render_html(readable_document([], words=ReadableWords(language="es"))).decode()
    assert '<html lang="es">' in spanish
