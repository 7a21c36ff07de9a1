"""Build a chapter's notebook from its page and the verified snippet files, and run it.

`build_notebook`: each code cell is a snippet file and its output is the committed `.out` beside
it, so the notebook shows exactly what the page shows; cells are numbered 1..n, as in a notebook
that ran top to bottom. A snippet that later cells import is a `%%writefile` cell, whose output
is IPython's `Writing <name>.py` line. Material-only syntax (admonitions, tabs, attribute lists,
figures) is turned into plain Markdown that Jupyter renders. Links to other hosts (papers, pull
requests) stay links; links to site pages are reduced to their text, because a downloaded
notebook cannot reach them. Both may wrap over several lines, as on the page.

`run_notebook`: the same notebook executed top to bottom in a real Jupyter kernel (this
interpreter's ipykernel) in a new empty folder, as a reader runs it. `output_differences` lists
the cells where the two disagree.
"""

from __future__ import annotations

import difflib
import re
import tempfile
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
CONTAINER = re.compile(r'^(?:(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+[\w-]+)*(?:\s+"(?P<title>[^"]*)")?'
                       r'|===\+?\s+"(?P<tab>[^"]*)")\s*$')
FENCE = re.compile(r"^(`{3,}|~{3,})")
LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]*)\)")
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


def _chapter(page: Path) -> tuple[list, list[Path]]:
    """The page's cells, and the snippet file behind each code cell, in page order."""
    lines = page.read_text().splitlines()
    if lines and lines[0] == "---":  # front matter
        lines = lines[lines.index("---", 1) + 1:]
    cells, markdown, scripts = [], [], []
    prose: list[str] = []  # consecutive lines of running text, not yet added to markdown

    def end_prose():
        if not prose:
            return
        # Joined first, so that a link whose text wraps onto the next line is found too.
        text = LINK.sub(lambda m: m.group(0) if re.match(r"https?://", m.group("url"))
                        else m.group("text"), "\n".join(prose))
        for line in text.split("\n"):
            line = ATTRS.sub("", line)
            # A wrapped line that starts with a flattened link such as "#12345" is no heading.
            markdown.append(re.sub(r"^(\s*)#(?=[^#\s])", r"\1\\#", line))
        prose.clear()

    def flush():
        end_prose()
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
                        cells.append(nbformat.v4.new_code_cell(text.rstrip("\n")))
                        scripts.append(ROOT / path)
                        if Path(path).stem in imported:  # a module later cells import
                            cells[-1].source = f"%%writefile {Path(path).name}\n{cells[-1].source}"
                            # What IPython prints when it saves the cell in an empty folder.
                            cells[-1].outputs.append(nbformat.v4.new_output(
                                "stream", name="stdout", text=f"Writing {Path(path).name}\n"))
                    elif cells and cells[-1].cell_type == "code":
                        if cells[-1].source.startswith("%%writefile") and text:
                            raise ValueError(f"{scripts[-1]} prints, but later snippets import it: "
                                             f"as a %%writefile cell its output cannot show")
                        cells[-1].outputs.append(
                            nbformat.v4.new_output("stream", name="stdout", text=text))
            else:
                end_prose()
                markdown.extend(lines[i:end + 1])
            i = end + 1
            continue
        stripped = line.strip()
        if re.match(r"#{1,6}(\s|$)", stripped):  # a heading starts a new cell
            flush()
        if stripped.startswith(("![", "<", "--8<--")) or stripped.startswith("*[") :
            i += 1
            continue
        prose.append(line)
        i += 1
    flush()
    return cells, scripts


def chapter_cells(page: Path) -> list:
    return _chapter(page)[0]


def chapter_snippets(page: Path) -> list[Path]:
    """The snippet files of the notebook's code cells, in the order the notebook runs them."""
    return _chapter(page)[1]


def build_notebook(page: Path) -> str:
    version = pinned_torch_version()
    intro = nbformat.v4.new_markdown_cell(
        f"*From **Inside torch.optim**. Every code cell is a standalone script from the site's "
        f"`snippets/` folder, and every output shown was verified against torch {version}. "
        f"Run any cell on its own and you get the same output.*")
    cells = chapter_cells(page)
    cells.insert(1 if cells and cells[0].cell_type == "markdown" else 0, intro)
    count = 0
    for n, cell in enumerate(cells):
        cell["id"] = f"cell-{n:03d}"
        if cell.cell_type == "code":
            count += 1
            cell["execution_count"] = count
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


def run_notebook(text: str, timeout: int = 600) -> str:
    """Execute a notebook top to bottom in a real Jupyter kernel, in a new empty folder.

    The kernel is this interpreter's own ipykernel (`python3` resolved with no kernelspec folders,
    so none registered on the machine can replace it). Returns the notebook with the kernel's
    outputs and execution counts, consecutive stream outputs merged as Jupyter shows them; the
    notebook metadata stays as built, so it does not record this machine's Python version.
    """
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient

    nb = nbformat.reads(text, as_version=4)
    metadata = nbformat.reads(text, as_version=4).metadata  # nbclient adds the kernel's details
    km = AsyncKernelManager(kernel_name="python3",
                            kernel_spec_manager=KernelSpecManager(kernel_dirs=[]))
    with tempfile.TemporaryDirectory(prefix="notebook-") as folder:
        NotebookClient(nb, km=km, timeout=timeout, allow_errors=True, record_timing=False,
                       coalesce_streams=True,
                       resources={"metadata": {"path": folder}}).execute()
    nb.metadata = metadata
    return nbformat.writes(nb) + "\n"


def output_differences(expected: str, actual: str, names=()) -> list[str]:
    """Each code cell whose outputs or count differ: its number, name (`names`, one per code
    cell, e.g. its snippet file; else its first line) and a diff."""
    def shown(cell) -> str:
        lines = [f"[execution_count: {cell.get('execution_count')}]"]
        for out in cell.outputs:
            if out.output_type == "stream":
                lines.append(f"[{out.name}]\n{out.text}")
            elif out.output_type == "error":
                lines.append(f"[error] {out.ename}: {out.evalue}")
            else:
                lines.append(f"[{out.output_type}] {dict(out.get('data', {})).get('text/plain', '')}")
        return "\n".join(lines).rstrip("\n") + "\n"

    want, got = (nbformat.reads(t, as_version=4) for t in (expected, actual))
    problems = []
    codes = [(c, d) for c, d in zip(want.cells, got.cells) if c.cell_type == "code"]
    for n, (cell, ran) in enumerate(codes, 1):
        a, b = shown(cell), shown(ran)
        if a != b:
            diff = "".join(difflib.unified_diff(a.splitlines(True), b.splitlines(True),
                                                "stored", "kernel"))
            name = names[n - 1] if n <= len(names) else (cell.source.splitlines() or [""])[0]
            problems.append(f"code cell {n} ({name}):\n{diff}")
    return problems
