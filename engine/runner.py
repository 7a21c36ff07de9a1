"""Run a script the way `python path/to/script.py` would, but fast.

`ForkRunner` imports torch once, pays the lazy-import cost of the first optimizer once, and then
forks one child per script. Each child starts from that warmed-up state with everything a fresh
interpreter would have reset: a new empty working folder, `sys.argv`/`sys.path[0]` of the script,
fresh entropy-seeded RNGs (torch, numpy, random), the original torch thread count, and default
warning filters with DeprecationWarning/FutureWarning turned into errors. Whatever a child
changes dies with it, so scripts cannot leak state into each other (tests/test_engine.py proves
it against real fresh interpreters).

A notebook runs a chapter's snippets in one kernel instead, one after another in one folder.
`ForkRunner.run` also takes a tuple of scripts and runs them that way in one child, reporting for
each script the global state it left changed (`global_state`) and the files it read that an
earlier script wrote, so that `leak_problems` can name the snippet that leaks and the one it
leaks into.

`run_fresh` is the slow reference: a real new interpreter in an empty folder.
`run_fresh_sequence` runs a chapter the same way in one new interpreter.

Scripts may start processes of their own (the distributed chapter runs several ranks). Each run
gets its own process group: when the script ends, whatever it started and left running is
killed and reported (a reader's `python script.py` would have left it behind), and on a time-out
the whole group is killed, workers blocked in C++ included. At the end of a script the runner
does what a fresh interpreter does at exit for the processes a script started: the
`multiprocessing` exit handler joins its children and releases their semaphores.
"""

from __future__ import annotations

import difflib
import atexit
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

TIMEOUT_S = 300
_FRESH_THREADS: int | None = None  # torch's thread count before any warm-up
# Warnings the site must never teach. A snippet that shows a warning on purpose catches it itself.
FORBIDDEN_WARNINGS = ("DeprecationWarning", "PendingDeprecationWarning", "FutureWarning")
# In a sequence, files in the folder get this mtime after each script: a later script that opens
# one for reading without having rewritten it first reads what an earlier script left there.
_UNTOUCHED_NS = 1


@dataclass
class Result:
    stdout: str
    stderr: str
    returncode: int
    seconds: float  # the script's own run time, excluding interpreter start-up
    # Sequences only: global state this script left changed ({what: [before, after]}), and the
    # files it read that an earlier script in the same folder wrote ([[file, writer], ...]).
    changed: dict[str, list[str]] = field(default_factory=dict)
    reads: list[list[str]] = field(default_factory=list)
    # Processes the script started that were still running after it ended ("pid (name)"); the
    # runner killed them. A run that leaves any is not ok, whatever its exit status.
    leftover: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.leftover


def warm_up(threads: int | None = None) -> int:
    """Import and exercise what scripts use, without touching any state a child keeps.

    Returns the torch thread count a fresh interpreter would use (or `threads` if given).
    Intra-op parallelism stays at one thread in this parent, so no OpenMP pool exists when we
    fork: a child that asks for two threads builds its own pool instead of inheriting a dead one.
    """
    import torch

    global _FRESH_THREADS
    if _FRESH_THREADS is None:  # read it before the first warm-up sets the parent to 1 thread
        _FRESH_THREADS = torch.get_num_threads()
    fresh_threads = threads or _FRESH_THREADS
    torch.set_num_threads(1)

    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot  # noqa: F401
    import numpy  # noqa: F401
    import sklearn.datasets  # noqa: F401
    import torch.nn.functional  # noqa: F401

    # The first optimizer constructor and step import torch._dynamo and friends (~1.6 s).
    p = torch.nn.Parameter(torch.ones(2))
    for cls in (torch.optim.SGD, torch.optim.Adam, torch.optim.AdamW, torch.optim.RMSprop,
                torch.optim.Adagrad):
        opt = cls([p], lr=0.0)
        p.grad = torch.ones(2)
        opt.step()
        opt.zero_grad()
    torch.optim.lr_scheduler.StepLR(torch.optim.SGD([p], lr=0.0), step_size=1)
    # torch.compile on the CPU first probes which SIMD instruction sets this machine can build
    # and load (ten compiler runs, ~1 s); children inherit the cached answers.
    from torch._inductor import cpu_vec_isa

    try:
        cpu_vec_isa.pick_vec_isa()
    except Exception:  # no C++ compiler: the compiling snippet reports it when it runs
        pass
    return fresh_threads


