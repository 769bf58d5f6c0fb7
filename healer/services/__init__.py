"""Services over the vault for the UI and the CLI (QtCore only)."""
