from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The engine (runner, notebook builder, site server) is a build tool in engine/; tests import it.
if str(ROOT / "engine") not in sys.path:
    sys.path.insert(0, str(ROOT / "engine"))


def threads_option(value: str) -> int | str:
    return value if value == "auto" else int(value)


def snippet_threads(config) -> int | None:
    """Torch threads for each script run; None is what a fresh `python` picks.

    Forked children run at one thread each, as many at once as there are CPUs: these scripts'
    tensors are too small for intra-op threads to help, so one child per CPU is what makes
    `make verify` fast. `make test`'s second pass runs them again at torch's own default.
    """
    threads = config.getoption("--torch-threads")
    if threads == "auto":
        return None
    if threads is None and not config.getoption("--fresh"):
        return 1
    return threads


def pytest_addoption(parser):
    group = parser.getgroup("snippets")
    group.addoption("--update", action="store_true",
                    help="write actual outputs, figures and notebooks instead of comparing")
    group.addoption("--fresh", action="store_true",
                    help="run each script in a new `python` in an empty folder (slow, like a reader)")
    group.addoption("--torch-threads", type=threads_option, default=None,
                    help="torch intra-op threads in each snippet run, or 'auto' for what a fresh "
                         "python picks (default: 1 when forking, so children run side by side; "
                         "'auto' under --fresh)")
    group.addoption("--jobs", type=int, default=None,
                    help="scripts running at once (default: CPUs / torch threads, at least 1)")
    group.addoption("--reverse", action="store_true",
                    help="run tests in reverse order (outputs must not depend on order)")
    group.addoption("--timings", default=None,
                    help="write each script's own run time to this JSON file (used by make bench)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--reverse"):
        items.reverse()


@pytest.fixture(scope="session")
def _runs(request):
    """Callable: a script -> runner.Result, or a tuple of scripts -> their Results when run one
    after another in one interpreter (as a notebook does). Forks from one warm interpreter unless
    --fresh."""
    from notebooks import chapter_snippets
    from runner import ForkRunner, as_key, run_fresh, run_fresh_sequence

    threads = snippet_threads(request.config)
    timings: dict[str, float] = {}
    # Runs in the order their tests will ask for them, so the runner can start the next ones early.
    order = []
    for item in request.session.items:
        if item.originalname in ("test_snippet", "test_figure"):
            order.append(as_key(item.callspec.params["script"]))
        elif item.originalname == "test_chapter_in_one_process":
            order.append(as_key(chapter_snippets(item.callspec.params["page"])))
    runner = None
    if request.config.getoption("--fresh"):
        def run(key):
            return run_fresh(key, threads) if isinstance(key, Path) else run_fresh_sequence(key, threads)
    else:
        runner = ForkRunner(threads, request.config.getoption("--jobs"))

        def run(key):
            upcoming = order[order.index(key) + 1:] if key in order else []
            return runner.run(key, upcoming)

    def timed(key):
        key = as_key(key)
        result = run(key)
        if isinstance(key, Path):
            timed.alone[key] = result
            timings[str(key.relative_to(ROOT))] = result.seconds
        else:  # a chapter's scripts in one interpreter: their compute counts too
            timings[f"{key[0].parent.relative_to(ROOT)} in one interpreter"] = sum(r.seconds for r in result)
        return result

    timed.alone = {}  # each script's result when it ran alone in this session
    yield timed
    if runner:
        runner.close()
    path = request.config.getoption("--timings")
    if path:
        Path(path).write_text(json.dumps(timings, indent=1, sort_keys=True) + "\n")


@pytest.fixture(scope="session")
def run_script(_runs):
    """Callable: Path -> runner.Result, as `python script.py` in an empty folder."""
    return _runs


@pytest.fixture(scope="session")
def run_chapter(_runs):
    """Callable: scripts -> their runner.Results, run in order in one interpreter and folder.
    `run_chapter.alone` holds the results of the scripts that already ran alone this session."""
    def run(scripts):
        return _runs(tuple(scripts))

    run.alone = _runs.alone
    return run


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site, built once per test run with `mkdocs build --strict`, for every module that reads it."""
    from served_site import build

    return build(tmp_path_factory.getbasetemp() / "site")


def pytest_report_header(config):
    return [f"snippets: {'fresh interpreter per script' if config.getoption('--fresh') else 'forked from one warm interpreter'}"
            + f", torch threads={snippet_threads(config) or 'auto'}"
            + (" [--update: writing outputs]" if config.getoption("--update") else "")]

