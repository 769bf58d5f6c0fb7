"""Big work that shares the interpreter: the collector paused, big lists freed in slices.

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
from typing import Any

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


RELEASE_SLICE = 4000  # about a millisecond of freeing rows


def release_in_slices(items: list[Any], size: int = RELEASE_SLICE) -> None:
    """Empty items from the end, a slice at a time, so other threads get the interpreter between.

    Freeing 100,000 rows is one uninterrupted C loop (22 ms here) that no switch
    interval cuts short: the window waited for it whole.
    """
    while items:
        del items[-size:]
