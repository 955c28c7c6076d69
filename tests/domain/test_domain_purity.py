"""The domain package is pure: no Qt, no database, nothing of ours outside sisa_desk.domain."""

import subprocess
import sys

MODULES = ["bsn", "dates", "signals", "matching", "letters", "names"]

CHECK = f"""
import sys
for name in {MODULES!r}:
    __import__("sisa_desk.domain." + name)
loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "sqlalchemy", "sqlcipher3")]
ours = [m for m in sys.modules
        if m.startswith("sisa_desk.") and not m.startswith("sisa_desk.domain")]
print(sorted(loaded), sorted(ours))
"""


def test_domain_rules_import_no_qt_no_database_and_no_other_layer():
    # A fresh interpreter: other tests in this run may already have loaded Qt.
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[] []"
