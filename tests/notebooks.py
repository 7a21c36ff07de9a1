"""Build a chapter's notebook from its page and the verified snippet files.

Nothing is executed: each code cell is a snippet file and its output is the committed `.out`
beside it, so the notebook shows exactly what the page shows. Material-only syntax (admonitions,
tabs, attribute lists, figures) is turned into plain Markdown that Jupyter renders, and links are
reduced to their text because they point at site pages that a downloaded notebook cannot reach.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
CONTAINER = re.compile(r'^(?:(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+[\w-]+)*(?:\s+"(?P<title>[^"]*)")?'
                       r'|===\+?\s+"(?P<tab>[^"]*)")\s*$')
FENCE = re.compile(r"^(`{3,}|~{3,})")
LINK = re.compile(r"(?<!!)\[([^\]]+)\]\([^)]*\)")
ATTRS = re.compile(r"\s*\{[:#.][^}]*\}\s*$|\s*\{\s*[#.][^}]*\}\s*$")


def pinned_torch_version() -> str:
    text = (ROOT / "requirements.txt").read_text()
    return re.search(r"^torch==(\S+)", text, re.M).group(1)


def _flatten(lines: list[str]) -> list[str]:
    """Dedent admonition and tab bodies; their headers become bold lines."""
    out, stack = [], []  # stack of container header indents
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        if line.strip():
            while stack and indent <= stack[-1]:
                stack.pop()
        body = line[4 * len(stack):] if line.strip() else ""
        m = CONTAINER.match(body.strip()) if body.strip() else None
        if m and not body.startswith(" "):
            title = m.group("title") or m.group("tab")
            if title:
                out.append(f"**{title}**")
                out.append("")
            stack.append(indent)
            continue
        out.append(body)
    return out


def chapter_cells(page: Path) -> list:
    lines = page.read_text().splitlines()
    if lines and lines[0] == "---":  # front matter
        lines = lines[lines.index("---", 1) + 1:]
    cells, markdown = [], []

    def flush():
        text = "\n".join(markdown).strip()
        if text:
            cells.append(nbformat.v4.new_markdown_cell(text))
        markdown.clear()

    lines = _flatten(lines)
    # Snippet files that other snippets on this page import: in a notebook, running such a cell
    # must save it as a file (%%writefile) so the later `import` finds it, as on the page.
    snippets = [m.group("path") for m in map(INCLUDE.match, lines) if m and m.group("path").endswith(".py")]
    imported = {Path(p).stem for p in snippets
                if any(re.search(rf"^\s*(?:from|import)\s+{re.escape(Path(p).stem)}\b",
                                 (ROOT / q).read_text(), re.M) for q in snippets if q != p)}
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = FENCE.match(line)
        if fence:
            end = i + 1
            while end < len(lines) and not lines[end].startswith(fence.group(1)):
                end += 1
            block = lines[i + 1:end]
            includes = [INCLUDE.match(b) for b in block]
            paths = [m.group("path") for m in includes if m]
            if paths:
                for path in paths:
                    text = (ROOT / path).read_text()
                    if path.endswith(".py"):
                        flush()
                        if Path(path).stem in imported:  # a module later cells import
                            text = f"%%writefile {Path(path).name}\n{text}"
                        cells.append(nbformat.v4.new_code_cell(text.rstrip("\n")))
                    elif cells and cells[-1].cell_type == "code":
                        cells[-1].outputs.append(
                            nbformat.v4.new_output("stream", name="stdout", text=text))
            else:
                markdown.extend(lines[i:end + 1])
            i = end + 1
            continue
        stripped = line.strip()
        if stripped.startswith("#"):
            flush()
        if stripped.startswith(("![", "<", "--8<--")) or stripped.startswith("*[") :
            i += 1
            continue
        markdown.append(ATTRS.sub("", LINK.sub(r"\1", line)))
        i += 1
    flush()
    return cells


def build_notebook(page: Path) -> str:
    version = pinned_torch_version()
    intro = nbformat.v4.new_markdown_cell(
        f"*From **Inside torch.optim**. Every code cell is a standalone script from the site's "
        f"`snippets/` folder, and every output shown was verified against torch {version}. "
        f"Run any cell on its own and you get the same output.*")
    cells = chapter_cells(page)
    cells.insert(1 if cells and cells[0].cell_type == "markdown" else 0, intro)
    for n, cell in enumerate(cells):
        cell["id"] = f"cell-{n:03d}"
        if cell.cell_type == "code":
            cell["execution_count"] = None
    nb = nbformat.v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    })
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


def chapter_pages() -> list[Path]:
    """Pages that include at least one snippet: each gets a notebook."""
    return sorted(p for p in (ROOT / "docs").glob("*.md")
                  if re.search(r'--8<--\s+"snippets/', p.read_text()))


def notebook_path(page: Path) -> Path:
    return ROOT / "docs" / "notebooks" / f"{page.stem}.ipynb"
