"""Where the vault lives: the platform's app-data folder unless the person says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from healer.appinfo import APP_NAME, ORGANIZATION_NAME, VAULT_ENV_VAR, VAULT_FILE_NAME


def set_application_names() -> None:
    """Fix the names QStandardPaths and QSettings derive folders from (idempotent)."""
    QCoreApplication.setOrganizationName(ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)


def default_vault_path() -> Path:
    """The vault in the app-data folder (on Linux ~/.local/share/Healer/Healer/healer.vault)."""
    set_application_names()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / VAULT_FILE_NAME


def resolve_vault_path(explicit: str | None) -> Path:
    """--vault wins, then the HEALER_VAULT variable, then the default location."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    from_env = os.environ.get(VAULT_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser().absolute()
    return default_vault_path()
