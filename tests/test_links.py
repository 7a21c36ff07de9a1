"""Every internal link in the built site resolves, and every page describes itself.

Runs over the HTML that `mkdocs build --strict` wrote, so it sees what a reader's browser sees:
links in Markdown (which MkDocs also validates), raw HTML links, theme links, and the links inside
notebook pages, which mkdocs-jupyter does not rewrite (a `.md` link in a notebook cell stays a
`.md` link unless hooks/notebook.py finds its page). A link to a missing page or a missing
`#anchor` (an element id in the target page) fails, naming the page and the link.
"""

from __future__ import annotations

import re
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import pytest
from served_site import ROOT

LINKING = {("a", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("source", "src"),
           ("iframe", "src"), ("area", "href")}


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.canonical: str | None = None
        self.description: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for t, a in LINKING:
            if tag == t and attrs.get(a) is not None:
                rel = (attrs.get("rel") or "").split()
                if tag == "link" and {"canonical", "alternate"} & set(rel):
                    if "canonical" in rel:
                        self.canonical = attrs[a]
                    continue
                self.links.append(attrs[a])
        if tag == "meta" and attrs.get("name") == "description":
            self.description = attrs.get("content") or ""


@pytest.fixture(scope="session")
def parsed(site) -> dict[str, _Page]:
    """{site-relative path of each HTML file: its ids, links and metadata}."""
    pages = {}
    for html in sorted(site.rglob("*.html")):
        parser = _Page()
        parser.feed(html.read_text())
        pages[html.relative_to(site).as_posix()] = parser
    return pages


def _site_url(parsed) -> str:
    canonical = parsed["index.html"].canonical
    assert canonical, "index.html has no <link rel=canonical>: cannot tell the site's own URL"
    return canonical


def _target(site: Path, path: str) -> str | None:
    """The built file a site-relative URL path serves, or None."""
    path = urllib.parse.unquote(path)
    candidates = [path + "index.html"] if path == "" or path.endswith("/") else [path, path + "/index.html"]
    for candidate in candidates:
        if (site / candidate).is_file():
            return candidate
    return None


def broken_links(site: Path, parsed: dict[str, _Page]) -> list[str]:
    site_url = _site_url(parsed)
    base_path = urllib.parse.urlsplit(site_url).path  # "/" or "/<repo>/" on GitHub Pages
    problems = []
    for page, info in parsed.items():
        page_url = urllib.parse.urljoin(site_url, page.removesuffix("index.html"))
        for link in info.links:
            if re.match(r"^(?:mailto|tel|javascript|data|blob):", link, re.I):
                continue
            absolute = urllib.parse.urljoin(page_url, link)
            if not absolute.startswith(site_url.rstrip("/") + "/") and absolute != site_url.rstrip("/"):
                if re.match(r"^[a-z][a-z0-9+.-]*:|^//", link, re.I):
                    continue  # another site: not ours to check offline
                problems.append(f"{page}: {link!r} leaves the site ({absolute})")
                continue
            parts = urllib.parse.urlsplit(absolute)
            rel_path = parts.path[len(base_path):] if parts.path.startswith(base_path) else parts.path.lstrip("/")
            target = _target(site, rel_path)
            if target is None:
                problems.append(f"{page}: link {link!r} -> /{rel_path} does not exist in the built site")
                continue
            fragment = urllib.parse.unquote(parts.fragment)
            if fragment and target.endswith(".html") and fragment not in parsed[target].ids:
                problems.append(f"{page}: link {link!r} -> /{rel_path} has no element id={fragment!r}")
    return problems


def test_every_internal_link_and_anchor_resolves(site, parsed):
    problems = broken_links(site, parsed)
    assert not problems, "broken internal links:\n" + "\n".join(problems)


def test_checker_catches_a_broken_page_and_anchor(site, parsed):
    """The checker itself: a missing page and a missing anchor are reported, a good one is not."""
    import copy

    fake = dict(parsed)
    fake["index.html"] = copy.copy(parsed["index.html"])
    fake["index.html"].links = ["no-such-page/", "#no-such-anchor", "./#inside-torchoptim"]
    fake["index.html"].ids = parsed["index.html"].ids | {"inside-torchoptim"}
    problems = broken_links(site, fake)
    assert any("no-such-page/" in p for p in problems), problems
    assert any("no-such-anchor" in p for p in problems), problems
    assert not any("inside-torchoptim" in p for p in problems), problems


def test_every_page_has_a_meta_description(parsed):
    missing = [page for page, info in parsed.items() if not (info.description or "").strip()]
    assert not missing, f'pages without a non-empty <meta name="description">: {missing}'


def test_every_markdown_page_sets_its_own_description():
    """The site-wide description is only a fallback: each page says what it is about."""
    missing = []
    for page in sorted((ROOT / "docs").rglob("*.md")):
        text = page.read_text()
        front = re.match(r"^---\n(.*?)\n---\n", text, re.S)
        if not (front and re.search(r"^description:\s*\S", front.group(1), re.M)):
            missing.append(str(page.relative_to(ROOT)))
    assert not missing, f"pages without `description:` front matter: {missing}"
