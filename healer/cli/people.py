"""healer-cli's relationship commands: `people` (the registry) and `moment` (being met).

Both follow `log`'s input rules: names and words may come from options or, with --stdin,
as one JSON object after the passphrase line (out of the process list and shell history);
a field given both ways is refused; a rule broken exits 2 and changes nothing.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from healer.cli.terminal import Console, shown, shown_json
from healer.domain.clock import format_stored, parse_user_moment, utc_now
from healer.domain.errors import HealerError, ValidationError
from healer.domain.moments import Delivery, Moment, MomentInput, MomentQuery, Response
from healer.domain.people import Person, PersonInput, Role
from healer.services.session import Session

MYSELF = "myself"
MAX_STDIN_RECORD = 1_000_000  # characters
PERSON_STDIN_FIELDS = ("name", "role", "notes")
MOMENT_STDIN_FIELDS = ("who", "response", "shared", "delivery", "before", "after", "at")


def add_commands(
    add: Callable[[str, str], argparse.ArgumentParser],
    number: Callable[[str], int],
    common: argparse.ArgumentParser,
) -> None:
    """Add `people` and `moment` to the grammar; number parses a record id.

    common holds the options every command takes (--vault), so they may follow the action.
    """
    stdin_help = (
        "read the record as one JSON object from stdin, after the passphrase line "
        "(keeps names and words out of the process list and shell history)"
    )
    people = add("people", "the people in your life: add, list, show, delete")
    actions = people.add_subparsers(dest="action", required=True, metavar="ACTION")
    person_add = actions.add_parser(
        "add", parents=[common], help="add someone", description="add someone"
    )
    person_add.add_argument("name", nargs="?", help="a name or nickname (or use --stdin)")
    person_add.add_argument("--role", choices=[role.value for role in Role], help="who they are")
    person_add.add_argument("--notes", help="notes about them")
    person_add.add_argument("--stdin", action="store_true", help=stdin_help)
    person_list = actions.add_parser(
        "list",
        parents=[common],
        help="everyone, current people first",
        description="everyone, current people first",
    )
    person_list.add_argument("--json", action="store_true", help="print JSON")
    person_show = actions.add_parser(
        "show",
        parents=[common],
        help="one person and how they meet you",
        description="one person and how they meet you",
    )
    person_show.add_argument("id", type=number)
    person_delete = actions.add_parser(
        "delete",
        parents=[common],
        help="delete someone and their moments",
        description="delete someone and their moments",
    )
    person_delete.add_argument("id", type=number)
    person_delete.add_argument("--yes", action="store_true", help="confirm the deletion")

    moment = add("moment", "moments of being met: add, list, show, delete")
    actions = moment.add_subparsers(dest="action", required=True, metavar="ACTION")
    moment_add = actions.add_parser(
        "add", parents=[common], help="record a moment", description="record a moment"
    )
    moment_add.add_argument("--who", help=f"a person's name or id, or {MYSELF} (default)")
    moment_add.add_argument(
        "--response", choices=[r.value for r in Response], help="how they responded (required)"
    )
    moment_add.add_argument("--shared", help="what you shared, in your words")
    moment_add.add_argument(
        "--delivery", choices=[d.value for d in Delivery], help="how you said it"
    )
    moment_add.add_argument("--before", type=int, help="how you felt before, 0-10")
    moment_add.add_argument("--after", type=int, help="how you felt after, 0-10")
    moment_add.add_argument("--at", help="when, ISO form (default: now)")
    moment_add.add_argument("--stdin", action="store_true", help=stdin_help)
    moment_list = actions.add_parser(
        "list", parents=[common], help="moments, newest first", description="moments, newest first"
    )
    moment_list.add_argument("--who", help=f"only with this person (name or id), or {MYSELF}")
    moment_list.add_argument("--search", help="words to find")
    moment_list.add_argument("--since", help="only those on or after this date")
    moment_list.add_argument("--limit", type=int, help="at most this many")
    moment_list.add_argument("--json", action="store_true", help="print JSON")
    moment_show = actions.add_parser(
        "show", parents=[common], help="one moment in full", description="one moment in full"
    )
    moment_show.add_argument("id", type=number)
    moment_delete = actions.add_parser(
        "delete", parents=[common], help="delete one moment", description="delete one moment"
    )
    moment_delete.add_argument("id", type=number)
    moment_delete.add_argument("--yes", action="store_true", help="confirm the deletion")


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _read_stdin(console: Console, args: argparse.Namespace, fields: tuple[str, ...]) -> None:
    """Fill the options from one JSON object on stdin; a field given twice is refused."""
    hint = "give one JSON object with these fields: " + ", ".join(fields)
    try:
        record = json.loads(console.passphrases.rest(MAX_STDIN_RECORD))
    except (ValueError, RecursionError):
        raise HealerError(
            f"The record on stdin is not JSON; {hint}; nothing was changed."
        ) from None
    if not isinstance(record, dict) or not set(record) <= set(fields):
        raise HealerError(f"The record on stdin is not one Healer reads; {hint}.")
    for name, value in record.items():
        if getattr(args, name) is not None:
            raise HealerError(f"{name} is given both as --{name} and on stdin; give it once.")
        wanted = int if name in ("before", "after") else str
        if isinstance(value, bool) or not isinstance(value, wanted):
            kind = "a whole number from 0 to 10" if wanted is int else "text"
            raise ValidationError(name, f"on stdin must be {kind}")
        setattr(args, name, value)


def _person_record(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "uid": person.uid,
        "name": person.name,
        "role": person.content.role.value,
        "notes": person.content.notes,
        "archived": person.content.archived,
        "moments": person.moment_count,
        "activations": person.activation_count,
    }


def _moment_record(moment: Moment) -> dict[str, Any]:
    content = moment.content
    return {
        "id": moment.id,
        "uid": moment.uid,
        "at": format_stored(content.happened_at),
        "who": moment.person_name if moment.person_name is not None else MYSELF,
        "response": content.response.value,
        "delivery": None if content.delivery is None else content.delivery.value,
        "shared": content.shared,
        "before": content.feeling_before,
        "after": content.feeling_after,
        "activation_id": content.activation_id,
    }


def people(console: Console, args: argparse.Namespace) -> int:
    """`healer-cli people ACTION`."""
    if args.action == "add":
        return _person_add(console, args)
    if args.action == "delete" and not args.yes:
        raise HealerError("Deleting cannot be undone from the command line; add --yes to confirm.")

    def run(session: Session) -> int:
        if args.action == "list":
            everyone = session.people.people()
            if args.json:
                text = json.dumps([_person_record(p) for p in everyone], ensure_ascii=False)
                console.stdout.write(shown_json(text) + "\n")
            elif not everyone:
                console.say("No people yet.")
            for person in [] if args.json else everyone:
                state = "  (archived)" if person.content.archived else ""
                console.say(
                    f"{person.id:>5}  {person.content.role.value:9}  {person.moment_count:>4}"
                    f" moments  {shown(person.name)}{state}"
                )
            return 0
        if args.action == "show":
            _show_person(console, session, args.id)
            return 0
        session.people.delete_person(args.id)
        console.say(f"Deleted person {args.id} and their moments")
        return 0

    return console.with_session(args, run)


def _person_add(console: Console, args: argparse.Namespace) -> int:
    passphrase = None
    if args.stdin:
        passphrase = console.ask_passphrase(args)
        _read_stdin(console, args, PERSON_STDIN_FIELDS)
    if args.name is None:
        raise ValidationError("name", "is required: give it (or use --stdin)")
    content = PersonInput(
        name=args.name,
        role=Role(args.role) if args.role else Role.OTHER,
        notes=args.notes or "",
    ).validated()

    def run(session: Session) -> int:
        person = session.people.add_person(content)
        console.say(f"Added person {person.id}")
        return 0

    return console.with_session(args, run, passphrase)


def _show_person(console: Console, session: Session, person_id: int) -> None:
    page = session.people.consistency(person_id)
    person = page.person
    console.say(f"Person {person.id}: {shown(person.name)}")
    console.say(f"  role        {person.content.role.value}")
    if person.content.archived:
        console.say("  archived")
    facts = page.activations
    median = facts.median_duration
    lasted = f", median {round(median.total_seconds() / 60)} min" if median else ""
    console.say(f"  activations {facts.count}{lasted}")
    for share in page.quarters:
        console.say(
            f"  {share.year} Q{share.quarter}  {share.met_with_care} of {share.total} met with care"
        )
    for line in person.content.notes.split("\n") if person.content.notes else []:
        console.say(f"      {shown(line)}")


def _who(session: Session, who: str) -> int | None:
    """A person's id from a name (any case) or an id; None for myself."""
    if who.strip().casefold() == MYSELF:
        return None
    for person in session.people.people():
        if who.strip().isdigit() and person.id == int(who.strip()):
            return person.id
        if person.name.casefold() == who.strip().casefold():
            return person.id
    raise ValidationError("who", f"no such person; see `people list`, or say {MYSELF}")


