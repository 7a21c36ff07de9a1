"""The reader's experience in a real browser (headless Chromium, driven by Playwright).

The site is built once (`mkdocs build --strict`), served on 127.0.0.1, and every page found in the
build, notebook pages and the 404 page included, is loaded cold in both colour schemes. What a
reader would notice is checked on every page: console errors, failed requests, requests to any
other host, broken images, unrendered math, axe-core accessibility violations (serious or
critical, both schemes), horizontal overflow on a 390x844 phone, page weight (<= 600 KiB), the
copy buttons, search, the palette toggle and the notebook download. Screenshots of every page
(light and dark, wide and narrow) are written to build/screenshots/ for a person to look at.

Without Chromium or Playwright the module is skipped with one line; with CI=true that is a failure.
"""

from __future__ import annotations

import os
import re
import urllib.request
from pathlib import Path

import pytest
from served_site import (BUDGET_KIB, ROOT, SCREENSHOTS, browser_missing, cold_load, label,
                         launch, page_file, page_paths, serve)

MISSING = browser_missing()
if MISSING:
    if os.environ.get("CI", "").lower() == "true":
        def test_browser_is_installed():
            pytest.fail(f"CI=true but the browser tests cannot run: {MISSING}", pytrace=False)
    else:
        pytest.skip(f"browser tests skipped: {MISSING}", allow_module_level=True)
else:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

WIDE = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SCHEMES = {"light": "default", "dark": "slate"}
RAW_TEX = re.compile(r"\\\(|\\\)|\\\[|\\\]|\$\$|\$\\[A-Za-z]|\\(?:frac|theta|nabla|beta|alpha|eta|"
                     r"sqrt|hat|cdot|sum|lambda|epsilon|mathbf|left|right)\b")


def slug(path: str) -> str:
    return re.sub(r"[^\w.-]+", "_", path.strip("/")) or "index"


@pytest.fixture(scope="session")
def base_url(site):
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if MISSING:  # only reached under CI=true: elsewhere the module is skipped
        pytest.fail(f"CI=true but the browser tests cannot run: {MISSING}", pytrace=False)
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def paths(site) -> list[str]:
    return page_paths(site)


