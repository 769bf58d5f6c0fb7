"""Fault fixtures: a seeded vault and healer-cli pointed at it."""

from __future__ import annotations

from pathlib import Path

import pytest
from faults_cli import Cli, add_entries


@pytest.fixture
def seeded(vault_path: Path) -> Path:
    """The test's vault holding two entries."""
    add_entries(vault_path, ["first seed entry", "second seed entry"])
    return vault_path


@pytest.fixture
def cli(tmp_path: Path, seeded: Path) -> Cli:
    """healer-cli on the seeded vault."""
    return Cli(tmp_path, seeded)
