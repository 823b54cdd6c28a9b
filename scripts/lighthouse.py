"""Lighthouse (mobile preset) on every page of the site, both languages: prints
performance, accessibility, best practices and SEO, and the bytes each page
loads. A benchmark, not a test: it prints the figures against the bars of
DESIGN §7 (performance >= 0.95; the other three = 1.0) and exits non-zero when
a page misses one.

    make lighthouse                        # installs Lighthouse (npm), then runs this
    .venv/bin/python scripts/lighthouse.py [--details] [--runs N] [SLUG ...]

It builds the site strictly into a temporary folder and serves it on
127.0.0.1 the way a static host does: text compressed with gzip (GitHub Pages,
Netlify and Cloudflare all compress), a 404 status with the nearest 404.html for
a missing page, and site_url set to the address it serves, so that canonical
links point where Lighthouse looks. Lighthouse drives Debian's chromium
(CHROME_PATH, default /usr/bin/chromium); pages run one after the other, so that
they do not compete for the CPU.
"""
import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "tools" / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
BARS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
COMPRESSED = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map"}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files as a host serves them: gzip when asked, nearest 404.html."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()          # the redirect to the slash
            path = path / "index.html"
        if not path.is_file():
            return self.not_found()
        return self.send_file(path, 200)

    def not_found(self):
        parts = urlsplit(self.path).path.strip("/").split("/")
        root = Path(self.directory)
        for n in range(len(parts), -1, -1):
            page = root.joinpath(*parts[:n], "404.html")
            if page.is_file():
                return self.send_file(page, 404)
        self.send_error(404)
        return None

    def send_file(self, path, status):
        body = path.read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if path.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = compressed(path)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return _Bytes(body)


@functools.lru_cache(maxsize=None)
def compressed(path):
    """Compressed once, as a host serves precompressed files: no time spent per request."""
    return gzip.compress(path.read_bytes(), 9)


class _Bytes:
    def __init__(self, data):
        self.data = data

    def read(self, *args):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(site, site_url):
    """A strict build whose site_url is the address served (a config that inherits ours)."""
    config = ROOT / f".lighthouse-{os.getpid()}.yml"     # next to mkdocs.yml: same relative paths
    config.write_text(f"INHERIT: mkdocs.yml\nsite_url: {site_url}\n", encoding="utf-8")
    try:
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config),
                        "-d", str(site)], cwd=ROOT, check=True,
                       env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    finally:
        config.unlink()


def lighthouse(url, chrome):
    result = subprocess.run(
        ["node", str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet",
         f"--only-categories={','.join(CATEGORIES)}",
         f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}"],
        capture_output=True, text=True, timeout=300, env=dict(os.environ, CHROME_PATH=chrome))
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


def shortfalls(report):
    """Audits that cost points, by category."""
    out = []
    for name in CATEGORIES:
        category = report["categories"][name]
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                out.append(f"{name}: {ref['id']} {audit['score']:.2f} {audit.get('displayValue', '')}")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("slugs", nargs="*", help="pages (default: all)")
    ap.add_argument("--details", action="store_true", help="print the audits that cost points")
    ap.add_argument("--runs", type=int, default=1,
                    help="runs per page; the run with the median performance score is shown "
                         "(Lighthouse's own advice against its run-to-run variance)")
    args = ap.parse_args()
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    if not os.access(chrome, os.X_OK):
        sys.exit(f"{chrome} not found: apt-get install chromium")
    if not LIGHTHOUSE.exists() or not shutil.which("node"):
        sys.exit("Lighthouse is not installed: make lighthouse (needs npm)")
    slugs = args.slugs or sorted(p.stem for p in (ROOT / "docs" / "zh").glob("*.md"))

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site, base + "/")
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", port), functools.partial(Handler, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        version = subprocess.run(["node", str(LIGHTHOUSE), "--version"], capture_output=True,
                                 text=True).stdout.strip()
        chromium = subprocess.run([chrome, "--version"], capture_output=True, text=True).stdout.strip()
        print(f"Lighthouse {version}, mobile preset, {chromium}; gzip; "
              f"median of {args.runs} run(s) per page; bars: "
              + ", ".join(f"{k} >= {v}" for k, v in BARS.items()))
        header = f"{'page':<32} {'perf':>5} {'a11y':>5} {'bp':>5} {'seo':>5} {'KiB':>7}  {'FCP':>6} {'LCP':>6} {'TBT':>6} {'CLS':>5}"
        print(header)
        print("-" * len(header))
        missed = []
        try:
            for slug in slugs:
                for prefix in ("/", "/en/"):
                    path = prefix + ("" if slug == "index" else f"{slug}/")
                    reports = sorted((lighthouse(base + path, chrome) for _ in range(args.runs)),
                                     key=lambda r: r["categories"]["performance"]["score"])
                    report = reports[len(reports) // 2]
                    scores = {k: report["categories"][k]["score"] for k in CATEGORIES}
                    audits = report["audits"]
                    kib = audits["total-byte-weight"]["numericValue"] / 1024
                    metric = lambda key: audits[key]["numericValue"]
                    low = [k for k, bar in BARS.items() if scores[k] is None or scores[k] < bar]
                    print(f"{path:<32} {scores['performance']:>5.2f} {scores['accessibility']:>5.2f} "
                          f"{scores['best-practices']:>5.2f} {scores['seo']:>5.2f} {kib:>7.0f}  "
                          f"{metric('first-contentful-paint') / 1000:>5.1f}s "
                          f"{metric('largest-contentful-paint') / 1000:>5.1f}s "
                          f"{metric('total-blocking-time'):>4.0f}ms {metric('cumulative-layout-shift'):>5.3f}"
                          + ("  <- " + ", ".join(low) if low else ""), flush=True)
                    if args.details or low:
                        for line in shortfalls(report):
                            print(f"    {line}")
                    if low:
                        missed.append(path)
        finally:
            server.shutdown()
    print(f"\n{len(slugs) * 2 - len(missed)} of {len(slugs) * 2} pages meet every bar"
          + (f"; missed: {' '.join(missed)}" if missed else ""))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