# Everything that one cold load of a page can tell, for every page and both schemes: each page is
# loaded twice in all (light, dark), not once per check.
IMAGES_JS = """async () => {
  const imgs = [...document.querySelectorAll('.md-content img')];
  for (const img of imgs) img.loading = 'eager';
  await Promise.all(imgs.map(img => img.decode().catch(() => null)));
  return imgs.filter(img => !(img.complete && img.naturalWidth > 0)).map(img => img.currentSrc || img.src);
}"""
MATH_JS = """() => {
  const maths = [...document.querySelectorAll('.md-content math')].filter(m => m.checkVisibility());
  const empty = maths.filter(m => { const r = m.getBoundingClientRect(); return r.width === 0 || r.height === 0; })
    .map(m => m.outerHTML.slice(0, 80));
  const walker = document.createTreeWalker(document.querySelector('.md-content'), NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement.closest('pre, code, script, style, math')) continue;
    texts.push(n.textContent);
  }
  return {count: maths.length, empty, text: texts.join(' ')};
}"""
OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const clipped = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
    return false; };
  const wide = [...document.querySelectorAll('.md-content *')].filter(el => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.right > width + 1 && !clipped(el); })
    .slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '')
      + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px)');
  return {scrollWidth: document.documentElement.scrollWidth, width, wide};
}"""
TOGGLE_JS = "() => document.body.getAttribute('data-md-color-scheme')"


def _click_palette(page) -> str:
    """Click the visible palette toggle; the scheme it leads to."""
    page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_timeout(100)
    return page.evaluate(TOGGLE_JS)


AXE_START = """rules => {
  window.__axe = null;
  const options = {resultTypes: ['violations']};
  if (rules) options.runOnly = {type: 'rule', values: rules};
  axe.run(document, options).then(r => { window.__axe = r.violations; },
                                   e => { window.__axe = 'axe failed: ' + e; });
}"""
# Switching the scheme changes only CSS custom properties (colours), so in the dark scheme only
# the rules that look at colours can give a different answer; the rest ran in the light scheme.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
SHOT_HEIGHT = 6000  # px: the top of a long page is enough to look at; overflow is tested everywhere


def _shot(page, name):
    width = page.viewport_size["width"]
    height = min(SHOT_HEIGHT, page.evaluate("document.documentElement.scrollHeight"))
    page.screenshot(path=SCREENSHOTS / f"{name}.jpg", full_page=True, type="jpeg", quality=70,
                    clip={"x": 0, "y": 0, "width": width, "height": height})


def _axe(opened, rules, key):
    """Start axe-core in every open page, then collect: the pages run side by side."""
    for path, record in opened:
        record["page"].evaluate(AXE_START, rules)
    for path, record in opened:
        page = record["page"]
        page.wait_for_function("() => window.__axe !== null", timeout=300_000, polling=200)
        violations = page.evaluate("() => window.__axe")
        if isinstance(violations, str):
            raise RuntimeError(f"{label(path)}: {violations}")
        record[key] = [v for v in violations if v["impact"] in ("serious", "critical")]


@pytest.fixture(scope="session")
def visits(browser, base_url, paths) -> dict:
    """{(path, scheme): what was seen}, screenshots saved on the way.

    Each page is loaded once, cold; it is checked in the light scheme, then the palette toggle
    switches it to dark and the colours are checked again, then it is narrowed to a phone and
    toggled back. axe-core is the slow part (seconds on a long page), so it runs in
    a batch of pages at once, one page per CPU."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for old in [*SCREENSHOTS.glob("*.png"), *SCREENSHOTS.glob("*.jpg")]:
        old.unlink()
    axe_script = Axe().axe_script
    batch = max(2, os.cpu_count() or 2)
    seen = {}
    for start in range(0, len(paths), batch):
        opened = []
        try:
            for path in paths[start:start + batch]:
                record = cold_load(browser, base_url + path, viewport=WIDE, color_scheme="light",
                                   permissions=["clipboard-read", "clipboard-write"])
                opened.append((path, record))
                page = record["page"]
                record["is_notebook"] = page.locator(".jupyter-wrapper").count() > 0
                download = page.locator("a.nb-download")
                record["download"] = (page.evaluate("a => a.href", download.first.element_handle())
                                      if download.count() else None)
                record["light"] = {"scheme": page.evaluate(TOGGLE_JS), "broken_images": page.evaluate(IMAGES_JS),
                                   "math": page.evaluate(MATH_JS)}
                page.evaluate(axe_script)
            _axe(opened, None, "axe_light")
            for path, record in opened:
                page = record["page"]
                _shot(page, f"{slug(path)}-light-wide")
                record["toggle"] = [_click_palette(page)]  # light -> dark
                record["dark"] = {"scheme": page.evaluate(TOGGLE_JS), "broken_images": [],
                                  "math": page.evaluate(MATH_JS)}
            _axe(opened, COLOUR_RULES, "axe_dark")
            for path, record in opened:
                page = record["page"]
                _shot(page, f"{slug(path)}-dark-wide")
                page.set_viewport_size(PHONE)
                page.wait_for_timeout(100)
                record["dark"]["overflow"] = page.evaluate(OVERFLOW_JS)
                _shot(page, f"{slug(path)}-dark-narrow")
                record["toggle"].append(_click_palette(page))  # dark -> light, on a phone
                record["light"]["overflow"] = page.evaluate(OVERFLOW_JS)
                _shot(page, f"{slug(path)}-light-narrow")
                # last: each click shows Material's "Copied" toast, which axe would catch mid-fade
                page.set_viewport_size(WIDE)
                record["copies_checked"], record["copy_problems"] = _check_copy_buttons(page, path)
                for scheme in SCHEMES:
                    result = dict(record[scheme])
                    result.update({k: record[k] for k in ("bytes", "is_notebook", "download",
                                                          "copies_checked", "copy_problems")})
                    # one page session served both schemes: report its requests and console once
                    result.update({k: list(record[k]) if scheme == "light" else []
                                   for k in ("offsite", "failed", "console")})
                    result["requests"] = len(record["responses"])
                    result["axe"] = record[f"axe_{scheme}"]
                    result["toggle"] = record["toggle"]
                    seen[path, scheme] = result
        finally:
            for _, record in opened:
                record["context"].close()
    return seen


