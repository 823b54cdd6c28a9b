"""The site in a real browser: Debian's chromium, driven by Playwright, over the
site exactly as `mkdocs build --strict` makes it, served on 127.0.0.1 by this
module. Every page, in both languages, is opened once: the Chinese page, then
the English one through the language selector in the header, then back. On
each page:

- the language switch: clicking the real selector keeps the reader on the same
  page, both ways;
- zero requests to any host but the local server: every request of the page
  and of its search worker is recorded (and any to another host is aborted);
- zero console errors, uncaught exceptions, failed requests or HTTP errors;
- <html lang> is zh or en;
- accessibility: axe-core (tools/package.json) finds no violation with the
  light palette (all rules), then again, after the real palette toggle switched
  to dark, for colour contrast; exercise answers are opened
  and every tab is shown first, so that axe sees them too;
- copy buttons: every code block has one, and it copies exactly the program the
  harness runs (Python and C blocks, in page order; the text is what Material's
  handler copies, read while the block is shown, and one button per page is
  really clicked and the clipboard read); any other code block (a shell
  command) copies what the page's Markdown shows. Output blocks ("输出",
  "Output": ```text fences) have no copy button: they show what a program
  printed, not code to run (the CSS rule is in overrides/).

Besides: search, typed into the real search box, finds each Chinese term first
on the Chinese page that teaches it and each English term on the English page;
/en/<missing> answers 404 with the English page, /<missing> with the Chinese one.

The pages are shared between two xdist groups (`make test` runs two workers),
each with its own browser; both serve the one strict build of conftest.py.
Where chromium or Playwright is missing, the tests are skipped, saying why;
where axe-core is not installed (no npm), the accessibility tests are.
"""
import functools
import http.server
import os
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests import harness

# Two groups of pages, one per xdist worker (`make test` runs two): each starts
# a browser once, and the two share the machine's cores.
# (pytest 9.2 ignores xdist groups, pytest-xdist#1386: pyproject pins < 9.2.)
GROUPS = 2


def group(i):
    return pytest.mark.xdist_group(f"browser-{i % GROUPS}")


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Flags that keep Chromium from calling Google's hosts (this machine's network is closed).
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = harness.ROOT / "tools" / "node_modules" / "axe-core" / "axe.min.js"
PREFIX = {"zh": "/", "en": "/en/"}
OTHER = {"zh": "en", "en": "zh"}
OUTPUT_TITLES = {"输出", "Output"}
VIEWPORT = {"width": 1280, "height": 900}
# Material's placeholder in the results panel until the search worker is ready.
SEARCH_READY = ("() => { const m = document.querySelector('.md-search-result__meta');"
                " return m && !/初始化|Initializing/.test(m.textContent); }")
# Conditions are polled every POLL ms: Playwright's default polls on every
# animation frame, which keeps Chromium painting (CPU the other worker needs).
POLL = 50
# axe-core's rule whose verdict depends on the palette: run again in the dark one.
# (link-in-text-block also looks at colours, but only for links told apart by
# colour alone: ours are underlined in both palettes, extra.css.)
COLOUR_RULES = ["color-contrast"]
# Material's annotation markers: a comment "# (1)!" (Python) or "// (1)!" (C)
# becomes the annotation button, and is left out of what the copy button copies
# (the spaces before it stay).
ANNOTATION = re.compile(r"(?:#|//) \(\d+\)!$|/\* \(\d+\)! \*/", re.M)


def slugs():
    return sorted(p.relative_to(harness.DOCS / "zh").with_suffix("").as_posix()
                  for p in harness.pages("zh"))


def path_of(lang, slug):
    return PREFIX[lang] + ("" if slug == "index" else f"{slug}/")


# ------------------------------------------------------------- the site ----

class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files; a missing path gets the nearest 404.html up the path, with
    status 404, as Cloudflare Pages (or nginx with error_page per location) does."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        parts = urlsplit(self.path).path.strip("/").split("/")
        root = Path(self.directory)
        for n in range(len(parts), -1, -1):
            page = root.joinpath(*parts[:n], "404.html")
            if page.is_file():
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
                return
        super().send_error(code, message, explain)


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):   # the browser left the page
            super().handle_error(request, client_address)


