"""Entry script of the PyInstaller bundle: starts the desktop app exactly as `healer` does."""

from __future__ import annotations

import sys

from healer.app import main

if __name__ == "__main__":
    sys.exit(main())
