"""Make mkdocs-jupyter's notebook pages light, self-contained and styled like the rest of the site.

nbconvert's "lab" template, as mkdocs-jupyter 0.26 uses it, puts into every notebook page:
~613 KiB of inlined JupyterLab CSS, a MathJax loader (`<script src="">` with our empty URL),
a Mermaid loader that imports from cdnjs, and its own copy-button script. Here, on notebook pages
only, all of that is removed and the cells are rewritten to the markup Material already styles:

- code cells become `<div class="highlight"><pre><code>`, so they get Material's syntax colours
  and its own copy button (the same one as on chapter pages); outputs become plain code blocks;
- `$...$` and `$$...$$` in Markdown cells are wrapped like arithmatex does on pages, so that
  `hooks/mathml.py` (which runs after this hook) turns them into MathML the same way;
- relative links to `.md` pages (which mkdocs-jupyter leaves as they are) point at the built page;
- the table of contents is rebuilt from the rendered headings: mkdocs-jupyter's own drops inline
  code from their titles (an empty entry for a heading that is all code) and can disagree with
  the ids nbconvert gave them;
- nbconvert's cell ids (`cell-id=cell-003`) lose their `=`, which broke Material's copy button;
- the small `docs/stylesheets/notebook.css` (listed in `extra_css`) styles the rest;
- a notebook page without its own description gets one, for `<meta name="description">`;
- notebook pages are left out of the search index: they repeat their chapter word for word, and
  every page downloads the whole index, so the copy would double its weight and its results.
"""

from __future__ import annotations

import html
import posixpath
import re


