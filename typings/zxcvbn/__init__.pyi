# Type stub: the one function Healer calls. The result is a plain dict (score, guesses_log10,
# sequence of matches, feedback, ...), typed loosely as zxcvbn builds it loosely.
from collections.abc import Iterable
from typing import Any

def zxcvbn(
    password: str, user_inputs: Iterable[object] | None = None, max_length: int = 72
) -> dict[str, Any]: ...
