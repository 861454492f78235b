"""kiemtra-lint: a linter for Vietnamese draft reports written in Word."""

import os as _os

__version__ = "0.1.0"

# The design card keeps rules/ and grammar/ at the top level of the repository;
# an install maps them to kiemtra_lint.rules and kiemtra_lint.grammar.  When this
# package is imported straight from a source checkout instead (``python -m pytest``
# puts the checkout first on sys.path, ahead of the installed copy), let those two
# folders be found beside it, so that both ways run the same code.
_here = _os.path.dirname(__file__)
_checkout = _os.path.dirname(_here)
if not _os.path.isdir(_os.path.join(_here, "rules")) and _os.path.isfile(
        _os.path.join(_checkout, "rules", "__init__.py")) and _os.path.isfile(
        _os.path.join(_checkout, "grammar", "heading.lark")):
    __path__.append(_checkout)  # noqa: F821 - __path__ is set for packages
