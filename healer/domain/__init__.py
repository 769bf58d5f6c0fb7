"""Pure domain model of Healer: records, rules and analysis (stdlib only)."""
