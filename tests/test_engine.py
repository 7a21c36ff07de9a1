"""The fork runner must behave like `python script.py` in a fresh interpreter and empty folder,
and its sequence runs (a chapter in one interpreter, as its notebook) must catch leaked state.
Scripts that start processes (the distributed chapter's ranks) must work, fail visibly, and
leave no process behind."""

import re
import signal
from pathlib import Path

import pytest
from runner import (TIMEOUT_S, ForkRunner, _group_members, leak_problems, run_fresh,
                    run_fresh_sequence)

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


def alive(pid: int) -> bool:
    """Running (a zombie has ended; only its exit status waits for a parent to collect it)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except FileNotFoundError:
        return False
    return stat[stat.rindex(b")") + 2:][:1] not in (b"Z", b"X")


SPAWNED = "[('fork', 0, 0), ('fork', 1, 1)]\n[('spawn', 0, 0), ('spawn', 1, 1)]\n"


def test_a_script_starts_workers_by_fork_and_by_spawn(fork):
    # spawn starts new interpreters that import the script as __mp_main__ from its path.
    result = fork.run(PROBES / "spawns_workers.py")
    assert result.ok and result.stdout == SPAWNED, result.stderr
    assert result.stderr == "", "nothing may follow the script (a resource tracker's warning)"


def test_a_chapter_with_workers_runs_in_one_process(fork):
    # As in a notebook: run again in an interpreter that already ran scripts, then others after.
    scripts = [PROBES / "state.py", PROBES / "spawns_workers.py", PROBES / "state.py"]
    results = fork.run(tuple(scripts))
    expected = {PROBES / "state.py": fork.run(PROBES / "state.py").stdout}
    assert results[1].ok and results[1].stdout == SPAWNED, results[1].stderr
    assert leak_problems(scripts, results, expected) == []


def hung_processes(result) -> tuple[int, list[int]]:
    """The probe's process group and its workers' pids, as worker_hangs.py printed them."""
    group = re.search(r"^group (\d+)$", result.stdout, re.M)
    assert group, f"the probe did not start: {result.stdout!r} {result.stderr!r}"
    return int(group.group(1)), [int(p) for p in re.findall(r"^worker \d pid (\d+)$",
                                                            result.stdout, re.M)]


def test_a_hanging_worker_times_out_and_its_whole_group_is_killed(fork):
    fork.timeout = 3
    try:
        result = fork.run(PROBES / "worker_hangs.py")
    finally:
        fork.timeout = TIMEOUT_S
    assert result.returncode == -signal.SIGALRM and "[timed out after 3 s]" in result.stderr
    group, workers = hung_processes(result)
    assert len(workers) == 2, result.stdout  # both ranks were running
    assert _group_members(group) == [] and not any(map(alive, workers))


def test_a_hanging_worker_in_a_fresh_interpreter_is_killed_too():
    result = run_fresh(PROBES / "worker_hangs.py", timeout=6)
    assert result.returncode == -signal.SIGKILL and "[timed out after 6 s]" in result.stderr
    group, workers = hung_processes(result)
    assert _group_members(group) == [] and not any(map(alive, workers))


def test_a_crashing_worker_shows_its_traceback(fork):
    result = fork.run(PROBES / "worker_crashes.py")
    assert result.returncode == 1 and result.stdout == "starting\n"
    assert 'worker_crashes.py", line 16, in <module>' in result.stderr  # the parent's raise
    assert "-- Process 1 terminated with the following error:" in result.stderr
    assert 'worker_crashes.py", line 10, in work' in result.stderr
    assert "ValueError: rank 1 failed" in result.stderr
    assert result.leftover == []  # torch ended rank 0 itself


@pytest.mark.parametrize("how", ["forked", "fresh"])
def test_a_process_left_running_is_reported_and_killed(fork, how):
    result = (fork.run if how == "forked" else run_fresh)(PROBES / "leaves_process.py")
    pid = int(result.stdout.split()[1])
    assert not result.ok and result.returncode == 0
    assert [p.split()[0] for p in result.leftover] == [str(pid)]
    assert "still running after it ended, and were killed" in result.stderr
    assert not alive(pid)


def test_a_long_script_does_not_keep_the_other_cpus_idle(tmp_path):
    # While the runner waits for a slow script, every other slot keeps taking the next scripts:
    # six quick ones (0.1 s each) all end before the slow one (3 s), on a second slot.
    slow, quick = tmp_path / "slow.py", [tmp_path / f"quick{i}.py" for i in range(6)]
    slow.write_text("import time\ntime.sleep(3)\nprint(time.time())\n")
    for q in quick:
        q.write_text("import time\ntime.sleep(0.1)\nprint(time.time())\n")
    runner = ForkRunner(jobs=2)
    try:
        slow_end = float(runner.run(slow, quick).stdout)
        quick_ends = [float(runner.run(q, quick[i + 1:]).stdout) for i, q in enumerate(quick)]
    finally:
        runner.close()
    assert max(quick_ends) < slow_end, "the second slot sat idle while the slow script ran"
