"""The desktop around the window: D-Bus signals that lock Healer, and desktop notifications."""
