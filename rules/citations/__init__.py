"""KT3xx citations: document symbols, type agreement, dates, consistency, known documents, first mentions."""
