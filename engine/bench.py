"""`make bench`: how fast is `make verify`, measured against running each script on its own.

Three numbers, taken in one run on the same scripts:
- per-process: `python script.py` for every snippet and figure script, one after another,
  each in a new empty folder (what a reader does; also re-checks every expected output);
- verify: the wall time of `make verify` (pytest forking from one warm interpreter);
- floor: one torch import plus the optimizer warm-up, plus the scripts' own compute time.
Goals (issue 2): verify <= 0.10 x per-process, and verify <= 1.5 x floor.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT / "tests"))  # the snippet and figure lists live with their tests

from runner import run_fresh  # noqa: E402
from test_snippets import FIGURES, SNIPPETS, figure_target  # noqa: E402


def expected_for(script: Path) -> Path:
    return figure_target(script) if script in FIGURES else script.with_suffix(".out")


def timed(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    return time.perf_counter() - start, proc


def main() -> int:
    scripts = SNIPPETS + FIGURES
    env_note = f"{os.cpu_count()} CPUs, python {sys.version.split()[0]}"
    print(f"Benchmarking {len(scripts)} scripts ({env_note})\n", flush=True)

    print("1/3 verify: make verify's pytest run, forking from one warm interpreter ...", flush=True)
    with tempfile.NamedTemporaryFile(suffix=".json") as tmp:
        verify_s, proc = timed([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q",
                                "tests/test_snippets.py", f"--timings={tmp.name}"])
        if proc.returncode != 0:
            print(proc.stdout[-3000:])
            print("make verify fails: fix that before benchmarking")
            return 1
        own = json.loads(Path(tmp.name).read_text())
    print(f"    {verify_s:.1f} s\n", flush=True)

    print("2/3 floor: one torch import + optimizer warm-up in a fresh interpreter ...", flush=True)
    warm_s, proc = timed([sys.executable, "-c",
                          f"import sys; sys.path.insert(0, {str(HERE)!r}); import runner; runner.warm_up()"])
    compute_s = sum(own.values())
    floor_s = warm_s + compute_s
    print(f"    import+warm-up {warm_s:.1f} s + scripts' own compute {compute_s:.1f} s "
          f"= {floor_s:.1f} s\n", flush=True)

    print(f"3/3 per-process: `python script.py` x {len(scripts)}, each in an empty folder ...",
          flush=True)
    per_process_s, mismatches = 0.0, []
    for i, script in enumerate(scripts, 1):
        result = run_fresh(script)
        per_process_s += result.seconds
        ok = result.ok and result.stdout == expected_for(script).read_text()
        if not ok:
            mismatches.append(str(script.relative_to(ROOT)))
        print(f"    [{i:3d}/{len(scripts)}] {result.seconds:5.2f} s  {'ok ' if ok else 'DIFF'} "
              f"{script.relative_to(ROOT)}", flush=True)

    build_s, proc = timed([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir",
                           tempfile.mkdtemp(prefix="bench-site-")])

    ratio_pp, ratio_floor = verify_s / per_process_s, verify_s / floor_s
    rows = [
        ("scripts (snippets + figures)", f"{len(scripts)}", ""),
        ("per-process (python x.py each)", f"{per_process_s:.1f} s", ""),
        ("make verify (fork from warm)", f"{verify_s:.1f} s", ""),
        ("floor (import+warm-up+compute)", f"{floor_s:.1f} s", ""),
        ("verify / per-process", f"{ratio_pp:.3f}", "goal <= 0.10 " + ("ok" if ratio_pp <= 0.10 else "MISSED")),
        ("verify / floor", f"{ratio_floor:.2f}", "goal <= 1.5 " + ("ok" if ratio_floor <= 1.5 else "MISSED")),
        ("mkdocs build --strict", f"{build_s:.1f} s",
         ("goal <= 10 s " + ("ok" if build_s <= 10 else "MISSED")) if proc.returncode == 0 else "BUILD FAILED"),
    ]
    print("\n| measure | value | note |\n| --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    try:
        from test_optim_db import case_counts
    except ImportError:
        case_counts = None
    if case_counts:
        print("\noptim_db equivalence cases per optimizer:")
        for name, counts in case_counts().items():
            print(f"    {name:8s} {counts}")
    if mismatches:
        print("\nfresh runs that did not match the committed output:\n    " + "\n    ".join(mismatches))
        return 1
    print("\nEvery script also matched its committed output when run alone in a fresh python.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
