"""Dialogs that open the vault: create it on first run, unlock it afterwards."""
