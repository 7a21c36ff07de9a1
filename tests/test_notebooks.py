"""Each downloadable notebook, run the way a reader runs it, under strict nbval.

For every docs/notebooks/<chapter>.ipynb: copy it alone into a new empty folder and run
`python -m pytest --nbval <chapter>.ipynb` there (strict: not --nbval-lax). nbval executes the
cells top to bottom in one real Jupyter kernel, in that folder, and fails any cell whose outputs
differ from the ones the notebook stores, with the notebook, the cell and a diff.
`--nbval-current-env` makes the kernel this interpreter's own ipykernel (the venv's python),
whatever kernels are registered on the machine.

Kernels start several at a time when the CPUs allow it (the rule of engine/runner.py: CPUs / torch
threads, `--jobs` overrides). tests/test_snippets.py checks the stored outputs against the .out
files; `make update` writes the notebooks from such a kernel run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from notebooks import chapter_pages, notebook_path

ROOT = Path(__file__).resolve().parents[1]
PAGES = chapter_pages()
TIMEOUT_S = 600


def nbval_command(name: str) -> list[str]:
    return [sys.executable, "-m", "pytest", "--nbval", "--nbval-current-env", "-p", "no:cacheprovider",
            "-q", "-o", "verbosity_assertions=2", "--color=no", name]


@pytest.fixture(scope="module")
def nbval(request, tmp_path_factory):
    """Callable: page -> (exit code, report) of strict nbval on its notebook, alone in an empty
    folder. Starts the next notebooks early, as many at once as the CPUs allow."""
    jobs = request.config.getoption("--jobs")
    if not jobs:
        import torch

        jobs = max(1, (os.cpu_count() or 1) // torch.get_num_threads())
    order = [item.callspec.params["page"] for item in request.session.items
             if item.originalname == "test_notebook_passes_strict_nbval"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    running = {}

    def start(page: Path) -> None:
        folder = tmp_path_factory.mktemp(f"nbval-{page.stem}")  # holds only the notebook
        shutil.copy(notebook_path(page), folder)
        log = tempfile.TemporaryFile()
        proc = subprocess.Popen(nbval_command(notebook_path(page).name), cwd=folder, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
        running[page] = (proc, log)

    def run(page: Path) -> tuple[int, str]:
        if page not in running:
            start(page)
        for nxt in order[order.index(page) + 1:] if page in order else []:
            if sum(p.poll() is None for p, _ in running.values()) >= jobs:
                break
            if nxt not in running:
                start(nxt)
        proc, log = running.pop(page)
        try:
            code = proc.wait(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        with log:
            log.seek(0)
            return code, log.read().decode("utf-8", "replace")

    yield run
    for proc, log in running.values():
        proc.kill()
        proc.wait()
        log.close()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_notebook_passes_strict_nbval(page, nbval):
    notebook = notebook_path(page)
    code, report = nbval(page)
    if code != 0:
        pytest.fail(f"{notebook.relative_to(ROOT)} fails strict nbval: run top to bottom in a real "
                    f"Jupyter kernel, alone in an empty folder, some cells print something else "
                    f"than the notebook stores (exit {code}).\n\n{report[-12000:]}\n"
                    f"Reproduce: cd $(mktemp -d) && cp {notebook} . && "
                    f"{sys.executable} -m pytest --nbval {notebook.name}", pytrace=False)


def test_kernel_is_this_python():
    """Both kernels (nbval's here, run_notebook's for `make update`) are this venv's python."""
    import ipykernel.kernelspec
    import nbformat
    from notebooks import run_notebook

    assert ipykernel.kernelspec.get_kernel_dict()["argv"][0] == sys.executable  # --nbval-current-env
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "import os, sys\nprint(sys.executable)\nprint(os.listdir('.'))")])
    ran = nbformat.reads(run_notebook(nbformat.writes(nb)), as_version=4)
    assert ran.cells[0].outputs[0].text == f"{sys.executable}\n[]\n"
