"""healer-cli's journal commands: log, settle, list, show, delete, categories and plans."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from typing import Any

from healer.cli.terminal import Console, shown, shown_json
from healer.domain.activation import (
    TEXT_FIELDS,
    Activation,
    ActivationInput,
    ActivationQuery,
    intensity_text,
)
from healer.domain.category import top_first
from healer.domain.clock import format_stored, parse_user_moment, utc_now
from healer.domain.errors import HealerError, ValidationError
from healer.domain.twoweek import current_two_weeks
from healer.services.session import Session

PROMPT_HELP = {
    "trigger": "what happened",
    "body": "what you felt in your body",
    "story": "the story your mind told",
    "urge": "what you felt pulled to do",
    "did": "what you actually did",
    "after": "what happened after",
    "looking_again": "looking again once it passed: what else it might have meant",
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
        **{name: getattr(content, name) for name in TEXT_FIELDS},
    }


def _one_line(text: str, width: int) -> str:
    flat = shown(" ".join(text.split()))
    return flat if len(flat) <= width else flat[: width - 1] + "…"


# What `log --stdin` reads: the options' names, with the same meaning.
STDIN_FIELDS = (
    "trigger",
    "intensity",
    *TEXT_FIELDS[1:],
    "category",
    "person",
    "started",
    "settled",
)


def option(name: str) -> str:
    """The command-line option for a field name: looking_again is --looking-again."""
    return "--" + name.replace("_", "-")


MAX_STDIN_ENTRY = 1_000_000  # characters; far more than any entry


def _read_stdin_entry(console: Console, args: argparse.Namespace) -> None:
    """Fill the options from one JSON object on stdin; a field given twice is refused."""
    hint = 'give one object such as {"trigger": "...", "intensity": 5}; nothing was changed.'
    try:
        record = json.loads(console.passphrases.rest(MAX_STDIN_ENTRY))
    except json.JSONDecodeError as error:
        raise HealerError(
            f"The entry on stdin is not JSON (line {error.lineno}, column {error.colno}:"
            f" {error.msg}); {hint}"
        ) from None
    except (ValueError, RecursionError):  # a number of thousands of digits, deep nesting
        raise HealerError(f"The entry on stdin is not an entry; {hint}") from None
    if not isinstance(record, dict):
        raise HealerError(f"The entry on stdin is not a JSON object; {hint}")
    if not set(record) <= set(STDIN_FIELDS):
        raise HealerError(
            "The entry on stdin may hold only these fields: "
            f"{', '.join(STDIN_FIELDS)}; nothing was changed."
        )
    for name, value in record.items():
        if getattr(args, name) is not None:
            raise HealerError(f"{name} is given both as {option(name)} and on stdin; give it once.")
        wanted = int if name == "intensity" else str
        if isinstance(value, bool) or not isinstance(value, wanted):
            kind = "a whole number from 0 to 10" if wanted is int else "text"
            raise ValidationError(name, f"on stdin must be {kind}")
        setattr(args, name, value)


def log(console: Console, args: argparse.Namespace) -> int:
    passphrase = None
    if args.stdin:
        passphrase = console.ask_passphrase(args)
        _read_stdin_entry(console, args)
    for name in ("trigger", "intensity"):
        if getattr(args, name) is None:
            raise ValidationError(name, f"is required: give --{name} (or use --stdin)")
    started = parse_user_moment(args.started, "started") if args.started else utc_now()
    settled = parse_user_moment(args.settled, "settled") if args.settled else None
    if args.looking_again and settled is None:
        # Looking again belongs after the wave, as in the app, which offers it only then.
        raise ValidationError(
            "looking_again",
            "is for once the episode has settled: add --settled, or give it later with"
            " settle ID --looking-again",
        )
    content = ActivationInput(
        trigger=args.trigger,
        intensity=args.intensity,
        started_at=started,
        settled_at=settled,
        category=args.category,
        person=args.person or "",
        urge_outcome=None,
        **{name: getattr(args, name) or "" for name in TEXT_FIELDS if name != "trigger"},
    )
    content = content.validated()

    def run(session: Session) -> int:
        activation = session.journal.log(content)
        state = "settled" if not activation.is_open else "open: settle it when it passes"
        console.say(f"Logged activation {activation.id} ({state})")
        return 0

    return console.with_session(args, run, passphrase)


def settle(console: Console, args: argparse.Namespace) -> int:
    at = parse_user_moment(args.at, "at") if args.at is not None else None

    def run(session: Session) -> int:
        activation = session.journal.settle(args.id, at, looking_again=args.looking_again)
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
            text = json.dumps([_record(a) for a in activations], ensure_ascii=False, indent=2)
            # Controls only occur inside strings, where \u escapes keep the JSON the same.
            console.stdout.write(shown_json(text) + "\n")
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
        console.say(f"  category    {shown(c.category or '—')}")
        if c.person:
            console.say(f"  person      {shown(c.person)}")
        for name in TEXT_FIELDS:
            value = getattr(c, name)
            if value:
                console.say(f"  {PROMPT_HELP[name]}:")
                for line in value.split("\n"):
                    console.say(f"      {shown(line)}")
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
    if args.search is not None and not args.plan:
        raise HealerError("--search looks in plans: give it with --plan.")

    def run(session: Session) -> int:
        if args.add is not None:
            category = session.journal.add_category(args.add)
            console.say(f"Category ready: {shown(category.name)}")
            return 0
        if args.set_plan is not None:
            name, text = args.set_plan
            plan = session.journal.set_trigger_plan(name, text)
            console.say(f"Plan kept for {shown(plan.category)}" if plan else "Plan removed")
            return 0
        if args.clear_plan is not None:
            session.journal.set_trigger_plan(args.clear_plan, "")
            console.say("Plan removed")
            return 0
        if args.plan:
            return _list_plans(console, session, args.search)
        for category in session.journal.categories():
            console.say(shown(category.name) + ("" if category.builtin else "  (yours)"))
        return 0

    return console.with_session(args, run)


def _list_plans(console: Console, session: Session, search: str | None) -> int:
    """Each category with its plan, the top three triggers first (as the app offers them)."""
    top = [
        share.name
        for share in current_two_weeks(session.journal.tracking_facts(), date.today()).top
    ]
    found = (
        None if search is None else {p.category for p in session.journal.find_trigger_plans(search)}
    )
    if found is not None and not found:
        console.say("No plan holds those words.")
        return 0
    by_name = {category.name: category for category in session.journal.categories()}
    for name in top_first(list(by_name), top):
        if found is not None and name not in found:
            continue
        note = "  (one of your top triggers)" if name in top else ""
        console.say(shown(name) + note)
        plan = by_name[name].plan
        if not plan:
            console.say("    no plan yet")
            continue
        console.say("    When this happens, I will:")
        for line in plan.split("\n"):
            console.say(f"      {shown(line)}")
    return 0
