"""Interleaved side-by-side measurement, budgets, and the one results table of `make bench`."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
JSON_ENV = "HEALER_BENCH_JSON"
DEFAULT_ROUNDS = 5
STARTUP_ROUNDS = 11


def load_average() -> float:
    """The one-minute load average (the machine is shared: read numbers beside it)."""
    return os.getloadavg()[0]


def steal_ticks() -> int:
    """CPU time stolen by the hypervisor so far (the 8th field of the cpu line), in ticks."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
        return int(fields[8])
    except (OSError, IndexError, ValueError):
        return 0


@dataclass(frozen=True, slots=True)
class Budget:
    """An upper bound on the median (`absolute`) and/or on the ratio to the baseline."""

    absolute: float | None = None
    ratio: float | None = None
    minimum: float | None = None  # a floor instead (frames per second)

    def text(self, unit: str) -> str:
        """How the budget reads in the table."""
        parts = []
        if self.minimum is not None:
            parts.append(f"≥ {self.minimum:g} {unit}")
        if self.absolute is not None:
            parts.append(f"≤ {self.absolute:g} {unit}")
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}×")
        return ", ".join(parts) or "—"

    def verdict(self, median: float, ratio: float | None) -> str:
        """pass, miss, or an empty string when there is nothing to judge."""
        checks = []
        if self.minimum is not None:
            checks.append(median >= self.minimum)
        if self.absolute is not None:
            checks.append(median <= self.absolute)
        if self.ratio is not None and ratio is not None:
            checks.append(ratio <= self.ratio)
        if not checks:
            return ""
        return "pass" if all(checks) else "miss"


@dataclass(slots=True)
class Row:
    """One line of the table: a variant of a case with its statistics and verdict."""

    case: str
    variant: str
    unit: str
    median: float
    low: float
    high: float
    rounds: int
    load: str
    baseline: str = ""
    ratio: float | None = None
    paired_ratio: float | None = None
    budget: str = "—"
    verdict: str = ""
    note: str = ""
    is_baseline: bool = False
    samples: list[float] = field(default_factory=list)


RESULTS: list[Row] = []
# Tables other benchmark modules print themselves (the pacer's), kept in the JSON too.
EXTRA_TABLES: dict[str, Any] = {}


def interleave(
    variants: Mapping[str, Callable[[], float]],
    rounds: int = DEFAULT_ROUNDS,
    *,
    warmup: int = 1,
) -> dict[str, list[float]]:
    """Run every variant once per round, the order rotated each round; returns the samples.

    Each callable measures itself and returns its value (ms, MB or a count), so set-up
    work stays out of the number. Warm-up rounds are run and thrown away.
    """
    names = list(variants)
    for _ in range(warmup):
        for name in names:
            variants[name]()
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(float(variants[name]()))
    return samples


@dataclass(slots=True)
class Case:
    """One benchmark case: measure its variants side by side, then record them as rows."""

    name: str
    unit: str = "ms"
    baseline: str | None = None
    budget: Budget = field(default_factory=Budget)
    budgets: dict[str, Budget] = field(default_factory=dict)  # per variant, overrides budget
    notes: dict[str, str] = field(default_factory=dict)
    judge_baseline: bool = False  # hold the baseline to the absolute budget as well
    load_start: float = field(default_factory=load_average)
    steal_start: int = field(default_factory=steal_ticks)
    time_start: float = field(default_factory=time.monotonic)

    def run(
        self,
        variants: Mapping[str, Callable[[], float]],
        rounds: int = DEFAULT_ROUNDS,
        *,
        warmup: int = 1,
    ) -> dict[str, list[float]]:
        """Interleave the variants and record the rows."""
        self.restart_clock()
        samples = interleave(variants, rounds, warmup=warmup)
        self.record(samples)
        return samples

    def restart_clock(self) -> None:
        """Take the load average and steal counter from now on."""
        self.load_start = load_average()
        self.steal_start = steal_ticks()
        self.time_start = time.monotonic()

    def record(self, samples: Mapping[str, Sequence[float]]) -> list[Row]:
        """Turn samples (per variant, same rounds) into table rows with ratios and verdicts."""
        load = f"{self.load_start:.2f}→{load_average():.2f}"
        wall = max(time.monotonic() - self.time_start, 1e-9)
        steal = (steal_ticks() - self.steal_start) / os.sysconf("SC_CLK_TCK") / wall
        if steal >= 0.01:
            load += f" (steal {steal:.0%})"
        base = samples.get(self.baseline) if self.baseline is not None else None
        base_median = statistics.median(base) if base else None
        rows = []
        for name, values in samples.items():
            median = statistics.median(values)
            ratio = paired = None
            if base and base_median and name != self.baseline:
                ratio = median / base_median
                pairs = [v / b for v, b in zip(values, base, strict=False) if b]
                paired = statistics.median(pairs) if pairs else None
            budget = self.budgets.get(name, self.budget)
            if name == self.baseline:
                absolute = budget.absolute if self.judge_baseline else None
                budget = Budget(absolute=absolute)
            row = Row(
                case=self.name,
                variant=name,
                unit=self.unit,
                median=median,
                low=min(values),
                high=max(values),
                rounds=len(values),
                load=load,
                baseline=self.baseline if ratio is not None and self.baseline else "",
                ratio=ratio,
                paired_ratio=paired,
                budget=budget.text(self.unit),
                verdict=budget.verdict(median, ratio),
                note=self.notes.get(name, ""),
                is_baseline=name == self.baseline,
                samples=[round(v, 4) for v in values],
            )
            rows.append(row)
        RESULTS.extend(rows)
        return rows


