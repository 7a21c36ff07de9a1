"""The author's loop (engine/watch.py, `make serve`), driven as an author drives it.

The watcher runs as its own process on a small project in a temporary folder; the test saves
files and waits (generously: this is not a timing test) for what the watcher writes. A passing
save writes the output and rebuilds the chapter's notebook; a failing save writes nothing and
prints the traceback; saving a helper module re-runs the script that imports it.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from runner import run_fresh

ROOT = Path(__file__).resolve().parents[1]
WAIT_S = 240  # warm-up imports torch; the machine may be busy

PAGE = '''\
# Demo

```python title="hello.py"
--8<-- "snippets/demo/hello.py"
```

```text title="Output"
--8<-- "snippets/demo/hello.out"
```

```python title="scratch_scale.py"
--8<-- "snippets/demo/scratch_scale.py"
```

```python title="uses_scale.py"
--8<-- "snippets/demo/uses_scale.py"
```

```text title="Output"
--8<-- "snippets/demo/uses_scale.out"
```

![A box](figures/demo/box.svg)
'''
FILES = {
    "snippets/demo/hello.py": 'x = 1\nprint("x =", x)\n',
    "snippets/demo/hello.out": "x = 1\n",
    "snippets/demo/scratch_scale.py": "SCALE = 2\n",
    "snippets/demo/scratch_scale.out": "",
    "snippets/demo/uses_scale.py": ("# Needs scratch_scale.py (shown above) in the same folder.\n"
                                    "import scratch_scale\n\n"
                                    'print("scaled:", 3 * scratch_scale.SCALE)\n'),
    "snippets/demo/uses_scale.out": "scaled: 6\n",
    "snippets/demo/figures/box.py": "print('<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\"/>')\n",
    "docs/figures/demo/box.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="1"/>\n',
    "docs/demo.md": PAGE,
}


class Watcher:
    """engine/watch.py on `root`, its stdout collected, its --log read as it grows."""

    def __init__(self, root: Path):
        self.log = root / "watch.jsonl"
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "engine" / "watch.py"), "--root", str(root),
             "--log", str(self.log)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        threading.Thread(target=lambda: self.lines.extend(self.proc.stdout), daemon=True).start()
        self.wait_for(lambda: any(l.startswith("author loop: watching") for l in self.lines),
                      "the ready line")

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def records(self) -> list[dict]:
        text = self.log.read_text() if self.log.exists() else ""
        return [json.loads(line) for line in text.splitlines()]

    def wait_for(self, condition, what: str):
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            if condition():
                return
            assert self.proc.poll() is None, f"watcher exited:\n{self.output}"
            time.sleep(0.05)
        pytest.fail(f"timed out waiting for {what}; watcher printed:\n{self.output}")

    def save(self, path: Path, text: str, by_rename=False) -> list[dict]:
        """Save `path` as an editor does; the records of the pass it starts, once it is done."""
        seen = len(self.records())
        if by_rename:
            path.with_name(".saving.tmp").write_text(text)
            path.with_name(".saving.tmp").replace(path)
        else:
            path.write_text(text)
        self.wait_for(lambda: any(r.get("done") for r in self.records()[seen:]),
                      f"the pass after saving {path.name}")
        return self.records()[seen:]

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGINT)
        return self.proc.wait(timeout=60)


@pytest.fixture
def project(tmp_path):
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    shutil.copy(ROOT / "requirements.txt", tmp_path)  # the notebook names the pinned torch
    (tmp_path / "docs" / "notebooks").mkdir()
    return tmp_path


def status(records, script):
    return [r["status"] for r in records if r.get("script") == f"snippets/demo/{script}"]


def test_watcher_rewrites_outputs_keeps_them_on_failure_and_reruns_dependants(project):
    demo = project / "snippets" / "demo"
    notebook = project / "docs" / "notebooks" / "demo.ipynb"
    watcher = Watcher(project)
    try:
        # An edit: the new output is written, and the notebook is rebuilt with it.
        records = watcher.save(demo / "hello.py", 'x = 2\nprint("x =", x)\n')
        assert status(records, "hello.py") == ["written"]
        assert (demo / "hello.out").read_text() == "x = 2\n"
        assert "+x = 2" in watcher.output  # the diff
        assert '"x = 2\\n"' in notebook.read_text()
        assert status(records, "uses_scale.py") == []  # hello.py is nobody's helper

        # A broken edit: traceback printed, nothing written, the notebook keeps the good code.
        before = len(watcher.output)
        records = watcher.save(demo / "hello.py", 'x = 3\nprint("x =", x)\nprint(1 / 0)\n')
        assert status(records, "hello.py") == ["failed"]
        assert (demo / "hello.out").read_text() == "x = 2\n"
        printed = watcher.output[before:]
        assert "Traceback" in printed and "ZeroDivisionError" in printed, printed
        assert 'hello.py", line 3' in printed and "nothing written" in printed
        assert "print(1 / 0)" not in notebook.read_text()
        # Writing to stderr fails too, as in make update.
        records = watcher.save(demo / "hello.py",
                               'import sys\nprint("x = 4")\nprint("oops", file=sys.stderr)\n')
        assert status(records, "hello.py") == ["failed"] and "oops" in watcher.output
        assert (demo / "hello.out").read_text() == "x = 2\n"
        assert "demo.ipynb not rebuilt: snippets/demo/hello.py failing" in watcher.output
        # Fixed again: it passes, and its chapter's notebook is rebuilt again from now on.
        records = watcher.save(demo / "hello.py", 'x = 2\nprint("x =", x)\n')
        assert status(records, "hello.py") == ["unchanged"]

        # A helper module: the script that imports it re-runs. (Saved as some editors do: a new
        # file renamed over the old one.)
        records = watcher.save(demo / "scratch_scale.py", "SCALE = 5\n", by_rename=True)
        assert status(records, "scratch_scale.py") == ["unchanged"]  # prints nothing
        assert status(records, "uses_scale.py") == ["written"]
        assert (demo / "uses_scale.out").read_text() == "scaled: 15\n"
        assert '"scaled: 15\\n"' in notebook.read_text()
        assert status(records, "hello.py") == []

        # A figure script writes its SVG where make update does.
        records = watcher.save(demo / "figures" / "box.py",
                               'print(\'<svg xmlns="http://www.w3.org/2000/svg" width="2"/>\')\n')
        assert status(records, "figures/box.py") == ["written"]
        assert 'width="2"' in (project / "docs" / "figures" / "demo" / "box.svg").read_text()

        # A script run by the watcher sees what a fresh `python` sees (threads, dtype, grad
        # mode, warning filters, an empty folder...): its .out, written by a fresh run, stands.
        probe = demo / "state.py"
        records = watcher.save(probe, (ROOT / "tests" / "engine_probes" / "state.py").read_text())
        assert status(records, "state.py") == ["written"]  # it had no .out yet
        fresh = run_fresh(probe)
        assert fresh.ok and (demo / "state.out").read_text() == fresh.stdout, watcher.output
    finally:
        code = watcher.stop()
    assert code == 0, watcher.output


def test_outputs_go_where_make_update_writes_them():
    sys.path.insert(0, str(ROOT / "engine"))
    try:
        from test_snippets import FIGURES, SNIPPETS, figure_target
        from watch import target
    finally:
        sys.path.remove(str(ROOT / "engine"))
    assert all(target(ROOT, s) == s.with_suffix(".out") for s in SNIPPETS)
    assert all(target(ROOT, f) == figure_target(f) for f in FIGURES)
    assert target(ROOT, ROOT / "snippets" / "optimizer" / "_private.py") is None
