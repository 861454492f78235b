"""Readers: one module per input kind, each returning a Document."""