def record_single(
    case: str, variant: str, value: float, unit: str, budget: Budget | None = None, note: str = ""
) -> Row:
    """A deterministic figure (a count) that needs no rounds."""
    budget = budget or Budget()
    row = Row(
        case=case,
        variant=variant,
        unit=unit,
        median=value,
        low=value,
        high=value,
        rounds=1,
        load=f"{load_average():.2f}",
        budget=budget.text(unit),
        verdict=budget.verdict(value, None),
        note=note,
        samples=[value],
    )
    RESULTS.append(row)
    return row


def add_pacer_rows(results: Sequence[Mapping[str, Any]]) -> None:
    """Fold the pacer benchmark's runs (test_pacer_bench.run_all()) into the one table."""
    EXTRA_TABLES["pacer"] = [dict(result) for result in results]
    for result in results:
        run = f"{result['scenario']} ({result['seconds']:.0f} s)"
        case = f"breathing pacer, {result['platform']}: {run}"
        at_10 = result.get("at_10")
        figures: list[tuple[str, float, str, Budget]] = [
            ("frames per second", result["fps"], "fps", Budget(minimum=55)),
            ("p99 frame interval", result["interval_p99"], "ms", Budget(absolute=25)),
            ("CPU of one core", result["cpu_percent"], "%", Budget(absolute=15)),
            ("max phase error, clock-driven", result["phase_error_max"], "ms", Budget(16)),
            ("phase drift if accumulated per tick", result["naive_drift_ms"], "ms", Budget()),
        ]
        if at_10 is not None:
            figures.insert(4, ("phase error after 10 cycles", abs(at_10[0]), "ms", Budget(16)))
        for variant, value, unit, budget in figures:
            record_single(case, variant, value, unit, budget)


# -- the table -------------------------------------------------------------------------


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(rows: Sequence[Row]) -> str:
    """The Markdown table printed at the end of `make bench` and pasted into the README."""
    lines = [
        "| case | variant | median | min | max | n | ratio (paired) vs baseline"
        " | budget | verdict | load avg |",
        "|---|---|---:|---:|---:|---:|---|---|---|---|",
    ]
    for row in rows:
        ratio = "—"
        if row.ratio is not None:
            paired = f" ({row.paired_ratio:.2f}×)" if row.paired_ratio is not None else ""
            ratio = f"{row.ratio:.2f}×{paired} vs {row.baseline}"
        elif row.is_baseline:
            ratio = "baseline"
        variant = row.variant + (f" — {row.note}" if row.note else "")
        lines.append(
            f"| {row.case} | {variant} | {_number(row.median)} {row.unit}"
            f" | {_number(row.low)} | {_number(row.high)} | {row.rounds} | {ratio}"
            f" | {row.budget} | {row.verdict or '—'}"
            f" | {row.load} |"
        )
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    """What the numbers were measured on: CPU, cores, load and the versions that matter."""
    import sqlcipher3
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA key = 'provider probe'")
        cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
        provider = connection.execute("PRAGMA cipher_provider_version").fetchone()
    finally:
        connection.close()
    return {
        "cpu": cpu,
        "nproc": os.cpu_count(),
        "load_average": [round(v, 2) for v in os.getloadavg()],
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "qt": qVersion(),
        "sqlcipher": cipher,
        "sqlite": sqlcipher3.sqlite_version,
        "crypto_provider": provider[0] if provider else "",
        "platform": platform.platform(),
        "qpa": os.environ.get("QT_QPA_PLATFORM", ""),
    }


def machine_line(info: Mapping[str, Any]) -> str:
    """One line naming the machine and the versions, printed above the table."""
    load = " / ".join(f"{v:.2f}" for v in info["load_average"])
    return (
        f"{info['nproc']} × {info['cpu']}; load {load} (1/5/15 min); Python {info['python']},"
        f" PySide6 {info['pyside6']} (Qt {info['qt']}), SQLCipher {info['sqlcipher']}"
        f" (SQLite {info['sqlite']}, {info['crypto_provider']}); QPA {info['qpa']}"
    )


def results_path() -> Path:
    """Where the JSON goes: $HEALER_BENCH_JSON, else bench-results.json at the repo root."""
    return Path(os.environ.get(JSON_ENV) or ROOT / "bench-results.json")


def write_json(rows: Sequence[Row], info: Mapping[str, Any], extra: Mapping[str, Any]) -> Path:
    """The same table as JSON, with the machine description and any extra tables."""
    path = results_path()
    document = {
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": dict(info),
        "rows": [asdict(row) for row in rows],
        **extra,
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return path
