"""Keep every page within its weight budget (600 KiB on a cold load; tests/test_browser.py).

- Content images load when the reader scrolls near them (`loading="lazy"`), not all at once:
  a reader who opens a chapter to read its first section does not download its last figure.
  tests/test_browser.py still forces every image to load and checks it, and
  tests/bench_pages.py reports the weight with and without them.
- Code blocks and their outputs are left out of the search index (`data-search-exclude`). Every
  page downloads the whole index when it opens, and the verbatim scripts and printed tensors
  were more than half of it; the prose, headings and inline `code` that explain each script
  stay searchable, so searching `zero_grad` still leads to its section.
"""

import re

IMG = re.compile(r"<img\b(?![^>]*\bloading=)")
CODE_BLOCK = re.compile(r'<div class="(?P<cls>(?:language-[\w-]+ )?highlight)"(?![^>]*data-search-exclude)')


def on_page_content(content, page, config, files):
    content = IMG.sub('<img loading="lazy" decoding="async"', content)
    return CODE_BLOCK.sub(r'<div class="\g<cls>" data-search-exclude', content)
