"""The fork runner must behave like `python script.py` in a fresh interpreter and empty folder."""

from pathlib import Path

import pytest
from runner import ForkRunner, run_fresh

PROBES = Path(__file__).parent / "engine_probes"


@pytest.fixture(scope="module")
def fork():
    return ForkRunner()


def test_forked_state_matches_a_fresh_interpreter(fork):
    fresh = run_fresh(PROBES / "state.py")
    assert fresh.ok, fresh.stderr
    before = fork.run(PROBES / "state.py")
    polluted = fork.run(PROBES / "polluter.py")
    after = fork.run(PROBES / "state.py")
    assert polluted.ok and polluted.stdout == "polluted\n", polluted.stderr
    assert before.stdout == fresh.stdout
    assert after.stdout == fresh.stdout, "state leaked from one forked script into the next"


def test_unseeded_randomness_is_fresh_in_every_child(fork):
    # A snippet that forgets its seed must not look deterministic just because it was forked.
    draws = {fork.run(PROBES / "unseeded.py").stdout for _ in range(3)}
    assert len(draws) == 3, draws


def test_deprecation_warning_fails_the_script(fork):
    result = fork.run(PROBES / "deprecated.py")
    assert result.returncode != 0
    assert "DeprecationWarning: old API" in result.stderr
    assert "deprecated.py" in result.stderr
    assert result.stdout == ""


def test_exception_shows_traceback_and_partial_output(fork):
    result = fork.run(PROBES / "raises.py")
    assert result.returncode == 1
    assert result.stdout == "before\n"
    assert 'raises.py", line 2' in result.stderr and "ValueError: boom" in result.stderr


def test_fresh_run_agrees_on_failure(fork):
    result = run_fresh(PROBES / "raises.py")
    assert result.returncode == 1 and "ValueError: boom" in result.stderr
