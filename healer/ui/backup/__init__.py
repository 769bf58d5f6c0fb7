"""Backing up and restoring from the window: the File menu's vault care."""
