"""Page weight of every built page: `python engine/bench_pages.py` (part of `make bench`).

Each page is opened cold (empty cache) in headless Chromium from a local server; the table shows
the bytes of every response body (uncompressed), by kind, and the total against the 600 KiB
budget that tests/test_browser.py enforces. "all figures" adds the lazily loaded figures a reader
downloads on scrolling to the end. Exits 1 if a page is over budget.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from served_site import BUDGET_KIB, browser_missing, build, cold_load, label, launch, page_paths, serve  # noqa: E402

KINDS = ("document", "stylesheet", "script", "search", "image", "other")
EAGER_JS = """async () => {
  const imgs = [...document.images];
  for (const img of imgs) img.loading = 'eager';
  await Promise.all(imgs.map(img => img.decode().catch(() => null)));
}"""


def kind(response) -> str:
    if response.url.endswith("search_index.json"):
        return "search"
    rtype = response.request.resource_type
    return rtype if rtype in KINDS else "other"


def body_size(response) -> int:
    if 300 <= response.status < 400:
        return 0
    try:
        return len(response.body())
    except Exception:  # noqa: BLE001 - the browser dropped the body: count nothing rather than guess
        return 0


def main() -> int:
    missing = browser_missing()
    if missing:
        print(f"page weights skipped: {missing}")
        return 0
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-pages-") as tmp:
        site = build(Path(tmp) / "site")
        rows = []
        with serve(site) as base_url, sync_playwright() as playwright:
            browser = launch(playwright)
            for path in page_paths(site):
                record = cold_load(browser, base_url + path, viewport={"width": 1280, "height": 900})
                try:
                    sizes = dict.fromkeys(KINDS, 0)
                    for response in record["responses"]:
                        sizes[kind(response)] += body_size(response)
                    cold = sum(sizes.values())
                    seen = len(record["responses"])
                    record["page"].evaluate(EAGER_JS)
                    record["page"].wait_for_load_state("networkidle")
                    full = cold + sum(body_size(r) for r in record["responses"][seen:])
                    rows.append((label(path), seen, sizes, cold, full))
                finally:
                    record["context"].close()
            browser.close()

    kib = lambda n: f"{n / 1024:.0f}"  # noqa: E731
    header = ["page", "requests", *[k if k != "stylesheet" else "css" for k in KINDS],
              "cold KiB", "all figures", "budget"]
    table = [[page, str(n), *[kib(sizes[k]) for k in KINDS], kib(cold), kib(full),
              "ok" if cold <= BUDGET_KIB * 1024 else f"OVER {BUDGET_KIB}"]
             for page, n, sizes, cold, full in rows]
    widths = [max(len(r[i]) for r in [header, *table]) for i in range(len(header))]
    print(f"Page weight, cold load, uncompressed KiB (budget {BUDGET_KIB} KiB per page):")
    for n, row in enumerate([header, *table]):
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))))
        if n == 0:
            print("  ".join("-" * w for w in widths))
    over = [r[0] for r in rows if r[3] > BUDGET_KIB * 1024]
    if over:
        print(f"over budget: {', '.join(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