DROP = [
    re.compile(r"<style\b[^>]*>.*?</style>", re.S),
    re.compile(r"<script\b[^>]*>.*?</script>", re.S),
    re.compile(r"<!--.*?-->", re.S),
    # mkdocs-jupyter's own copy button and the hidden text it copies: Material's button replaces it
    re.compile(r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>\s*', re.S),
    re.compile(r'<div class="clipboard-copy-txt" id="[^"]*">.*?</div>\s*', re.S),
    # empty "In [ ]:" / output prompts: the notebooks are never executed, so there is no count
    re.compile(r'<div class="jp-(?:Input|Output)Prompt jp-(?:InputArea|OutputArea)-prompt">[^<]*</div>'),
]
CODE = re.compile(r'<div class="highlight-ipynb hl-(?P<lang>[\w-]+)"><pre>(?P<body>.*?)</pre></div>', re.S)
OUTPUT = re.compile(r'(<div class="jp-RenderedText jp-OutputArea-output"[^>]*>\s*)<pre>(?P<body>.*?)</pre>', re.S)
MARKDOWN = re.compile(r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput"[^>]*>)'
                      r'(?P<body>.*?)(</div>\s*</div>\s*</div>\s*</div>)', re.S)
VERBATIM = re.compile(r"(<(code|pre)\b.*?</\2>)", re.S)
DISPLAY = re.compile(r"\$\$(?P<tex>.+?)\$\$", re.S)
INLINE = re.compile(r"(?<![\\$\w])\$(?P<tex>[^\s$](?:[^$]*?[^\s\\$])?)\$(?![\w$])", re.S)
DIV = re.compile(r"<div\b[^>]*>|</div>")
# JupyterLab's layout wrappers: without JupyterLab's CSS they only add weight (a third of a
# notebook page's markup), so the cell content is lifted out of them
UNWRAP = ("jp-Cell-inputWrapper", "jp-InputArea", "jp-RenderedHTMLCommon", "jp-CodeMirrorEditor",
          "CodeMirror", "jp-Cell-outputWrapper", "jp-OutputArea", "jp-OutputArea-child",
          "jp-RenderedText")
HEADING = re.compile(r'<h(?P<level>[1-6]) id="(?P<id>[^"]+)">(?P<body>.*?)</h(?P=level)>', re.S)
BARE_PRE = re.compile(r"<pre>(?!\s*<code)(?P<body>.*?)</pre>", re.S)
HREF = re.compile(r'href="(?P<path>[^":#?]+\.md)(?P<frag>#[^"]*)?"')


def _is_notebook(page) -> bool:
    return page.file.src_uri.endswith(".ipynb")


def _math(body: str) -> str:
    def display(m):
        return f'<div class="arithmatex">\\[{m["tex"]}\\]</div>'

    def inline(m):
        return f'<span class="arithmatex">\\({m["tex"]}\\)</span>'

    parts = VERBATIM.split(body)
    out = []
    for n, part in enumerate(parts):
        if n % 3 == 0:  # outside <code>/<pre>
            part = DISPLAY.sub(display, part)
            part = re.sub(r"<p>\s*(<div class=\"arithmatex\">.*?</div>)\s*</p>", r"\1", part, flags=re.S)
            part = INLINE.sub(inline, part)
            out.append(part)
        elif n % 3 == 1:
            out.append(part)
    return "".join(out)


def _links(content: str, page, files) -> str:
    here = posixpath.dirname(page.file.src_uri)

    def fix(m):
        target = files.get_file_from_path(posixpath.normpath(posixpath.join(here, m["path"])))
        if target is None:
            return m.group(0)  # left as is: the link checker names it
        return f'href="{target.url_relative_to(page.file)}{m["frag"] or ""}"'

    return HREF.sub(fix, content)


def _unwrap(content: str) -> str:
    out, stack, last = [], [], 0  # stack of (kept, is_cell) for each open <div>
    for m in DIV.finditer(content):
        out.append(content[last:m.start()])
        last = m.end()
        if m.group(0) == "</div>":
            kept, _ = stack.pop() if stack else (True, False)
            if kept:
                out.append(m.group(0))
            continue
        cls = re.search(r'class="([^"]*)"', m.group(0))
        first = (cls.group(1).split() or [""])[0] if cls else ""
        is_cell = first == "jp-Cell"
        inside_cell = any(c for _, c in stack)
        keep = first not in UNWRAP and not (is_cell and inside_cell) and first != "jp-Collapser"
        stack.append((keep, is_cell))
        if keep:
            out.append(re.sub(r'\s(?:tabindex="0"|data-mime-type="[^"]*"|data-type="inline")', "", m.group(0)))
    out.append(content[last:])
    return "".join(out)


def _toc(content: str):
    from mkdocs.structure.toc import get_toc

    root: list = []
    stack: list = []  # (level, token)
    for m in HEADING.finditer(content):
        body = re.sub(r'<a class="anchor-link".*?</a>', "", m["body"], flags=re.S)
        token = {"level": int(m["level"]), "id": m["id"], "children": [],
                 "name": html.escape(html.unescape(re.sub(r"<[^>]+>", "", body)).strip())}
        while stack and stack[-1][0] >= token["level"]:
            stack.pop()
        (stack[-1][1]["children"] if stack else root).append(token)
        stack.append((token["level"], token))
    return get_toc(root)


def on_page_content(content, page, config, files):
    if not _is_notebook(page):
        return content
    page.meta.setdefault("search", {})["exclude"] = True
    for pattern in DROP:
        content = pattern.sub("", content)
    content = content.replace(' id="cell-id=', ' id="')
    content = CODE.sub(lambda m: f'<div class="language-{m["lang"]} highlight"><pre>'
                                 f'<code>{m["body"]}</code></pre></div>', content)
    content = OUTPUT.sub(lambda m: f'{m.group(1)}<div class="language-text highlight"><span class="filename">Output</span><pre>'
                                   f'<code>{m["body"]}</code></pre></div>', content)
    content = MARKDOWN.sub(lambda m: m.group(1) + _math(m["body"]) + m.group(3), content)
    # fenced code in Markdown cells: nbconvert writes <pre> without <code>, which Material neither
    # scrolls nor gives a copy button
    content = BARE_PRE.sub(lambda m: f"<pre><code>{m['body']}</code></pre>", content)
    content = _unwrap(content)
    page.toc = _toc(content)
    return _links(content, page, files)


def on_page_context(context, page, config, nav):
    if _is_notebook(page) and not (page.meta or {}).get("description"):
        page.meta["description"] = (f"{page.title}, as a Jupyter notebook: every code cell is a "
                                    f"verified script with its output, ready to run.")
    return context
