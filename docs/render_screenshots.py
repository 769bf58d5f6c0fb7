"""Render every tab of the main window, light and dark, into docs/screenshots (`make screenshots`).

Tab keys as arguments render only those tabs (`python docs/render_screenshots.py path`).
`--language es` renders in a shipped language (into docs/screenshots/es/); `--language pseudo`
in the pseudo-locale, every text ~40 % longer (into screenshots-out/pseudo/, not committed).

The vault is a throwaway one: nine generated months for the charts, and a few recent
entries written for these pictures (no real journal text, no real person).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from chart_history import generate_history  # noqa: E402
from palettes import dark_palette  # noqa: E402
from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QStyleFactory  # noqa: E402

from healer.app import _make_application  # noqa: E402
from healer.domain.activation import ActivationInput  # noqa: E402
from healer.domain.moments import Delivery, MomentInput, Response  # noqa: E402
from healer.domain.parts import DialogueInput, DialogueStep, PartInput  # noqa: E402
from healer.domain.people import PersonInput, Role  # noqa: E402
from healer.services.session import Session  # noqa: E402
from healer.storage.vault import Vault  # noqa: E402
from healer.ui.language import CODES  # noqa: E402
from healer.ui.main_window import MainWindow  # noqa: E402

PASSPHRASE = "screenshots only, thrown away"  # noqa: S105 (a throwaway vault)
# The usual window, and the whole screen of a small laptop (1024×640): name suffix -> size.
SIZES = {"": (1180, 760), "-1024x640": (1024, 640)}

# (days ago, hour, minutes until settled or None while open, intensity, category, person),
# then (trigger, body, story, urge, did, after).
# fmt: off
RECENT = (
    ((0, 9, None, 6, "delayed reply", "Sam"),
     ("Message left on read since breakfast", "Fluttery stomach",
      "I've been too much again", "Ask if everything is okay", "", "")),
    ((1, 20, 25, 7, "delayed reply", "Sam"),
     ("No answer to my photo from the walk", "Tight chest, hot face",
      "They've lost interest", "Send two more messages",
      "Breathed with the pacer, then made tea", "They were driving. It passed.")),
    ((2, 18, 12, 5, "time apart", "Sam"),
     ("They want a quiet evening on their own", "Heavy shoulders",
      "Alone means leaving", "Plan something together anyway",
      "Twenty-minute pause, then a bath", "Slept well")),
    ((3, 13, 40, 6, "tone shift", "Sam"),
     ("Their 'ok' sounded short on the phone", "Jaw clenched",
      "They're annoyed with me", "Call back and apologise",
      "Cold water on my wrists", "Asked later: they were just tired")),
    ((5, 19, 18, 5, "plans changed", "Sam"),
     ("Dinner moved to next week", "Restless legs", "I'm not a priority",
      "Cancel something of theirs", "Walked around the block",
      "Booked a new date together")),
    ((6, 22, 30, 6, "being ignored", ""),
     ("Online late but no goodnight", "Buzzing arms",
      "They're talking to someone else", "Check their profile again",
      "Put the phone in the other room", "Read until sleepy")),
    ((8, 8, 15, 4, "time apart", "Sam"),
     ("Weekend away starts tomorrow", "Lump in throat", "They'll forget me",
      "Ask for a call every night", "Wrote down what I need",
      "Agreed on one call, felt fine")),
    ((10, 17, 20, 5, "conflict", "Sam"),
     ("A joke about how I load the dishwasher", "Face hot",
      "I can't do anything right", "Go quiet and sulk",
      "Named the feeling out loud", "Laughed about it later")),
    ((12, 12, 55, 8, "delayed reply", "Sam"),
     ("Read receipt, no answer for two hours", "Pounding heart, shaky hands",
      "Something is wrong between us", "Call until they pick up",
      "Pacer, then the full twenty minutes", "They were in a long meeting")),
    ((15, 21, 22, 6, "delayed reply", "Sam"),
     ("Call went to voicemail twice", "Tight throat", "They're avoiding me",
      "Leave an angry voicemail", "Held a cold glass, breathed slowly",
      "They called back at nine")),
    ((16, 7, 35, 7, "feeling left out", "Sam"),
     ("Not invited to the team lunch", "Sinking stomach", "Nobody wants me around",
      "Skip the afternoon meeting", "Breathed, then asked to join next time",
      "They said yes straight away")),
    ((17, 19, 15, 4, "plans changed", "Sam"),
     ("Film night swapped for a work call", "Tired eyes", "Work matters more than me",
      "Say it's fine and mean the opposite", "Said I was disappointed",
      "We moved it to Sunday")),
    ((18, 23, 65, 8, "delayed reply", "Sam"),
     ("Still no goodnight at eleven", "Racing thoughts", "They're out with someone else",
      "Text every ten minutes", "The full twenty minutes, twice",
      "Phone battery had died")),
    ((19, 10, 20, 5, "tone shift", "Sam"),
     ("Reply with no emoji at all", "Tense neck", "I annoyed them this morning",
      "Ask what I did wrong", "Cold water, then a slow walk", "They were busy")),
    ((20, 16, 28, 6, "time apart", "Sam"),
     ("They leave for a week of travel", "Ache behind the ribs",
      "They'll come back different", "Ask them not to go",
      "Wrote a letter to the scared part of me", "Planned our first call")),
    ((21, 21, 12, 3, "other", ""),
     ("A song from an old relationship", "Teary", "Love always ends",
      "Look up my ex", "Named it as an old memory", "Felt it pass quickly")),
    ((22, 8, 25, 6, "being ignored", "Sam"),
     ("Good-morning message left unanswered", "Knot in the stomach",
      "I matter less than their phone", "Send a question mark",
      "Pacer, then breakfast", "They'd overslept")),
)
# fmt: on


def _seed(path: Path) -> None:
    vault = Vault.create(path, PASSPHRASE)
    try:
        now = datetime.now(UTC).replace(second=0, microsecond=0)
        generate_history(vault, episodes=260, end=now - timedelta(days=23), open_episodes=0)
    finally:
        vault.close()
    session = Session.unlock(path, PASSPHRASE)
    try:
        today = datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
        for (days, hour, minutes, intensity, category, person), texts in RECENT:
            started = (today - timedelta(days=days)).replace(hour=hour)
            trigger, body, story, urge, did, after = texts
            session.journal.log(
                ActivationInput(
                    trigger=trigger,
                    intensity=intensity,
                    started_at=started,
                    settled_at=None if minutes is None else started + timedelta(minutes=minutes),
                    body=body,
                    story=story,
                    urge=urge,
                    did=did,
                    after=after,
                    category=category,
                    person=person,
                )
            )
        _seed_parts(session, today)
        _seed_people(session, today)
    finally:
        session.lock()


def _seed_parts(session: Session, today: datetime) -> None:
    """One part met twice, the second dialogue linked to yesterday's episode."""
    part = session.parts.add_part(
        PartInput(
            name="The one who waits by the window",
            typical_age="7",
            usual_fear="Being forgotten when someone goes quiet",
            what_helps="Hearing that I'm still here and not leaving",
        )
    )
    yesterday = session.journal.find()[1]
    for days, activation_id, texts in (
        (12, None, ("Racing heart while waiting for a reply", "That nobody is coming back",
                    "To know someone is on the way", "I'm here. We can wait together.")),
        (1, yesterday.id, ("Tight chest, phone in hand", "That I said too much",
                           "To be told I'm not too much", "You're not too much. I've got you.")),
    ):  # fmt: skip
        notice, fear, need, answer = texts
        session.parts.finish_dialogue(
            None,
            DialogueInput(
                started_at=(today - timedelta(days=days)).replace(hour=21),
                step=DialogueStep.SETTLE,
                notice=notice,
                age="7",
                fear=fear,
                need=need,
                answer=answer,
                feeling_after=3,
                part_id=part.id,
                activation_id=activation_id,
            ),
        )


