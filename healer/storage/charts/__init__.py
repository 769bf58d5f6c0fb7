"""Chart readers: aggregates over the vault for the trend charts."""
