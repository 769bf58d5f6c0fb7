"""How long a 20-minute pause may be set to wait: plain numbers, cheap to import.

Kept apart from healer.domain.pause (which re-exports them) so that reading the
preferences before the unlock dialog paints does not load the pause's state machine.
"""

from __future__ import annotations

MIN_MINUTES = 5
MAX_MINUTES = 60
DEFAULT_MINUTES = 20
