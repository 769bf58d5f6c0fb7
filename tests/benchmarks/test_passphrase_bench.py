"""Passphrase care: the strength estimate per keystroke, and re-encrypting a 100k vault."""

from __future__ import annotations

import shutil
import time
from functools import partial
from pathlib import Path

from harness import Budget, Case, record_single
from histories import PASSPHRASE, HistoryFactory

from healer.services.session import Session
from healer.services.strength import estimate_strength

ROWS = 100_000
# Every keystroke in a new-passphrase field runs the estimate on the GUI thread: it must
# stay well under a frame or two, however long the passphrase grows.
KEYSTROKE_BUDGET = Budget(absolute=30)  # ms
NEW_PASSPHRASE = "seven pale lanterns drift home"


def _typed(length: int) -> str:
    # zxcvbn's slowest kind of input (short repeats), with spaces so both analyses run.
    return ("ab cd " * length)[:length]


def _strength_ms(text: str) -> float:
    began = time.perf_counter()
    estimate_strength(text)
    return (time.perf_counter() - began) * 1000


def test_strength_per_keystroke() -> None:
    estimate_strength("warm the word lists up")
    variants = {
        f"{length} characters": partial(_strength_ms, _typed(length))
        for length in (12, 24, 40, 200)
    }
    Case(
        "passphrase strength, one keystroke (zxcvbn, first 40 characters)",
        budget=KEYSTROKE_BUDGET,
        notes={"200 characters": "analysed up to 40"},
    ).run(variants, rounds=11)


def test_change_passphrase_100k(history: HistoryFactory, tmp_path: Path) -> None:
    copy = tmp_path / "rekey.vault"
    shutil.copyfile(history(ROWS).path, copy)
    session = Session.unlock(copy, PASSPHRASE)
    try:
        began = time.perf_counter()
        session.change_passphrase(NEW_PASSPHRASE, current=PASSPHRASE)
        elapsed = time.perf_counter() - began
    finally:
        session.lock()
    size = copy.stat().st_size / 1e6
    record_single(
        "change passphrase @100k (checks the current one, then rekeys)",
        f"{size:,.0f} MB vault",
        elapsed * 1000,
        "ms",
        note="runs off the GUI thread with a busy line",
    )
    Session.unlock(copy, NEW_PASSPHRASE).lock()
