"""The support tab: the self-check, approaches, questions for a therapist and the summary."""
