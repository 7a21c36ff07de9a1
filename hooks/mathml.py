"""Render math at build time as MathML, so pages need no math script from anywhere.

pymdownx.arithmatex (generic mode) wraps `$...$` and `$$...$$` in `<span|div class="arithmatex">`
holding `\\(...\\)` or `\\[...\\]`; here each becomes MathML, which browsers render natively.
"""

import html
import re

from latex2mathml.converter import convert

MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*\\(?P<open>[\(\[])(?P<tex>.*?)\\[\)\]]\s*</(?P=tag)>',
    re.S)


# latex2mathml writes f' as a superscript identifier, which browsers draw as a tiny dot.
PRIME = re.compile(r"<msup>(<mi>[^<]*</mi>)<mi>&#x02032;</mi></msup>")


def _render(match: re.Match) -> str:
    tex = html.unescape(match.group("tex")).strip()
    display = "block" if match.group("open") == "[" else "inline"
    mathml = PRIME.sub(r'\1<mo lspace="0" rspace="0">&#x02032;</mo>', convert(tex, display=display))
    tag = match.group("tag")
    return f'<{tag} class="arithmatex">{mathml}</{tag}>'


def on_page_content(content, page, config, files):
    return MATH.sub(_render, content)
