"""Import of a 200 MB export: peak memory and time, each import in a child process of its own.

Side by side: `healer-cli import`; the app's path (the preview, which runs the import and
rolls it back, then the import, both telling their progress as the dialog's bar does); and
the stdlib reading the same file whole (what import did before it read a record at a time).
HEALER_BENCH_IMPORT_BEFORE=<git revision> adds that revision's `healer-cli import`, run
from a copy of its `healer` package, in the same run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from harness import ROOT, Budget, record_single
from support import PASSPHRASE, write_large_export

from healer.storage.vault import Vault

EXPORT_MB = 200
RSS_BUDGET = Budget(absolute=300)  # MB, the bound for a 200 MB export
BEFORE = os.environ.get("HEALER_BENCH_IMPORT_BEFORE", "")
CASE = "import 200 MB export"

# Runs the command given as arguments, then prints the peak RSS (KiB) of its children:
# a process of its own, so the figure is that command's alone.
MEASURE = textwrap.dedent(
    """
    import resource, subprocess, sys
    code = subprocess.call(sys.argv[1:])
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)
    """
)

# What the import dialog's jobs do, without the window: preview, then import, with progress.
APP_PATH = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from healer.storage import exchange
    from healer.storage.vault import Vault

    vault = Vault.open(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
    told = []
    with exchange.open_source(Path(sys.argv[2])) as stream:
        preview = exchange.preview_json(vault, stream, progress=lambda d, w: told.append(d))
    with exchange.open_source(Path(sys.argv[2])) as stream:
        result = exchange.import_json(vault, stream, progress=lambda d, w: told.append(d))
    vault.close()
    assert preview == result and result.added > 0 and len(told) > 100, (preview, result)
    """
)


def _measured(
    command: list[str], stdin: str, env: dict[str, str], cwd: Path = ROOT
) -> tuple[float, float, int]:
    """(peak MB, seconds, exit code) of one command."""
    began = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=True,
    )
    seconds = time.perf_counter() - began
    peak_kib, code = completed.stdout.split()[-2:]
    return int(peak_kib) / 1024, seconds, int(code)


def _revision(revision: str, target: Path) -> Path:
    """The healer package as it was at revision, to run beside the working tree."""
    target.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "healer", "resources"],
        check=True,
        capture_output=True,
    )
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def test_import_of_a_large_export(tmp_path: Path) -> None:
    source = tmp_path / "export.json"
    entries = write_large_export(source, EXPORT_MB)
    env = os.environ | {"HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    note = f"{source.stat().st_size / 2**20:.0f} MB, {entries} entries"

    def empty_vault(name: str) -> Path:
        path = tmp_path / f"{name}.vault"
        Vault.create(path, PASSPHRASE).close()
        return path

    cli = [sys.executable, "-m", "healer.cli", "import", "--vault"]
    runs: dict[str, tuple[float, float, int]] = {}
    if BEFORE:
        old = _revision(BEFORE, Path(tempfile.mkdtemp(dir=tmp_path)) / "before")
        runs[f"healer-cli import at {BEFORE} (before)"] = _measured(
            [*cli, str(empty_vault("before")), str(source)],
            PASSPHRASE + "\n",
            env | {"PYTHONPATH": str(old)},
            cwd=old,
        )
    runs["healer-cli import"] = _measured(
        [*cli, str(empty_vault("cli")), str(source)], PASSPHRASE + "\n", env
    )
    runs["the app's path: preview, then import, with progress"] = _measured(
        [sys.executable, "-c", APP_PATH, str(empty_vault("app")), str(source)],
        PASSPHRASE + "\n",
        env,
    )
    runs["json.loads whole (parse only)"] = _measured(
        [sys.executable, "-c", f"import json; json.loads(open({str(source)!r}, 'rb').read())"],
        "",
        env,
    )
    for variant, (peak, _, code) in runs.items():
        assert code == 0, variant
        budget = None if variant.startswith("json") else RSS_BUDGET
        record_single(CASE, variant, peak, "MB", budget, note if budget else "")
    for variant, (_, seconds, _) in runs.items():
        record_single(CASE, variant, seconds, "s")
    print(f"\n{CASE} ({note})")
    print("| variant | peak RSS | time |")
    print("|---|---:|---:|")
    for variant, (peak, seconds, _) in runs.items():
        print(f"| {variant} | {peak:.0f} MB | {seconds:.1f} s |")
    for variant, (peak, _, _) in runs.items():
        if not variant.startswith("json"):
            assert peak <= RSS_BUDGET.absolute, variant  # type: ignore[operator]
