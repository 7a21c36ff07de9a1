"""Run a script the way `python path/to/script.py` would, but fast.

`ForkRunner` imports torch once, pays the lazy-import cost of the first optimizer once, and then
forks one child per script. Each child starts from that warmed-up state with everything a fresh
interpreter would have reset: a new empty working folder, `sys.argv`/`sys.path[0]` of the script,
fresh entropy-seeded RNGs (torch, numpy, random), the original torch thread count, and default
warning filters with DeprecationWarning/FutureWarning turned into errors. Whatever a child
changes dies with it, so scripts cannot leak state into each other (tests/test_engine.py proves
it against real fresh interpreters).

`run_fresh` is the slow reference: a real new interpreter in an empty folder.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

TIMEOUT_S = 300
_FRESH_THREADS: int | None = None  # torch's thread count before any warm-up
# Warnings the site must never teach. A snippet that shows a warning on purpose catches it itself.
FORBIDDEN_WARNINGS = ("DeprecationWarning", "PendingDeprecationWarning", "FutureWarning")


@dataclass
class Result:
    stdout: str
    stderr: str
    returncode: int
    seconds: float  # the script's own run time, excluding interpreter start-up

    @property
    def ok(self) -> bool:
        return self.returncode == 0


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
    return fresh_threads


def _child(script: Path, out_fd: int, err_fd: int, threads: int, workdir: str) -> None:
    """Runs in the forked child; never returns."""
    code = 1
    try:
        os.dup2(out_fd, 1)
        os.dup2(err_fd, 2)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
        signal.alarm(TIMEOUT_S)
        os.chdir(workdir)
        sys.argv = [str(script)]
        sys.path[0] = str(script.parent)

        import builtins
        import random
        import warnings

        import numpy as np
        import torch

        torch.seed()
        np.random.seed()
        random.seed()
        torch.set_num_threads(threads)
        warnings.resetwarnings()
        warnings.simplefilter("default")
        for name in FORBIDDEN_WARNINGS:
            warnings.simplefilter("error", getattr(builtins, name))

        import runpy

        start = time.perf_counter()
        try:
            runpy.run_path(str(script), run_name="__main__")
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if exc.code is not None and not isinstance(exc.code, int):
                print(exc.code, file=sys.stderr)
        except BaseException:
            import traceback

            traceback.print_exc()
            code = 1
        elapsed = time.perf_counter() - start
        sys.stdout.flush()
        sys.stderr.flush()
        os.write(2, f"\n__runner_seconds__={elapsed:.6f}\n".encode())
    finally:
        os._exit(code)


class ForkRunner:
    """Forks a child per script from one warm interpreter, up to `jobs` children at a time.

    `run(script, upcoming)` returns the script's result and, while waiting for it, already has the
    next scripts running, so both cores stay busy. Children never share anything but the
    read-only warm parent they were forked from, so running two at once cannot change an output.
    """

    def __init__(self, threads: int | None = None, jobs: int | None = None):
        self.threads = warm_up(threads)
        # As many children as there are CPUs for their threads: oversubscribed OpenMP pools spin
        # and run slower than one child at a time (measured: 17.9 s vs 17.5 s for make verify).
        self.jobs = jobs or max(1, (os.cpu_count() or 1) // self.threads)
        self._running: dict[Path, tuple] = {}

    def _start(self, script: Path) -> None:
        workdir = tempfile.mkdtemp(prefix="snippet-")
        out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(script, out.fileno(), err.fileno(), self.threads, workdir)
        self._running[script] = (pid, out, err, workdir)

    def _finish(self, script: Path) -> Result:
        pid, out, err, workdir = self._running.pop(script)
        _, status = os.waitpid(pid, 0)
        shutil.rmtree(workdir, ignore_errors=True)
        with out, err:
            out.seek(0)
            err.seek(0)
            stdout = out.read().decode("utf-8", "replace")
            stderr = err.read().decode("utf-8", "replace")
        seconds = 0.0
        head, sep, tail = stderr.rpartition("\n__runner_seconds__=")
        if sep:
            stderr, seconds = head, float(tail)
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            why = f"timed out after {TIMEOUT_S} s" if sig == signal.SIGALRM else f"killed by signal {sig}"
            return Result(stdout, stderr + f"\n[{why}]", -sig, seconds)
        return Result(stdout, stderr, os.WEXITSTATUS(status), seconds)

    def run(self, script: Path, upcoming=()) -> Result:
        script = Path(script).resolve()
        if script not in self._running:
            self._start(script)
        for nxt in map(lambda p: Path(p).resolve(), upcoming):
            if len(self._running) >= self.jobs:
                break
            if nxt not in self._running:
                self._start(nxt)
        return self._finish(script)

    def close(self) -> None:
        for script in list(self._running):
            self._finish(script)


def run_fresh(script: Path, threads: int | None = None) -> Result:
    """Run `python script.py` in a new, empty folder, as a reader would."""
    script = Path(script).resolve()
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if threads:
        env["OMP_NUM_THREADS"] = str(threads)
    with tempfile.TemporaryDirectory(prefix="snippet-fresh-") as workdir:
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script)], cwd=workdir, env=env,
                              capture_output=True, text=True, timeout=TIMEOUT_S)
        seconds = time.perf_counter() - start
    return Result(proc.stdout, proc.stderr, proc.returncode, seconds)