def global_state() -> dict[str, str]:
    """What a script can leave changed for the next one in the same interpreter (a notebook kernel).

    RNG seeds are not listed: every snippet seeds itself, and one that forgets is caught when run
    alone with fresh entropy. Files are tracked by `_track_reads`. Environment variables and
    narrow warning filters (one message, one module, or a library's own warning class) are not:
    libraries set those on first import, in whichever cell first needs them (torch's optimizer
    imports set TORCHINDUCTOR_CACHE_DIR and a SymPyDeprecationWarning filter; scikit-learn's
    ignore a few numpy messages). Blanket filters, as `warnings.simplefilter` makes, are listed.
    Anything else still shows up as a changed output in the chapter run; this list only names
    the culprit.
    """
    import warnings

    import numpy as np
    import torch
    from torch._tensor_str import PRINT_OPTS as opts
    from torch.nn.modules import module
    from torch.optim import optimizer

    state = {
        "default dtype": torch.get_default_dtype(),
        "default device": torch.get_default_device(),
        "grad mode": torch.is_grad_enabled(),
        "inference mode": torch.is_inference_mode_enabled(),
        "anomaly detection": torch.is_anomaly_enabled(),
        "autocast on cpu": torch.is_autocast_enabled("cpu"),
        "deterministic algorithms": torch.are_deterministic_algorithms_enabled(),
        "deterministic warn_only": torch.is_deterministic_algorithms_warn_only_enabled(),
        "torch print options": {k: getattr(opts, k) for k in
                                ("precision", "threshold", "edgeitems", "linewidth", "sci_mode")},
        "numpy print options": np.get_printoptions(),
        "numpy error handling": np.geterr(),
        "torch threads": torch.get_num_threads(),
        "float32 matmul precision": torch.get_float32_matmul_precision(),
        "global optimizer hooks": len(optimizer._global_optimizer_pre_hooks)
        + len(optimizer._global_optimizer_post_hooks),
        "global module hooks": sum(len(getattr(module, name)) for name in dir(module)
                                   if name.startswith("_global_") and name.endswith("_hooks")),
        "warning filters": [(action, category.__name__) for action, message, category, module, _
                            in warnings.filters if message is None and module is None
                            and category.__module__ == "builtins"],
        "working folder": os.getcwd(),
        # Entries inside installed packages are added by imports (setuptools vendors its own
        # when torch.compile first imports it); a script's own additions are what can leak.
        "sys.path (after [0])": [p for p in sys.path[1:] if "site-packages" not in p],
    }
    return {k: repr(v) for k, v in state.items()}


def _track_reads(workdir: str, log: list[str]) -> None:
    """Log each file under `workdir` opened for reading that no script touched since `_untouch`."""
    def hook(event, args):
        if event != "open" or not isinstance(args[0], (str, bytes, os.PathLike)):
            return
        _, mode, flags = args
        if isinstance(mode, str):
            reading = "r" in mode or "+" in mode or "a" in mode
        else:  # os.open
            reading = (flags & os.O_ACCMODE) != os.O_WRONLY or bool(flags & os.O_APPEND)
        path = os.path.abspath(os.fsdecode(args[0]))
        if reading and path.startswith(workdir + os.sep):
            try:
                if os.stat(path).st_mtime_ns == _UNTOUCHED_NS:
                    log.append(os.path.relpath(path, workdir))
            except OSError:
                pass

    sys.addaudithook(hook)


def _untouch(workdir: str, writer: str, written_by: dict[str, str]) -> None:
    """Credit files changed since the last call to `writer`, then mark every file untouched."""
    for folder, _, names in os.walk(workdir):
        for name in names:
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, workdir)
            if os.stat(path).st_mtime_ns != _UNTOUCHED_NS:
                written_by[rel] = writer
            os.utime(path, ns=(_UNTOUCHED_NS, _UNTOUCHED_NS))


