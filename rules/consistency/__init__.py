"""KT5xx consistency: spelling variants, Unicode forms, abbreviations, terms."""