def _report(problems: dict[str, list]) -> str:
    return "\n".join(f"{page}: {item}" for page, items in problems.items() for item in items)


def _collect(visits, key, schemes=tuple(SCHEMES)) -> dict[str, list]:
    problems: dict[str, list] = {}
    for (path, scheme), result in visits.items():
        if scheme in schemes and result[key]:
            problems.setdefault(f"{label(path)} [{scheme}]", []).extend(result[key])
    return problems


def test_pages_are_found_in_the_build(paths, site):
    assert "" in paths and "404.html" in paths, paths
    assert any((site / p / "index.html").exists() and "jupyter-wrapper" in (site / p / "index.html").read_text()
               for p in paths if p.endswith("/")), "no notebook page found in the build"


def test_no_console_errors(visits):
    problems = _collect(visits, "console")
    assert not problems, "console errors:\n" + _report(problems)


def test_no_failed_requests(visits):
    problems = _collect(visits, "failed")
    assert not problems, "failed requests:\n" + _report(problems)


def test_no_request_to_another_host(visits):
    problems = _collect(visits, "offsite")
    assert not problems, "requests to hosts other than the site's own (blocked here):\n" + _report(problems)


def test_images_load(visits):
    problems = _collect(visits, "broken_images")
    assert not problems, "images that did not load:\n" + _report(problems)


def test_math_renders(visits, site, paths):
    problems: dict[str, list] = {}
    for (path, scheme), result in visits.items():
        math = result["math"]
        name = f"{label(path)} [{scheme}]"
        source = page_file(site, path).read_text()
        if ('class="arithmatex"' in source) and not math["count"]:
            problems.setdefault(name, []).append("has math but no <math> element")
        if math["empty"]:
            problems.setdefault(name, []).extend(f"math drawn with no size: {m}" for m in math["empty"])
        raw = sorted(set(m.group(0) for m in RAW_TEX.finditer(math["text"])))
        if raw:
            problems.setdefault(name, []).append(f"raw TeX visible in the text: {raw}")
    assert not problems, "math that does not render:\n" + _report(problems)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_serious_accessibility_violations(visits, scheme):
    problems: dict[str, list] = {}
    for (path, s), result in visits.items():
        if s != scheme:
            continue
        for violation in result["axe"]:
            targets = [" ".join(map(str, n["target"])) for n in violation["nodes"]][:5]
            summary = violation["nodes"][0].get("failureSummary", "").replace("\n", " ")[:200]
            problems.setdefault(label(path), []).append(
                f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}; {summary}")
    assert not problems, f"axe-core, {scheme} scheme:\n" + _report(problems)


def test_no_horizontal_overflow_on_a_phone(visits):
    problems: dict[str, list] = {}
    for (path, scheme), result in visits.items():
        o = result["overflow"]
        if o["scrollWidth"] > o["width"] or o["wide"]:
            problems.setdefault(f"{label(path)} [{scheme}]", []).append(
                f"page is {o['scrollWidth']}px wide in a {o['width']}px viewport; too wide: {o['wide']}")
    assert not problems, "horizontal overflow at 390x844:\n" + _report(problems)


def test_page_weight_within_budget(visits):
    over = {label(path): f"{r['bytes'] / 1024:.0f} KiB in {r['requests']} responses"
            for (path, scheme), r in visits.items() if scheme == "light" and r["bytes"] > BUDGET_KIB * 1024}
    assert not over, f"pages over the {BUDGET_KIB} KiB budget (cold load, uncompressed): {over}"


def test_palette_toggle_switches_light_and_dark(visits):
    problems = {label(path): [f"starts {r['scheme']!r}; the toggle gives {r['toggle']}, not slate then default"]
                for (path, scheme), r in visits.items()
                if scheme == "light" and (r["scheme"], r["toggle"]) != ("default", ["slate", "default"])}
    assert not problems, "palette toggle:\n" + _report(problems)


