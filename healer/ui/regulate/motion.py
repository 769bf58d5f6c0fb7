"""Whether the system asks for reduced motion (Qt 6.12 accessibility hints, when present)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def system_prefers_reduced_motion() -> bool:
    """True when the desktop says animations should be kept to a minimum."""
    hints = QGuiApplication.styleHints()
    # motionPreference() arrived in Qt 6.12; older Qt simply has no opinion.
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = getattr(accessibility(), "motionPreference", None)
    if preference is None:
        return False
    return bool(preference() == Qt.MotionPreference.ReducedMotion)


def on_system_motion_changed(callback: Callable[[], None]) -> None:
    """Call back when the desktop's motion preference changes (no-op on older Qt)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return
    signal = getattr(accessibility(), "motionPreferenceChanged", None)
    if signal is not None:
        signal.connect(callback)
