"""Process hardening at start-up: no core dumps that could hold an unlocked vault's pages."""

from __future__ import annotations

import contextlib
import ctypes
import resource
import sys

_PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    """Set RLIMIT_CORE to 0 and, on Linux, mark the process non-dumpable."""
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            # The process's own symbol table already holds libc's prctl; find_library("c")
            # would run `ldconfig -p` in a subprocess at every start for the same answer.
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
