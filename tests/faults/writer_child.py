"""Child of the kill tests: writes a plaintext file through Healer's writer, slowly, until killed.

Run as `python writer_child.py MODE DEST LEDGER`; MODE "unnamed" uses the normal writer,
"named" the fallback for filesystems without unnamed files. Prints "started" once part of
the data is written, then goes on writing in small, slow chunks.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from healer.storage import destinations

CHUNK = 64 * 1024


def slow_write_all(descriptor: int, data: bytes) -> None:
    for start in range(0, len(data), CHUNK):
        os.write(descriptor, data[start : start + CHUNK])
        if start == 0:
            os.write(1, b"started\n")
        time.sleep(0.01)
    os.fsync(descriptor)


def _no_unnamed_files(_folder: Path) -> int | None:
    return None


def main() -> None:
    mode, destination, ledger = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    destinations._write_all = slow_write_all
    if mode == "named":
        destinations._open_unnamed = _no_unnamed_files
    data = ("Qz9plaintext journal text\n" * 200_000).encode()
    destinations.write_private_file(destination, data, force=True, ledger=ledger)
    os.write(1, b"done\n")


if __name__ == "__main__":
    main()
