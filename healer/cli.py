"""healer-cli: the vault from a terminal or a script, through the same services as the app."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from healer.appinfo import VAULT_ENV_VAR, VERSION
from healer.domain.activation import PROMPTS, Activation, ActivationInput, ActivationQuery
from healer.domain.clock import format_stored, parse_user_moment, utc_now
from healer.domain.errors import HealerError, ValidationError
from healer.services.crashreport import redacted_report
from healer.services.hardening import disable_core_dumps
from healer.services.locations import resolve_vault_path
from healer.services.session import Session

PLAINTEXT_WARNING = (
    "This file is NOT encrypted: anyone who can open it can read your journal. "
    "Keep it somewhere private and delete it when you no longer need it."
)

_PROMPT_HELP = {
    "trigger": "what happened",
    "body": "what you felt in your body",
    "story": "the story your mind told",
    "urge": "what you felt pulled to do",
    "did": "what you actually did",
    "after": "what happened after",
}


class PassphraseReader:
    """Asks for passphrases without echo on a terminal; otherwise reads one line of stdin each."""

    def __init__(self, stdin: TextIO) -> None:
        self._stdin = stdin
        self._interactive = stdin.isatty()

    def ask(self, prompt: str) -> str:
        """One passphrase."""
        if self._interactive:
            return getpass.getpass(prompt)
        line = self._stdin.readline()
        if not line:
            raise HealerError("No passphrase given: expected it on the first line of stdin.")
        return line.rstrip("\r\n")

    def ask_new(self, prompt: str) -> str:
        """A new passphrase, typed twice on a terminal."""
        first = self.ask(prompt)
        if self._interactive and self.ask("Type it again: ") != first:
            raise HealerError("The two passphrases differ; nothing was changed.")
        return first


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


class Cli:
    """The commands, each a method taking parsed arguments and returning an exit status."""

    def __init__(self, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.passphrases = PassphraseReader(stdin)

    def say(self, text: str) -> None:
        """A line for the person on stdout."""
        print(text, file=self.stdout)

    def note(self, text: str) -> None:
        """A notice on stderr (never journal text)."""
        print(text, file=self.stderr)

    def _open(self, args: argparse.Namespace) -> Session:
        path = resolve_vault_path(args.vault)
        return Session.unlock(path, self.passphrases.ask(f"Passphrase for {path}: "))

    def _with_session(self, args: argparse.Namespace, action: Callable[[Session], int]) -> int:
        session = self._open(args)
        try:
            return action(session)
        finally:
            session.lock()

    # -- commands ----------------------------------------------------------

    def init(self, args: argparse.Namespace) -> int:
        path = resolve_vault_path(args.vault)
        if path.exists():
            raise HealerError(f"{path} already exists; a new vault is never written over it.")
        passphrase = self.passphrases.ask_new("New passphrase: ")
        Session.create(path, passphrase).lock()
        self.say(f"Created an encrypted vault at {path}")
        self.note(
            "Remember your passphrase: it is never stored, and without it "
            "nobody (not even you) can open the vault."
        )
        return 0

    def log(self, args: argparse.Namespace) -> int:
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
            self.say(f"Logged activation {activation.id} ({state})")
            return 0

        return self._with_session(args, run)

    def settle(self, args: argparse.Namespace) -> int:
        at = parse_user_moment(args.at, "at") if args.at else None

        def run(session: Session) -> int:
            activation = session.journal.settle(args.id, at)
            self.say(f"Activation {activation.id} settled after {_duration_text(activation)}")
            return 0

        return self._with_session(args, run)

    def list(self, args: argparse.Namespace) -> int:
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
                    [_record(a) for a in activations], self.stdout, ensure_ascii=False, indent=2
                )
                self.stdout.write("\n")
                return 0
            if not activations:
                self.say("No activations match.")
                return 0
            self.say(f"{'id':>6}  {'started':16}  {'lasted':>15}  int  {'category':16}  trigger")
            for a in activations:
                self.say(
                    f"{a.id:>6}  {_local(a.content.started_at):16}  {_duration_text(a):>15}"
                    f"  {a.content.intensity:>3}  {_one_line(a.content.category or '', 16):16}"
                    f"  {_one_line(a.content.trigger, 60)}"
                )
            return 0

        return self._with_session(args, run)

    def show(self, args: argparse.Namespace) -> int:
        def run(session: Session) -> int:
            a = session.journal.get(args.id)
            c = a.content
            self.say(f"Activation {a.id}")
            self.say(f"  started     {_local(c.started_at)}")
            self.say(f"  settled     {_local(c.settled_at) if c.settled_at else 'still activated'}")
            self.say(f"  lasted      {_duration_text(a)}")
            self.say(f"  intensity   {c.intensity}/10")
            self.say(f"  category    {c.category or '—'}")
            if c.person:
                self.say(f"  person      {c.person}")
            for name in PROMPTS:
                value = getattr(c, name)
                if value:
                    self.say(f"  {_PROMPT_HELP[name]}:")
                    for line in value.splitlines():
                        self.say(f"      {line}")
            return 0

        return self._with_session(args, run)

    def delete(self, args: argparse.Namespace) -> int:
        if not args.yes:
            raise HealerError(
                "Deleting cannot be undone from the command line; add --yes to confirm."
            )

        def run(session: Session) -> int:
            session.journal.delete(args.id)
            self.say(f"Deleted activation {args.id}")
            return 0

        return self._with_session(args, run)

    def categories(self, args: argparse.Namespace) -> int:
        def run(session: Session) -> int:
            if args.add:
                category = session.journal.add_category(args.add)
                self.say(f"Category ready: {category.name}")
                return 0
            for category in session.journal.categories():
                self.say(category.name + ("" if category.builtin else "  (yours)"))
            return 0

        return self._with_session(args, run)

    def export(self, args: argparse.Namespace) -> int:
        destination = Path(args.output)

        def run(session: Session) -> int:
            if args.format == "json":
                count = session.exchange.export_json(destination)
            else:
                count = session.exchange.export_csv(destination)
            self.say(f"Exported {count} activations to {destination}")
            self.note(PLAINTEXT_WARNING)
            return 0

        return self._with_session(args, run)

    def import_(self, args: argparse.Namespace) -> int:
        source = Path(args.file)
        try:
            data = source.read_bytes()
        except OSError as error:
            raise HealerError(f"Cannot read {source}: {error.strerror}") from None

        def run(session: Session) -> int:
            try:
                result = session.exchange.import_json(data)
            except HealerError as error:
                raise HealerError(f"{source}: {error}; nothing was imported.") from None
            self.say(
                f"Imported {result.added} activations"
                f" ({result.already_present} already present,"
                f" {result.categories_added} new categories)"
            )
            return 0

        return self._with_session(args, run)

    def backup(self, args: argparse.Namespace) -> int:
        destination = Path(args.file).expanduser().absolute()
        if destination.exists():
            raise HealerError(f"{destination} already exists; choose a new file name.")

        def run(session: Session) -> int:
            written = session.backup(destination)
            self.say(f"Encrypted backup written to {written} (same passphrase as the vault)")
            return 0

        return self._with_session(args, run)

    def check(self, args: argparse.Namespace) -> int:
        def run(session: Session) -> int:
            report = session.check()
            if report.ok:
                self.say("Vault is healthy: integrity, encryption and search index checks passed.")
                return 0
            self.say(f"Vault has {len(report.problems)} problems:")
            for problem in report.problems[:50]:
                self.say(f"  {problem}")
            self.say("Restore from a backup (healer-cli backup makes them) before writing more.")
            return 3

        return self._with_session(args, run)

    def passwd(self, args: argparse.Namespace) -> int:
        def run(session: Session) -> int:
            new = self.passphrases.ask_new("New passphrase: ")
            session.change_passphrase(new)
            self.say("Passphrase changed. The old one no longer opens this vault.")
            self.note("Backups made before now still open with the old passphrase.")
            return 0

        return self._with_session(args, run)


def _intensity(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number from 0 to 10") from None
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError("must be between 0 and 10")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault",
        default=argparse.SUPPRESS,
        help=f"vault file (default: ${VAULT_ENV_VAR}, else the app-data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="healer-cli",
        parents=[common],
        description=(
            "Healer's encrypted journal from the command line. The passphrase is asked "
            "without echo; when stdin is not a terminal, each passphrase is read from the "
            "next line of stdin."
        ),
    )
    parser.add_argument("--version", action="version", version=f"healer-cli {VERSION}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[common], help=text, description=text)

    add("init", "create a new encrypted vault")

    log = add("log", "record an activation")
    log.add_argument("--trigger", required=True, help=_PROMPT_HELP["trigger"])
    log.add_argument("--intensity", required=True, type=_intensity, help="how strong, 0-10")
    for name in PROMPTS[1:]:
        log.add_argument(f"--{name}", help=_PROMPT_HELP[name])
    log.add_argument("--category", help="trigger category (see the categories command)")
    log.add_argument("--person", help="who it involved (optional)")
    log.add_argument("--started", help="when it started, ISO form (default: now)")
    log.add_argument("--settled", help="when it settled, ISO form (default: still open)")

    settle = add("settle", "mark an activation as settled")
    settle.add_argument("id", type=int)
    settle.add_argument("--at", help="when it settled, ISO form (default: now)")

    listing = add("list", "list activations, newest first")
    listing.add_argument("--since", help="only those started on or after this date")
    listing.add_argument("--category", help="only this category")
    listing.add_argument("--search", help="words to find in any prompt")
    listing.add_argument("--open", action="store_true", help="only episodes still open")
    listing.add_argument("--limit", type=int, help="at most this many")
    listing.add_argument("--json", action="store_true", help="print JSON")

    show = add("show", "show one activation in full")
    show.add_argument("id", type=int)

    delete = add("delete", "delete one activation")
    delete.add_argument("id", type=int)
    delete.add_argument("--yes", action="store_true", help="confirm the deletion")

    categories = add("categories", "list trigger categories, or add one")
    categories.add_argument("--add", metavar="NAME", help="add a category")

    export = add("export", "write a plaintext export (NOT encrypted)")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("-o", "--output", required=True, metavar="FILE")

    importing = add("import", "import a Healer JSON export (entries already present are skipped)")
    importing.add_argument("file", metavar="FILE")

    backup = add("backup", "write an encrypted backup copy")
    backup.add_argument("file", metavar="FILE")

    add("check", "verify integrity, encryption and the search index")
    add("passwd", "change the passphrase")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the healer-cli console script."""
    disable_core_dumps()
    args = build_parser().parse_args(argv)
    if not hasattr(args, "vault"):
        args.vault = None
    cli = Cli(sys.stdin, sys.stdout, sys.stderr)
    command = "import_" if args.command == "import" else args.command
    try:
        status: int = getattr(cli, command)(args)
    except ValidationError as error:
        cli.note(f"healer-cli: {error}; nothing was changed.")
        return 2
    except HealerError as error:
        cli.note(f"healer-cli: {error}")
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence keeps text out of stderr
        cli.note(redacted_report(type(error), error.__traceback__))
        return 70
    return status


if __name__ == "__main__":
    raise SystemExit(main())
