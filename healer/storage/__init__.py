"""Encrypted storage: the SQLCipher vault, its migrations, and one sub-package per feature."""
