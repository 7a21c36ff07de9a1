from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser):
    group = parser.getgroup("snippets")
    group.addoption("--update", action="store_true",
                    help="write actual outputs, figures and notebooks instead of comparing")
    group.addoption("--fresh", action="store_true",
                    help="run each script in a new `python` in an empty folder (slow, like a reader)")
    group.addoption("--torch-threads", type=int, default=None,
                    help="torch intra-op threads in each snippet run (default: what torch picks)")
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
def run_script(request):
    """Callable: Path -> runner.Result. Forks from one warm interpreter unless --fresh."""
    from runner import ForkRunner, run_fresh

    threads = request.config.getoption("--torch-threads")
    timings: dict[str, float] = {}
    # Scripts in the order their tests will ask for them, so the runner can start the next ones early.
    order = [Path(item.callspec.params["script"]).resolve() for item in request.session.items
             if item.originalname in ("test_snippet", "test_figure")]
    runner = None
    if request.config.getoption("--fresh"):
        def run(script):
            return run_fresh(script, threads)
    else:
        runner = ForkRunner(threads, request.config.getoption("--jobs"))

        def run(script):
            script = Path(script).resolve()
            upcoming = order[order.index(script) + 1:] if script in order else []
            return runner.run(script, upcoming)

    def timed(script: Path):
        result = run(script)
        timings[str(Path(script).resolve().relative_to(ROOT))] = result.seconds
        return result

    yield timed
    if runner:
        runner.close()
    path = request.config.getoption("--timings")
    if path:
        Path(path).write_text(json.dumps(timings, indent=1, sort_keys=True) + "\n")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site, built once per test run with `mkdocs build --strict`, for every module that reads it."""
    from served_site import build

    return build(tmp_path_factory.getbasetemp() / "site")


def pytest_report_header(config):
    return [f"snippets: {'fresh interpreter per script' if config.getoption('--fresh') else 'forked from one warm interpreter'}"
            + (f", torch threads={config.getoption('--torch-threads')}" if config.getoption("--torch-threads") else "")
            + (" [--update: writing outputs]" if config.getoption("--update") else "")]

