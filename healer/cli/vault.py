"""healer-cli's vault commands: init, export, import, backup, check, passwd."""

from __future__ import annotations

import argparse
from pathlib import Path

from healer.cli.terminal import Console
from healer.domain.errors import HealerError
from healer.services.errors import DiskFullError
from healer.services.exchange import ExportFormat, ImportResult, open_import
from healer.services.locations import resolve_vault_path
from healer.services.session import Session

PLAINTEXT_WARNING = (
    "This file is NOT encrypted: anyone who can open it can read your journal. "
    "Keep it somewhere private and delete it when you no longer need it."
)


EXPORT_FORMATS = {
    "json": ExportFormat.JSON,
    "csv": ExportFormat.CSV,
    "html": ExportFormat.HTML,
    "markdown": ExportFormat.MARKDOWN,
}


def import_summary(result: ImportResult) -> list[str]:
    """One line per kind the file holds: how many are new and how many already present."""
    kinds = (
        ("activations", result.added, result.already_present),
        ("plans for triggers", result.trigger_plans_added, result.trigger_plans_present),
        ("practice uses", result.practices_added, result.practices_present),
        ("20-minute pauses", result.pauses_added, result.pauses_present),
        ("parts", result.parts_added, result.parts_present),
        ("dialogues", result.dialogues_added, result.dialogues_present),
        ("people", result.people_added, result.people_present),
        ("moments of being met", result.moments_added, result.moments_present),
        ("self-checks and therapist questions", result.support_added, result.support_present),
        ("practice plans", result.practice_plans_added, result.practice_plans_present),
    )
    lines = [f"  {name}: {added} new, {present} already present" for name, added, present in kinds]
    lines.append(f"  categories: {result.categories_added} new")
    return lines


def init(console: Console, args: argparse.Namespace) -> int:
    path = resolve_vault_path(args.vault)
    if path.is_file() and path.stat().st_size == 0:
        raise HealerError(
            f"{path} is an empty file, perhaps left by an interrupted init of an older"
            " Healer; it holds nothing. Delete it, then run init again."
        )
    if path.exists():
        raise HealerError(f"{path} already exists; a new vault is never written over it.")
    passphrase = console.ask_new_passphrase()
    Session.create(path, passphrase).lock()
    console.say(f"Created an encrypted vault at {path}")
    console.note(
        "Remember your passphrase: it is never stored, and without it "
        "nobody (not even you) can open the vault."
    )
    return 0


def export(console: Console, args: argparse.Namespace) -> int:
    destination = Path(args.output)
    if args.rescue:
        return _rescue(console, args, destination)

    kind = EXPORT_FORMATS[args.format]

    def run(session: Session) -> int:
        count = session.exchange.export(kind, destination, force=args.force)
        console.say(f"Exported {count} activations to {destination}")
        console.note(PLAINTEXT_WARNING)
        return 0

    return console.with_session(args, run)


def _rescue(console: Console, args: argparse.Namespace, destination: Path) -> int:
    """Every row a damaged vault still yields; exit 3 when some could not be read."""
    from healer.services.exchange import export_rescue  # noqa: PLC0415

    path = resolve_vault_path(args.vault)
    passphrase = console.passphrases.ask(f"Passphrase for {path}: ")
    rescued = export_rescue(path, passphrase, destination, force=args.force)
    unreadable = ", ".join(rescued.tables_unreadable)
    console.say(
        f"Rescued {rescued.rows} rows to {destination}; {rescued.lost} could not be read"
        + (f" (tables not readable at all: {unreadable})" if unreadable else "")
    )
    console.note(PLAINTEXT_WARNING)
    return 3 if rescued.lost or unreadable else 0


def import_(console: Console, args: argparse.Namespace) -> int:
    source = Path(args.file)
    # Checked (and opened) before the passphrase is asked: a wrong file fails at once.
    try:
        stream = open_import(source)
    except OSError as error:
        raise HealerError(f"Cannot read {source}: {error.strerror}") from None
    except HealerError as error:
        raise HealerError(f"{source}: {error}; nothing was imported.") from None

    def run(session: Session) -> int:
        try:
            if args.dry_run:
                result = session.exchange.preview_import(stream)
            else:
                result = session.exchange.import_json(stream)
        except DiskFullError:
            raise  # about the vault's disk, not the file
        except HealerError as error:
            raise HealerError(f"{source}: {error}; nothing was imported.") from None
        if args.dry_run:
            console.say(f"Importing {source} would add (nothing was changed):")
            for line in import_summary(result):
                console.say(line)
            return 0
        console.say(
            f"Imported {result.added} activations"
            f" ({result.already_present} already present,"
            f" {result.categories_added} new categories)"
        )
        return 0

    with stream:
        return console.with_session(args, run)


def backup(console: Console, args: argparse.Namespace) -> int:
    destination = Path(args.file).expanduser().absolute()

    def run(session: Session) -> int:
        written = session.backup(destination, force=args.force)
        console.say(
            f"Encrypted backup written to {written} and checked: it opens and every page"
            " passes its checks (same passphrase as the vault)"
        )
        return 0

    return console.with_session(args, run)


def check(console: Console, args: argparse.Namespace) -> int:
    def run(session: Session) -> int:
        report = session.check()
        if report.ok and report.skipped:
            console.say(
                "Vault is healthy: integrity and encryption checks passed"
                f" (not checked: {', '.join(report.skipped)})."
            )
            return 0
        if report.ok:
            console.say("Vault is healthy: integrity, encryption and search index checks passed.")
            return 0
        console.say(f"Vault has {len(report.problems)} problems:")
        for problem in report.problems[:50]:
            console.say(f"  {problem}")
        console.say("Restore from a backup (healer-cli backup makes them) before writing more.")
        return 3

    return console.with_session(args, run)


def passwd(console: Console, args: argparse.Namespace) -> int:
    current = console.ask_passphrase(args)

    def run(session: Session) -> int:
        new = console.ask_new_passphrase()
        if new == current:
            raise HealerError(
                "The new passphrase is the same as the current one; nothing was changed."
            )
        session.change_passphrase(new)
        console.say("Passphrase changed. The old one no longer opens this vault.")
        console.note("Backups made before now still open with the old passphrase.")
        return 0

    return console.with_session(args, run, current)
