"""The path page: the six steps at a glance, the goal, and the long view (the first tab)."""
