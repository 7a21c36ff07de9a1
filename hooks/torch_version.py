"""Expose the pins a reader needs: the torch version on every page, the install line on the home page.

requirements.txt is the one place the versions live; tests check the torch pin against
`torch.__version__`.

- `config.extra.torch_version` is the pinned torch, shown at the top of every page
  (`overrides/main.html`).
- `{{ torch_version }}` in a page's Markdown becomes that version, and `{{ install_command }}`
  becomes `python -m pip install torch==... numpy==... scikit-learn==...`: the pinned version of every
  package the scripts that pages show import (`snippets/<chapter>/*.py`; figure scripts are not
  shown, only their SVG), plus numpy, without which `import torch` warns on stderr. A snippet that
  imports a package with no pin in requirements.txt, or one this hook does not know, fails the
  build, so the line cannot silently fall behind the snippets.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

# top-level module a snippet imports -> the distribution pip installs it from
DISTRIBUTIONS = {"torch": "torch", "numpy": "numpy", "sklearn": "scikit-learn", "matplotlib": "matplotlib"}
# torch without numpy prints "UserWarning: Failed to initialize NumPy" on stderr at import
ALWAYS = ("torch", "numpy")


def _pins(requirements: Path) -> dict[str, str]:
    pins = {}
    for line in requirements.read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9._-]+)==(\S+)", line.strip())
        if match:
            pins[match.group(1).lower()] = match.group(2)
    return pins


def _imported_modules(script: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(script.read_text(), str(script))):
        if isinstance(node, ast.Import):
            modules.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module.split(".")[0])
    return modules


def reader_packages(root: Path) -> list[str]:
    """Distributions the page scripts need, torch first, then by name."""
    needed = set(ALWAYS)
    for script in sorted(root.glob("snippets/*/*.py")):
        local = {p.stem for p in script.parent.glob("*.py")}  # helpers saved beside the script
        for module in _imported_modules(script) - local - set(sys.stdlib_module_names):
            if module not in DISTRIBUTIONS:
                raise ValueError(f"{script.relative_to(root)} imports {module!r}: add its pin to "
                                 f"requirements.txt and its distribution to {__file__}")
            needed.add(DISTRIBUTIONS[module])
    return sorted(needed, key=lambda name: (name != "torch", name))


def on_config(config):
    root = Path(config.config_file_path).parent
    requirements = root / "requirements.txt"
    pins = _pins(requirements)
    if "torch" not in pins:
        raise ValueError(f"{requirements} has no exact torch==X.Y.Z pin")
    packages = reader_packages(root)
    unpinned = [name for name in packages if name not in pins]
    if unpinned:
        raise ValueError(f"{requirements} has no exact pin for {unpinned}, which snippets need")
    config.extra["torch_version"] = pins["torch"]
    config.extra["install_command"] = "python -m pip install " + " ".join(
        f"{name}=={pins[name]}" for name in packages)
    return config


def on_page_markdown(markdown, page, config, files):
    for name in ("install_command", "torch_version"):
        markdown = markdown.replace("{{ %s }}" % name, config.extra[name])
    return markdown
