"""healer-cli's grammar and entry point: parse, run one command, map errors to exit codes."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Callable, Sequence

from healer.appinfo import VAULT_ENV_VAR, VERSION
from healer.cli import entries, people, plans, restore, vault
from healer.cli.entries import PROMPT_HELP
from healer.cli.terminal import Console
from healer.domain.activation import PROMPTS
from healer.domain.errors import HealerError, ValidationError
from healer.services.crashreport import redacted_report
from healer.services.errors import DiskFullError, VaultDamagedError, is_disk_full
from healer.services.hardening import disable_core_dumps
from healer.services.leftovers import clean_leftovers
from healer.services.locations import resolve_vault_path

FORCE_HELP = "replace an existing file (never a vault, a backup or one of their files)"

RESCUE_HINT = (
    "healer-cli export --rescue -o FILE writes every entry that can still be read;"
    " check says which pages are damaged."
)

Command = Callable[[Console, argparse.Namespace], int]

COMMANDS: dict[str, Command] = {
    "init": vault.init,
    "log": entries.log,
    "settle": entries.settle,
    "list": entries.list_,
    "show": entries.show,
    "delete": entries.delete,
    "categories": entries.categories,
    "export": vault.export,
    "import": vault.import_,
    "backup": vault.backup,
    "restore": restore.restore,
    "check": vault.check,
    "passwd": vault.passwd,
    "people": people.people,
    "moment": people.moment,
    "plan": plans.plan,
}


def _intensity(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number from 0 to 10") from None
    if not 0 <= value <= 10:
        raise argparse.ArgumentTypeError("must be between 0 and 10")
    return value


_LARGEST_ID = 2**63 - 1  # SQLite's largest whole number


def _record_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number (an id from list)") from None
    if value > _LARGEST_ID:
        raise argparse.ArgumentTypeError("no record has an id that large; see list for ids")
    return value


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("must be a whole number") from None
    return min(value, _LARGEST_ID)  # more than the vault can hold means all of them


def _given(text: str) -> str:
    """An option's value that may not be empty: empty is refused, never read as absent."""
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be empty")
    return text


def build_parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault",
        type=_given,
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
    log.add_argument("--trigger", help=PROMPT_HELP["trigger"] + " (required)")
    log.add_argument("--intensity", type=_intensity, help="how strong, 0-10 (required)")
    for name in PROMPTS[1:]:
        log.add_argument(f"--{name}", help=PROMPT_HELP[name])
    log.add_argument(
        "--looking-again", help=PROMPT_HELP["looking_again"] + " (only with --settled)"
    )
    log.add_argument("--category", help="trigger category (see the categories command)")
    log.add_argument("--person", help="who it involved (optional)")
    log.add_argument("--started", type=_given, help="when it started, ISO form (default: now)")
    log.add_argument(
        "--settled", type=_given, help="when it settled, ISO form (default: still open)"
    )
    log.add_argument(
        "--stdin",
        action="store_true",
        help="read the entry as one JSON object from stdin, after the passphrase line "
        "(keeps journal text out of the process list and shell history)",
    )

    settle = add("settle", "mark an activation as settled")
    settle.add_argument("id", type=_record_id)
    settle.add_argument("--at", type=_given, help="when it settled, ISO form (default: now)")
    settle.add_argument("--looking-again", help=PROMPT_HELP["looking_again"])

    listing = add("list", "list activations, newest first")
    listing.add_argument("--since", type=_given, help="only those started on or after this date")
    listing.add_argument("--category", help="only this category")
    listing.add_argument("--search", help="words to find in any prompt")
    listing.add_argument("--open", action="store_true", help="only episodes still open")
    listing.add_argument("--limit", type=_limit, help="at most this many")
    listing.add_argument("--json", action="store_true", help="print JSON")

    show = add("show", "show one activation in full")
    show.add_argument("id", type=_record_id)

    delete = add("delete", "delete one activation")
    delete.add_argument("id", type=_record_id)
    delete.add_argument("--yes", action="store_true", help="confirm the deletion")

    categories = add(
        "categories", "list trigger categories (with --plan, their plans), add one, or plan one"
    )
    choice = categories.add_mutually_exclusive_group()
    choice.add_argument("--add", type=_given, metavar="NAME", help="add a category")
    choice.add_argument(
        "--plan",
        action="store_true",
        help="list each category with its plan (When this happens, I will …), top triggers first",
    )
    choice.add_argument(
        "--set-plan",
        nargs=2,
        metavar=("NAME", "TEXT"),
        help="keep TEXT as the plan for category NAME: what you will do when it happens",
    )
    choice.add_argument("--clear-plan", type=_given, metavar="NAME", help="remove a plan")
    categories.add_argument(
        "--search", type=_given, metavar="WORDS", help="with --plan: only plans holding the words"
    )

    add("plan", "show the two-week plan under way, day by day")

    _add_vault_commands(add)
    people.add_commands(add, _record_id, common)
    return parser