@pytest.fixture(scope="module")
def base_url(site):
    """The strict build of conftest.py (the one the site tests check), served."""
    server = Server(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


# ----------------------------------------------------------- the browser ----

def _reap_orphans():
    """We are a subreaper (conftest.py): Chromium's helpers that outlive it are
    re-parented to us. Wait for them to end and reap them; kill what is left."""
    me = os.getpid()
    deadline = time.monotonic() + 5
    while True:
        left = harness.descendants(me)
        for pid, (ppid, state, _) in left.items():
            if ppid == me and state == "Z":
                try:
                    os.waitpid(pid, 0)
                except ChildProcessError:
                    pass
        left = harness.descendants(me)
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    if left:
        harness.kill_tree(list(left))


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="playwright is not installed (make installs requirements.lock)")
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"no browser: {CHROMIUM} not found (apt-get install chromium; .ci/run does)")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()
    _reap_orphans()


@dataclass
class Recorder:
    """Everything the pages of one browser context do, by the page being looked at."""
    local: str
    where: str = "(none)"
    external: dict = field(default_factory=dict)     # where -> [url]
    errors: dict = field(default_factory=dict)       # where -> [message]
    pending: set = field(default_factory=set)

    def note(self, kind, item):
        getattr(self, kind).setdefault(self.where, []).append(item)

    def is_local(self, url):
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about"):
            return True
        return f"{parts.scheme}://{parts.netloc}" == self.local

    def attach(self, context, page):
        def route(r):
            self.note("external", r.request.url)
            r.abort()

        context.route(lambda url: not self.is_local(url), route)
        page.on("request", self.on_request)
        page.on("requestfinished", lambda r: self.pending.discard(r))
        page.on("requestfailed", self.on_failed)
        page.on("response", lambda r: r.status >= 400 and self.note("errors", f"HTTP {r.status}: {r.url}"))
        page.on("console", lambda m: m.type == "error" and self.note("errors", f"console: {m.text}"))
        page.on("pageerror", lambda e: self.note("errors", f"uncaught: {e}"))
        page.on("websocket", lambda ws: self.is_local(ws.url) or self.note("external", ws.url))

    def on_request(self, request):
        self.pending.add(request)
        if not self.is_local(request.url):
            self.note("external", request.url)

    def on_failed(self, request):
        self.pending.discard(request)
        failure = request.failure or ""
        # Requests cut short by leaving the page, and those we aborted ourselves
        # (already recorded as external), are not errors of the page.
        if "ERR_ABORTED" not in failure and self.is_local(request.url):
            self.note("errors", f"request failed ({failure}): {request.url}")


def settle(page, recorder):
    """Until the search worker is ready and no request has been pending for 0.15 s."""
    page.wait_for_function(SEARCH_READY, timeout=20_000, polling=POLL)
    quiet, deadline = 0, time.monotonic() + 20
    while quiet < 3 and time.monotonic() < deadline:
        page.wait_for_timeout(50)
        quiet = 0 if recorder.pending else quiet + 1


# ------------------------------------------------------------ page tour ----

COPY_DATA = """() => {
  // What Material's clipboard handler copies from a block's target, pre > code:
  // its innerText while [data-md-copying] hides annotations and line numbers
  // (or the [data-copy] of an ancestor), without trailing white space. All
  // blocks are marked at once: one style recalculation instead of one each.
  const blocks = [...document.querySelectorAll('.md-typeset div.highlight')];
  const targets = blocks.map(block => block.querySelector('pre > code'));
  targets.forEach(t => t.setAttribute('data-md-copying', ''));
  const copied = targets.map(t => {
    const holder = t.closest('[data-copy]');
    return (holder ? holder.getAttribute('data-copy') : t.innerText).trimEnd();
  });
  targets.forEach(t => t.removeAttribute('data-md-copying'));
  return blocks.map((block, i) => {
    const button = block.querySelector('button[data-md-type="copy"]');
    if (button && document.querySelector(button.getAttribute('data-clipboard-target')) !== targets[i])
      throw new Error('a copy button copies another element than its block');
    return {
      title: block.querySelector(':scope > .filename')?.textContent.trim() ?? null,
      lang: [...block.classList].find(c => c.startsWith('language-'))?.slice(9) ?? null,
      rendered: block.getClientRects().length > 0,
      hasButton: !!button,
      visible: !!button && button.getClientRects().length > 0 &&
               getComputedStyle(button).visibility !== 'hidden',
      copied: copied[i],
    };
  });
}"""


