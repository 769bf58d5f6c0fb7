"""`python -m healer` starts the desktop app."""

from __future__ import annotations

import sys

from healer.app import main

sys.exit(main())
