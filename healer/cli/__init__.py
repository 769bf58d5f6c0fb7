"""healer-cli: the vault from a terminal or a script, through the same services as the app."""

from __future__ import annotations

from healer.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
