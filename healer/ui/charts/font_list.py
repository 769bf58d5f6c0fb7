"""Whether matplotlib read its font list from its cache: the bundle ships one (packaging/)."""

from __future__ import annotations

import logging
from pathlib import Path


def font_list_source() -> str:
    """Whether matplotlib read its font list from its cache ("reused") or had to rebuild it."""
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    logger = logging.getLogger("matplotlib.font_manager")
    handler, level = Collect(logging.DEBUG), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        from matplotlib import font_manager  # noqa: PLC0415 (after the handler is in place)

        found = font_manager.findfont("DejaVu Sans", fallback_to_default=False)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    rebuilt = any("generated new fontManager" in message for message in messages)
    return f"{'rebuilt' if rebuilt else 'reused'}, DejaVu Sans at {Path(found).name}"
