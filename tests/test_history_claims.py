"""History on the pages is dated and sourced, like the outputs are verified.

A box that says behaviour changed is titled with the release it changed in, for example
`!!! note "Changed in PyTorch 2.0"`, and its text links the source that says so: a
pytorch/pytorch pull request, issue or release note. "1.x" and "2.x" are not releases.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "docs").glob("*.md"))

ADMONITION = re.compile(r'^(?P<indent> *)(?:!!!|\?\?\?\+?) +[\w-]+(?: +[\w-]+)*(?: +"(?P<title>[^"]*)")? *$')
HISTORY_TITLE = re.compile(r"\b(changed|since|new in|added in|removed|deprecated|became|until)\b", re.I)
DATED_TITLE = re.compile(r"^Changed in PyTorch \d+\.\d+(?:\.\d+)?$")
SOURCE = re.compile(r"\]\(https://github\.com/pytorch/pytorch/"
                    r"(?:pull/\d+|issues/\d+|releases/tag/v\d+\.\d+\.\d+)(?:#[\w-]+)?\)")
LOOSE_VERSION = re.compile(r"\b(?:PyTorch|torch)?\s*[12]\.x\b")


def admonitions(page: Path):
    """(line number, title, body text) of every admonition on the page."""
    lines = page.read_text().splitlines()
    for n, line in enumerate(lines):
        m = ADMONITION.match(line)
        if not m:
            continue
        indent = len(m.group("indent"))
        body = []
        for later in lines[n + 1:]:
            if later.strip() and len(later) - len(later.lstrip(" ")) <= indent:
                break
            body.append(later)
        yield n + 1, m.group("title") or "", "\n".join(body)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_changed_boxes_name_a_release_and_a_source(page):
    problems = []
    for line, title, body in admonitions(page):
        if not HISTORY_TITLE.search(title):
            continue
        where = f"docs/{page.name}:{line} ({title!r})"
        if not DATED_TITLE.match(title):
            problems.append(f"{where}: title it 'Changed in PyTorch X.Y' with the release it changed in")
        if not SOURCE.search(body):
            problems.append(f"{where}: link the pytorch/pytorch PR, issue or release note it rests on")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_no_loose_release_names(page):
    hits = [f"docs/{page.name}:{n}: {line.strip()}"
            for n, line in enumerate(page.read_text().splitlines(), 1) if LOOSE_VERSION.search(line)]
    assert not hits, "name the release (e.g. 1.12), not '1.x':\n" + "\n".join(hits)


def test_the_check_sees_a_bad_box(tmp_path):
    page = tmp_path / "p.md"
    page.write_text('!!! note "Changed since PyTorch 1.x"\n    Something changed.\n\nAfter.\n'
                    '!!! note "Changed in PyTorch 2.6"\n'
                    '    See [#1](https://github.com/pytorch/pytorch/pull/1).\n')
    boxes = list(admonitions(page))
    assert [(b[0], b[1]) for b in boxes] == [(1, "Changed since PyTorch 1.x"), (5, "Changed in PyTorch 2.6")]
    assert not DATED_TITLE.match(boxes[0][1]) and not SOURCE.search(boxes[0][2])
    assert DATED_TITLE.match(boxes[1][1]) and SOURCE.search(boxes[1][2])
    assert LOOSE_VERSION.search(boxes[0][1])