def test_a_reader_who_prefers_dark_gets_dark(browser, base_url):
    context = browser.new_context(color_scheme="dark")
    try:
        page = context.new_page()
        page.goto(base_url)
        assert page.evaluate(TOGGLE_JS) == "slate", "prefers-color-scheme: dark does not give the dark scheme"
    finally:
        context.close()


def test_notebook_download_is_a_valid_notebook(visits):
    import nbformat

    notebooks = {path: r for (path, scheme), r in visits.items() if scheme == "light" and r["is_notebook"]}
    assert notebooks, "no notebook page in the build"
    problems: dict[str, list] = {}
    for path, result in notebooks.items():
        if not result["download"]:
            problems[label(path)] = ["no download link (a.nb-download)"]
            continue
        with urllib.request.urlopen(result["download"]) as response:
            text = response.read().decode()
        try:
            nbformat.validate(nbformat.reads(text, as_version=4))
        except Exception as error:  # noqa: BLE001 - report any reason it is not a notebook
            problems[label(path)] = [f"{result['download']} is not a valid notebook: {error}"]
    assert not problems, "notebook downloads:\n" + _report(problems)


def test_screenshots_are_saved(visits, paths):
    expected = {f"{slug(p)}-{s}-{w}.jpg" for p in paths for s in SCHEMES for w in ("wide", "narrow")}
    missing = expected - {p.name for p in SCREENSHOTS.glob("*.jpg")}
    assert not missing, f"screenshots not written: {sorted(missing)}"


# ---- interactions that need their own page state ----------------------------------------------

def _snippet_for(title: str, path: str) -> Path | None:
    """The file a code block titled `title` on page `path` shows (snippets/<chapter>/<title>)."""
    chapter = path.strip("/").split("/")[-1].removesuffix(".html")
    candidates = sorted(ROOT.glob(f"snippets/*/{title}")) + sorted(ROOT.glob(f"snippets/*/*/{title}"))
    preferred = [c for c in candidates if c.parent.name == chapter or c.parent.parent.name == chapter]
    chosen = preferred or candidates
    return chosen[0] if len(chosen) == 1 or preferred else None


BLOCKS_PER_PAGE = 6  # copy buttons clicked per page (a click and a clipboard read each)
NOTEBOOK_CELLS = 3  # of those on a notebook page: its cells are the chapter's snippets

COPY_BLOCKS_JS = """() => [...document.querySelectorAll('.md-content div.highlight')].map((div, i) => {
  const title = div.querySelector('.filename');
  return {index: i, title: title ? title.textContent.trim() : null, visible: div.checkVisibility(),
          copy: !!div.querySelector('button.md-code__button[data-md-type="copy"]')};
})"""


