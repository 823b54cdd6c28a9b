"""Pygments puts every token of a code block in a <span>. Two kinds look the
same without one: whitespace ("w": Material's CSS has no rule for it) and plain
names ("n": coloured with --md-code-hl-name-color, which Material sets to the
code's own colour, var(--md-code-fg-color), in both palettes;
tests/test_site.py checks that it still does). Unwrapping them leaves every
block looking and copying the same with about a third fewer elements on a page
of programs: less style and layout work for a phone (Lighthouse's total
blocking time) and for axe-core in the browser tests."""
import re

PLAIN_TOKEN = re.compile(r'<span class="[nw]">([^<]*)</span>')


def on_page_content(html, page, config, files):
    return PLAIN_TOKEN.sub(r"\1", html)
