"""Exports of a 100k-activation vault, each kind: how long the worker thread takes to write it.

The window never waits for these (they run on the worker thread with a moving bar); the
figures say how long the bar moves. JSON, the kind that was already there, is the baseline.
"""

from __future__ import annotations

import time
from pathlib import Path

from harness import Budget, record_single
from histories import PASSPHRASE, HistoryFactory

from healer.services.exchange import ExportFormat
from healer.services.session import Session

ROWS = 100_000
BUDGET = Budget(absolute=60)  # s: a minute of a moving bar is the most anyone should wait


def test_exports_of_a_large_vault(history: HistoryFactory, tmp_path: Path) -> None:
    built = history(ROWS)
    session = Session.unlock(built.path, PASSPHRASE)
    try:
        for kind in (ExportFormat.JSON, ExportFormat.CSV, ExportFormat.HTML, ExportFormat.MARKDOWN):
            target = tmp_path / f"export.{kind.value}"
            began = time.perf_counter()
            count = session.exchange.export(kind, target)
            seconds = time.perf_counter() - began
            assert count == ROWS
            size = target.stat().st_size / 2**20
            record_single(
                f"export {ROWS // 1000}k activations",
                kind.name.lower(),
                seconds,
                "s",
                BUDGET,
                note=f"{size:.0f} MB",
            )
            target.unlink()
    finally:
        session.lock()
