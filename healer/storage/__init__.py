"""Encrypted storage: the SQLCipher vault, its schema and one repository per record kind."""
