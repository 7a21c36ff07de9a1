"""The built site, served on 127.0.0.1, and a headless Chromium to read it with.

Shared by tests/test_browser.py, tests/test_links.py and engine/bench_pages.py. Pages are found in
the built HTML, never listed by hand, so a new chapter or notebook is tested as soon as it builds.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
BUDGET_KIB = 600  # bytes transferred on a cold load of one page, uncompressed
SCREENSHOTS = ROOT / "build" / "screenshots"

_built: dict[str, Path] = {}


def build(dest: Path) -> Path:
    """`mkdocs build --strict` into dest (once per dest per process); returns dest."""
    key = str(dest)
    if key not in _built:
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        env.pop("SITE_URL", None)  # served at the root of 127.0.0.1, whatever the deployment URL
        proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", key],
                              cwd=ROOT, capture_output=True, text=True, env=env)
        if proc.returncode != 0:
            problems = "\n".join(line for line in proc.stderr.splitlines() if not line.startswith("INFO"))
            raise RuntimeError(f"mkdocs build --strict failed:\n{problems}")
        _built[key] = dest
    return _built[key]


def page_paths(site: Path) -> list[str]:
    """URL path (relative to the site root) of every HTML page in the build, 404 included."""
    paths = []
    for html in sorted(site.rglob("*.html")):
        rel = html.relative_to(site).as_posix()
        if rel == "index.html":
            paths.append("")
        elif rel.endswith("/index.html"):
            paths.append(rel[: -len("index.html")])
        else:
            paths.append(rel)
    return paths


def page_file(site: Path, path: str) -> Path:
    """The built file behind a URL path from page_paths()."""
    return site / (path + "index.html" if path == "" or path.endswith("/") else path)


def label(path: str) -> str:
    return "/" + path


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: Path):
    """Serve site on a free port of 127.0.0.1; yields the base URL ending in '/'."""
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
        import axe_playwright_python  # noqa: F401
    except ImportError as error:
        return f"Playwright or axe-playwright-python is not installed ({error.name})"
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium; .ci/run does it)"
    return None


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def cold_load(browser, url: str, **context_args) -> dict:
    """Load url in a fresh context (empty cache) and record every request and response.

    Returns the context and page (still open; the caller closes the context), the bytes of every
    response body (uncompressed: http.server does not compress), and the problems seen."""
    context = browser.new_context(**context_args)
    origin = url.split("/", 3)[:3]
    origin = "/".join(origin)
    record = {"context": context, "responses": [], "offsite": [], "failed": [], "console": [],
              "bytes": 0}

    def route(route):
        request_url = route.request.url
        if request_url.startswith(origin + "/") or request_url.startswith(("data:", "blob:")):
            route.continue_()
        else:  # never let it out, but remember that the page asked
            record["offsite"].append(request_url)
            route.abort()

    context.route("**/*", route)
    context.on("requestfailed", lambda r: record["failed"].append(
        f"{r.url} ({r.failure})") if r.url not in record["offsite"] else None)
    context.on("response", lambda r: record["responses"].append(r))
    page = context.new_page()
    page.on("console", lambda m: record["console"].append(f"console.error: {m.text}")
            if m.type == "error" else None)
    page.on("pageerror", lambda e: record["console"].append(f"uncaught: {e}"))
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    total = 0
    for response in record["responses"]:
        if response.status >= 400:
            record["failed"].append(f"{response.url} (HTTP {response.status})")
        if 300 <= response.status < 400:
            continue
        try:
            total += len(response.body())
        except Exception:  # noqa: BLE001 - a body the browser discarded still counts its header size
            total += (response.headers.get("content-length") and int(response.headers["content-length"])) or 0
    record["bytes"] = total
    record["page"] = page
    return record
