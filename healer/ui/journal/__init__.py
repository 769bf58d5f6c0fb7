"""The activation log tab: quick capture, the full entry form, the journal table and the map."""
