"""A second process that keeps a vault unlocked until its stdin closes."""

from __future__ import annotations

import sys
from pathlib import Path

from healer.domain.activation import ActivationQuery
from healer.services.session import Session

session = Session.unlock(Path(sys.argv[1]), sys.argv[2])
print("ready", flush=True)
sys.stdin.readline()
# The vault still reads under the passphrase it was opened with: nothing changed under it.
print(len(session.journal.find(ActivationQuery())), flush=True)
session.lock()