def _at_exit_of_python() -> None:
    """From here on, run at the end what a fresh interpreter would run at its exit.

    The forked child inherits the warm parent's exit handlers (pytest's, which delete its temporary
    folders) and must not run them; it ends with `os._exit`. It keeps only the one that matters to
    the processes a script starts: `multiprocessing`'s, which every interpreter that imported torch
    has. It joins the script's non-daemon processes, ends its daemon ones and runs its finalizers
    (a spawn-started queue's semaphores are released, or the resource tracker would warn on stderr
    after the script ended). Handlers the script registers itself run too, before it, as in Python.
    """
    import multiprocessing.util

    atexit._clear()
    atexit.register(multiprocessing.util._exit_function)


def _child(scripts, out_fds, err_fds, threads: int | None, workdir: str, sequence: bool,
           timeout: int = TIMEOUT_S) -> None:
    """Runs in the forked child (or `run_fresh_sequence`'s interpreter); never returns.

    One script: exits with its exit status. A sequence: runs them one after another in this
    interpreter and folder, as a notebook kernel does, and exits 0. The exit handlers run after
    the last script, as part of it (a notebook kernel runs them when it shuts down).
    """
    code = 1
    try:
        signal.alarm(timeout)
        os.chdir(workdir)
        _at_exit_of_python()

        import builtins
        import random
        import runpy
        import traceback
        import warnings

        import numpy as np
        import torch

        torch.seed()
        np.random.seed()
        random.seed()
        if threads:
            torch.set_num_threads(threads)
        warnings.resetwarnings()
        warnings.simplefilter("default")
        for name in FORBIDDEN_WARNINGS:
            warnings.simplefilter("error", getattr(builtins, name))

        reads: list[str] = []
        written_by: dict[str, str] = {}
        if sequence:
            _track_reads(workdir, reads)
            before = global_state()
        for i, (script, out_fd, err_fd) in enumerate(zip(scripts, out_fds, err_fds)):
            os.dup2(out_fd, 1)
            os.dup2(err_fd, 2)
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
            sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
            sys.argv = [str(script)]
            sys.path[0] = str(script.parent)
            reads.clear()
            start = time.perf_counter()
            try:
                runpy.run_path(str(script), run_name="__main__")
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
                if exc.code is not None and not isinstance(exc.code, int):
                    print(exc.code, file=sys.stderr)
            except BaseException as exc:
                # As `python script.py` shows it: from the script's frame, not runner's or runpy's.
                tb = exc.__traceback__
                while tb and tb.tb_frame.f_code.co_filename != str(script):
                    tb = tb.tb_next
                traceback.print_exception(type(exc), exc, tb or exc.__traceback__)
                code = 1
            if i == len(scripts) - 1:
                atexit._run_exitfuncs()
            report = {"seconds": time.perf_counter() - start, "code": code}
            sys.stdout.flush()
            sys.stderr.flush()
            if sequence:
                after = global_state()
                report["changed"] = {k: [before.get(k, "<unset>"), after.get(k, "<unset>")]
                                     for k in before.keys() | after.keys()
                                     if before.get(k) != after.get(k)}
                report["reads"] = [[f, written_by.get(f, "?")] for f in dict.fromkeys(reads)]
                _untouch(workdir, script.name, written_by)
                before = after
            os.write(2, f"\n__runner__={json.dumps(report)}\n".encode())
        if sequence:
            code = 0
    finally:
        os._exit(code)


def _read_results(scripts, files, status: int, timeout: int = TIMEOUT_S,
                  leftover: list[str] | None = None) -> list[Result]:
    """Results from each script's stdout/stderr files, ended by its `__runner__` report line.

    Whatever comes after the report line (a process the script left behind writing later) stays
    in that script's stderr. `leftover`: the processes the runner had to kill after the run; they
    are charged to the last script (in a sequence, the notebook's kernel would have kept them).
    """
    results = []
    for script, (out, err) in zip(scripts, files):
        with out, err:
            out.seek(0)
            err.seek(0)
            stdout = out.read().decode("utf-8", "replace")
            stderr = err.read().decode("utf-8", "replace")
        head, sep, tail = stderr.partition("\n__runner__=")
        if sep:
            line, _, later = tail.partition("\n")
            report = json.loads(line)
            results.append(Result(stdout, head + later.rstrip("\n"), report["code"],
                                  report["seconds"], report.get("changed", {}),
                                  report.get("reads", [])))
            continue
        # The process died in this script (or before it): say how.
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            why = f"timed out after {timeout} s" if sig == signal.SIGALRM else f"killed by signal {sig}"
            code = -sig
        else:
            why, code = f"exited with status {os.WEXITSTATUS(status)}", os.WEXITSTATUS(status) or 1
        results.append(Result(stdout, stderr + f"\n[{why}]", code, 0.0))
    if leftover and results:
        last = results[-1]
        last.leftover = leftover
        last.stderr += (f"\n[runner: {len(leftover)} process(es) that the script started were "
                        f"still running after it ended, and were killed: {', '.join(leftover)}]")
    return results


