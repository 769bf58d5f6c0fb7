"""Passphrase dialogs: create the vault on first run, unlock it, change its passphrase."""
