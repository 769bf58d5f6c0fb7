"""One practice for two weeks: a panel any page can hold (the regulate tab, the path page)."""
