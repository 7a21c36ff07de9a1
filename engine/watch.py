"""The author's loop: a saved snippet's new output is on disk, and on the page, within a second.

`python engine/watch.py` keeps one warm runner (the ForkRunner of `make verify`: torch imported
and the optimizers warmed up once) and watches `snippets/` and `docs/*.md`. When a file is saved:

1. What runs: a saved `snippets/<chapter>/<name>.py` or `.../figures/<name>.py`, and every script
   in its folder that imports it, directly or through another module (a `scratch_*.py` re-runs
   its dependants). Files starting with `_` are not run; their dependants are.
2. Each script runs in a child forked from the warm runner, exactly as `make update` runs it.
   It passes as it must there: exit status 0, nothing on stderr, a figure prints SVG. Then its
   stdout is written to its `.out` (a figure's to `docs/figures/<chapter>/<name>.svg`) if it
   changed, and a short coloured diff is printed. A script that fails prints its traceback and
   writes nothing: the committed output stays.
3. The notebook of every chapter that includes a script that ran (or whose page was saved) is
   rebuilt from the page and the `.out` files, as `make update` builds it, unless one of the
   chapter's snippets is failing.
4. The page: under `--serve`, `mkdocs serve` does not watch `snippets/` (hooks/author_loop.py),
   so a save alone never shows new code over an old output. It rebuilds once after the pass,
   seeing the files written under `docs/` or else `--trigger FILE`, which the loop rewrites
   after a pass that wrote something or had no failure. A failing save rebuilds nothing, and
   the page keeps its last good output.

`--serve` starts `mkdocs serve` beside the watcher (`make serve`); Ctrl-C stops both.
What this loop does not run, `make test` and `make update` do: a chapter's snippets in one
interpreter (state leaking between notebook cells), the notebook executed in a real Jupyter
kernel, and the second pass with one torch thread in reverse order.
"""

from __future__ import annotations

import argparse
import ast
import ctypes
import difflib
import json
import os
import queue
import re
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

import shim
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

import notebooks  # noqa: E402
import runner  # noqa: E402

SAVES = {"created", "modified", "moved", "closed"}  # not "opened"/"closed_no_write": reads
QUIET_S = 0.05  # an editor's save is several events; run once they stop for this long
COLOR = sys.stdout.isatty() and "NO_COLOR" not in os.environ


def paint(text: str, code: str) -> str:
    return f"\033[{code}m{text}\033[0m" if COLOR else text


def imported_modules(path: Path) -> set[str]:
    text = path.read_text()
    try:
        tree = ast.parse(text)
    except SyntaxError:  # a half-edited file: still find its plain import lines
        return set(re.findall(r"^\s*(?:from|import)\s+(\w+)", text, re.M))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def target(root: Path, script: Path) -> Path | None:
    """Where `make update` writes a script's output; None for a file it does not run."""
    parts = script.relative_to(root / "snippets").parts
    if script.suffix != ".py" or script.name.startswith("_"):
        return None
    if len(parts) == 2:
        return script.with_suffix(".out")
    if len(parts) == 3 and parts[1] == "figures":
        return root / "docs" / "figures" / parts[0] / f"{script.stem}.svg"
    return None


