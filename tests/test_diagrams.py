"""The diagrams: each template in diagrams/ is drawn once and generated into
one SVG per language and colour scheme (scripts/diagrams.py); every topic page
shows at least one, in both languages, light and dark, with alt text."""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from tests import harness

sys.path.insert(0, str(harness.ROOT / "scripts"))
import diagrams  # noqa: E402

TOPIC_PAGES = ["processes", "fork", "copy-on-write", "vfork-and-posix-spawn", "exec", "wait",
               "exit", "system", "threads", "processes-vs-threads"]
TEMPLATES = sorted(diagrams.TEMPLATES.glob("*.svg"))
SVG = "{http://www.w3.org/2000/svg}"
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
# A figure as pages write it: the light image and its dark twin, then a caption.
FIGURE = re.compile(
    r'<figure markdown="span">\n'
    r'!\[(?P<alt>[^\]]+)\]\(assets/diagrams/(?P<name>[\w-]+)-light\.svg#only-light\)\{(?P<attrs>[^}]*)\} '
    r'!\[(?P<alt2>[^\]]+)\]\(assets/diagrams/(?P<name2>[\w-]+)-dark\.svg#only-dark\)\{(?P<attrs2>[^}]*)\}\n'
    r'<figcaption>(?P<caption>.+?)</figcaption>\n</figure>')


def figures(lang, slug):
    text = (harness.DOCS / lang / f"{slug}.md").read_text(encoding="utf-8")
    found = list(FIGURE.finditer(text))
    # Any image of a diagram must be inside a figure of that form.
    assert text.count("assets/diagrams/") == 2 * len(found), \
        f"{lang}/{slug}.md: a diagram is shown outside the figure form of tests/test_diagrams.py"
    return found


def walk(node, code):
    """A word the reader reads is a label; any other text must be code."""
    code = code or "code" in (node.get("class") or "").split()
    for text in (node.text, *(c.tail for c in node)):
        if text and text.strip():
            assert code, f"text outside a label and not in class code: {text.strip()!r}"
    for child in node:
        walk(child, code)


def luminance(hex_colour):
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_generated_files_are_up_to_date():
    result = subprocess.run([sys.executable, str(harness.ROOT / "scripts" / "diagrams.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_there_are_templates():
    assert len(TEMPLATES) >= len(TOPIC_PAGES)


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.stem for t in TEMPLATES])
def test_template(template):
    source = template.read_text(encoding="utf-8")
    for zh, en in diagrams.LABEL.findall(source):
        assert zh.strip() and en.strip(), f"an empty label in {{{{zh:{zh}|en:{en}}}}}"
        assert CJK.search(zh), f"a Chinese label without Chinese: {zh!r}"
        assert not CJK.search(en), f"an English label with Chinese: {en!r}"
    # Colours come from the palettes only, so that both schemes work.
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(|\bstyle=|<style", source), \
        "a colour or a style written in the template: use the classes of scripts/diagrams.py"
    assert not re.search(r'\b(fill|stroke)="(?!none")', source), "fill/stroke attribute: use a class"
    assert not re.search(r"https?://(?!www\.w3\.org/)|<script|<image|<foreignObject", source)
    for lang in harness.LANGUAGES:
        root = ET.fromstring(diagrams.render(source, lang, "light"))
        assert root.tag == f"{SVG}svg"
        x, y, w, h = root.get("viewBox").split()
        assert (x, y) == ("0", "0") and (root.get("width"), root.get("height")) == (w, h)
        title = root.find(f"{SVG}title")
        assert title is not None and len(title.text.strip()) > 10
    # Labels removed, any text left must be code.
    walk(ET.fromstring(diagrams.LABEL.sub("", source)), False)


@pytest.mark.parametrize("scheme", list(diagrams.PALETTES))
def test_palette_contrast(scheme):
    p, bg = diagrams.PALETTES[scheme], diagrams.BACKGROUND[scheme]
    grounds = {"page": bg, **{role: v[0] for role, v in p.items() if isinstance(v, tuple)}}
    for ink in ("text", "muted"):
        for where, ground in grounds.items():
            assert contrast(p[ink], ground) >= 4.5, (ink, where)            # WCAG 1.4.3
    assert contrast(p["line"], bg) >= 3                                       # WCAG 1.4.11
    for role, value in p.items():
        if isinstance(value, tuple) and role != "ghost":
            assert contrast(value[1], bg) >= 4.5, role    # a box's outline, also used as text (.ink-)


@pytest.mark.parametrize("lang", harness.LANGUAGES)
@pytest.mark.parametrize("slug", TOPIC_PAGES)
def test_topic_page_shows_its_diagrams(lang, slug):
    found = figures(lang, slug)
    assert found, f"{lang}/{slug}.md shows no diagram"
    for f in found:
        name = f["name"]
        assert f["name2"] == name and f["alt2"] == f["alt"] and f["attrs2"] == f["attrs"]
        assert (diagrams.TEMPLATES / f"{name}.svg").exists(), name
        root = ET.fromstring(diagrams.render((diagrams.TEMPLATES / f"{name}.svg").read_text(encoding="utf-8"),
                                             lang, "light"))
        attrs = dict(re.findall(r'(\w+)=("[^"]*"|\S+)', f["attrs"]))
        # The size the SVG has, so that nothing moves when it loads.
        assert attrs.get("width") == f'"{root.get("width")}"' and attrs.get("height") == f'"{root.get("height")}"'
        assert attrs.get("loading") == "lazy"
        alt = f["alt"]
        assert len(alt) >= 40, f"alt text too short to describe {name}: {alt!r}"
        assert bool(CJK.search(alt)) == (lang == "zh") and bool(CJK.search(f["caption"])) == (lang == "zh")


@pytest.mark.parametrize("slug", sorted({p.stem for p in (harness.DOCS / "zh").glob("*.md")}))
def test_both_languages_show_the_same_diagrams(slug):
    names = {lang: [f["name"] for f in figures(lang, slug)] for lang in harness.LANGUAGES}
    assert names["zh"] == names["en"]


def test_every_diagram_is_shown():
    shown = {f["name"] for p in (harness.DOCS / "zh").glob("*.md") for f in figures("zh", p.stem)}
    assert {t.stem for t in TEMPLATES} <= shown
