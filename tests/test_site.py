"""The built site: strict build, the torch version on every page, nothing fetched from elsewhere."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import torch
from notebooks import pinned_torch_version


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_pinned_torch_is_the_one_running():
    assert pinned_torch_version() == torch.__version__.split("+")[0], (
        f"requirements.txt pins torch=={pinned_torch_version()} but torch {torch.__version__} "
        "is installed: re-run `make test` so the venv is rebuilt from the pins")


def test_strict_build(site):
    assert (site / "index.html").exists()


def test_404_page(site):
    assert "404" in (site / "404.html").read_text()


def test_every_page_shows_the_torch_version(site):
    version = pinned_torch_version()
    missing = [str(p.relative_to(site)) for p in pages(site)
               if f"torch {version}" not in p.read_text()]
    assert not missing, f"pages without 'torch {version}': {missing}"


class _Refs(HTMLParser):
    """Collects every URL that makes the browser fetch something on page load."""

    LOADING = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"),
               ("source", "srcset"), ("img", "srcset"), ("video", "src"), ("audio", "src"),
               ("embed", "src"), ("object", "data"), ("input", "src")}

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for (t, a) in self.LOADING:
            if t == tag and attrs.get(a):
                self.urls.append(attrs[a])
        if tag == "link" and attrs.get("href") and not {"canonical", "alternate"} & set(
                (attrs.get("rel") or "").split()):
            self.urls.append(attrs["href"])
        if attrs.get("style"):
            self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", attrs["style"])


EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)


def test_pages_load_nothing_from_another_host(site):
    found = []
    for page in pages(site):
        parser = _Refs()
        text = page.read_text()
        parser.feed(text)
        found += [f"{page.relative_to(site)}: {u}" for u in parser.urls if EXTERNAL.match(u)]
        found += [f"{page.relative_to(site)}: @import {u}"
                  for u in re.findall(r"@import\s+(?:url\()?['\"]?(//[^'\")]+|https?:[^'\")]+)", text)]
    for css in site.rglob("*.css"):
        found += [f"{css.relative_to(site)}: {u}"
                  for u in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^'\")]+)", css.read_text())]
    assert not found, "pages would fetch from other hosts:\n" + "\n".join(found)


def test_math_is_rendered_at_build_time(site):
    with_math = [p for p in pages(site) if 'class="arithmatex"' in p.read_text()]
    assert with_math, "no page has math; the MathML hook is untested"
    for page in with_math:
        text = page.read_text()
        assert "<math" in text, page
        assert not re.search(r'class="arithmatex">\s*\\[\(\[]', text), f"raw TeX left in {page}"