IN_VIEW = """async () => {
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const root = document.documentElement;
  const mounted = () => [...document.querySelectorAll('.md-typeset div.highlight pre')]
    .filter(pre => pre.getClientRects().length)
    .every(pre => pre.querySelector(':scope > .md-code__nav'));
  // Zoomed out, the page is a few screens high at most: scroll through them.
  root.style.zoom = String(Math.min(1, 0.5 * innerHeight / root.scrollHeight));
  for (let y = 0, i = 0; i < 200 && !mounted(); i++) {
    await frame();
    if (i % 2) scrollTo(0, y += innerHeight / 2);
  }
  root.style.zoom = '';
  scrollTo(0, 0);
  if (!mounted()) throw new Error('Material did not mount every code block in view');
}"""


@dataclass
class Visit:
    lang: str
    slug: str
    html_lang: str = ""
    switched_to: str = ""
    blocks: list = field(default_factory=list)
    clipboard: tuple | None = None       # (text the page says it copies, text in the clipboard)
    axe: dict = field(default_factory=dict)


class Tour:
    """Opens every page once per language, lazily, and keeps what was seen."""

    def __init__(self, browser, base_url):
        self.base = base_url
        self.context = browser.new_context(color_scheme="light", viewport=VIEWPORT)
        self.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
        # Every page starts with the light palette, whatever the last one chose.
        self.context.add_init_script(
            "if (location.protocol === 'http:') for (const k of Object.keys(localStorage))"
            " if (k.endsWith('__palette')) localStorage.removeItem(k);")
        self.page = self.context.new_page()
        self.page.set_default_timeout(20_000)
        self.recorder = Recorder(local=base_url)
        self.recorder.attach(self.context, self.page)
        self.axe = AXE.read_text(encoding="utf-8") if AXE.exists() else None
        self.visits, self.failures = {}, {}

    def close(self):
        self.context.close()

    def url(self, lang, slug):
        return self.base + path_of(lang, slug)

    def get(self, lang, slug):
        if slug not in self.visits and slug not in self.failures:
            try:
                self.visits[slug] = self._tour(slug)
            except Exception as exc:       # reported by every test of the page
                self.failures[slug] = exc
        if slug in self.failures:
            raise self.failures[slug]
        return self.visits[slug][lang]

    def _switch(self, to):
        """Click the language selector in the header, as a reader does."""
        page = self.page
        page.locator(".md-header__option .md-select").hover()
        link = page.locator(f'.md-select__link[hreflang="{to}"]')
        with page.expect_navigation(wait_until="commit"):
            link.click()

    def _tour(self, slug):
        page, rec = self.page, self.recorder
        seen = {}
        rec.where = f"zh/{slug}"
        page.goto(self.url("zh", slug), wait_until="load")
        for lang in ("zh", "en"):
            visit = Visit(lang, slug)
            seen[lang] = visit
            # Inspect first, settle after: axe runs on the main thread while the
            # search worker builds its index on another core.
            self._inspect(visit)
            settle(page, rec)
            rec.where = f"{OTHER[lang]}/{slug}"
            self._switch(OTHER[lang])
            visit.switched_to = page.url
            if lang == "zh" and page.url != self.url("en", slug):
                # The switch went astray (its test fails): the English checks
                # must still look at the English page.
                page.goto(self.url("en", slug), wait_until="commit")
        page.goto("about:blank")
        rec.where = "(none)"
        return seen

    def _inspect(self, visit):
        page = self.page
        page.wait_for_load_state("load")      # Material has mounted its components
        visit.blocks = self._show_all()
        visit.html_lang = page.evaluate("document.documentElement.lang")
        if self.axe is not None:
            page.evaluate(self.axe)
            visit.axe["light"] = self._axe()
            toggle = page.locator('form[data-md-component="palette"] label:visible').first
            toggle.click()
            page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'"
                                   " && document.getAnimations().length === 0", polling=POLL)
            # The palette changes colours only (Material swaps CSS custom properties):
            # names, roles and structure were checked above.
            visit.axe["dark"] = self._axe(COLOUR_RULES)
        # After axe (the "copied" message would be part of the page): copy once
        # for real through the clipboard, with the first visible button.
        button = page.locator('.md-typeset div.highlight button[data-md-type="copy"]:visible').first
        if button.count():
            expected = button.evaluate("b => { const t = document.querySelector("
                                       "b.getAttribute('data-clipboard-target')); "
                                       "t.setAttribute('data-md-copying', ''); "
                                       "const s = t.innerText.trimEnd(); "
                                       "t.removeAttribute('data-md-copying'); return s; }")
            page.evaluate("navigator.clipboard.writeText('')")
            button.click()
            page.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''", polling=POLL)
            visit.clipboard = (expected, page.evaluate("navigator.clipboard.readText()"))
            page.keyboard.press("Escape")

    def _show_all(self):
        """Open every collapsed block (exercise answers), and show every tab (the C
        of a Python/C pair) in turn: a block's text as copied is read while it
        is shown (the text of a hidden element ignores the CSS that leaves
        annotations out of the copy). With content.lazy, Material mounts a code
        block (its buttons, its annotations) when it comes into view: the page
        is zoomed out and scrolled through, so that every block does."""
        page = self.page
        page.evaluate("document.querySelectorAll('.md-typeset details').forEach(d => d.open = true)")
        labels = page.evaluate("[...new Set([...document.querySelectorAll('.tabbed-labels > label')]"
                               ".map(l => l.textContent.trim()))]")
        click = ("t => [...document.querySelectorAll('.tabbed-labels > label')]"
                 ".find(l => l.textContent.trim() === t).click()")
        blocks = None
        for label in [None, *labels[1:]]:
            if label is not None:
                page.evaluate(click, label)       # linked tabs: every set shows it
            page.evaluate(IN_VIEW)
            seen = page.evaluate(COPY_DATA)
            blocks = seen if blocks is None else [new if new["rendered"] else old
                                                  for old, new in zip(blocks, seen)]
        if labels[1:]:
            page.evaluate(click, labels[0])       # back to the first tab, as a reader finds the page
        return blocks

    def _axe(self, rules=None):
        """axe-core's violations on the page as it is: all rules, or only those given.
        Without CSS selectors (a third of axe's time on our pages), unless it finds some."""
        run = """async ([rules, selectors]) => {
          const options = {resultTypes: ['violations'], selectors};
          if (rules) options.runOnly = rules;
          const r = await axe.run(document, options);
          return r.violations.map(v => `${v.id} (${v.impact}): ${v.help}\\n` + v.nodes.slice(0, 5).map(n =>
            `    ${(n.target || []).join(' ')}: ${(n.any.concat(n.all, n.none)[0] || {}).message || ''}`).join('\\n'));
        }"""
        found = self.page.evaluate(run, [rules, False])
        return self.page.evaluate(run, [rules, True]) if found else []


