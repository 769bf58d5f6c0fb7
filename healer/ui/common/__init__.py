"""Widgets and helpers shared by the tabs; nothing here imports a tab package."""
