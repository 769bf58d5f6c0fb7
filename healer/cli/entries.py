"""healer-cli's journal commands: log, settle, list, show, delete, categories."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from healer.cli.terminal import Console
from healer.domain.activation import (
    PROMPTS,
    Activation,
    ActivationInput,
    ActivationQuery,
    intensity_text,
)
from healer.domain.clock import format_stored, parse_user_moment, utc_now
from healer.domain.errors import HealerError
from healer.services.session import Session

PROMPT_HELP = {
    "trigger": "what happened",
    "body": "what you felt in your body",
    "story": "the story your mind told",
    "urge": "what you felt pulled to do",
    "did": "what you actually did",
    "after": "what happened after",
}


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _duration_text(activation: Activation) -> str:
    duration = activation.duration
    if duration is None:
        return "still activated"
    minutes = round(duration.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def _record(activation: Activation) -> dict[str, Any]:
    content = activation.content
    duration = activation.duration
    return {
        "id": activation.id,
        "uid": activation.uid,
        "started_at": format_stored(content.started_at),
        "settled_at": format_stored(content.settled_at) if content.settled_at else None,
        "duration_minutes": round(duration.total_seconds() / 60, 1) if duration else None,
        "intensity": content.intensity,
        "category": content.category,
        "person": content.person,
        **{name: getattr(content, name) for name in PROMPTS},
    }


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def log(console: Console, args: argparse.Namespace) -> int:
    started = parse_user_moment(args.started, "started") if args.started else utc_now()
    settled = parse_user_moment(args.settled, "settled") if args.settled else None
    content = ActivationInput(
        trigger=args.trigger,
        intensity=args.intensity,
        started_at=started,
        settled_at=settled,
        category=args.category,
        person=args.person or "",
        urge_outcome=None,
        **{name: getattr(args, name) or "" for name in PROMPTS if name != "trigger"},
    )
    content = content.validated()

    def run(session: Session) -> int:
        activation = session.journal.log(content)
        state = "settled" if not activation.is_open else "open: settle it when it passes"
        console.say(f"Logged activation {activation.id} ({state})")
        return 0

    return console.with_session(args, run)


def settle(console: Console, args: argparse.Namespace) -> int:
    at = parse_user_moment(args.at, "at") if args.at else None

    def run(session: Session) -> int:
        activation = session.journal.settle(args.id, at)
        console.say(f"Activation {activation.id} settled after {_duration_text(activation)}")
        return 0

    return console.with_session(args, run)


def list_(console: Console, args: argparse.Namespace) -> int:
    query = ActivationQuery(
        since=parse_user_moment(args.since, "since") if args.since else None,
        category=args.category,
        search=args.search or "",
        open_only=args.open,
        limit=args.limit,
    )

    def run(session: Session) -> int:
        activations = session.journal.find(query)
        if args.json:
            json.dump(
                [_record(a) for a in activations], console.stdout, ensure_ascii=False, indent=2
            )
            console.stdout.write("\n")
            return 0
        if not activations:
            console.say("No activations match.")
            return 0
        console.say(f"{'id':>6}  {'started':16}  {'lasted':>15}  int  {'category':16}  trigger")
        for a in activations:
            console.say(
                f"{a.id:>6}  {_local(a.content.started_at):16}  {_duration_text(a):>15}"
                f"  {intensity_text(a.content.intensity, '-'):>3}"
                f"  {_one_line(a.content.category or '', 16):16}"
                f"  {_one_line(a.content.trigger, 60)}"
            )
        return 0

    return console.with_session(args, run)


def show(console: Console, args: argparse.Namespace) -> int:
    def run(session: Session) -> int:
        a = session.journal.get(args.id)
        c = a.content
        console.say(f"Activation {a.id}")
        console.say(f"  started     {_local(c.started_at)}")
        console.say(f"  settled     {_local(c.settled_at) if c.settled_at else 'still activated'}")
        console.say(f"  lasted      {_duration_text(a)}")
        rated = "not rated" if c.intensity is None else f"{c.intensity}/10"
        console.say(f"  intensity   {rated}")
        console.say(f"  category    {c.category or '—'}")
        if c.person:
            console.say(f"  person      {c.person}")
        for name in PROMPTS:
            value = getattr(c, name)
            if value:
                console.say(f"  {PROMPT_HELP[name]}:")
                for line in value.splitlines():
                    console.say(f"      {line}")
        return 0

    return console.with_session(args, run)


def delete(console: Console, args: argparse.Namespace) -> int:
    if not args.yes:
        raise HealerError("Deleting cannot be undone from the command line; add --yes to confirm.")

    def run(session: Session) -> int:
        session.journal.delete(args.id)
        console.say(f"Deleted activation {args.id}")
        return 0

    return console.with_session(args, run)


def categories(console: Console, args: argparse.Namespace) -> int:
    def run(session: Session) -> int:
        if args.add:
            category = session.journal.add_category(args.add)
            console.say(f"Category ready: {category.name}")
            return 0
        for category in session.journal.categories():
            console.say(category.name + ("" if category.builtin else "  (yours)"))
        return 0

    return console.with_session(args, run)
