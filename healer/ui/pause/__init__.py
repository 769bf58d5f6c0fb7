"""The 20-minute pause tab: name it, wait it out, check in, say the need."""
