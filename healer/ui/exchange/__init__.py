"""Vault care from the File menu: export, import with a preview, and the vault check."""