@pytest.fixture(scope="module")
def tour(browser, base_url):
    t = Tour(browser, base_url)
    yield t
    t.close()


def balanced_groups():
    """Pages to groups, the longest first to the group with the least to do, so
    that both workers finish together. A page's weight: its expanded Markdown
    (code blocks included), which is what the browser and axe-core go through."""
    weight = {slug: len(harness.expand((harness.DOCS / "zh" / f"{slug}.md").read_text(encoding="utf-8")))
              for slug in slugs()}
    load, where = [0] * GROUPS, {}
    for slug in sorted(weight, key=weight.get, reverse=True):
        where[slug] = load.index(min(load))
        load[where[slug]] += weight[slug]
    return where


GROUP_OF = balanced_groups()
PAGES = [pytest.param(lang, slug, id=f"{lang}/{slug}", marks=group(GROUP_OF[slug]))
         for slug in slugs() for lang in harness.LANGUAGES]


# ---------------------------------------------------------------- tests ----

@pytest.mark.parametrize("lang, slug", PAGES)
def test_language_switch_keeps_the_reader_on_the_same_page(tour, lang, slug):
    visit = tour.get(lang, slug)
    assert visit.switched_to == tour.url(OTHER[lang], slug)


@pytest.mark.parametrize("lang, slug", PAGES)
def test_html_lang(tour, lang, slug):
    assert tour.get(lang, slug).html_lang == lang


@pytest.mark.parametrize("lang, slug", PAGES)
def test_no_request_to_another_host(tour, lang, slug):
    tour.get(lang, slug)
    assert tour.recorder.external.get(f"{lang}/{slug}", []) == []


@pytest.mark.parametrize("lang, slug", PAGES)
def test_no_console_error(tour, lang, slug):
    tour.get(lang, slug)
    assert tour.recorder.errors.get(f"{lang}/{slug}", []) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang, slug", PAGES)
