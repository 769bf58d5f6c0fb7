"""The regulate tab: the breathing pacer and the other body-first practices."""
