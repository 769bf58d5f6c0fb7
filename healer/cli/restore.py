"""healer-cli restore: put a backup in the vault's place, after saying what it holds."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from healer.cli.terminal import Console
from healer.domain.errors import HealerError
from healer.services.backups import BackupSummary, read_backup_summary, restore_backup
from healer.services.locations import resolve_vault_path


def describe(summary: BackupSummary) -> str:
    """What a backup holds, in one sentence: counts and dates, never journal text."""
    if not summary.entries or summary.first_started is None or summary.last_started is None:
        return "The backup holds no entries."
    first = _day(summary.first_started)
    last = _day(summary.last_started)
    span = f"on {first}" if first == last else f"from {first} to {last}"
    plural = "entry" if summary.entries == 1 else "entries"
    newest = (
        f"; the newest was written on {_day(summary.newest_written)}"
        if summary.newest_written is not None
        else ""
    )
    return f"The backup holds {summary.entries} {plural}, {span}{newest}."


def restore(console: Console, args: argparse.Namespace) -> int:
    vault_path = resolve_vault_path(args.vault)
    backup = Path(args.file).expanduser().absolute()
    passphrase = console.passphrases.ask(f"Passphrase of the backup {backup}: ")
    summary = read_backup_summary(backup, passphrase)
    console.say(describe(summary))
    if not args.yes:
        answer = console.passphrases.answer(
            f"Replace the vault at {vault_path} with this backup? The current vault is kept"
            " beside it under a dated name. [y/N] "
        )
        if answer.strip().lower() not in {"y", "yes"}:
            raise HealerError("Not restored; nothing was changed.")
    kept = restore_backup(vault_path, backup, passphrase)
    console.say(f"Restored {backup} into {vault_path}.")
    if kept is not None:
        console.say(f"The previous vault is kept as {kept}.")
    console.note("The vault now opens with the backup's passphrase.")
    return 0


def _day(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().date().isoformat()