def test_accessibility(tour, lang, slug, scheme):
    if tour.axe is None:
        pytest.skip(f"axe-core not installed ({AXE.relative_to(harness.ROOT)}): "
                    "`make` runs `npm ci` in tools/ where npm exists (apt-get install npm)")
    violations = tour.get(lang, slug).axe[scheme]
    assert not violations, "axe-core:\n" + "\n".join(violations)


@pytest.mark.parametrize("lang, slug", PAGES)
def test_copy_buttons_copy_the_programs_the_harness_runs(tour, lang, slug):
    visit = tour.get(lang, slug)
    page_file = harness.DOCS / lang / f"{slug}.md"
    programs = harness.examples(page_file)
    blocks = visit.blocks
    outputs = [b for b in blocks if b["title"] in OUTPUT_TITLES]
    assert not [b for b in outputs if b["visible"]], "an output block has a copy button"
    code = [b for b in blocks if b["title"] not in OUTPUT_TITLES]
    for b in code:
        assert b["hasButton"], f"no copy button on the block titled {b['title']!r}"
    # The Python and C blocks, in page order, are the harness's programs.
    shown = [b for b in code if b["lang"] in harness.PYTHON_SYNTAXES | harness.C_SYNTAXES]
    assert len(shown) == len(programs), (len(shown), [p.id for p in programs])
    for block, program in zip(shown, programs):
        if program.source:
            assert block["title"] == program.source
        assert block["copied"] == ANNOTATION.sub("", program.code).rstrip(), program.id
    # Any other block (a shell command) copies what the page's Markdown shows.
    fences = harness.expand(page_file.read_text(encoding="utf-8"))
    for block in code:
        if block not in shown:
            assert block["copied"] and block["copied"] in fences, block
    if visit.clipboard:
        assert visit.clipboard[1] == visit.clipboard[0]


SEARCHES = [("zh", "写时复制", "copy-on-write"), ("zh", "僵尸进程", "wait"), ("zh", "孤儿进程", "wait"),
            ("en", "copy-on-write", "copy-on-write"), ("en", "zombie", "wait"),
            ("en", "subreaper", "wait")]


@pytest.fixture(scope="module")
def search_page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


@group(0)
@pytest.mark.parametrize("lang, query, slug", SEARCHES, ids=[f"{l}:{q}" for l, q, _ in SEARCHES])
def test_search_finds_the_page_that_teaches_it(search_page, base_url, lang, query, slug):
    page = search_page
    home = base_url + PREFIX[lang]
    if page.url != home:
        page.goto(home)
        page.wait_for_function(SEARCH_READY, polling=POLL)
    box = page.locator(".md-search__input")
    box.click()
    box.fill("")
    box.press("End")            # Material reads the query on keyup
    page.wait_for_function("document.querySelectorAll('.md-search-result__list > li').length === 0",
                           polling=POLL)
    box.fill(query)
    box.press("End")
    page.wait_for_function("document.querySelectorAll('.md-search-result__list > li').length > 0",
                           polling=POLL)
    first = page.locator(".md-search-result__list > li a").first.get_attribute("href")
    assert urlsplit(first).path == path_of(lang, slug), (query, first)


@group(1)
@pytest.mark.parametrize("lang", harness.LANGUAGES)
def test_404_page_in_the_language_of_its_prefix(browser, base_url, lang):
    context = browser.new_context()
    try:
        page = context.new_page()
        response = page.goto(base_url + PREFIX[lang] + "no-such-page/")
        assert response.status == 404
        assert page.evaluate("document.documentElement.lang") == lang
        assert page.locator("h1").first.text_content().strip().startswith("404")
    finally:
        context.close()


@group(1)
@pytest.mark.parametrize("lang", harness.LANGUAGES)
def test_python_and_c_tabs_switch_together(browser, base_url, lang):
    """content.tabs.link: choosing C on one block shows C on every block of the page."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base_url + path_of(lang, "fork"))
        shown = ("() => [...document.querySelectorAll('.tabbed-set')].map(s => "
                 "s.querySelector(':scope > input:checked + *, :scope > .tabbed-labels') && "
                 "[...s.querySelectorAll(':scope > .tabbed-labels > label')]"
                 ".find(l => l.htmlFor === s.querySelector(':scope > input:checked').id)"
                 ".textContent.trim())")
        before = page.evaluate(shown)
        assert len(before) >= 2 and set(before) == {"Python"}, before
        page.locator(".tabbed-labels > label", has_text="C").first.click()
        after = page.evaluate(shown)
        assert set(after) == {"C"}, after
    finally:
        context.close()
