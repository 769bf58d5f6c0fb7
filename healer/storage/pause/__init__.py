"""Storage for the 20-minute pause: its schema, runs and preferences, and export."""
