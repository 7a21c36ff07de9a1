"""Every example, figure and notebook on the site, checked against what actually runs.

- snippets/<chapter>/<name>.py  -> stdout must equal snippets/<chapter>/<name>.out
- snippets/<chapter>/figures/<name>.py -> stdout (SVG) must equal docs/figures/<chapter>/<name>.svg
- docs/<chapter>.md -> its notebook must equal docs/notebooks/<chapter>.ipynb, built from the
  page with the .out files as outputs
- a chapter's snippets, run in page order in one interpreter and one folder as its notebook runs
  them, must still print their .out files, leave no global state changed and read no file that
  an earlier snippet wrote

`--update` writes the actual result instead of comparing (`make update`); for a notebook, that is
the result of running it top to bottom in a real Jupyter kernel, which must agree with the .out
files. tests/test_notebooks.py runs the committed notebooks in a kernel under strict nbval.
"""

from __future__ import annotations

import difflib
import re
import shlex
from pathlib import Path

import pytest
from notebooks import (build_notebook, chapter_cells, chapter_pages, chapter_snippets, notebook_path,
                       output_differences, run_notebook)
from runner import leak_problems

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = sorted(p for p in ROOT.glob("snippets/*/*.py") if not p.name.startswith("_"))
FIGURES = sorted(p for p in ROOT.glob("snippets/*/figures/*.py") if not p.name.startswith("_"))
PAGES = sorted((ROOT / "docs").rglob("*.md"))
INCLUDE = re.compile(r'--8<--\s+"(snippets/[^"]+)"')


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def snippet_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def figure_target(script: Path) -> Path:
    return ROOT / "docs" / "figures" / script.parent.parent.name / f"{script.stem}.svg"


def accept_command(request) -> str:
    return f".venv/bin/python -m pytest --update {shlex.quote(request.node.nodeid)}"


def compare(request, expected_path: Path, actual: str, made_by: str, max_diff_lines=60):
    """Fail with a unified diff naming the file, or write `actual` under --update."""
    if request.config.getoption("--update"):
        if not expected_path.exists() or expected_path.read_text() != actual:
            expected_path.parent.mkdir(parents=True, exist_ok=True)
            expected_path.write_text(actual)
            print(f"updated {rel(expected_path)}")
        return
    accept = accept_command(request)
    if not expected_path.exists():
        pytest.fail(f"{rel(expected_path)} is missing: nothing to compare {made_by} with.\n"
                    f"To create it from the actual output, run:\n    {accept}", pytrace=False)
    expected = expected_path.read_text()
    if expected == actual:
        return
    diff = list(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile=f"{rel(expected_path)} (committed)", tofile=f"{made_by} (actual)"))
    if len(diff) > max_diff_lines:
        diff = diff[:max_diff_lines] + [f"... {len(diff) - max_diff_lines} more diff lines\n"]
    text = "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in diff)
    pytest.fail(f"{rel(expected_path)} differs from what {made_by} prints now:\n\n{text}\n"
                f"If the new output is right, accept it with:\n    {accept}", pytrace=False)


def run_ok(run_script, script: Path):
    result = run_script(script)
    if not result.ok:
        pytest.fail(f"{rel(script)} failed (exit {result.returncode}):\n\n{result.stderr}\n"
                    f"stdout so far:\n{result.stdout}", pytrace=False)
    if result.stderr.strip():
        pytest.fail(f"{rel(script)} wrote to stderr, which its Output block cannot show. "
                    f"Print a lesson's warning to stdout on purpose, or fix the cause:\n\n"
                    f"{result.stderr}", pytrace=False)
    return result


@pytest.mark.parametrize("script", SNIPPETS, ids=snippet_id)
def test_snippet(script, run_script, request):
    result = run_ok(run_script, script)
    compare(request, script.with_suffix(".out"), result.stdout, f"python {rel(script)}")


