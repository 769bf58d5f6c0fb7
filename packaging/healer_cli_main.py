"""Entry script of the bundle's second executable: `healer-cli`, as the pip-installed one."""

from __future__ import annotations

import sys

from healer.cli import main

if __name__ == "__main__":
    sys.exit(main())
