"""Healer: a private, offline companion for healing anxious attachment."""