def _add_vault_commands(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """export, import, backup, restore, check, passwd: the File menu's twins."""
    export = add("export", "write a plaintext export (NOT encrypted)")
    export.add_argument(
        "--format",
        choices=("json", "csv", "html", "markdown"),
        default="json",
        help="json: everything, importable; csv: the activations as a table; "
        "html or markdown: the journal to read or print, newest first",
    )
    export.add_argument("-o", "--output", type=_given, required=True, metavar="FILE")
    export.add_argument(
        "--rescue",
        action="store_true",
        help="from a damaged vault: every row still readable, as JSON (not importable)",
    )
    export.add_argument("--force", action="store_true", help=FORCE_HELP)

    importing = add("import", "import a Healer JSON export (entries already present are skipped)")
    importing.add_argument("file", type=_given, metavar="FILE")
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help="only say what would be added and what is already present; change nothing",
    )

    backup = add("backup", "write an encrypted backup copy")
    backup.add_argument("file", type=_given, metavar="FILE")
    backup.add_argument("--force", action="store_true", help=FORCE_HELP)

    restoring = add(
        "restore",
        "replace the vault with a backup (asks the backup's passphrase; the current vault is"
        " kept beside it under a dated name)",
    )
    restoring.add_argument("file", type=_given, metavar="FILE")
    restoring.add_argument("--yes", action="store_true", help="restore without asking")

    add("check", "verify integrity, encryption and the search index")
    add("passwd", "change the passphrase")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the healer-cli console script."""
    disable_core_dumps()
    args = build_parser().parse_args(argv)
    if not hasattr(args, "vault"):
        args.vault = None
    cli = Console(sys.stdin, sys.stdout, sys.stderr)
    # Whatever a killed run left half-written goes first, whichever command this is.
    with contextlib.suppress(Exception):
        clean_leftovers(resolve_vault_path(args.vault))
    try:
        _check_utf8(args)
        status = COMMANDS[args.command](cli, args)
        cli.stdout.flush()  # a closed pipe shows here, not as a report at exit
    except BrokenPipeError:
        # The reader went away (`healer-cli list | head -1`): end quietly, as Unix tools
        # do, with nothing more written to the closed pipe at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    except ValidationError as error:
        cli.note(f"healer-cli: {error}; nothing was changed.")
        return 2
    except VaultDamagedError as error:
        cli.note(f"healer-cli: {error}")
        if error.rescuable:
            cli.note(RESCUE_HINT)
        return 1
    except HealerError as error:
        cli.note(f"healer-cli: {error}")
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence keeps text out of stderr
        folder = resolve_vault_path(args.vault).parent
        if is_disk_full(error, folder):  # a cause we can name, on a path nothing translated
            cli.note(f"healer-cli: {DiskFullError(folder)}")
            return 1
        cli.note(redacted_report(type(error), error.__traceback__))
        return 70
    return status


def _check_utf8(args: argparse.Namespace) -> None:
    """Refuse arguments that were not UTF-8 (the shell passed bytes Python cannot store)."""
    for name, value in vars(args).items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                option = name.replace("_", "-")
                raise HealerError(
                    f"The {option} argument is not UTF-8 text; nothing was changed."
                ) from None
