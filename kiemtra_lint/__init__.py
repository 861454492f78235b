"""kiemtra-lint: a linter for Vietnamese draft reports written in Word."""

__version__ = "0.1.0"
