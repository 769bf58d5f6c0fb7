"""The charts tab: the activation curve getting shorter, and the patterns behind it."""
