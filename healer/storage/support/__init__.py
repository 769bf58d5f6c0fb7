"""Getting-support storage: saved self-checks, the questions for a therapist, their export."""