@pytest.mark.parametrize("script", FIGURES, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_figure(script, run_script, request):
    result = run_ok(run_script, script)
    assert result.stdout.lstrip().startswith(("<?xml", "<svg")), \
        f"{rel(script)} must write one SVG document to stdout"
    compare(request, figure_target(script), result.stdout, f"python {rel(script)}", 12)


@pytest.mark.parametrize("page", chapter_pages(), ids=lambda p: p.stem)
def test_chapter_in_one_process(page, run_chapter):
    """The notebook runs the chapter's snippets in one kernel, in page order, in one folder."""
    scripts = chapter_snippets(page)
    results = run_chapter(scripts)
    # What each prints alone: its run in this session if there was one (so an outdated .out or a
    # failure alone is test_snippet's to report, not a leak), else its .out.
    expected = {}
    for s in scripts:
        alone = run_chapter.alone.get(s)
        if alone and alone.ok and not alone.stderr.strip():
            expected[s] = alone.stdout
        elif not alone and s.with_suffix(".out").exists():
            expected[s] = s.with_suffix(".out").read_text()
    problems = leak_problems(scripts, results, expected)
    if problems:
        note = ("" if all(s in run_chapter.alone for s in scripts) else
                "\n\n(Snippets that did not run alone in this session are compared with their "
                ".out: if test_snippet fails for one, its .out is out of date, which is not a leak.)")
        pytest.fail(f"{rel(page)}'s snippets, run in page order in one interpreter and one folder "
                    f"as its notebook {rel(notebook_path(page))} runs them:\n\n"
                    + "\n\n".join(problems) + note, pytrace=False)


@pytest.mark.parametrize("page", chapter_pages(), ids=lambda p: p.stem)
def test_notebook(page, request):
    built = build_notebook(page)
    if request.config.getoption("--update"):  # write it from a real run, which must agree
        ran = run_notebook(built)
        if ran != built:
            names = [rel(s) for s in chapter_snippets(page)]
            problems = output_differences(built, ran, names) or ["(outputs agree; the notebook's other "
                                                          "fields differ)"]
            pytest.fail(f"{rel(notebook_path(page))}, run top to bottom in a real Jupyter kernel "
                        f"in an empty folder, prints something else than the .out files:\n\n"
                        + "\n".join(problems)
                        + f"\nIf such a cell's snippet fails test_snippet too, update its .out first. "
                        f"Otherwise an earlier cell leaks state into it: "
                        f"test_chapter_in_one_process[{page.stem}] names it.", pytrace=False)
        built = ran
    compare(request, notebook_path(page), built, f"the notebook built from {rel(page)}", 30)


def test_notebook_keeps_links_to_other_hosts_and_flattens_site_links(tmp_path):
    """A downloaded notebook cannot reach the site's pages, but it can reach a paper or a PR;
    links wrap over lines on the page, and are found all the same."""
    page = tmp_path / "page.md"
    page.write_text("# Title\n\nSee [the optimizer\npage](optimizer.md#state) and [pytorch/pytorch\n"
                    "#123](https://github.com/pytorch/pytorch/pull/123), or [Adam](adam.md).\n")
    text = "\n\n".join(cell.source for cell in chapter_cells(page))
    assert text == ("# Title\n\nSee the optimizer\npage and [pytorch/pytorch\n"
                    "\\#123](https://github.com/pytorch/pytorch/pull/123), or Adam.")


def included_paths() -> set[str]:
    return {m for page in PAGES for m in INCLUDE.findall(page.read_text())}


def test_every_output_has_its_snippet():
    orphans = [rel(p) for p in ROOT.glob("snippets/**/*.out") if not p.with_suffix(".py").exists()]
    assert not orphans, f"expected outputs with no snippet beside them (delete or restore): {orphans}"


def test_every_figure_has_its_script():
    scripts = {figure_target(s) for s in FIGURES}
    orphans = [rel(p) for p in (ROOT / "docs" / "figures").rglob("*.svg") if p not in scripts]
    assert not orphans, f"figures with no script under snippets/<chapter>/figures/: {orphans}"


@pytest.mark.parametrize("script", SNIPPETS + FIGURES, ids=rel)
def test_snippet_is_on_a_page(script):
    wanted = rel(script) if script in SNIPPETS else f"figures/{script.parent.parent.name}/{script.stem}.svg"
    pages = [rel(p) for p in PAGES if wanted in p.read_text()]
    assert pages, f"{rel(script)} is not on any page: include {wanted!r} from a docs/*.md page"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: rel(p))
def test_each_printed_block_is_followed_by_its_output(page):
    """A code block that prints is directly followed by its Output block, from its .out file."""
    lines = page.read_text().splitlines()
    problems = []
    for n, line in enumerate(lines):
        m = INCLUDE.search(line)
        if not m or not m.group(1).endswith(".py") or "/figures/" in m.group(1):
            continue
        out = m.group(1)[:-3] + ".out"
        if not (ROOT / out).exists() or not (ROOT / out).read_text().strip():
            continue  # prints nothing: no Output block needed
        window = [l.strip() for l in lines[n + 1:n + 5]]
        if not (len(window) >= 3 and window[0].startswith("```") and window[1] == ""
                and re.fullmatch(r'```+text title="Output"', window[2])
                and f'--8<-- "{out}"' in (lines[n + 4] if n + 4 < len(lines) else "")):
            problems.append(f"{rel(page)}:{n + 1}: {m.group(1)} must be followed by a blank line and "
                            f'```text title="Output" including "{out}"')
    assert not problems, "\n".join(problems)
