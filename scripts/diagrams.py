"""Diagrams of the pages, from one template per diagram to one SVG per
language and colour scheme.

    .venv/bin/python scripts/diagrams.py           # writes docs/<lang>/assets/diagrams/<name>-<scheme>.svg
    .venv/bin/python scripts/diagrams.py --check   # exits 1 if a generated file is missing, stale or orphaned

A template, diagrams/<name>.svg, is an SVG drawn once for both languages:
- every word a reader reads is written {{zh:父进程|en:parent}} and becomes the
  text of the page's language; what is the same in both (code, numbers: `fork()`,
  `PID 42`) is written plainly, inside an element of class "code";
- colours are never written in a template, only classes (the PALETTES below):
  the generator puts a <style> with the light or the dark palette into each
  output, so that a diagram reads well on Material's white page and on its
  dark ("slate") page; the page shows the right one with Material's
  #only-light / #only-dark image suffixes;
- arrows end with marker-end="url(#arrow)" (the marker is added too).

An SVG shown with <img> cannot see the page's CSS, which is why the colours are
baked in per scheme rather than taken from Material's CSS variables.
tests/test_diagrams.py checks the templates, the contrast of the palettes, the
generated files and the figures on the pages.
"""
import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "diagrams"
LANGUAGES = ("zh", "en")
LABEL = re.compile(r"\{\{zh:(?P<zh>.*?)\|en:(?P<en>.*?)\}\}", re.S)

# Page backgrounds: Material's white, and its slate, hsl(225, 15%, 14%).
BACKGROUND = {"light": "#ffffff", "dark": "#1e2129"}
# role: (fill, stroke) for boxes; "text", "muted" and "line" are single colours.
PALETTES = {
    "light": {
        "text": "#1f2328", "muted": "#57606a", "line": "#57606a",
        "parent": ("#e3e8ff", "#3b4cc0"), "child": ("#ffead5", "#b34700"),
        "shared": ("#ddf6ef", "#0b7285"), "kernel": ("#efe9ff", "#6741d9"),
        "warn": ("#ffe3e3", "#c92a2a"), "neutral": ("#f1f3f5", "#6c757d"),
        "ghost": ("#ffffff", "#adb5bd"),
    },
    "dark": {
        "text": "#e8eaf0", "muted": "#aeb6c4", "line": "#a0a8b8",
        "parent": ("#28325e", "#8c9eff"), "child": ("#4a2d12", "#ffa94d"),
        "shared": ("#103c3c", "#63e6be"), "kernel": ("#34295e", "#b197fc"),
        "warn": ("#4d1f1f", "#ff8787"), "neutral": ("#2c313c", "#9aa3b2"),
        "ghost": ("#1e2129", "#6c7486"),
    },
}
FONTS = ('system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", '
         '"Microsoft YaHei", sans-serif')
MONO = ('ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace')


def style(scheme):
    p = PALETTES[scheme]
    rules = [
        f"svg{{font-family:{FONTS};font-size:15px}}",
        f"text{{fill:{p['text']}}}",
        f".muted{{fill:{p['muted']}}}",
        f".code{{font-family:{MONO}}}",
        ".title{font-weight:600}",
        ".small{font-size:13px}",
        f".line{{fill:none;stroke:{p['line']};stroke-width:1.5}}",
        ".dashed{stroke-dasharray:5 4}",
        f".arrowhead{{fill:{p['line']}}}",
    ]
    for role, value in p.items():
        if isinstance(value, tuple):
            fill, stroke = value
            rules.append(f".{role}{{fill:{fill};stroke:{stroke};stroke-width:1.5}}")
            rules.append(f"text.{role},tspan.{role}{{fill:{p['text']};stroke:none}}")
            rules.append(f".ink-{role}{{fill:{stroke}}}")
    return "<style>" + "".join(rules) + "</style>"


ARROW = ('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
         'markerHeight="7" orient="auto-start-reverse"><path class="arrowhead" d="M0,0 L10,5 L0,10 z"/>'
         '</marker></defs>')


def render(template: str, lang: str, scheme: str) -> str:
    text = LABEL.sub(lambda m: m.group(lang).strip(), template)
    head = re.search(r"<svg\b[^>]*>", text)
    if not head:
        raise ValueError("no <svg> element")
    return text[:head.end()] + style(scheme) + ARROW + text[head.end():]


def outputs():
    """{path: content} of every file the templates generate."""
    files = {}
    for template in sorted(TEMPLATES.glob("*.svg")):
        source = template.read_text(encoding="utf-8")
        for lang in LANGUAGES:
            for scheme in PALETTES:
                path = ROOT / "docs" / lang / "assets" / "diagrams" / f"{template.stem}-{scheme}.svg"
                files[path] = render(source, lang, scheme)
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 if out of date")
    args = ap.parse_args()
    files = outputs()
    existing = {p for lang in LANGUAGES for p in (ROOT / "docs" / lang / "assets" / "diagrams").glob("*.svg")}
    stale = [p for p, content in files.items()
             if not p.exists() or p.read_text(encoding="utf-8") != content]
    orphans = sorted(existing - set(files))
    if args.check:
        for p in stale + orphans:
            print(f"out of date: {p.relative_to(ROOT)}")
        if stale or orphans:
            print("run: .venv/bin/python scripts/diagrams.py")
        sys.exit(1 if stale or orphans else 0)
    for p in stale:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(files[p], encoding="utf-8")
        print(f"wrote {p.relative_to(ROOT)}")
    for p in orphans:
        p.unlink()
        print(f"removed {p.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
