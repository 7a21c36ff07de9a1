"""The fork runner must behave like `python script.py` in a fresh interpreter and empty folder,
and its sequence runs (a chapter in one interpreter, as its notebook) must catch leaked state."""

from pathlib import Path

import pytest
from runner import ForkRunner, leak_problems, run_fresh, run_fresh_sequence

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
    # A sequence starts from the same fresh state, in its own empty folder.
    assert fork.run((PROBES / "state.py",))[0].stdout == fresh.stdout


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


def sequence_problems(fork, names):
    scripts = [PROBES / name for name in names]
    alone = {s: fork.run(s).stdout for s in scripts}
    results = fork.run(tuple(scripts))
    return results, "\n\n".join(leak_problems(scripts, results, alone))


def test_sequence_names_the_snippet_that_leaks_and_the_one_it_leaks_into(fork):
    results, report = sequence_problems(fork, ["sets_dtype.py", "shows_dtype.py"])
    assert [r.stdout for r in results] == ["default dtype set\n", "torch.float64\n"]
    assert ("sets_dtype.py leaks global state into shows_dtype.py: "
            "default dtype: torch.float32 -> torch.float64") in report
    assert "shows_dtype.py prints something else when run after sets_dtype.py" in report
    assert "-torch.float32\n+torch.float64" in report


def test_sequence_names_every_global_the_polluter_changes(fork):
    results, report = sequence_problems(fork, ["polluter.py", "state.py"])
    changed = set(results[0].changed)
    assert {"torch threads", "default dtype", "grad mode", "torch print options",
            "deterministic algorithms", "warning filters"} <= changed, changed
    assert "state.py prints something else when run after polluter.py" in report
    assert "polluter.py (default dtype: torch.float32 -> torch.float64;" in report
    assert "\n-cwd empty: True\n" in report and "\n+cwd empty: False\n" in report


def test_sequence_catches_a_file_an_earlier_script_wrote(fork):
    results, report = sequence_problems(fork, ["writes_file.py", "reads_file.py"])
    assert results[1].reads == [["shared.txt", "writes_file.py"]]
    assert "reads_file.py reads 'shared.txt', which writes_file.py wrote before it" in report
    assert "+found: written by writes_file.py" in report


def test_sequence_allows_rewriting_and_reading_your_own_files(fork):
    results, report = sequence_problems(fork, ["own_file.py", "own_file.py"])
    assert report == "" and results[1].reads == []


def test_fresh_sequence_agrees_with_the_forked_one(fork):
    names = ["sets_dtype.py", "shows_dtype.py", "writes_file.py", "reads_file.py"]
    forked = fork.run(tuple(PROBES / n for n in names))
    fresh = run_fresh_sequence([PROBES / n for n in names])
    assert [(r.stdout, r.changed, r.reads) for r in fresh] == \
        [(r.stdout, r.changed, r.reads) for r in forked]