def _group_members(pgid: int) -> list[str] | None:
    """The live processes (not zombies) of process group `pgid`, as "pid (name)"; None without
    /proc, where they cannot be listed."""
    try:
        entries = os.listdir("/proc")
    except OSError:
        return None
    members = []
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue  # ended while we looked
        name_end = stat.rindex(b")")
        state, _ppid, pgrp = stat[name_end + 2:].split(None, 3)[:3]
        if int(pgrp) == pgid and state not in (b"Z", b"X"):
            name = stat[stat.index(b"(") + 1:name_end].decode("utf-8", "replace")
            members.append(f"{entry} ({name})")
    return members


def end_group(pgid: int, grace: float = 2.0) -> list[str]:
    """Kill what is left of process group `pgid` after its leader ended; return what was left.

    Processes that end by themselves within `grace` seconds are not counted (a `multiprocessing`
    resource tracker ends right after the script). The rest are killed with SIGKILL, which also
    ends a worker blocked inside a C++ collective, where a Python signal handler never runs. The
    caller has not reaped the leader yet (or knows the group is not empty), so `pgid` cannot
    belong to another group meanwhile.
    """
    left = _group_members(pgid)
    deadline = time.monotonic() + grace
    while left and time.monotonic() < deadline:
        time.sleep(0.02)
        left = _group_members(pgid)
    if left is None or left:
        try:
            os.killpg(pgid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        deadline = time.monotonic() + 10
        while _group_members(pgid) and time.monotonic() < deadline:
            time.sleep(0.01)
    return left or []


def as_key(key) -> Path | tuple[Path, ...]:
    """A script, or a tuple of scripts that run one after another in one interpreter."""
    if isinstance(key, (tuple, list)):
        return tuple(Path(p).resolve() for p in key)
    return Path(key).resolve()


class ForkRunner:
    """Forks a child per script from one warm interpreter, up to `jobs` children at a time.

    `run(script, upcoming)` returns the script's result. While waiting for it, the runner keeps
    every CPU busy with the next scripts of `upcoming`: whenever any child ends, its result is
    collected and kept for later, and the next script starts, so one long script never leaves
    the other cores idle. Children never share anything but the read-only warm parent they were
    forked from, so running several at once cannot change an output.
    `run((a, b, ...))` runs a sequence in one child, as a notebook does, and returns a list.
    """

    def __init__(self, threads: int | None = None, jobs: int | None = None,
                 timeout: int = TIMEOUT_S):
        self.threads = warm_up(threads)
        self.timeout = timeout
        # As many children as there are CPUs for their threads: oversubscribed OpenMP pools spin
        # and run slower than one child at a time (measured: 17.9 s vs 17.5 s for make verify).
        self.jobs = jobs or max(1, (os.cpu_count() or 1) // self.threads)
        self._running: dict = {}  # key -> (pid, files, workdir, pidfd or None)
        self._done: dict = {}  # key -> result of a run that ended before anyone asked for it

    def _start(self, key) -> None:
        scripts = key if isinstance(key, tuple) else (key,)
        workdir = os.path.realpath(tempfile.mkdtemp(prefix="snippet-"))
        files = [(tempfile.TemporaryFile(), tempfile.TemporaryFile()) for _ in scripts]
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            os.setpgid(0, 0)  # its own process group: whatever the script starts joins it
            _child(scripts, [o.fileno() for o, _ in files], [e.fileno() for _, e in files],
                   self.threads, workdir, sequence=isinstance(key, tuple), timeout=self.timeout)
        try:
            os.setpgid(pid, pid)  # also here, so that it is done before we ever signal the group
        except OSError:
            pass  # the child did it first (EACCES) or already ended (ESRCH)
        try:  # readable once the child has ended, without reaping it
            pidfd = os.pidfd_open(pid)
        except (AttributeError, OSError):  # not Linux >= 5.3: wait for one child at a time
            pidfd = None
        self._running[key] = (pid, files, workdir, pidfd)

    def _finish(self, key, kill: bool = False):
        pid, files, workdir, pidfd = self._running.pop(key)
        if kill:
            os.killpg(pid, signal.SIGKILL)
        # Wait for the child to end but leave it unreaped: its pid stays reserved as the group id
        # while we look for and kill what it left behind.
        ended = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
        signalled = ended.si_code != os.CLD_EXITED  # timed out or killed: workers may be mid-run
        leftover = end_group(pid, grace=0 if signalled else 2.0)
        _, status = os.waitpid(pid, 0)
        if pidfd is not None:
            os.close(pidfd)
        if signalled:  # the time-out is the failure to report; its workers were bound to be left
            leftover = []
        shutil.rmtree(workdir, ignore_errors=True)
        results = _read_results(key if isinstance(key, tuple) else (key,), files, status,
                                self.timeout, leftover)
        return results if isinstance(key, tuple) else results[0]

    def _fill(self, upcoming) -> None:
        """Start the next scripts of `upcoming` that are not running or done, while CPUs are free."""
        for nxt in map(as_key, upcoming):  # lazily: as_key resolves paths, and the list is long
            if len(self._running) >= self.jobs:
                break
            if nxt not in self._running and nxt not in self._done:
                self._start(nxt)

    def run(self, key, upcoming=()):
        """Result of one script, or a list of results for a tuple of scripts run in sequence."""
        key = as_key(key)
        if key not in self._running and key not in self._done:
            self._start(key)
        self._fill(upcoming)
        while key not in self._done:
            pidfds = {v[3]: k for k, v in self._running.items() if v[3] is not None}
            if len(pidfds) < len(self._running):  # no pidfd: block on the one asked for
                ended = [key]
            else:
                poll = select.poll()
                for fd in pidfds:
                    poll.register(fd, select.POLLIN)
                ended = [pidfds[fd] for fd, _ in poll.poll()]
            for k in ended:
                self._done[k] = self._finish(k)
            self._fill(upcoming)
        return self._done.pop(key)

    def close(self) -> None:
        """Kill the runs that nobody asked for yet (an interrupted session) and all they started,
        and drop the results nobody collected. The runner stays usable."""
        for key in list(self._running):
            self._finish(key, kill=True)
        self._done.clear()


def _fresh_env(threads: int | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if threads:
        env["OMP_NUM_THREADS"] = str(threads)
    return env


def _run_in_own_group(cmd, cwd: str, env, timeout: int, **popen) -> tuple[int, bool, list[str]]:
    """Run `cmd` in a new session (its own process group); kill the whole group after `timeout`
    s. Returns (exit status as Popen gives it, timed out?, processes left running and killed)."""
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, start_new_session=True, **popen)
    timed_out = []

    def expire():
        timed_out.append(True)
        os.killpg(proc.pid, signal.SIGKILL)

    timer = threading.Timer(timeout, expire)
    timer.start()
    try:
        os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)  # ended, still unreaped
    finally:
        timer.cancel()
    leftover = end_group(proc.pid, grace=0 if timed_out else 2.0)
    return proc.wait(), bool(timed_out), [] if timed_out else leftover


def run_fresh(script: Path, threads: int | None = None, timeout: int = TIMEOUT_S) -> Result:
    """Run `python script.py` in a new, empty folder, as a reader would."""
    script = Path(script).resolve()
    with tempfile.TemporaryDirectory(prefix="snippet-fresh-") as workdir, \
            tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        code, timed_out, leftover = _run_in_own_group(
            [sys.executable, str(script)], workdir, _fresh_env(threads), timeout,
            stdout=out, stderr=err)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = (f.read().decode("utf-8", "replace") for f in (out, err))
    if timed_out:
        stderr += f"\n[timed out after {timeout} s]"
    result = Result(stdout, stderr, code, seconds)
    if leftover:
        result.leftover = leftover
        result.stderr += (f"\n[runner: {len(leftover)} process(es) that the script started were "
                          f"still running after it ended, and were killed: {', '.join(leftover)}]")
    return result


def run_fresh_sequence(scripts, threads: int | None = None,
                       timeout: int = TIMEOUT_S) -> list[Result]:
    """Run scripts one after another in one new interpreter and one empty folder, as a notebook."""
    scripts = as_key(tuple(scripts))
    with tempfile.TemporaryDirectory(prefix="snippet-fresh-") as workdir, \
            tempfile.TemporaryDirectory(prefix="snippet-outputs-") as outputs:
        code, timed_out, leftover = _run_in_own_group(
            [sys.executable, __file__, "--sequence", outputs, str(timeout), *map(str, scripts)],
            os.path.realpath(workdir), _fresh_env(threads), timeout)
        files = [tuple(open(f, "rb") if os.path.exists(f) else tempfile.TemporaryFile()
                       for f in (f"{outputs}/{i}.out", f"{outputs}/{i}.err"))
                 for i in range(len(scripts))]
        # As os.waitpid would give it: the alarm in the interpreter, or our kill, is a time-out.
        status = (signal.SIGALRM if timed_out else -code) if code < 0 else code << 8
        return _read_results(scripts, files, status, timeout, leftover)


def leak_problems(scripts, results, expected) -> list[str]:
    """What goes wrong when `scripts` run in one interpreter and folder, as in a notebook.

    `results` are their `Result`s from such a run, `expected[script]` what each prints alone
    (a script missing from it is not compared: it fails alone too). Names the snippet that leaves
    state changed and the ones it leaks into.
    """
    problems, leakers = [], []
    for i, (script, result) in enumerate(zip(scripts, results)):
        name, earlier = script.name, [s.name for s in scripts[:i]]
        before = (", ".join(earlier) if len(earlier) <= 3 else
                  f"the {len(earlier)} cells before it ({earlier[0]} ... {earlier[-1]})")
        after = f"after {before} ran in the same interpreter" if earlier else "first"
        suspects = (f"Earlier cells that changed global state: {'; '.join(leakers)}." if leakers else
                    f"No tracked global state changed; one of {before or 'none'} changes "
                    f"something else it depends on.")
        if result.changed:
            what = "; ".join(f"{k}: {a} -> {b}" for k, (a, b) in sorted(result.changed.items()))
            later = [s.name for s in scripts[i + 1:]]
            into = ("(it is the last cell, but that can change)" if not later else f"into {later[0]}"
                    + (f" and the {len(later) - 1} cells after it" if len(later) > 1 else ""))
            problems.append(f"{name} leaks global state {into}: {what}. Undo the change in "
                            f"{name} (try/finally), or pass the setting explicitly (dtype=...).")
            leakers.append(f"{name} ({what})")
        for file, writer in result.reads:
            problems.append(f"{name} reads {file!r}, which {writer} wrote before it in the same "
                            f"folder: in the notebook it sees {writer}'s file. A snippet must "
                            f"create every file it reads.")
        if script not in expected:
            continue
        if not result.ok or result.stderr.strip():
            problems.append(f"{name} fails when run {after} (as in the notebook). "
                            f"{suspects}\n{result.stderr.strip()}")
        elif result.stdout != expected[script]:
            diff = "".join(difflib.unified_diff(
                expected[script].splitlines(keepends=True), result.stdout.splitlines(keepends=True),
                fromfile=f"{name} alone", tofile=f"{name} in sequence"))
            problems.append(f"{name} prints something else when run {after} (as in the "
                            f"notebook). {suspects}\n{diff}")
    return problems


if __name__ == "__main__" and sys.argv[1:2] == ["--sequence"]:
    # run_fresh_sequence's interpreter: runner.py --sequence OUTPUTS TIMEOUT script...
    _outputs, _timeout, _scripts = sys.argv[2], int(sys.argv[3]), [Path(p) for p in sys.argv[4:]]
    _fds = {(i, kind): os.open(f"{_outputs}/{i}.{kind}", os.O_WRONLY | os.O_CREAT, 0o644)
            for i in range(len(_scripts)) for kind in ("out", "err")}
    _child(_scripts, [_fds[i, "out"] for i in range(len(_scripts))],
           [_fds[i, "err"] for i in range(len(_scripts))], None, os.path.realpath(os.getcwd()),
           sequence=True, timeout=_timeout)
