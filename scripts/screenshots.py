"""Screenshots of built pages in headless Chromium, both languages, light and dark,
so that a change can be looked at as readers see it. Writes PNG files; asserts nothing.

    .venv/bin/python scripts/screenshots.py [--out DIR] [--height PX] [SLUG ...]

Needs Debian's chromium (`apt-get install chromium`). Builds the site strictly
into a temporary folder and serves it on 127.0.0.1 for the duration.
"""
import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Flags that keep Chromium from calling Google's hosts (this machine's network is closed).
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("slugs", nargs="*", help="pages (default: all)")
    ap.add_argument("--out", default="screenshots")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=2400)
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("chromium not found: apt-get install chromium")
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    slugs = args.slugs or sorted(p.stem for p in (ROOT / "docs" / "zh").glob("*.md"))

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                       cwd=ROOT, check=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass
        handler = functools.partial(Quiet, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            for slug in slugs:
                path = "" if slug == "index" else f"{slug}/"
                for lang, prefix in (("zh", "/"), ("en", "/en/")):
                    for scheme in ("light", "dark"):
                        png = out / f"{slug}.{lang}.{scheme}.png"
                        flags = ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] \
                            if scheme == "dark" else []
                        with tempfile.TemporaryDirectory() as profile:
                            subprocess.run(
                                [chromium, *CHROMIUM_FLAGS, *flags, f"--user-data-dir={profile}",
                                 f"--window-size={args.width},{args.height}",
                                 f"--screenshot={png}", base + prefix + path],
                                check=True, capture_output=True, timeout=120)
                        print(png)
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
