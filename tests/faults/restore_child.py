"""Child process of the restore crash test: restores two backups in turn, forever.

Run as `python restore_child.py VAULT BACKUP_A BACKUP_B` with the two backups'
passphrases on the first two lines of stdin. Prints "ready" once started, then one line
per finished restore; the parent kills it with SIGKILL at a random moment.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from healer.storage.restore import restore_backup


def main() -> None:
    vault = Path(sys.argv[1])
    backups = [Path(sys.argv[2]), Path(sys.argv[3])]
    passphrases = [sys.stdin.readline().rstrip("\n"), sys.stdin.readline().rstrip("\n")]
    os.write(1, b"ready\n")
    turn = 0
    while True:
        # A fresh minute each time, so the dated copies never run out of names.
        now = datetime(2026, 1, 1, tzinfo=UTC).replace(minute=turn % 60, hour=turn // 60 % 24)
        restore_backup(vault, backups[turn % 2], passphrases[turn % 2], now)
        os.write(1, f"{turn}\n".encode())
        turn += 1


if __name__ == "__main__":
    main()
