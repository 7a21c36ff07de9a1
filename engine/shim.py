"""Where engine/ finds the runner and the notebook builder while they still live in tests/.

The one line to change when tests/runner.py and tests/notebooks.py move into engine/ is the
`sys.path.insert` below: delete it (a script run as `python engine/x.py` already has engine/
first on `sys.path`).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(1, str(ROOT / "tests"))  # delete after `git mv tests/{runner,notebooks}.py engine/`
