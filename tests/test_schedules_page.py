"""Every scheduler and every swa_utils name of the pinned torch is on the site, in a verified snippet.

"Scheduler" means every class in `torch.optim.lr_scheduler.__all__`. All of them subclass
`LRScheduler`; `LRScheduler` itself is the abstract base (its `get_lr()` raises), so a snippet
covers it by subclassing it, and each other one by calling it: `StepLR(...)`, imported from
`torch.optim.lr_scheduler`, or `lr_scheduler.StepLR(...)` / `S.StepLR(...)` through a module
alias. Every name in `torch.optim.swa_utils.__all__` must be called the same way. The snippets
counted are the ones that the schedule and weight-averaging pages include, and the catalogue table on schedules.md
must list exactly `lr_scheduler.__all__` plus `SWALR`. A torch release that adds a scheduler, or a
function to swa_utils, fails here until the pages show it.
"""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

from torch.optim import lr_scheduler, swa_utils

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "docs" / name for name in ("schedules.md", "schedules_cyclic.md",
                                           "schedules_in_practice.md", "weight_averaging.md")]
CATALOGUE = ROOT / "docs" / "schedules.md"
INCLUDE = re.compile(r'--8<--\s+"(snippets/[^"]+\.py)"')
TABLE_ROW = re.compile(r"^\| \[(\w+)\]\([^)]*\)(?: \(in `swa_utils`\))? \|")


def included_snippets(pages=PAGES) -> list[Path]:
    return [ROOT / m for page in pages for m in INCLUDE.findall(page.read_text())]


def uses(source: str, modules: set[str]) -> tuple[set[str], set[str]]:
    """Names called, and names subclassed, from the given modules in one snippet's source.

    `from torch.optim.lr_scheduler import StepLR` then `StepLR(...)`, or `import ... as S` /
    `from torch.optim import lr_scheduler` then `S.StepLR(...)`, count as calls of StepLR.
    """
    tree = ast.parse(source)
    direct: dict[str, str] = {}  # local name -> imported name
    aliases: set[str] = set()  # local names bound to one of the modules
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if node.module in modules:
                    direct[alias.asname or alias.name] = alias.name
                elif full in modules:
                    aliases.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in modules and alias.asname:
                    aliases.add(alias.asname)

    def name_of(expr) -> str | None:
        if isinstance(expr, ast.Name):
            return direct.get(expr.id)
        if isinstance(expr, ast.Attribute):
            base = expr.value
            if isinstance(base, ast.Name) and base.id in aliases:
                return expr.attr
            dotted = ast.unparse(base)
            if dotted in modules:
                return expr.attr
        return None

    called, subclassed = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (name := name_of(node.func)):
            called.add(name)
        elif isinstance(node, ast.ClassDef):
            subclassed |= {n for n in map(name_of, node.bases) if n}
    return called, subclassed


MODULES = {"torch.optim.lr_scheduler", "torch.optim.swa_utils"}


def coverage(snippets) -> tuple[set[str], set[str]]:
    called, subclassed = set(), set()
    for path in snippets:
        c, s = uses(path.read_text(), MODULES)
        called |= c
        subclassed |= s
    return called, subclassed


def required() -> tuple[set[str], set[str], list[str]]:
    """(names to call, names to subclass, names that are neither a scheduler nor callable)."""
    to_call, to_subclass, unknown = set(), set(), []
    for name in lr_scheduler.__all__:
        obj = getattr(lr_scheduler, name)
        if not (inspect.isclass(obj) and issubclass(obj, lr_scheduler.LRScheduler)):
            unknown.append(f"lr_scheduler.{name}")
        elif obj is lr_scheduler.LRScheduler:
            to_subclass.add(name)
        else:
            to_call.add(name)
    for name in swa_utils.__all__:
        if callable(getattr(swa_utils, name)):
            to_call.add(name)
        else:
            unknown.append(f"swa_utils.{name}")
    return to_call, to_subclass, unknown


def test_pages_exist_and_include_snippets():
    for page in PAGES:
        assert page.exists(), f"{page.relative_to(ROOT)} is missing"
    assert included_snippets(), "the schedule pages include no snippets"


def test_every_name_is_in_a_snippet_on_a_page():
    to_call, to_subclass, unknown = required()
    assert not unknown, (f"{unknown} in __all__ are neither LRScheduler subclasses nor callables: "
                         "decide how the pages should show them, then extend this test")
    called, subclassed = coverage(included_snippets())
    missing = sorted(to_call - called) + sorted(f"{n} (as a base class)" for n in to_subclass - subclassed)
    assert not missing, ("not used in any snippet included by "
                         f"{', '.join(p.name for p in PAGES)}: {missing}")


def catalogue_names(text: str) -> list[str]:
    """First-column names of the table whose header starts with `| Scheduler |`."""
    lines = text.splitlines()
    start = next((n for n, line in enumerate(lines) if line.startswith("| Scheduler |")), None)
    assert start is not None, f"{CATALOGUE.name} has no table with the header '| Scheduler | ...'"
    names = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        m = TABLE_ROW.match(line)
        assert m, f"{CATALOGUE.name}: cannot read the scheduler name in {line!r}"
        names.append(m.group(1))
    return names


def test_catalogue_table_lists_exactly_the_schedulers():
    listed = catalogue_names(CATALOGUE.read_text())
    assert len(listed) == len(set(listed)), f"listed twice in the table: {listed}"
    wanted = set(lr_scheduler.__all__) | {"SWALR"}
    assert set(listed) == wanted, (
        f"{CATALOGUE.name} table: missing {sorted(wanted - set(listed))}, "
        f"not in lr_scheduler.__all__ {sorted(set(listed) - wanted)}")


def test_the_check_sees_what_is_missing():
    source = ("from torch.optim.lr_scheduler import StepLR, LRScheduler\n"
              "from torch.optim import lr_scheduler as S\n"
              "import torch.optim.swa_utils as W\n"
              "class Mine(LRScheduler):\n    pass\n"
              "StepLR(opt, 3)\nS.ExponentialLR(opt, 0.9)\nW.SWALR(opt, 0.1)\n"
              "torch.optim.lr_scheduler.LinearLR(opt)\n"
              "OneCycleLR = None  # a name alone is no use\n")
    called, subclassed = uses(source, MODULES)
    assert called == {"StepLR", "ExponentialLR", "SWALR", "LinearLR"}
    assert subclassed == {"LRScheduler"}


def test_only_included_snippets_count(tmp_path):
    page = tmp_path / "p.md"
    page.write_text('--8<-- "snippets/schedules/steplr.py"\n')
    called, _ = coverage(included_snippets([page]))
    assert {"StepLR", "MultiStepLR"} <= called and "ExponentialLR" not in called