def moment(console: Console, args: argparse.Namespace) -> int:
    """`healer-cli moment ACTION`."""
    if args.action == "add":
        return _moment_add(console, args)
    if args.action == "delete" and not args.yes:
        raise HealerError("Deleting cannot be undone from the command line; add --yes to confirm.")
    since = parse_user_moment(args.since, "since") if getattr(args, "since", None) else None

    def run(session: Session) -> int:
        if args.action == "list":
            who = None if args.who is None else _who(session, args.who)
            query = MomentQuery(
                person_id=who,
                myself=args.who is not None and who is None,
                search=args.search or "",
                since=since,
                limit=args.limit,
            )
            found = session.people.moments(query)
            if args.json:
                text = json.dumps([_moment_record(m) for m in found], ensure_ascii=False)
                console.stdout.write(shown_json(text) + "\n")
                return 0
            if not found:
                console.say("No moments match.")
            for m in found:
                who_text = shown(m.person_name) if m.person_name is not None else MYSELF
                console.say(
                    f"{m.id:>5}  {_local(m.content.happened_at)}  {m.content.response.value:13}"
                    f"  {who_text}"
                )
            return 0
        if args.action == "show":
            m = session.people.moment(args.id)
            for key, value in _moment_record(m).items():
                if value is not None and value != "":
                    console.say(f"  {key:13} {shown(str(value))}")
            return 0
        session.people.delete_moment(args.id)
        console.say(f"Deleted moment {args.id}")
        return 0

    return console.with_session(args, run)


def _moment_add(console: Console, args: argparse.Namespace) -> int:
    passphrase = None
    if args.stdin:
        passphrase = console.ask_passphrase(args)
        _read_stdin(console, args, MOMENT_STDIN_FIELDS)
    if args.response is None:
        raise ValidationError("response", "is required: give --response (or use --stdin)")
    try:
        response = Response(args.response)
        delivery = Delivery(args.delivery) if args.delivery else None
    except ValueError:
        raise ValidationError("response", "is not one Healer knows; see --help") from None
    at = parse_user_moment(args.at, "at") if args.at else None

    def run(session: Session) -> int:
        content = MomentInput(
            happened_at=at or utc_now(),
            response=response,
            person_id=_who(session, args.who) if args.who else None,
            shared=args.shared or "",
            delivery=delivery,
            feeling_before=args.before,
            feeling_after=args.after,
        )
        kept = session.people.log_moment(content)
        console.say(f"Logged moment {kept.id}")
        return 0

    return console.with_session(args, run, passphrase)
