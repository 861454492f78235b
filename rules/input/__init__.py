"""KT0xx: what the reader could not read or had to guess (file errors, legacy encodings, tracked changes)."""
