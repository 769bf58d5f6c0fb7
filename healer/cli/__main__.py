"""`python -m healer.cli`: the same as the healer-cli console script."""

from __future__ import annotations

from healer.cli.main import main

raise SystemExit(main())
