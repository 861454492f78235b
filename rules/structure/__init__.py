"""KT1xx structure: heading numbering, required sections and parts, notes, unfinished text; document kinds (profiles)."""
