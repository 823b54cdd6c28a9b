"""A 404 page in each language: /404.html (zh, the default) and /en/404.html.

mkdocs-static-i18n builds the languages one after the other into the same
site_dir, and each build writes its 404.html at the root: the last language
built wins (DESIGN §6), and Chinese readers got an English "page not found".
This hook keeps the default language's page at /404.html and moves the other
languages' to /<lang>/404.html. A host that serves the nearest 404.html up the
path (Cloudflare Pages; nginx with `error_page 404 /en/404.html` in
`location /en/`; the server of tests/test_browser.py) then answers /en/... in
English; a host with a single 404 page (GitHub Pages) answers in Chinese.

It also points the language selector of the 404 page at the languages' home
pages: mkdocs-static-i18n sets the selector per page, and the 404 page, which
is rendered after the pages, would otherwise link to the last page's
translations.
"""
from pathlib import Path
from urllib.parse import urlsplit

_default_404: bytes | None = None


def on_template_context(context, template_name, config):
    i18n = config.plugins.get("i18n")
    # mkdocs-static-i18n assigns config.extra.alternate as an attribute, which
    # Jinja reads before the item: set both.
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate")
    if template_name == "404.html" and i18n is not None and alternates:
        base = urlsplit(config.site_url or "").path.rstrip("/")
        homes = []
        for alt in alternates:
            language = i18n.get_language_config(alt["lang"])
            homes.append(dict(alt, link=language.fixed_link or f"{base}{language.link}"))
        config.extra["alternate"] = homes
        config.extra.alternate = homes
    return context


def on_post_build(config):
    # Runs before mkdocs-static-i18n's own on_post_build (priority -100), which
    # starts the builds of the other languages from within the default one's.
    global _default_404
    i18n = config.plugins.get("i18n")
    site = Path(config.site_dir)
    page = site / "404.html"
    if i18n is None or not page.exists():
        return
    if i18n.current_language == i18n.default_language:
        _default_404 = page.read_bytes()
    else:
        own = site / i18n.current_language / "404.html"
        own.parent.mkdir(parents=True, exist_ok=True)
        own.write_bytes(page.read_bytes())
        if _default_404 is not None:
            page.write_bytes(_default_404)
