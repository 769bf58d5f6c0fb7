"""Python's cyclic garbage collector paused around big, short-lived work, from any thread.

A full collection holds the interpreter for every thread, the GUI thread too, and walks
every live object: while a chart set is built from 100,000 rows on the worker, one took
90 ms at a time, a frozen window. The rows hold no reference cycles (reference counting
frees them the moment the work ends), so the collector has nothing to find meanwhile.
Pauses nest and overlap across threads: the collector runs again when the last ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_state = {"holders": 0, "was_enabled": False}


@contextmanager
def paused_collector() -> Iterator[None]:
    """No cyclic collection inside the block (unless it was already off, as it stays)."""
    with _lock:
        if _state["holders"] == 0:
            _state["was_enabled"] = gc.isenabled()
            gc.disable()
        _state["holders"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["holders"] -= 1
            if _state["holders"] == 0 and _state["was_enabled"]:
                gc.enable()