def _seed_people(session: Session, today: datetime) -> None:
    """Sam (named in the entries), a friend, a therapist, and a few weeks of moments."""
    sam = next(person for person in session.people.people() if person.name == "Sam")
    session.people.update_person(sam.id, PersonInput("Sam", Role.PARTNER))
    noor = session.people.add_person(PersonInput("Noor", Role.FRIEND, notes="Thursday walks"))
    session.people.add_person(PersonInput("Dr Okafor", Role.THERAPIST))
    # fmt: off
    moments = (
        (1, sam.id, Response.PARTLY, Delivery.NEED, "I told Sam the silence scared me"),
        (2, None, Response.CARE, None, "Kept my promise to go to bed early"),
        (4, noor.id, Response.CARE, Delivery.NEED, "Asked Noor for a walk; she said yes"),
        (8, sam.id, Response.CARE, Delivery.NEED, "Said I'd like one call while they're away"),
        (12, sam.id, Response.MISSED, Delivery.DEMAND, "Sent 'fine.' and waited to be chased"),
        (15, None, Response.CARE, None, "Told the young part I'm not leaving"),
        (19, noor.id, Response.PARTLY, Delivery.NEED, "Rang Noor, she was busy but texted later"),
    )
    # fmt: on
    for days, who, response, delivery, shared in moments:
        session.people.log_moment(
            MomentInput(
                (today - timedelta(days=days)).replace(hour=20),
                response,
                person_id=who,
                shared=shared,
                delivery=delivery,
            )
        )


