"""Run a command and write its peak resident memory (KiB) to a file: ru_maxrss of children.

A process of its own, so the peak is this command's alone and not the test run's.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

# A command that reads a device whole dies at this cap rather than taking the machine down.
MEMORY_CAP = 3 * 1024**3
resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
report = Path(sys.argv[1])
code = subprocess.call(sys.argv[2:])
report.write_text(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code if code >= 0 else 128 - code)
