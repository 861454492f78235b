"""Built-in rule packs (importable as kiemtra_lint.rules); every public module is loaded."""
