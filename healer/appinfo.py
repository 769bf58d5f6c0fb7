"""Names, ids and version of the app, shared by every layer (no Qt)."""

from __future__ import annotations

APP_NAME = "Healer"
ORGANIZATION_NAME = "Healer"
APP_ID = "io.github.healer_app.Healer"
VERSION = "0.1.0"
VAULT_FILE_NAME = "healer.vault"
VAULT_ENV_VAR = "HEALER_VAULT"
