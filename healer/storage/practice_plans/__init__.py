"""Practice-plan storage: one practice for two weeks, its "I did it" days, its export."""