def _settle(app: QApplication, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tabs", nargs="*", help="tab keys to render (default: every tab)")
    parser.add_argument(
        "--language",
        choices=[*CODES, "pseudo"],
        default="en",
        help="the language to render in (default: en)",
    )
    return parser.parse_args()


def _pseudo_translator(app: QApplication, folder: Path) -> QTranslator:
    """The pseudo-locale, built from the Spanish file's sources and installed over English."""
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "translations.sh"), "pseudo", str(folder)],
        env=dict(os.environ, PYTHON=sys.executable),
        check=True,
    )
    translator = QTranslator(app)
    if not translator.load(str(folder / "healer_pseudo.qm")):
        raise SystemExit("the pseudo-locale did not load")
    app.installTranslator(translator)
    return translator


def main() -> int:
    """Seed a throwaway vault, then save one PNG per tab (or per tab named) and palette."""
    options = _options()
    only = frozenset(options.tabs)
    out = {"en": OUT, "pseudo": ROOT / "screenshots-out" / "pseudo"}.get(
        options.language, OUT / options.language
    )
    language = "en" if options.language == "pseudo" else options.language
    app = _make_application(language)  # as the app starts: names, icon, language, locale
    assert isinstance(app, QApplication)
    app.setStyle(QStyleFactory.create("Fusion"))
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="healer-shots-") as folder:
        if options.language == "pseudo":
            _pseudo_translator(app, Path(folder))
        path = Path(folder) / "demo.vault"
        _seed(path)
        for suffix, size in SIZES.items():
            for mode in ("light", "dark"):
                _render(app, path, mode, size, suffix, out=out, only=only)
    return 0


def _render(
    app: QApplication,
    path: Path,
    mode: str,
    size: tuple[int, int],
    suffix: str,
    *,
    out: Path = OUT,
    only: frozenset[str] = frozenset(),
) -> None:
    """One PNG per tab (only those named, if any) at one window size and palette."""
    app.setPalette(dark_palette() if mode == "dark" else app.style().standardPalette())
    window = MainWindow(Session.unlock(path, PASSPHRASE))
    window.resize(*size)
    window.show()
    for index in range(window.tab_widget.count()):
        key = window.tab_widget.widget(index).objectName().removeprefix("tab-")
        if only and key not in only:
            continue
        page = window.show_tab(key)
        dialogues = getattr(page, "dialogue_list", None)
        if dialogues is not None and dialogues.model().rowCount():
            dialogues.setCurrentIndex(dialogues.model().index(0, 0))
        deadline = time.monotonic() + 30
        while getattr(page, "pending", False) and time.monotonic() < deadline:
            _settle(app, 0.05)
        _settle(app, 0.6)
        target = out / f"{key}-{mode}{suffix}.png"
        window.grab().save(str(target))
        print(f"wrote {target.relative_to(ROOT)}")
    window.lock()
    window.close()
    window.deleteLater()
    _settle(app, 0.1)


if __name__ == "__main__":
    raise SystemExit(main())
