"""Start-up hardening really takes effect in a fresh process: no core file, not dumpable."""

from __future__ import annotations

import subprocess
import sys
import textwrap

_CHILD = """
import ctypes, resource
from healer.services.hardening import disable_core_dumps
PR_GET_DUMPABLE = 3
libc = ctypes.CDLL(None, use_errno=True)
before = libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)
disable_core_dumps()
after = libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)
print(before, after, *resource.getrlimit(resource.RLIMIT_CORE))
"""


def test_disable_core_dumps_zeroes_the_core_limit_and_clears_dumpable() -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_CHILD)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    before, after, soft, hard = (int(word) for word in done.stdout.split())
    assert before == 1, "a fresh process starts dumpable"
    assert after == 0
    assert (soft, hard) == (0, 0)
