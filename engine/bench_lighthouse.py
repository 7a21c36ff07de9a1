"""Lighthouse scores of every built page: `python engine/bench_lighthouse.py` (part of `make bench`).

The site is built (`mkdocs build --strict`) and served on a free port of 127.0.0.1 the way GitHub
Pages serves it: text gzip-compressed (`Content-Encoding: gzip`), `Cache-Control: max-age=600`,
ETag and Last-Modified, `/dir` redirected to `/dir/`, unknown paths answered 404 with 404.html.
Lighthouse (node_modules, `npm ci`) runs Debian's Chromium on every page found in the build,
chapters, notebook pages, the home page and 404.html, once with its default mobile preset
(simulated slow 4G, 4x CPU slowdown) and once with `--preset=desktop`. The table gives the
performance score of each, and the lowest accessibility, best-practices and SEO scores of the two
runs, with the mobile metrics that make up the score and the page's element count.

Goal (issue 9): mobile performance >= 0.98, desktop 1.00, the other three 1.00 on every page.
The scores are measured, not a test: this prints them, marks the misses, and exits 0.
The full reports are written to build/lighthouse/ (git-ignored): open the .html ones in a browser.

Lighthouse's simulation multiplies the main-thread time it observes by 4 for the mobile preset, so
the mobile scores depend on how fast and how busy this machine is: each page and preset is run
3 times and the run with the median performance score is kept; the line under the table gives
Lighthouse's own benchmark index of the machine (higher is faster) over all runs.

Options: `--pages optimizer/,404.html` to run only some pages, `--runs N` runs per page and
preset (default 3; 1 for a quick look).
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import http.server
import json
import mimetypes
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from served_site import CHROMIUM, CHROMIUM_ARGS, ROOT, build, label, page_paths  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
REPORTS = ROOT / "build" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GOAL = {"mobile": 0.98, "desktop": 1.0, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
# What GitHub Pages compresses (its CDN gzips text types); images other than SVG go as they are.
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ipynb", ".map")
CACHE_CONTROL = "max-age=600"  # GitHub Pages' header on every file


class PagesHandler(http.server.BaseHTTPRequestHandler):
    """A static host like GitHub Pages, for one site folder (set as `site` on a subclass)."""

    protocol_version = "HTTP/1.1"  # keep-alive, as any real host (GitHub Pages speaks HTTP/2)
    site: Path
    _cache: dict[Path, tuple[bytes, bytes, str]] = {}
    _lock = threading.Lock()

    def log_message(self, *args):
        pass

    def _file(self, path: Path) -> tuple[bytes, bytes, str]:
        """(body, gzipped body or b'', etag) of a file, read once."""
        with self._lock:
            if path not in self._cache:
                body = path.read_bytes()
                packed = gzip.compress(body, 6, mtime=0) if path.suffix in COMPRESSED else b""
                self._cache[path] = (body, packed, '"' + hashlib.sha1(body).hexdigest()[:16] + '"')
            return self._cache[path]

    def _resolve(self) -> tuple[int, Path | None, str | None]:
        """(status, file, redirect location) for the request path."""
        url_path = self.path.split("?", 1)[0].split("#", 1)[0]
        parts = [p for p in url_path.split("/") if p not in ("", ".")]
        if ".." in parts:
            return 404, self.site / "404.html", None
        target = self.site.joinpath(*parts)
        if target.is_dir():
            if not url_path.endswith("/"):
                return 301, None, url_path + "/"
            target = target / "index.html"
        if target.is_file():
            return 200, target, None
        return 404, self.site / "404.html", None

    def _respond(self, with_body: bool):
        status, path, location = self._resolve()
        if location:
            self.send_response(status)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body, packed, etag = self._file(path)
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", CACHE_CONTROL)
            self.end_headers()
            return
        gzipped = bool(packed) and "gzip" in self.headers.get("Accept-Encoding", "")
        payload = packed if gzipped else body
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype in ("application/javascript", "application/json",
                                                  "image/svg+xml"):
            ctype += "; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Cache-Control", CACHE_CONTROL)
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", email.utils.formatdate(path.stat().st_mtime, usegmt=True))
        if packed:
            self.send_header("Vary", "Accept-Encoding")
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if with_body:
            self.wfile.write(payload)

    def do_GET(self):
        self._respond(True)

    def do_HEAD(self):
        self._respond(False)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # Chromium closing a kept-alive socket
            super().handle_error(request, client_address)


def serve_like_pages(site: Path):
    """Start the server; returns (server, base URL ending in '/')."""
    handler = type("Handler", (PagesHandler,), {"site": site, "_cache": {}})
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def missing() -> str | None:
    """Why Lighthouse cannot run here, or None."""
    if not shutil.which("node"):
        return "no node (Debian: apt-get install nodejs npm)"
    if not LIGHTHOUSE.exists():
        return "Lighthouse is not installed in node_modules (run `make node-deps` or `npm ci --ignore-scripts`)"
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)"
    return None


def lighthouse(url: str, preset: str, out: Path) -> dict:
    """Run Lighthouse once; the parsed JSON report (also written to out.json and out.html)."""
    cmd = ["node", str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output=html",
           f"--output-path={out}", f"--only-categories={','.join(CATEGORIES)}",
           "--chrome-flags=" + " ".join(CHROMIUM_ARGS)]
    if preset == "desktop":
        cmd.append("--preset=desktop")
    env = dict(os.environ, CHROME_PATH=str(shutil.which(CHROMIUM) or CHROMIUM))
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    report = Path(f"{out}.report.json")
    if proc.returncode != 0 or not report.exists():
        raise RuntimeError(f"lighthouse {preset} {url} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    data = json.loads(report.read_text())
    if data.get("runtimeError"):
        raise RuntimeError(f"lighthouse {preset} {url}: {data['runtimeError']}")
    return data


def summary(report: dict) -> dict:
    audits = report["audits"]
    metric = lambda key: audits[key]["numericValue"]  # noqa: E731
    dom = audits.get("dom-size-insight", {}).get("details", {}).get("items") or [{}]
    return {
        "scores": {k: report["categories"][k]["score"] for k in CATEGORIES},
        "fcp": metric("first-contentful-paint"), "lcp": metric("largest-contentful-paint"),
        "tbt": metric("total-blocking-time"), "cls": metric("cumulative-layout-shift"),
        "si": metric("speed-index"),
        "dom": dom[0].get("value", {}).get("value"),
        "warnings": report.get("runWarnings", []),
        "version": report.get("lighthouseVersion", "?"),
        "benchmark": report.get("environment", {}).get("benchmarkIndex"),
        "failed": {c: [a["id"] for a in report["categories"][c]["auditRefs"]
                       if a["weight"] and (audits[a["id"]]["score"] is not None) and audits[a["id"]]["score"] < 1]
                   for c in CATEGORIES if c != "performance"},
    }


BENCHMARKS: list[float] = []


def median_run(url: str, preset: str, out: Path, runs: int) -> dict:
    results = [summary(lighthouse(url, preset, out.with_name(f"{out.name}-{i}" if runs > 1 else out.name)))
               for i in range(runs)]
    BENCHMARKS.extend(r["benchmark"] for r in results if r["benchmark"])
    results.sort(key=lambda r: r["scores"]["performance"])
    return results[len(results) // 2]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", help="comma-separated URL paths, as in the table without the leading /")
    parser.add_argument("--runs", type=int, default=3, help="runs per page and preset; the median is kept")
    parser.add_argument("--site", type=Path, help="serve this built site instead of building one")
    args = parser.parse_args(argv)
    why = missing()
    if why:
        print(f"Lighthouse skipped: {why}")
        return 0
    REPORTS.mkdir(parents=True, exist_ok=True)
    for old in REPORTS.glob("*.report.*"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="bench-lighthouse-") as tmp:
        site = args.site.resolve() if args.site else build(Path(tmp) / "site")
        paths = page_paths(site)
        if args.pages:
            wanted = [p.strip().lstrip("/") for p in args.pages.split(",")]
            paths = [p for p in paths if p in wanted]
        server, base_url = serve_like_pages(site)
        rows = []
        start = time.perf_counter()
        try:
            for path in paths:
                name = (path.strip("/").replace("/", "_") or "index").removesuffix(".html")
                mobile = median_run(base_url + path, "mobile", REPORTS / f"{name}-mobile", args.runs)
                desktop = median_run(base_url + path, "desktop", REPORTS / f"{name}-desktop", args.runs)
                rows.append((label(path), mobile, desktop))
                print(f"  {label(path)}: mobile {mobile['scores']['performance']:.2f}, "
                      f"desktop {desktop['scores']['performance']:.2f}", file=sys.stderr, flush=True)
        finally:
            server.shutdown()
            server.server_close()
    elapsed = time.perf_counter() - start

    def cell(score: float, goal: float) -> str:
        return f"{score:.2f}" + ("" if score >= goal else " *")

    header = ["page", "mobile", "desktop", "a11y", "best-pr.", "SEO",
              "FCP s", "LCP s", "SI s", "TBT ms", "CLS", "elements"]
    table, misses = [], 0
    for page, m, d in rows:
        lowest = {c: min(m["scores"][c], d["scores"][c]) for c in CATEGORIES[1:]}
        scores = {"mobile": m["scores"]["performance"], "desktop": d["scores"]["performance"], **lowest}
        misses += any(scores[k] < GOAL[k] for k in GOAL)
        table.append([page, *[cell(scores[k], GOAL[k]) for k in GOAL],
                      f"{m['fcp'] / 1000:.1f}", f"{m['lcp'] / 1000:.1f}", f"{m['si'] / 1000:.1f}",
                      f"{m['tbt']:.0f}", f"{m['cls']:.3f}", str(m["dom"] or "?")])
    widths = [max(len(r[i]) for r in [header, *table]) for i in range(len(header))]
    version = rows[0][1]["version"] if rows else "?"
    print(f"Lighthouse {version} scores, served gzip-compressed with "
          f"Cache-Control like GitHub Pages ({len(rows)} pages, {elapsed:.0f} s); "
          "metrics are the mobile run's (simulated slow 4G, 4x CPU slowdown):")
    for n, row in enumerate([header, *table]):
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if n == 0:
            print("  ".join("-" * w for w in widths))
    print("goal: mobile >= 0.98, desktop 1.00, a11y / best practices / SEO 1.00; * marks a miss. "
          f"Goal met on {len(rows) - misses} of {len(rows)} pages. Reports: {REPORTS.relative_to(ROOT)}/")
    if BENCHMARKS:
        print(f"Median of {args.runs} run(s) per page and preset. Lighthouse benchmark index of this machine: "
              f"{min(BENCHMARKS):.0f}-{max(BENCHMARKS):.0f} (median {statistics.median(BENCHMARKS):.0f}); "
              "a busy or slow CPU lowers the mobile scores.")
    for page, m, d in rows:
        failed = {c: sorted(set(m["failed"][c]) | set(d["failed"][c])) for c in CATEGORIES[1:]}
        failed = {c: ids for c, ids in failed.items() if ids}
        if failed:
            print(f"  {page}: failed audits {failed}")
        for warning in sorted(set(m["warnings"]) | set(d["warnings"])):
            print(f"  {page}: Lighthouse warns: {warning}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
