"""Qt widgets of the desktop app: one subpackage per tab, talking to services only."""
