"""Journal storage: activations, categories, drafts, the journal table, patterns, its schema."""
