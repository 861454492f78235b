import os
import sys
from pathlib import Path

# Rules that crash must fail the tests instead of becoming KT009 findings.
os.environ["KIEMTRA_STRICT"] = "1"
os.environ.pop("NO_COLOR", None)

sys.path.insert(0, str(Path(__file__).parent))
