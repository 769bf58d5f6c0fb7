"""Practice-use storage: its schema, repository and part of the export."""
