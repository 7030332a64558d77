"""Risk engine tests: pure, no database. ``risk_factories`` builds the facts."""

import sys
from pathlib import Path

# The factories module sits next to the tests; make it importable however pytest roots the tree.
sys.path.insert(0, str(Path(__file__).parent))
