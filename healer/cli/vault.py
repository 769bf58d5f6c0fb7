"""healer-cli's vault commands: init, export, import, backup, check, passwd."""

from __future__ import annotations

import argparse
from pathlib import Path

from healer.cli.terminal import Console
from healer.domain.errors import HealerError
from healer.services.exchange import open_import
from healer.services.locations import resolve_vault_path
from healer.services.session import Session

PLAINTEXT_WARNING = (
    "This file is NOT encrypted: anyone who can open it can read your journal. "
    "Keep it somewhere private and delete it when you no longer need it."
)


def init(console: Console, args: argparse.Namespace) -> int:
    path = resolve_vault_path(args.vault)
    if path.exists():
        raise HealerError(f"{path} already exists; a new vault is never written over it.")
    passphrase = console.passphrases.ask_new("New passphrase: ")
    Session.create(path, passphrase).lock()
    console.say(f"Created an encrypted vault at {path}")
    console.note(
        "Remember your passphrase: it is never stored, and without it "
        "nobody (not even you) can open the vault."
    )
    return 0


def export(console: Console, args: argparse.Namespace) -> int:
    destination = Path(args.output)

    def run(session: Session) -> int:
        if args.format == "json":
            count = session.exchange.export_json(destination)
        else:
            count = session.exchange.export_csv(destination)
        console.say(f"Exported {count} activations to {destination}")
        console.note(PLAINTEXT_WARNING)
        return 0

    return console.with_session(args, run)


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
            result = session.exchange.import_json(stream)
        except HealerError as error:
            raise HealerError(f"{source}: {error}; nothing was imported.") from None
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
    if destination.exists():
        raise HealerError(f"{destination} already exists; choose a new file name.")

    def run(session: Session) -> int:
        written = session.backup(destination)
        console.say(f"Encrypted backup written to {written} (same passphrase as the vault)")
        return 0

    return console.with_session(args, run)


def check(console: Console, args: argparse.Namespace) -> int:
    def run(session: Session) -> int:
        report = session.check()
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
        new = console.passphrases.ask_new("New passphrase: ")
        if new == current:
            raise HealerError(
                "The new passphrase is the same as the current one; nothing was changed."
            )
        session.change_passphrase(new)
        console.say("Passphrase changed. The old one no longer opens this vault.")
        console.note("Backups made before now still open with the old passphrase.")
        return 0

    return console.with_session(args, run, current)