def _check_copy_buttons(page, path) -> tuple[int, list[str]]:
    """Click copy buttons on the open page; (blocks checked, problems). A code block titled with a
    snippet file (and its Output block) must copy that file; a notebook cell, one snippet file."""
    problems: list[str] = []
    blocks = page.evaluate(COPY_BLOCKS_JS)
    if not blocks:
        return 0, problems
    is_notebook = page.locator(".jupyter-wrapper").count() > 0
    previous = None
    checked = 0
    for block in blocks:
        if not block["visible"]:  # in a closed tab or details: the reader cannot click it either
            continue
        if checked >= BLOCKS_PER_PAGE:
            break
        title = block["title"]
        expected_file = None
        if title and title.endswith(".py"):
            expected_file = _snippet_for(title, path)
            previous = expected_file
        elif title == "Output" and previous is not None:
            expected_file = previous.with_suffix(".out")
        if expected_file is None and not (is_notebook and checked < NOTEBOOK_CELLS):
            continue
        if not block["copy"]:
            problems.append(f"code block {block['index']} ({title}) has no copy button")
            continue
        page.evaluate("() => navigator.clipboard.writeText('')")
        div = page.locator(".md-content div.highlight").nth(block["index"])
        div.hover()
        div.locator('button.md-code__button[data-md-type="copy"]').click()
        copied = ""
        for _ in range(50):
            copied = page.evaluate("() => navigator.clipboard.readText()")
            if copied:
                break
            page.wait_for_timeout(50)
        checked += 1
        if expected_file is not None:
            # Material's copy button drops the file's final newline; nothing else may differ
            expected = expected_file.read_text().removesuffix("\n")
            if copied != expected:
                problems.append(f"block {block['index']} ({title}) copies {copied[:60]!r}... which is not "
                                f"exactly {expected_file.relative_to(ROOT)}")
        elif is_notebook and "jp-CodeCell" in (div.evaluate("d => d.closest('.jp-Cell').className") or ""):
            files = sorted(ROOT.glob("snippets/*/*.py")) + sorted(ROOT.glob("snippets/*/*.out"))
            # a helper other cells import is written to disk by the cell: `%%writefile name`
            writefile = re.match(r"%%writefile (\S+)\n", copied)
            if writefile:
                files = [f for f in files if f.name == writefile.group(1)]
                copied = copied[writefile.end():]
            # the output of such a cell is IPython's own line, naming the file it wrote
            wrote = re.fullmatch(r"Writing (\S+\.py)\n?", copied)
            if wrote and any(f.name == wrote.group(1) for f in files):
                continue
            # a notebook cell holds the file without its final newline (Jupyter convention)
            if not any(copied.rstrip("\n") == f.read_text().rstrip("\n") for f in files):
                problems.append(f"cell block {block['index']} copies {copied[:60]!r}... which is no file in snippets/")
    if checked == 0:
        problems.append("has code blocks but none could be checked against a file")
    return checked, problems


def test_copy_button_copies_the_snippet_exactly(visits):
    problems = {label(path): r["copy_problems"] for (path, scheme), r in visits.items()
                if scheme == "light" and r["copy_problems"]}
    assert not problems, "copy buttons:\n" + _report(problems)
    if not sum(r["copies_checked"] for r in visits.values()):
        pytest.skip("no page has a code block yet")


def test_search_finds_zero_grad_and_leads_to_its_section(browser, base_url, site):
    if "zero_grad" not in (site / "search" / "search_index.json").read_text():
        pytest.skip("no page mentions zero_grad yet")
    context = browser.new_context(viewport=WIDE)
    try:
        page = context.new_page()
        asked = []
        page.on("request", lambda r: asked.append(r.url) if "search_index" in r.url else None)
        page.goto(base_url, wait_until="networkidle")
        # The index is every page's text: it is fetched when the reader opens search, not before.
        assert not asked, f"the search index was fetched on page load: {asked}"
        with page.expect_response(lambda r: "search_index.json" in r.url, timeout=10000):
            page.locator(".md-search__input").click()
        page.keyboard.type("zero_grad", delay=20)
        results = page.locator(".md-search-result__item a.md-search-result__link")
        results.first.wait_for(timeout=10000)
        hrefs = [a.get_attribute("href") for a in results.all()]
        section = next((i for i, h in enumerate(hrefs) if "#" in h), None)
        assert section is not None, f"search for zero_grad found no section, only {hrefs}"
        target = results.nth(section)
        href = target.get_attribute("href")
        target.click()
        fragment = href.split("#", 1)[1]
        page.wait_for_function("f => decodeURIComponent(location.hash.slice(1)) === f", arg=fragment, timeout=10000)
        page.wait_for_timeout(300)
        found = page.evaluate("""f => {
          const el = document.getElementById(f);
          if (!el) return null;
          const level = /^H[1-6]$/.test(el.tagName) ? +el.tagName[1] : 7;
          let text = el.textContent;
          for (let n = el.nextElementSibling; n && !(/^H[1-6]$/.test(n.tagName) && +n.tagName[1] <= level); n = n.nextElementSibling)
            text += n.textContent;
          const r = el.getBoundingClientRect();
          return {text, top: r.top, height: innerHeight};
        }""", fragment)
        assert found, f"search result {href} leads to {page.url}, where there is no element #{fragment}"
        assert "zero_grad" in found["text"], f"section #{fragment} at {page.url} does not mention zero_grad"
        assert 0 <= found["top"] < found["height"] / 2, f"#{fragment} is not scrolled into view ({found})"
    finally:
        context.close()
