"""The moment form's values as draft text and back; spin boxes keep a "not said" value."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox

from healer.domain.moments import Delivery, Response

NOT_SAID = -1  # the spin boxes' "not said" value


def spin_value(spin: QSpinBox) -> int | None:
    """A spin box's number, or None when it says "not said"."""
    return None if spin.value() == NOT_SAID else spin.value()


def spin_text(spin: QSpinBox) -> str:
    """A spin box's number as draft text ("" when not said)."""
    value = spin_value(spin)
    return "" if value is None else str(value)


def data_text(combo: QComboBox) -> str:
    """A combo box's chosen id as draft text ("" for none)."""
    data = combo.currentData()
    return "" if data is None else str(data)


def int_or_none(text: str) -> int | None:
    """A whole number read back from draft text, or None."""
    return int(text) if text.strip().lstrip("-").isdigit() else None


def enum_or_none(kind: type[Delivery] | type[Response], text: str) -> Delivery | Response | None:
    """A delivery or response read back from draft text, or None when unknown."""
    try:
        return kind(text) if text else None
    except ValueError:
        return None
