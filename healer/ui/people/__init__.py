"""The people tab: who is in the person's life, moments of being met, consistency over time."""
