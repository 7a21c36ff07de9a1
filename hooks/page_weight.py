"""Keep every page within its weight budget (600 KiB on a cold load; tests/test_browser.py) and
light to lay out on a phone (engine/bench_lighthouse.py).

- Content images load when the reader scrolls near them (`loading="lazy"`), not all at once:
  a reader who opens a chapter to read its first section does not download its last figure.
  tests/test_browser.py still forces every image to load and checks it, and
  engine/bench_pages.py reports the weight with and without them.
- Code blocks and their outputs are left out of the search index (`data-search-exclude`). Every
  page downloads the whole index when it opens, and the verbatim scripts and printed tensors
  were more than half of it; the prose, headings and inline `code` that explain each script
  stay searchable, so searching `zero_grad` still leads to its section.
- Every `<img>` of an SVG figure gets explicit `width` and `height`, its size in CSS pixels as
  the SVG file states it (matplotlib writes points: 1pt = 4/3 px). The browser reserves the
  figure's place before the lazily loaded file arrives, so nothing below it moves (Lighthouse:
  layout shift, unsized images); Material's `max-width: 100%; height: auto` still scales it
  down on a narrow screen, with the same aspect ratio.
- The site's own small stylesheets (`extra_css`, a few KiB) are written into each page's
  `<head>` as `<style>` instead of `<link>`ed: each was a request that held back the first
  paint on a slow phone connection (Lighthouse, render-blocking; first paint about 0.3 s
  sooner on simulated slow 4G). Comments are dropped on the way; the files stay in the build.
- Pygments wraps every name and every run of spaces in a code block in its own `<span>`
  (classes `n` and `w`): a third of a chapter's elements. Material gives names the colour of
  the code text itself and spaces no style at all, so those spans are unwrapped: the same look,
  the same copied text, and a DOM a quarter smaller to style and lay out.
"""

import posixpath
import re
import xml.etree.ElementTree as ET
from pathlib import Path

IMG = re.compile(r"<img\b(?![^>]*\bloading=)")
CODE_BLOCK = re.compile(r'<div class="(?P<cls>(?:language-[\w-]+ )?highlight)"(?![^>]*data-search-exclude)')
CODE = re.compile(r"<code\b[^>]*>.*?</code>", re.S)
PLAIN_SPAN = re.compile(r'<span class="[nw]">([^<]*)</span>')
IMG_TAG = re.compile(r"<img\b[^>]*>")
SRC = re.compile(r'\ssrc="([^"]+)"')
LENGTH = re.compile(r"^\s*([0-9.]+)\s*(px|pt|)\s*$")
PX_PER_UNIT = {"": 1.0, "px": 1.0, "pt": 4 / 3}


def svg_size(path: Path) -> tuple[int, int]:
    """(width, height) in CSS pixels of an SVG file: its width/height attributes, else its viewBox."""
    root = ET.parse(path).getroot()
    lengths = [LENGTH.match(root.get(name, "")) for name in ("width", "height")]
    if all(lengths):
        w, h = (float(m[1]) * PX_PER_UNIT[m[2]] for m in lengths)
    else:
        box = root.get("viewBox", "").replace(",", " ").split()
        if len(box) != 4:
            raise ValueError(f"{path}: no width/height in px or pt and no viewBox")
        w, h = float(box[2]), float(box[3])
    return round(w), round(h)


def _sized(tag: str, page, config) -> str:
    """An <img> tag with width and height added, when it shows an SVG of the docs folder."""
    src = SRC.search(tag)
    if not src or re.search(r"\s(?:width|height)=", tag) or src[1].startswith(("data:", "http:", "https:", "/")):
        return tag
    path = src[1].split("#", 1)[0].split("?", 1)[0]
    if not path.endswith(".svg"):
        return tag
    # links in page content are relative to the page's own URL
    rel = posixpath.normpath(posixpath.join(posixpath.dirname(page.url) if not page.url.endswith("/")
                                            else page.url, path))
    file = Path(config["docs_dir"]) / rel
    if not file.is_file():
        return tag  # a broken link is for mkdocs' own validation to report
    width, height = svg_size(file)
    return tag.replace("<img", f'<img width="{width}" height="{height}"', 1)


CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def _inline_styles(html: str, config) -> str:
    """Replace the <link> of every extra_css file of the docs folder with its rules in a <style>."""
    for path in config["extra_css"]:
        file = Path(config["docs_dir"]) / str(path)
        if not file.is_file():
            continue
        link = re.compile(r'<link rel="stylesheet" href="[^"]*?' + re.escape(str(path)) + r'">')
        css = "\n".join(line.strip() for line in CSS_COMMENT.sub("", file.read_text()).splitlines() if line.strip())
        html, found = link.subn(lambda m: f"<style>{css}</style>", html, count=1)
        if not found:
            raise ValueError(f"page_weight: no <link> to {path} in the page, cannot inline it")
    return html


def on_post_page(output, page, config):
    return _inline_styles(output, config)


def on_post_template(output_content, template_name, config):
    return _inline_styles(output_content, config) if template_name.endswith(".html") else output_content


def on_page_content(content, page, config, files):
    content = IMG.sub('<img loading="lazy" decoding="async"', content)
    content = IMG_TAG.sub(lambda m: _sized(m.group(0), page, config), content)
    content = CODE.sub(lambda m: PLAIN_SPAN.sub(r"\1", m.group(0)), content)
    return CODE_BLOCK.sub(r'<div class="\g<cls>" data-search-exclude', content)
