"""Content-free reports of unexpected errors: where it failed, never what was being written."""

from __future__ import annotations

import traceback
from types import TracebackType


def redacted_report(kind: type[BaseException], trace: TracebackType | None) -> str:
    """The exception's type and stack frames, without its message (which may quote data)."""
    lines = [f"Unexpected error: {kind.__module__}.{kind.__qualname__}"]
    for frame in traceback.extract_tb(trace):
        lines.append(f"  at {frame.filename}:{frame.lineno} in {frame.name}")
    lines.append("(The message is left out because it may contain journal text.)")
    return "\n".join(lines)