class Loop:
    def __init__(self, root: Path, trigger: Path | None = None, log: Path | None = None):
        self.root = root
        self.snippets = root / "snippets"
        self.trigger = trigger
        self.log = open(log, "a", buffering=1) if log else None
        self.failing: set[Path] = set()  # scripts whose last run here failed
        self.runner: runner.ForkRunner | None = None

    def target(self, script: Path) -> Path | None:
        return target(self.root, script)

    def to_run(self, saved: set[Path]) -> list[Path]:
        """The saved scripts and, in their folders, every script that imports one of them."""
        scripts = set()
        for folder in {p.parent for p in saved}:
            imports = {p: imported_modules(p) for p in folder.glob("*.py")}
            changed = {p.stem for p in saved if p.parent == folder}
            while True:
                more = {p.stem for p, names in imports.items() if names & changed} - changed
                if not more:
                    break
                changed |= more
            scripts |= {p for p in imports if p.stem in changed}
        return sorted(p for p in scripts if self.target(p))

    def record(self, **entry) -> None:
        if self.log:
            self.log.write(json.dumps(entry) + "\n")

    def run_pass(self, saved: set[Path]) -> None:
        saved = {p for p in saved if p.exists()}
        pages = {p for p in saved if p.suffix == ".md"}
        saved -= pages
        saved_at = {p.parent: max(q.stat().st_mtime for q in saved if q.parent == p.parent)
                    for p in saved}
        scripts = self.to_run(saved)
        ran, written, failed = set(), [], []
        for i, script in enumerate(scripts):
            result = self.runner.run(script, scripts[i + 1:])
            target = self.target(script)
            name, out = self.rel(script), self.rel(target)
            stamp = time.strftime("%H:%M:%S")
            problem = (f"exit {result.returncode}" if not result.ok else
                       "wrote to stderr" if result.stderr.strip() else
                       "printed no SVG" if target.suffix == ".svg"
                       and not result.stdout.lstrip().startswith(("<?xml", "<svg")) else None)
            if problem:
                self.failing.add(script)
                failed.append(script)
                print(f"[{stamp}] {paint(name, '1')}  {paint(f'FAILED ({problem})', '1;31')}: "
                      f"nothing written, {out} kept")
                print(indent(result.stderr.rstrip() or result.stdout[-2000:].rstrip()))
                self.record(script=name, status="failed", target=out, seconds=result.seconds)
                continue
            self.failing.discard(script)
            ran.add(script)
            old = target.read_text() if target.exists() else None
            if old != result.stdout:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(result.stdout)
                written.append(target)
            latency = time.time() - saved_at[script.parent]
            status = "written" if old != result.stdout else "unchanged"
            what = (f"-> {out}" if status == "written" else paint("output unchanged", "2"))
            print(f"[{stamp}] {paint(name, '1')}  {paint('ok', '32')} {result.seconds:.2f} s  "
                  f"{what}  (saved -> {status} {latency:.2f} s)")
            if status == "written":
                print(indent(short_diff(old or "", result.stdout, target.suffix == ".svg")))
            self.record(script=name, status=status, target=out, seconds=result.seconds,
                        latency=latency)
        rebuilt = self.rebuild_notebooks(ran | set(failed), pages)
        # mkdocs serve rebuilds once after a pass: on a write under docs/ (a figure, a notebook),
        # or else on the trigger. Both would be two rebuilds: mkdocs polls each path on its own.
        in_docs = pages or rebuilt or [t for t in written if t.is_relative_to(self.root / "docs")]
        if self.trigger and not in_docs and (written or not failed):
            self.trigger.write_text(f"{time.time()}\n")
        self.record(done=True, ran=len(ran), failed=len(failed), notebooks=rebuilt)
        sys.stdout.flush()

    def rebuild_notebooks(self, scripts_run: set[Path], pages: set[Path]) -> list[str]:
        rebuilt, wanted = [], {self.rel(s) for s in scripts_run}
        for page in notebooks.chapter_pages():
            if page not in pages and not any(w in page.read_text() for w in wanted):
                continue
            scripts = notebooks.chapter_snippets(page)
            path = notebooks.notebook_path(page)
            broken = [self.rel(s) for s in scripts if s in self.failing]
            if broken:
                print(f"           notebook {self.rel(path)} not rebuilt: "
                      f"{', '.join(broken)} failing")
                continue
            try:
                text = notebooks.build_notebook(page)
            except Exception as error:  # e.g. a %%writefile module that prints
                print(paint(f"           notebook {self.rel(path)} not rebuilt: {error}", "31"))
                continue
            if not path.exists() or path.read_text() != text:
                path.write_text(text)
                rebuilt.append(self.rel(path))
                print(f"           notebook {self.rel(path)} rebuilt")
        return rebuilt

    def rel(self, path: Path) -> str:
        return str(path.relative_to(self.root))


def indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def short_diff(old: str, new: str, svg: bool, limit: int = 16) -> str:
    lines = list(difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=1))[2:]
    if svg:  # a drawing's diff says nothing: count it
        plus = sum(line.startswith("+") for line in lines)
        minus = sum(line.startswith("-") for line in lines)
        return paint(f"SVG: {plus} lines added, {minus} removed ({len(new)} bytes)", "2")
    colours = {"+": "32", "-": "31", "@": "36"}
    shown = [paint(line, colours.get(line[:1], "0")) for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(paint(f"... {len(lines) - limit} more diff lines", "2"))
    return "\n".join(shown)


class Saves(FileSystemEventHandler):
    """Puts each saved snippet (.py under snippets/) or page (docs/*.md) on a queue."""

    def __init__(self, loop: Loop, events: queue.Queue):
        self.loop, self.events = loop, events

    def on_any_event(self, event) -> None:
        if event.is_directory or event.event_type not in SAVES:
            return
        path = Path(os.fsdecode(event.dest_path if event.event_type == "moved" else event.src_path))
        if (path.suffix == ".py" and path.is_relative_to(self.loop.snippets)
                or path.suffix == ".md" and path.parent == self.loop.root / "docs"):
            self.events.put(path)


def _die_with_parent() -> None:
    """In mkdocs serve's process: get SIGTERM if the watcher dies, so it never outlives it."""
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def start_mkdocs(root: Path, trigger: Path, addr: str) -> subprocess.Popen:
    trigger.parent.mkdir(parents=True, exist_ok=True)
    trigger.write_text(f"{time.time()}\n")
    env = dict(os.environ, AUTHOR_LOOP_TRIGGER=str(trigger), NO_MKDOCS_2_WARNING="1")
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--strict",
                             "--dev-addr", addr], cwd=root, env=env, preexec_fn=_die_with_parent)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=shim.ROOT,
                        help="project folder holding snippets/ and docs/ (default: this one)")
    parser.add_argument("--serve", action="store_true",
                        help="also run `mkdocs serve`, rebuilding after each pass (make serve)")
    parser.add_argument("--dev-addr", default="127.0.0.1:8000")
    parser.add_argument("--trigger", type=Path, default=None,
                        help="file rewritten after each pass (default with --serve: "
                             "build/author_loop/rebuild)")
    parser.add_argument("--log", type=Path, default=None,
                        help="append one JSON line per script run and per pass (tests, bench)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    trigger = args.trigger or (root / "build" / "author_loop" / "rebuild" if args.serve else None)
    notebooks.ROOT = root  # the notebook builder reads pages and snippets under its ROOT
    sys.dont_write_bytecode = True  # no __pycache__ in snippets/ (a same-second edit could hit it)

    loop = Loop(root, trigger, args.log)
    events: queue.Queue = queue.Queue()
    observer = Observer()
    mkdocs = None
    try:
        if args.serve:  # first, before any thread exists, as preexec_fn needs
            mkdocs = start_mkdocs(root, trigger, args.dev_addr)
        observer.schedule(Saves(loop, events), str(loop.snippets), recursive=True)
        observer.schedule(Saves(loop, events), str(root / "docs"), recursive=False)
        observer.start()  # saves made while the runner warms up are queued, not lost
        start = time.perf_counter()
        loop.runner = runner.ForkRunner()
        print(paint(f"author loop: watching snippets/ and docs/*.md (runner warm in "
                    f"{time.perf_counter() - start:.1f} s). Save a snippet to re-run it; "
                    f"Ctrl-C to stop.", "1"), flush=True)
        while mkdocs is None or mkdocs.poll() is None:
            try:
                batch = {events.get(timeout=0.5)}
            except queue.Empty:
                continue
            while True:
                try:
                    batch.add(events.get(timeout=QUIET_S))
                except queue.Empty:
                    break
            try:
                loop.run_pass(batch)
            except Exception:  # the loop outlives whatever one pass runs into
                traceback.print_exc()
                loop.runner.close()  # runs it started early may be of files saved since
        print(f"mkdocs serve exited with status {mkdocs.returncode}")
        return mkdocs.returncode or 1
    except KeyboardInterrupt:
        return 0
    finally:
        observer.stop()
        if loop.runner:
            loop.runner.close()
        if mkdocs and mkdocs.poll() is None:
            mkdocs.send_signal(signal.SIGINT)  # its own clean shutdown (Ctrl-C sent it one too)
            try:
                mkdocs.wait(timeout=10)
            except subprocess.TimeoutExpired:
                mkdocs.kill()
                mkdocs.wait()


if __name__ == "__main__":
    sys.exit(main())
