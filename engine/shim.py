"""The project root, for the scripts in engine/ (runner, notebooks and the benches live here too)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
