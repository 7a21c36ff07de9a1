"""Every built page is valid HTML, as the Nu Html Checker (the W3C validator, `vnu.jar`) reads it.

All HTML files of the build (chapters, notebook pages, the home page, 404.html) are checked in one
run of the checker, errors only: the bar is zero errors. The checker comes from npm (`vnu-jar`,
pinned in package.json, installed into node_modules by `make test` with `npm ci`) and runs on
Java. Without Java or without node_modules the module is skipped with one line; with CI=true
that is a failure.

Material's own markup had three errors on every page; overrides/base.html and
overrides/partials/nav-item.html fix them. Those files are copies of Material's templates, so a
last test checks that the installed Material is the version they were copied from.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = os.environ.get("JAVA", "java")


def _missing() -> str | None:
    if not shutil.which(JAVA):
        return f"no Java ({JAVA}) for the Nu Html Checker (Debian: apt-get install default-jre-headless)"
    if not VNU.exists():
        return f"no {VNU.relative_to(ROOT)} (run `make node-deps`, or `npm ci --ignore-scripts`)"
    return None


MISSING = _missing()


@pytest.fixture(scope="module")
def checker():
    if MISSING:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but the HTML check cannot run: {MISSING}", pytrace=False)
        pytest.skip(f"HTML check skipped: {MISSING}")
    return [JAVA, "-jar", str(VNU)]


def test_every_page_is_valid_html(checker, site):
    pages = sorted(site.rglob("*.html"))
    names = {p.relative_to(site).as_posix() for p in pages}
    assert {"index.html", "404.html"} <= names and any(n.startswith("notebooks/") for n in names), names
    proc = subprocess.run([*checker, "--errors-only", "--format", "json", *map(str, pages)],
                          capture_output=True, text=True, timeout=600)
    try:
        messages = json.loads(proc.stdout or proc.stderr)["messages"]
    except (json.JSONDecodeError, KeyError):
        pytest.fail(f"the Nu Html Checker failed ({proc.returncode}):\n{proc.stderr[-3000:]}", pytrace=False)
    errors = []
    for m in messages:
        if m.get("type") == "info" and m.get("subType") != "warning":
            continue
        path = m.get("url", "").removeprefix("file:")
        where = Path(path).relative_to(site).as_posix() if path.startswith(str(site)) else path
        errors.append(f"{where}:{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}: "
                      f"{m.get('type')}: {m.get('message')}")
    if errors:
        pytest.fail(f"{len(errors)} HTML errors in {len(pages)} pages (Nu Html Checker):\n" + "\n".join(errors),
                    pytrace=False)
    assert proc.returncode == 0, f"the Nu Html Checker failed ({proc.returncode}):\n{proc.stderr[-3000:]}"


def test_template_copies_match_the_installed_material():
    """The copied templates say which Material they came from; a Material upgrade must re-copy them."""
    installed = metadata.version("mkdocs-material")
    stale = {}
    for template in sorted((ROOT / "overrides").rglob("*.html")):
        copied = re.search(r"Material (\d+\.\d+\.\d+) (?:partials/)?[\w-]+\.html", template.read_text())
        if copied and copied[1] != installed:
            stale[template.relative_to(ROOT).as_posix()] = copied[1]
    assert not stale, (f"mkdocs-material {installed} is installed, but these overrides are copies of "
                       f"another version's templates; copy them again and re-apply their changes: {stale}")
