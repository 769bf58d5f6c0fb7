"""Packaged start-up: the frozen unlock dialog's first paint vs a bare window from the same bundle.

Both programs start from dist/healer/ (PyInstaller), so they share the bootloader, Python,
Qt and every library; what differs is what Healer itself loads and does before its first
paint. Needs a bundle built with the bare window beside `healer`:

    HEALER_PACKAGE_BARE_WINDOW=1 make package      (or: … -m PyInstaller packaging/healer.spec)

HEALER_BENCH_BUNDLE=<folder> measures another bundle (default dist/healer);
HEALER_BENCH_BUNDLE_BEFORE=<folder> adds a second bundle's `healer` (an older build, say)
beside it, in the same interleaved rounds. Skipped when there is no bundle.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from harness import ROOT, STARTUP_ROUNDS, Budget, Case
from histories import PASSPHRASE

from healer.storage.vault import Vault
from healer.ui.tabs import default_tabs

BUNDLE = Path(os.environ.get("HEALER_BENCH_BUNDLE", str(ROOT / "dist" / "healer")))
BEFORE = os.environ.get("HEALER_BENCH_BUNDLE_BEFORE", "")
BARE = "bare PySide6 window from the bundle, same tabs"
APP = "Healer unlock dialog (frozen `healer`, started as the desktop starts it)"
RATIO_BUDGET = Budget(ratio=1.3)


def _spawn(program: Path, home: Path, vault: Path) -> dict[str, Any]:
    """Start one frozen program; its first paint (ms from the spawn) and CPU until then."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "HEALER_VAULT": str(vault),
        "HEALER_BENCH_FIRST_PAINT": "1",
        "BENCH_TABS": json.dumps([spec.title() for spec in default_tabs()]),
    }
    began = time.monotonic()
    done = subprocess.run(
        [str(program)], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{program.name} failed ({done.returncode}): {done.stderr[-3000:]}")
    report: dict[str, Any] = json.loads(lines[-1])
    report["first_paint_ms"] = (report["first_paint"] - began) * 1000
    report["cpu_ms"] = report["cpu"] * 1000
    return report


def _programs() -> dict[str, Path]:
    bare = BUNDLE / "healer-bare-window"
    if not bare.exists():
        pytest.skip(
            f"no {bare}: build the bundle with HEALER_PACKAGE_BARE_WINDOW=1 (see this module)"
        )
    programs = {BARE: bare, APP: BUNDLE / "healer"}
    if BEFORE:
        programs[f"Healer unlock dialog, bundle {Path(BEFORE).name} (before)"] = (
            Path(BEFORE) / "healer"
        )
    return programs


def test_frozen_start_up(tmp_path: Path) -> None:
    programs = _programs()
    home = tmp_path / "home"
    (home / "runtime").mkdir(parents=True, mode=0o700)
    vault = tmp_path / "bench.vault"
    Vault.create(vault, PASSPHRASE).close()
    names = list(programs)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    wall = Case(
        "cold start → first paint, packaged bundle (frozen, offscreen)",
        baseline=BARE,
        budget=RATIO_BUDGET,
    )
    for name in names:  # warm-up: page cache, fontconfig
        _spawn(programs[name], home, vault)
    wall.restart_clock()
    for round_number in range(STARTUP_ROUNDS):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            report = _spawn(programs[name], home, vault)
            expected = "QMainWindow" if name == BARE else "UnlockDialog"
            assert report["window"] == expected, f"{name} painted {report['window']} first"
            runs[name].append(report)
    wall.record({name: [run["first_paint_ms"] for run in runs[name]] for name in names})
    cpu = Case(
        "CPU time until first paint, packaged bundle (frozen, offscreen)",
        baseline=BARE,
        notes={APP: "less sensitive to the machine's load than the wall clock"},
    )
    cpu.time_start, cpu.load_start = wall.time_start, wall.load_start
    cpu.record({name: [run["cpu_ms"] for run in runs[name]] for name in names})

    print(f"\nfrozen start-up, {STARTUP_ROUNDS} rounds, bundle {BUNDLE}")
    print("| program | first paint, median ms | CPU until then, median ms | ratio (wall) |")
    print("|---|---:|---:|---:|")
    base = statistics.median(run["first_paint_ms"] for run in runs[BARE])
    for name in names:
        paint = statistics.median(run["first_paint_ms"] for run in runs[name])
        spent = statistics.median(run["cpu_ms"] for run in runs[name])
        print(f"| {name} | {paint:.1f} | {spent:.1f} | {paint / base:.2f}× |")
