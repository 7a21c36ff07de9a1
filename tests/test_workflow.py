"""Offline lint of the GitHub Actions workflows: security (zizmor) and schema (check-jsonschema)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
BIN = Path(sys.executable).parent


def run(*cmd):
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)


def test_there_is_a_workflow():
    assert WORKFLOWS, "no workflow under .github/workflows"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_zizmor_finds_nothing(workflow):
    proc = run(str(BIN / "zizmor"), "--offline", "--config", "zizmor.yml", str(workflow))
    assert proc.returncode == 0, f"zizmor on {workflow.name}:\n{proc.stdout}\n{proc.stderr}"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_schema(workflow):
    proc = run(str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
               str(workflow))
    assert proc.returncode == 0, f"{workflow.name}:\n{proc.stdout}\n{proc.stderr}"
