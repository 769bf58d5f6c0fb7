"""Import of a 200 MB export: peak memory and time of `healer-cli import`, each in a child.

Side by side with the stdlib reading the same file whole (what import did before it read
a record at a time), so the table shows what the streaming reader saves.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from harness import Budget, record_single
from support import PASSPHRASE, write_large_export

from healer.storage.vault import Vault

EXPORT_MB = 200
RSS_BUDGET = Budget(absolute=300)  # MB, the bound for a 200 MB export

# Runs the command given as arguments, then prints the peak RSS (KiB) of its children:
# a process of its own, so the figure is that command's alone.
MEASURE = textwrap.dedent(
    """
    import resource, subprocess, sys
    code = subprocess.call(sys.argv[1:])
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
    """
)


def _measured(command: list[str], stdin: str, env: dict[str, str]) -> tuple[float, float, int]:
    """(peak MB, seconds, exit code) of one command."""
    began = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    seconds = time.perf_counter() - began
    peak_kib, code = completed.stdout.split()[-2:]
    return int(peak_kib) / 1024, seconds, int(code)


def test_import_of_a_large_export(tmp_path: Path) -> None:
    source = tmp_path / "export.json"
    entries = write_large_export(source, EXPORT_MB)
    vault = tmp_path / "bench.vault"
    Vault.create(vault, PASSPHRASE).close()
    env = os.environ | {"HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    note = f"{source.stat().st_size / 2**20:.0f} MB, {entries} entries"

    peak, seconds, code = _measured(
        [sys.executable, "-m", "healer.cli", "import", "--vault", str(vault), str(source)],
        PASSPHRASE + "\n",
        env,
    )
    assert code == 0
    whole_peak, whole_seconds, _ = _measured(
        [sys.executable, "-c", f"import json; json.loads(open({str(source)!r}, 'rb').read())"],
        "",
        env,
    )
    record_single("import 200 MB export", "healer-cli import", peak, "MB", RSS_BUDGET, note)
    record_single("import 200 MB export", "json.loads whole (parse only)", whole_peak, "MB")
    record_single("import 200 MB export", "healer-cli import", seconds, "s", note=note)
    record_single("import 200 MB export", "json.loads whole (parse only)", whole_seconds, "s")
    assert peak <= RSS_BUDGET.absolute  # type: ignore[operator]
