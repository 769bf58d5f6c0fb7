"""Child process of the crash test: commits activations forever, acknowledging each commit.

Run as `python crash_child.py VAULT RUN` with the passphrase on the first line of stdin.
Prints "ready" once the vault is open, then one line "SEQ ID" after each add() has
returned (so the transaction is committed), written with a single os.write so a line
is either wholly in the pipe or not at all. The parent kills it with SIGKILL.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from healer.domain.activation import ActivationInput
from healer.domain.category import DEFAULT_CATEGORIES
from healer.storage.journal.activations import ActivationRepository
from healer.storage.vault import Vault

SEQUENCE_STRIDE = 1_000_000
_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def expected_input(seq: int) -> ActivationInput:
    """Every field derived from the sequence number, so the parent can check each one."""
    started = _EPOCH + timedelta(minutes=seq % 500_000, seconds=seq % 60)
    words = f"seq{seq} run{seq // SEQUENCE_STRIDE}"
    return ActivationInput(
        trigger=f"trigger {words}",
        intensity=seq % 11,
        started_at=started,
        settled_at=started + timedelta(minutes=seq % 7) if seq % 3 else None,
        body=f"body {words} " + "é" * (seq % 5),
        # Some stories span overflow pages, so commits touch several pages.
        story=f"story {words} " + "long text " * (seq % 4) * 200,
        urge=f"urge {words}",
        did=f"did {words}",
        after=f"after {words}" if seq % 2 else "",
        category=DEFAULT_CATEGORIES[seq % len(DEFAULT_CATEGORIES)] if seq % 4 else None,
        person=f"person{seq % 13}",
    )


def main() -> None:
    path = Path(sys.argv[1])
    run = int(sys.argv[2])
    passphrase = sys.stdin.readline().rstrip("\n")
    vault = Vault.open(path, passphrase)
    repository = ActivationRepository(vault)
    os.write(1, b"ready\n")
    seq = run * SEQUENCE_STRIDE
    while True:
        activation = repository.add(expected_input(seq))
        os.write(1, f"{seq} {activation.id}\n".encode())
        seq += 1


if __name__ == "__main__":
    main()
