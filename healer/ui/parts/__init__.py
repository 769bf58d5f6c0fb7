"""The parts tab: the guided dialogue with a young part, parts met and dialogue history."""
